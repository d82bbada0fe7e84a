#include "engine/guard_tokenizer.h"

#include <algorithm>
#include <array>

#include "engine/guard_fold.h"
#include "engine/guard_utf8.h"
#include "engine/guard_vocabulary.h"

namespace plenary::engine {
namespace {

Gap GapOf(CharClass cls) {
  switch (cls) {
    case CharClass::kSpace: return Gap::kSpace;
    case CharClass::kJoiner: return Gap::kJoiner;
    default: return Gap::kBreak;
  }
}

constexpr std::array<Gap, 128> MakeAsciiGaps() {
  std::array<Gap, 128> gaps{};
  for (auto& g : gaps) g = Gap::kBreak;
  for (char c : {' ', '\t', '\n', '\r', '\f', '\v'}) gaps[static_cast<unsigned char>(c)] = Gap::kSpace;
  gaps['-'] = Gap::kJoiner;
  gaps['\''] = Gap::kJoiner;
  return gaps;
}
constexpr std::array<Gap, 128> kAsciiGaps = MakeAsciiGaps();

// The folded byte of an ASCII letter or digit, 0 for anything else.
constexpr std::array<unsigned char, 128> MakeAsciiLower() {
  std::array<unsigned char, 128> lower{};
  for (int c = '0'; c <= '9'; ++c) lower[c] = static_cast<unsigned char>(c);
  for (int c = 'a'; c <= 'z'; ++c) lower[c] = static_cast<unsigned char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) lower[c] = static_cast<unsigned char>(c + 32);
  return lower;
}
constexpr std::array<unsigned char, 128> kAsciiLower = MakeAsciiLower();

// Walks text word by word; calls on_word(folded, start, end, flags, gap_before). The ASCII path
// is inlined because notes are mostly ASCII and it decides the throughput.
template <typename OnWord>
std::optional<size_t> WalkWords(std::string_view text, OnWord&& on_word) {
  std::string word;
  word.reserve(64);
  size_t word_start = 0;
  uint8_t flags = 0;
  bool in_word = false;
  Gap gap = Gap::kBreak;
  const auto finish = [&](size_t end) {
    if (!in_word) return;
    on_word(std::string_view(word), word_start, end, flags, gap);
    gap = Gap::kAdjacent;
    in_word = false;
    word.clear();
  };
  const auto begin = [&](size_t at) {
    if (in_word) return;
    in_word = true;
    word_start = at;
    flags = 0;
  };
  size_t pos = 0;
  const size_t n = text.size();
  while (pos < n) {
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      if (kAsciiLower[b] == 0) {
        finish(pos);
        gap = std::max(gap, kAsciiGaps[b]);
        ++pos;
        continue;
      }
      // A run of ASCII letters and digits: the common case, folded in one tight pass through a
      // small stack buffer.
      begin(pos);
      char buffer[64];
      size_t length = 0;
      uint8_t f = flags;
      while (pos < n) {
        const auto c = static_cast<unsigned char>(text[pos]);
        if (c >= 0x80 || kAsciiLower[c] == 0) break;
        if (c >= 'A' && c <= 'Z') {
          if (!(f & token_flags::kCased)) f |= token_flags::kFirstUpper;
          f |= token_flags::kAnyUpper | token_flags::kCased;
        } else if (c >= 'a') {
          f |= token_flags::kCased;
        }
        buffer[length++] = static_cast<char>(kAsciiLower[c]);
        if (length == sizeof(buffer)) {
          word.append(buffer, length);
          length = 0;
        }
        ++pos;
      }
      word.append(buffer, length);
      flags = f;
      continue;
    }
    const size_t cp_start = pos;
    const char32_t cp = DecodeUtf8(text, pos);
    if (cp == kInvalidCodePoint) return cp_start;
    const CharInfo info = InfoOf(cp);
    switch (info.cls) {
      case CharClass::kWord:
        begin(cp_start);
        if (info.upper) flags |= token_flags::kAnyUpper;
        if (info.upper && !(flags & token_flags::kCased)) flags |= token_flags::kFirstUpper;
        if (info.upper || info.lower) flags |= token_flags::kCased;
        word += info.folded;
        break;
      case CharClass::kIgnorable:
        break;
      case CharClass::kUnspaced:
        finish(cp_start);
        on_word(info.folded, cp_start, pos, token_flags::kUnspaced, gap);
        gap = Gap::kAdjacent;
        break;
      default:
        finish(cp_start);
        gap = std::max(gap, GapOf(info.cls));
    }
  }
  finish(n);
  return std::nullopt;
}

}  // namespace

std::optional<size_t> TokenizeText(std::string_view text, const TokenVocabulary& vocab,
                                   std::vector<TextToken>& out) {
  out.clear();
  out.reserve(text.size() / 5 + 16);
  return WalkWords(text, [&](std::string_view folded, size_t start, size_t end, uint8_t flags,
                             Gap gap) {
    out.push_back(TextToken{static_cast<uint32_t>(start), static_cast<uint32_t>(end),
                            vocab.Find(folded), flags, gap});
  });
}

std::vector<std::string> FoldedWords(std::string_view text) {
  std::vector<std::string> words;
  std::string valid;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    if (DecodeUtf8(text, pos) == kInvalidCodePoint) {
      pos = start + 1;
      continue;
    }
    valid.append(text.substr(start, pos - start));
  }
  WalkWords(valid, [&](std::string_view folded, size_t, size_t, uint8_t, Gap) {
    if (!folded.empty()) words.emplace_back(folded);
  });
  return words;
}

}  // namespace plenary::engine
