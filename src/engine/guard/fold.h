// How the guard sees characters: each code point's class (part of a word, a space, a joiner
// inside a name, a break) and its folded form. Folding is ICU's transliterator
// "NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII; Any-Lower" applied to Latin letters (so
// "Ń" -> "n", "Ø" -> "o", "Æ" -> "ae", "ı" -> "i"), combining diacritics dropped, and simple
// case folding for the other scripts (Cyrillic, Greek, ...). The table is computed once per
// process from ICU and then only read, so folding is a table lookup per code point and is safe
// from any number of threads.
#pragma once

#include <cstdint>
#include <string_view>

namespace plenary::engine {

enum class CharClass : uint8_t {
  kBreak,      // punctuation, symbols: ends a word and a name
  kSpace,      // white space incl. line breaks: ends a word, may sit inside a name
  kJoiner,     // hyphen, apostrophe: ends a word, may sit inside a name ("O'Neill", "Jean-Luc")
  kWord,       // letter, digit or mark of a spaced script: part of the current word
  kUnspaced,   // Han, Kana, Hangul, Thai, Lao, Khmer, Myanmar: each one is a word of its own
  kIgnorable,  // combining diacritics, soft hyphen, zero-width joiners: vanish when folded
};

struct CharInfo {
  CharClass cls = CharClass::kBreak;
  bool upper = false;       // an upper- or title-case letter
  bool lower = false;       // a lower-case letter
  std::string_view folded;  // points into the process-wide table; empty when ignorable
};

// The class and folding of one code point (any plane). Never fails.
CharInfo InfoOf(char32_t cp);

// Folds a whole string the same way the scanner folds text: for building keys and for tests.
std::string FoldForGuard(std::string_view utf8);

}  // namespace plenary::engine
