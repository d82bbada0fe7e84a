#include "engine/guard/tokenizer.h"

#include <algorithm>
#include <array>
#include <type_traits>

#include "domain/core/utf8.h"
#include "engine/guard/fold.h"
#include "engine/guard/vocabulary.h"

namespace plenary::engine {
namespace {

Gap GapOf(CharClass cls) {
  switch (cls) {
    case CharClass::kSpace:
      return Gap::kSpace;
    case CharClass::kJoiner:
      return Gap::kJoiner;
    default:
      return Gap::kBreak;
  }
}

constexpr std::array<Gap, 128> MakeAsciiGaps() {
  std::array<Gap, 128> gaps{};
  for (auto& g : gaps) g = Gap::kBreak;
  for (char c : {' ', '\t', '\n', '\r', '\f', '\v'})
    gaps[static_cast<unsigned char>(c)] = Gap::kSpace;
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

// Walks text word by word, calling on_word(folded, start, end, flags, gap_before). The ASCII
// path is a tight loop of its own because notes are mostly ASCII and it decides the throughput.
template <typename OnWord>
class WordWalker {
 public:
  WordWalker(std::string_view text, OnWord& on_word) : text_(text), on_word_(on_word) {
    word_.reserve(64);
  }

  // nullopt, or the byte offset of the first invalid UTF-8 sequence.
  std::optional<size_t> Run() {
    while (pos_ < text_.size()) {
      const auto b = static_cast<unsigned char>(text_[pos_]);
      if (b >= 0x80) {
        if (!NonAscii()) return pos_;
      } else if (kAsciiLower[b] != 0) {
        AsciiRun();
      } else {
        Finish(pos_);
        gap_ = std::max(gap_, kAsciiGaps[b]);
        ++pos_;
      }
    }
    Finish(text_.size());
    return std::nullopt;
  }

 private:
  void Begin(size_t at) {
    if (in_word_) return;
    in_word_ = true;
    word_start_ = at;
    flags_ = 0;
  }

  void Finish(size_t end) {
    if (!in_word_) return;
    on_word_(std::string_view(word_), word_start_, end, flags_, gap_);
    gap_ = Gap::kAdjacent;
    in_word_ = false;
    word_.clear();
  }

  // Folds a run of ASCII letters and digits through a small stack buffer.
  void AsciiRun() {
    Begin(pos_);
    char buffer[64];
    size_t length = 0;
    uint8_t f = flags_;
    while (pos_ < text_.size()) {
      const auto c = static_cast<unsigned char>(text_[pos_]);
      if (c >= 0x80 || kAsciiLower[c] == 0) break;
      if (c >= 'A' && c <= 'Z') {
        if (!(f & token_flags::kCased)) f |= token_flags::kFirstUpper;
        f |= token_flags::kAnyUpper | token_flags::kCased;
      } else if (c >= 'a') {
        f |= token_flags::kCased;
      }
      buffer[length++] = static_cast<char>(kAsciiLower[c]);
      if (length == sizeof(buffer)) {
        word_.append(buffer, length);
        length = 0;
      }
      ++pos_;
    }
    word_.append(buffer, length);
    flags_ = f;
  }

  // One non-ASCII code point; false (pos_ unchanged) when the bytes are not valid UTF-8.
  bool NonAscii() {
    const size_t cp_start = pos_;
    const char32_t cp = DecodeUtf8(text_, pos_);
    if (cp == kInvalidCodePoint) return false;
    const CharInfo info = InfoOf(cp);
    switch (info.cls) {
      case CharClass::kWord:
        Begin(cp_start);
        if (info.upper && !(flags_ & token_flags::kCased)) flags_ |= token_flags::kFirstUpper;
        if (info.upper) flags_ |= token_flags::kAnyUpper;
        if (info.upper || info.lower) flags_ |= token_flags::kCased;
        word_ += info.folded;
        break;
      case CharClass::kIgnorable:
        break;
      case CharClass::kUnspaced:
        Finish(cp_start);
        on_word_(info.folded, cp_start, pos_, token_flags::kUnspaced, gap_);
        gap_ = Gap::kAdjacent;
        break;
      default:
        Finish(cp_start);
        gap_ = std::max(gap_, GapOf(info.cls));
    }
    return true;
  }

  std::string_view text_;
  OnWord& on_word_;
  size_t pos_ = 0;
  std::string word_;
  size_t word_start_ = 0;
  uint8_t flags_ = 0;
  bool in_word_ = false;
  Gap gap_ = Gap::kBreak;  // the start of the text separates like punctuation
};

template <typename OnWord>
std::optional<size_t> WalkWords(std::string_view text, OnWord&& on_word) {
  return WordWalker<std::remove_reference_t<OnWord>>(text, on_word).Run();
}

}  // namespace

std::optional<size_t> TokenizeText(std::string_view text, const TokenVocabulary& vocab,
                                   std::vector<TextToken>& out) {
  out.clear();
  out.reserve(text.size() / 5 + 16);
  return WalkWords(
      text, [&](std::string_view folded, size_t start, size_t end, uint8_t flags, Gap gap) {
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
