// Splits text into the guard's words: folded (guard_fold.h), each with its byte range in the
// original text, its case shape and what separates it from the word before. One pass, no
// allocation per word beyond the output vector.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plenary::engine {

class TokenVocabulary;

// What lies between a word and the one before it, from weakest to strongest; the strongest
// separator in the gap wins. A name may span kAdjacent, kSpace and kJoiner gaps, never kBreak.
enum class Gap : uint8_t { kAdjacent, kSpace, kJoiner, kBreak };

namespace token_flags {
inline constexpr uint8_t kCased = 1;       // holds at least one cased letter
inline constexpr uint8_t kAnyUpper = 2;    // holds an upper- or title-case letter
inline constexpr uint8_t kFirstUpper = 4;  // its first letter is upper- or title-case
inline constexpr uint8_t kUnspaced = 8;    // one character of a script written without spaces
}  // namespace token_flags

struct TextToken {
  uint32_t start;  // byte offsets into the original text, end exclusive
  uint32_t end;
  int32_t id;  // the folded word's id in the vocabulary, or -1 when it is in no phrase
  uint8_t flags;
  Gap gap_before;
};

// Tokenises text, looking every word up in vocab. Returns the byte offset of the first invalid
// UTF-8 sequence (tokens before it are in out), or nullopt when the text is valid.
std::optional<size_t> TokenizeText(std::string_view text, const TokenVocabulary& vocab,
                                   std::vector<TextToken>& out);

// The folded words of a short string (a name, an organisation, a lexicon phrase), in order.
// Invalid UTF-8 bytes are skipped.
std::vector<std::string> FoldedWords(std::string_view text);

}  // namespace plenary::engine
