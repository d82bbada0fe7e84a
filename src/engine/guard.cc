#include "engine/guard.h"

#include <algorithm>
#include <array>
#include <limits>
#include <unordered_map>

#include "engine/guard_index.h"
#include "engine/guard_match.h"
#include "engine/guard_tokenizer.h"

namespace plenary::engine {
namespace {

// Honorifics written straight after a Han, Hangul or Kana family name ("唐教授", "김 박사").
constexpr std::array<std::string_view, 16> kCjkHonorifics = {
    "先生", "女士", "博士", "教授", "大使", "老师", "老師", "部长", "部長",
    "氏",   "さん", "様",   "씨",   "님",   "박사", "교수"};

FindingKind KindOf(PhraseKind kind) {
  switch (kind) {
    case PhraseKind::kOrganisation:
    case PhraseKind::kOrganisationShort:
      return FindingKind::kAffiliation;
    default:
      return FindingKind::kName;
  }
}

class Scanner {
 public:
  Scanner(const GuardIndex& index, std::string_view text, std::span<const TextToken> tokens)
      : ix_(index), text_(text), tokens_(tokens), lex_(tokens.size()) {}

  std::vector<Match> Run() {
    for (uint32_t i = 0; i < tokens_.size(); ++i) WalkFrom(i);
    FindDescriptions(ix_, tokens_, lex_, matches_);
    return std::move(matches_);
  }

 private:
  // Follows the trie from token i as far as the words and the gaps between them allow, keeping
  // every phrase that ends on the way (the overlap pass keeps the longest per participant).
  void WalkFrom(uint32_t i) {
    if (tokens_[i].id < 0) return;
    uint32_t node = ix_.trie.Child(PhraseTrie::kRoot, static_cast<uint32_t>(tokens_[i].id));
    uint32_t j = i;
    while (node != PhraseTrie::kNone) {
      for (const Phrase& phrase : ix_.trie.PhrasesAt(node)) Consider(phrase, i, j + 1);
      if (++j >= tokens_.size()) break;
      const TextToken& next = tokens_[j];
      if (next.id < 0 || next.gap_before == Gap::kBreak) break;
      node = ix_.trie.Child(node, static_cast<uint32_t>(next.id));
    }
  }

  void Consider(const Phrase& phrase, uint32_t first, uint32_t last) {
    if (phrase.kind == PhraseKind::kLexicon) {
      lex_[first] = LexHit{phrase.target, last};
      return;
    }
    if (!NameShapeFits(phrase.kind, first, last)) return;
    matches_.push_back({KindOf(phrase.kind), first, last, phrase.target});
  }

  // The case rules of the format, and the one guard for single characters of unspaced scripts.
  bool NameShapeFits(PhraseKind kind, uint32_t first, uint32_t last) const {
    const TextToken& head = tokens_[first];
    const bool cased = head.flags & token_flags::kCased;
    if (last - first == 1 && cased && !(head.flags & token_flags::kAnyUpper)) return false;
    if (kind == PhraseKind::kGivenName && cased && !(head.flags & token_flags::kFirstUpper)) {
      return false;
    }
    if (last - first == 1 && (head.flags & token_flags::kUnspaced)) {
      return StandsAlone(first) || HonorificFollows(head.end);
    }
    return true;
  }

  // A one-character family name ("唐") inside a run of Han text is most often part of another
  // word, so it counts only when it stands on its own or is followed by an honorific.
  bool StandsAlone(uint32_t i) const {
    const auto glued = [&](uint32_t left, uint32_t right) {
      return tokens_[right].gap_before == Gap::kAdjacent &&
             (tokens_[left].flags & token_flags::kUnspaced) &&
             (tokens_[right].flags & token_flags::kUnspaced);
    };
    if (i > 0 && glued(i - 1, i)) return false;
    if (i + 1 < tokens_.size() && glued(i, i + 1)) return false;
    return true;
  }

  bool HonorificFollows(size_t at) const {
    while (at < text_.size() && text_[at] == ' ') ++at;
    const std::string_view rest = text_.substr(at);
    return std::any_of(kCjkHonorifics.begin(), kCjkHonorifics.end(),
                       [&](std::string_view h) { return rest.starts_with(h); });
  }

  const GuardIndex& ix_;
  std::string_view text_;
  std::span<const TextToken> tokens_;
  std::vector<LexHit> lex_;
  std::vector<Match> matches_;
};

// Keeps, per participant, the longest of any overlapping matches (earlier kinds win ties).
std::vector<Match> LongestPerParticipant(std::vector<Match> matches,
                                         std::span<const TextToken> tokens) {
  const auto bytes = [&](const Match& m) { return tokens[m.last - 1].end - tokens[m.first].start; };
  std::sort(matches.begin(), matches.end(), [&](const Match& a, const Match& b) {
    if (a.participant != b.participant) return a.participant < b.participant;
    if (bytes(a) != bytes(b)) return bytes(a) > bytes(b);
    if (a.first != b.first) return a.first < b.first;
    return a.kind < b.kind;
  });
  std::vector<Match> kept;
  size_t group_begin = 0;
  for (const Match& m : matches) {
    if (!kept.empty() && kept.back().participant != m.participant) group_begin = kept.size();
    const bool overlaps = std::any_of(kept.begin() + group_begin, kept.end(), [&](const Match& k) {
      return k.participant == m.participant && k.first < m.last && m.first < k.last;
    });
    if (!overlaps) kept.push_back(m);
  }
  return kept;
}

}  // namespace

std::string_view FindingKindName(FindingKind kind) {
  switch (kind) {
    case FindingKind::kName: return "name";
    case FindingKind::kAffiliation: return "affiliation";
    case FindingKind::kDescription: return "description";
  }
  return "name";
}

AttributionGuard::AttributionGuard(std::unique_ptr<const GuardIndex> index)
    : index_(std::move(index)) {}
AttributionGuard::AttributionGuard(AttributionGuard&&) noexcept = default;
AttributionGuard& AttributionGuard::operator=(AttributionGuard&&) noexcept = default;
AttributionGuard::~AttributionGuard() = default;

Result<AttributionGuard> AttributionGuard::Build(const GuardRegistry& registry) {
  return AttributionGuard(std::make_unique<const GuardIndex>(BuildGuardIndex(registry)));
}

size_t AttributionGuard::participant_count() const { return index_->participants.size(); }

Result<std::vector<Finding>> AttributionGuard::Scan(std::string_view text) const {
  if (text.size() >= std::numeric_limits<uint32_t>::max()) {
    return Error::Invalid("the text is 4 GiB or more; scan it in parts");
  }
  std::vector<TextToken> tokens;
  if (auto bad = TokenizeText(text, index_->vocabulary, tokens)) {
    return Error::Invalid("invalid UTF-8 at byte " + std::to_string(*bad) +
                          "; save the text as UTF-8");
  }
  std::vector<Match> matches =
      LongestPerParticipant(Scanner(*index_, text, tokens).Run(), tokens);
  std::vector<Finding> findings;
  findings.reserve(matches.size());
  for (const Match& m : matches) {
    const size_t start = tokens[m.first].start;
    const size_t end = tokens[m.last - 1].end;
    findings.push_back({m.kind, start, end, std::string(text.substr(start, end - start)),
                        index_->participants[m.participant].id});
  }
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end < b.end;
    return a.participant < b.participant;
  });
  return findings;
}

}  // namespace plenary::engine
