// The overlap rules of the guard (guard_match.h): groups of chained overlapping matches are
// resolved one by one in text order, so the pass is linear in the number of matches.
#include <algorithm>

#include "engine/guard/match.h"

namespace plenary::engine {
namespace {

// Resolves one group of chained overlapping matches (any participants) and appends what is left
// to out in report order. Groups hold a handful of matches, so the quadratic steps are cheap.
class GroupResolver {
 public:
  GroupResolver(std::span<const TextToken> tokens, std::span<const uint32_t> id_rank)
      : tokens_(tokens), id_rank_(id_rank) {}

  void Resolve(std::vector<Match>& group, std::vector<Match>& out) {
    if (group.size() == 1) {
      out.push_back(group.front());
      return;
    }
    DropPartsOfOtherNames(group);
    const size_t begin = out.size();
    KeepLongestPerParticipant(group, out);
    std::sort(out.begin() + begin, out.end(), [&](const Match& a, const Match& b) {
      if (a.first != b.first) return a.first < b.first;
      if (a.last != b.last) return a.last < b.last;
      return id_rank_[a.participant] < id_rank_[b.participant];
    });
  }

 private:
  uint32_t Bytes(const Match& m) const { return tokens_[m.last - 1].end - tokens_[m.first].start; }

  // A family or given name alone inside another participant's whole name is that other
  // person: "Wei" in "Tan Wei Ling", "Nguyen" in "Chloe Nguyen".
  void DropPartsOfOtherNames(std::vector<Match>& group) const {
    std::vector<Match> wholes;
    for (const Match& m : group) {
      if (m.kind == FindingKind::kName && m.extent == NameExtent::kWhole) wholes.push_back(m);
    }
    std::erase_if(group, [&](const Match& m) {
      return m.extent == NameExtent::kPart &&
             std::any_of(wholes.begin(), wholes.end(), [&](const Match& w) {
               return w.participant != m.participant && w.first <= m.first && m.last <= w.last &&
                      w.last - w.first > m.last - m.first;
             });
    });
  }

  // Per participant, the longest of overlapping matches (earlier, then name before affiliation
  // before description, on ties).
  void KeepLongestPerParticipant(std::vector<Match>& group, std::vector<Match>& out) const {
    std::sort(group.begin(), group.end(), [&](const Match& a, const Match& b) {
      if (a.participant != b.participant) return a.participant < b.participant;
      if (Bytes(a) != Bytes(b)) return Bytes(a) > Bytes(b);
      if (a.first != b.first) return a.first < b.first;
      return a.kind < b.kind;
    });
    const size_t begin = out.size();
    for (const Match& m : group) {
      const bool overlaps = std::any_of(out.begin() + begin, out.end(), [&](const Match& k) {
        return k.participant == m.participant && k.first < m.last && m.first < k.last;
      });
      if (!overlaps) out.push_back(m);
    }
  }

  std::span<const TextToken> tokens_;
  std::span<const uint32_t> id_rank_;
};

}  // namespace

void ResolveOverlaps(std::vector<Match>& matches, std::span<const TextToken> tokens,
                     std::span<const uint32_t> id_rank, std::vector<Match>& scratch) {
  GroupResolver resolver(tokens, id_rank);
  std::vector<Match> resolved;
  resolved.reserve(matches.size());
  for (size_t i = 0; i < matches.size();) {
    scratch.assign(1, matches[i]);
    uint32_t reach = matches[i].last;
    size_t j = i + 1;
    for (; j < matches.size() && matches[j].first < reach; ++j) {
      scratch.push_back(matches[j]);
      reach = std::max(reach, matches[j].last);
    }
    resolver.Resolve(scratch, resolved);
    i = j;
  }
  matches.swap(resolved);
}

}  // namespace plenary::engine
