// What AttributionGuard::Build derives from a registry, once per edition: the phrases to look
// for (names, organisations, description words) as paths of word ids in a trie, and the
// counts that decide whether a description points to exactly one participant. Immutable after
// BuildGuardIndex, so any number of scans may read it at once.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/guard/registry.h"
#include "engine/guard/vocabulary.h"

namespace plenary::engine {

enum class PhraseKind : uint8_t {
  kFullName,           // given and family name, either order
  kFamilyName,         // the family name alone
  kGivenName,          // a given name no one else in the registry has
  kOrganisation,       // the organisation in full
  kOrganisationShort,  // its acronym or short name
  kLexicon,            // a description word; target indexes GuardIndex::lexemes
};

struct Phrase {
  PhraseKind kind;
  uint32_t target;  // participant index, or lexeme index for kLexicon
  friend bool operator==(const Phrase&, const Phrase&) = default;
};

// The description roles one phrase can play; a phrase may play several ("Myanmar").
struct Lexeme {
  int country = -1;             // >= 0: names a country (index into GuardIndex::countries)
  bool country_name = false;    // written as the country's name ("Denmark"), not the adjective
  bool country_person = false;  // names a person of the country ("Dane", "Swede")
  int sector = -1;              // >= 0 with noun or modifier: the sector (GuardSector value)
  bool noun = false;            // a role noun ("official")
  bool modifier = false;        // a sector word beside the noun ("government", "NGO")
  bool filler = false;          // may stand between adjective and noun ("senior")
  bool connector = false;       // links a role to a country after it ("from")
};

// Word-id paths to phrases. Root edges are a direct array (every scanned word probes it). After
// Freeze each node carries its phrases' range and, when it has a single child (most nodes on a
// name's path), that child inline: only nodes with several children consult the edge hash
// table, whose size (megabytes for 10,000 people) makes every probe a cache miss.
class PhraseTrie {
 public:
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNone = 0;  // no edge (the root is never a child)

  PhraseTrie() : phrases_(1) {}
  uint32_t Insert(std::span<const uint32_t> word_ids);
  uint32_t Child(uint32_t node, uint32_t word_id) const {
    if (node == kRoot) return word_id < root_.size() ? root_[word_id] : kNone;
    if (!nodes_.empty()) {
      const NodeInfo& info = nodes_[node];
      if (info.child_count == 0) return kNone;
      if (info.child_count == 1) return info.only_word == word_id ? info.only_child : kNone;
    }
    const uint64_t key = (uint64_t{node} << 32) | word_id;
    for (size_t i = Slot(key);; i = (i + 1) & (edges_.size() - 1)) {
      if (edges_[i].key == key) return edges_[i].child;
      if (edges_[i].key == kEmpty) return kNone;
    }
  }
  // Valid after Freeze.
  std::span<const Phrase> PhrasesAt(uint32_t node) const {
    const NodeInfo& info = nodes_[node];
    return {frozen_.data() + info.phrase_begin, info.phrase_end - info.phrase_begin};
  }
  // Only while building.
  std::vector<Phrase>& MutablePhrasesAt(uint32_t node) { return phrases_[node]; }
  // Packs the phrases of all nodes into one array (one cache miss less per node while scanning).
  void Freeze();

 private:
  struct Edge {
    uint64_t key;  // parent node << 32 | word id
    uint32_t child;
  };
  static constexpr uint64_t kEmpty = ~uint64_t{0};
  size_t Slot(uint64_t key) const {
    return ((key * 0x9E3779B97F4A7C15ULL) >> 20) & (edges_.size() - 1);
  }
  void AddEdge(uint64_t key, uint32_t child);

  std::vector<uint32_t> root_;
  std::vector<Edge> edges_ =
      std::vector<Edge>(64, Edge{kEmpty, 0});  // open addressing, <= half full
  size_t edge_count_ = 0;
  std::vector<std::vector<Phrase>> phrases_;  // per node while building; node 0 is the root
  struct NodeInfo {
    uint32_t phrase_begin = 0;  // range in frozen_
    uint32_t phrase_end = 0;
    uint32_t child_count = 0;
    uint32_t only_word = 0;  // the edge's word when child_count == 1
    uint32_t only_child = 0;
  };
  std::vector<Phrase> frozen_;
  std::vector<NodeInfo> nodes_;  // empty until Freeze
};

struct IndexedParticipant {
  std::string id;
  int country = -1;
  int sector = -1;
};

struct GuardIndex {
  TokenVocabulary vocabulary;
  PhraseTrie trie;
  std::vector<Lexeme> lexemes;
  std::vector<std::string> countries;  // folded canonical names, index = country id
  std::vector<IndexedParticipant> participants;
  std::vector<uint32_t> id_rank;  // participant index -> rank of its id in sorted order
  // (country << 32 | sector) -> the participant's index, or -1 once a second one is seen.
  // Sector kAny (0) counts every participant of the country.
  std::unordered_map<uint64_t, int> sole_participant;
  int32_t word_the = -1;
  int32_t word_a = -1;
  int32_t word_an = -1;
  int32_t word_s = -1;

  // The one participant of that country and sector, or -1 for none or several.
  int SoleParticipant(int country, int sector) const;
  // Whether at least one participant of that country and sector exists.
  bool HasParticipant(int country, int sector) const;
};

GuardIndex BuildGuardIndex(const GuardRegistry& registry);

}  // namespace plenary::engine
