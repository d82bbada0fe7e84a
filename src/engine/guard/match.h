// Internal to the guard: what one scan finds before overlaps are resolved, and the description
// pass that reads the description words found by the phrase walk.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "engine/guard/guard.h"
#include "engine/guard/index.h"
#include "engine/guard/tokenizer.h"

namespace plenary::engine {

// Whether a name match is the whole name or one part of it (a family or given name alone).
enum class NameExtent : uint8_t { kWhole, kPart };

// A phrase found over tokens [first, last) for one participant.
struct Match {
  FindingKind kind;
  uint32_t first;
  uint32_t last;
  uint32_t participant;
  NameExtent extent = NameExtent::kWhole;
};

// The longest description word starting at a token, if any.
struct LexHit {
  static constexpr uint32_t kNone = 0xFFFFFFFF;
  uint32_t lexeme = kNone;
  uint32_t end = 0;  // token after the word
};

// Appends a kDescription match for every country-and-role description that fits exactly one
// participant: "the Danish (senior) official", "Denmark's official", "an academic from China",
// "the representative of the Danish government". lex has one entry per token.
void FindDescriptions(const GuardIndex& index, std::span<const TextToken> tokens,
                      std::span<const LexHit> lex, std::vector<Match>& out);

// Applies the overlap rules to matches sorted by first token; on return they are the findings
// in report order (start, end, participant id). A part of a name inside another participant's
// whole name is dropped ("Wei" in "Tan Wei Ling"); per participant, the longest of overlapping
// matches is kept. scratch is a reusable buffer.
void ResolveOverlaps(std::vector<Match>& matches, std::span<const TextToken> tokens,
                     std::span<const uint32_t> id_rank, std::vector<Match>& scratch);

}  // namespace plenary::engine
