// Every folded word that occurs in some phrase the guard looks for (names, organisations,
// description words), each with a dense id. An open-addressing table over one string pool:
// the scanner looks up every word of the text here, so this lookup decides the throughput.
// Filled while building, then only read (safe for concurrent readers).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plenary::engine {

class TokenVocabulary {
 public:
  TokenVocabulary();

  // The id of folded, adding it when new. Ids are 0, 1, 2, ... in order of first insertion.
  uint32_t Intern(std::string_view folded);
  // The id of folded, or -1 when it is not in the vocabulary.
  int32_t Find(std::string_view folded) const;
  size_t size() const { return count_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint64_t head = 0;  // the first 8 bytes, zero-padded: most words need no memcmp
    uint64_t tail = 0;  // the last 8 bytes of words of 9 to 16 bytes
    uint32_t offset = 0;
    uint32_t length = 0;
    int32_t id = -1;
  };

  static uint64_t Hash(std::string_view s);
  static uint64_t Head(std::string_view s);
  static uint64_t Tail(std::string_view s);
  static uint32_t Tag(uint64_t hash);
  size_t Probe(std::string_view folded, uint64_t hash) const;
  void Grow();

  std::vector<Slot> slots_;  // size is a power of two, at most half full
  // Per slot 32 bits of the hash (never 0), 0 when empty: a miss, the common case for words of
  // the text, touches only this array, which is an eighth the size of slots_.
  std::vector<uint32_t> tags_;
  std::string pool_;
  size_t count_ = 0;
};

}  // namespace plenary::engine
