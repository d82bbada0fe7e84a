#include "engine/guard/guard.h"

#include <algorithm>
#include <array>
#include <limits>
#include <unordered_map>

#include "domain/core/utf8.h"
#include "engine/guard/index.h"
#include "engine/guard/match.h"
#include "engine/guard/tokenizer.h"

namespace plenary::engine {
namespace {

// Honorifics written straight after a Han, Hangul or Kana family name ("唐教授", "김 박사").
constexpr std::array<std::string_view, 16> kCjkHonorifics = {
    "先生", "女士", "博士", "教授", "大使", "老师", "老師", "部长",
    "部長", "氏",   "さん", "様",   "씨",   "님",   "박사", "교수"};

// Titles written before a Thai, Lao, Khmer or Myanmar name (Khun, Nai, Nang, Dr., Lok, U, Daw).
constexpr std::array<std::string_view, 10> kSoutheastAsianTitles = {
    "คุณ", "นาย", "นาง", "นางสาว", "ดร.", "ທ່ານ", "លោក", "លោកស្រី", "ဦး", "ဒေါ်"};

// Family names that are also months ("May", "June") are not names next to a number: "14 May".
constexpr std::array<std::string_view, 21> kMonths = {
    "january", "february",  "march",   "april",    "may",      "june", "july",
    "august",  "september", "october", "november", "december", "jan",  "feb",
    "mar",     "apr",       "jun",     "jul",      "aug",      "sept", "oct"};

// Words that put a month name in a date ("in May", "until June") rather than a person.
constexpr std::array<std::string_view, 11> kDateLeads = {
    "in", "since", "until", "till", "early", "late", "mid", "last", "next", "during", "this"};

bool EqualsAsciiFolded(std::string_view written, std::string_view lower) {
  if (written.size() != lower.size()) return false;
  for (size_t i = 0; i < written.size(); ++i) {
    const char c = written[i];
    if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != lower[i]) return false;
  }
  return true;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

FindingKind KindOf(PhraseKind kind) {
  switch (kind) {
    case PhraseKind::kOrganisation:
    case PhraseKind::kOrganisationShort:
      return FindingKind::kAffiliation;
    default:
      return FindingKind::kName;
  }
}

// Per-thread buffers reused from scan to scan: a megabyte of notes needs a few megabytes of
// tokens, and allocating them afresh each time cost a fifth of the scan in page faults.
struct ScanBuffers {
  std::vector<TextToken> tokens;
  std::vector<LexHit> lex;
  std::vector<Match> matches;
  std::vector<Match> group;
};

class Scanner {
 public:
  Scanner(const GuardIndex& index, std::string_view text, std::span<const TextToken> tokens,
          ScanBuffers& buffers)
      : ix_(index), text_(text), tokens_(tokens), lex_(buffers.lex), matches_(buffers.matches) {
    lex_.assign(tokens.size(), LexHit{});
    matches_.clear();
  }

  // Fills buffers.matches, sorted by first token: the walk finds names in text order, the
  // description pass appends its own in text order, and the two runs are merged.
  void Run() {
    for (uint32_t i = 0; i < tokens_.size(); ++i) WalkFrom(i);
    const auto names = static_cast<std::ptrdiff_t>(matches_.size());
    FindDescriptions(ix_, tokens_, lex_, matches_);
    std::inplace_merge(matches_.begin(), matches_.begin() + names, matches_.end(),
                       [](const Match& a, const Match& b) { return a.first < b.first; });
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
    const bool part =
        phrase.kind == PhraseKind::kFamilyName || phrase.kind == PhraseKind::kGivenName;
    matches_.push_back({KindOf(phrase.kind), first, last, phrase.target,
                        part ? NameExtent::kPart : NameExtent::kWhole});
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
      return StandsAlone(first, last) || HonorificFollows(head.end);
    }
    // Thai, Lao, Khmer and Myanmar names are often ordinary words too ("ใจดี", kind-hearted);
    // alone, a part of a name counts when it stands apart or follows a title ("คุณปรีชา").
    const bool part = kind == PhraseKind::kFamilyName || kind == PhraseKind::kGivenName;
    if (part && (head.flags & token_flags::kUnspaced) && IsSoutheastAsian(head.start)) {
      return StandsAlone(first, last) || TitlePrecedes(head.start);
    }
    return last - first > 1 || !IsDate(first);
  }

  bool IsSoutheastAsian(size_t at) const {
    size_t pos = at;
    const char32_t cp = DecodeUtf8(text_, pos);
    return (cp >= 0x0E00 && cp <= 0x0EFF) || (cp >= 0x1780 && cp <= 0x17FF) ||
           (cp >= 0x1000 && cp <= 0x109F);
  }

  bool TitlePrecedes(size_t at) const {
    std::string_view before = text_.substr(0, at);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    return std::any_of(kSoutheastAsianTitles.begin(), kSoutheastAsianTitles.end(),
                       [&](std::string_view title) { return before.ends_with(title); });
  }

  bool IsDate(uint32_t i) const {
    const TextToken& t = tokens_[i];
    const std::string_view word = text_.substr(t.start, t.end - t.start);
    // Cheap filter first: this runs for every one-word name found.
    if (word.size() < 3 || word.size() > 9 ||
        std::string_view("ADFJMNOSadfjmnos").find(word[0]) == std::string_view::npos) {
      return false;
    }
    if (std::none_of(kMonths.begin(), kMonths.end(),
                     [&](std::string_view m) { return EqualsAsciiFolded(word, m); })) {
      return false;
    }
    const bool number_before =
        i > 0 && tokens_[i].gap_before == Gap::kSpace && IsDigit(text_[tokens_[i - 1].end - 1]);
    const bool number_after = i + 1 < tokens_.size() && tokens_[i + 1].gap_before <= Gap::kSpace &&
                              IsDigit(text_[tokens_[i + 1].start]);
    return number_before || number_after ||
           (i > 0 && tokens_[i].gap_before == Gap::kSpace && PrecedesDate(i - 1));
  }

  bool PrecedesDate(uint32_t i) const {
    const std::string_view word = text_.substr(tokens_[i].start, tokens_[i].end - tokens_[i].start);
    return std::any_of(kDateLeads.begin(), kDateLeads.end(),
                       [&](std::string_view lead) { return EqualsAsciiFolded(word, lead); });
  }

  // A one-character family name ("唐") inside a run of Han text is most often part of another
  // word, so it counts only when it stands on its own or is followed by an honorific.
  bool StandsAlone(uint32_t first, uint32_t last) const {
    const auto glued = [&](uint32_t left, uint32_t right) {
      return tokens_[right].gap_before == Gap::kAdjacent &&
             (tokens_[left].flags & token_flags::kUnspaced) &&
             (tokens_[right].flags & token_flags::kUnspaced);
    };
    if (first > 0 && glued(first - 1, first)) return false;
    if (last < tokens_.size() && glued(last - 1, last)) return false;
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
  std::vector<LexHit>& lex_;
  std::vector<Match>& matches_;
};

}  // namespace

std::string_view FindingKindName(FindingKind kind) {
  switch (kind) {
    case FindingKind::kName:
      return "name";
    case FindingKind::kAffiliation:
      return "affiliation";
    case FindingKind::kDescription:
      return "description";
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
  thread_local ScanBuffers buffers;
  std::vector<TextToken>& tokens = buffers.tokens;
  if (auto bad = TokenizeText(text, index_->vocabulary, tokens)) {
    return Error::Invalid("invalid UTF-8 at byte " + std::to_string(*bad) +
                          "; save the text as UTF-8");
  }
  Scanner(*index_, text, tokens, buffers).Run();
  std::vector<Match>& matches = buffers.matches;
  ResolveOverlaps(matches, tokens, index_->id_rank, buffers.group);
  const auto& people = index_->participants;
  std::vector<Finding> findings;
  findings.reserve(matches.size());
  for (const Match& m : matches) {
    const size_t start = tokens[m.first].start;
    const size_t end = tokens[m.last - 1].end;
    findings.push_back({m.kind, start, end, std::string(text.substr(start, end - start)),
                        people[m.participant].id});
  }
  return findings;
}

}  // namespace plenary::engine
