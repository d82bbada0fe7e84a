#include "engine/guard/index.h"

#include <algorithm>

#include "engine/guard/lexicon.h"
#include "engine/guard/tokenizer.h"

namespace plenary::engine {
namespace {

constexpr int kFirstUnlistedSector = 100;

std::string Joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

// Registries sometimes carry the title in the name field ("Dr. Lone"); the text may omit it.
std::vector<std::string> NameWords(std::string_view name) {
  static constexpr std::string_view kTitles[] = {"dr",  "prof", "professor", "mr",
                                                 "mrs", "ms",   "ambassador"};
  std::vector<std::string> words = FoldedWords(name);
  while (words.size() > 1 &&
         std::find(std::begin(kTitles), std::end(kTitles), words.front()) != std::end(kTitles)) {
    words.erase(words.begin());
  }
  return words;
}

std::vector<std::vector<std::string>> HyphenHalves(std::string_view family) {
  std::vector<std::vector<std::string>> halves;
  size_t begin = 0;
  while (begin <= family.size()) {
    const size_t end = std::min(family.find('-', begin), family.size());
    auto words = NameWords(family.substr(begin, end - begin));
    if (!words.empty()) halves.push_back(std::move(words));
    begin = end + 1;
  }
  return halves;
}

std::vector<std::string> Concat(const std::vector<std::string>& a,
                                const std::vector<std::string>& b) {
  std::vector<std::string> out = a;
  out.insert(out.end(), b.begin(), b.end());
  return out;
}

class IndexBuilder {
 public:
  explicit IndexBuilder(GuardIndex& index) : ix_(index) {}

  void AddLexicon() {
    for (const CountryWord& word : PartnerCountryWords()) {
      const int country = CountryId(Joined(FoldedWords(word.country)));
      const auto words = FoldedWords(word.word);
      country_by_word_.emplace(Joined(words), country);
      Lexeme& lexeme = LexemeFor(words);
      lexeme.country = country;
      lexeme.country_name = lexeme.country_name || word.form == CountryWordForm::kName;
      lexeme.country_person = lexeme.country_person || word.form == CountryWordForm::kPerson;
    }
    for (const RoleWord& role : RoleWords()) {
      Lexeme& lexeme = LexemeFor(FoldedWords(role.phrase));
      lexeme.sector = static_cast<int>(role.sector);
      lexeme.noun = lexeme.noun || (role.uses & static_cast<int>(RoleWordUse::kNoun));
      lexeme.modifier = lexeme.modifier || (role.uses & static_cast<int>(RoleWordUse::kModifier));
    }
    for (std::string_view filler : DescriptionFillers())
      LexemeFor(FoldedWords(filler)).filler = true;
    for (std::string_view c : DescriptionConnectors()) LexemeFor(FoldedWords(c)).connector = true;
    ix_.word_the = static_cast<int32_t>(ix_.vocabulary.Intern("the"));
    ix_.word_a = static_cast<int32_t>(ix_.vocabulary.Intern("a"));
    ix_.word_an = static_cast<int32_t>(ix_.vocabulary.Intern("an"));
    ix_.word_s = static_cast<int32_t>(ix_.vocabulary.Intern("s"));
  }

  void AddParticipants(const GuardRegistry& registry) {
    std::unordered_map<std::string, int> given_count;
    for (const auto& p : registry.participants) ++given_count[Joined(NameWords(p.given_name))];
    for (const auto& p : registry.participants) {
      const auto index = static_cast<uint32_t>(ix_.participants.size());
      ix_.participants.push_back({p.id, ParticipantCountry(p.country), ParticipantSector(p.role)});
      const auto given = NameWords(p.given_name);
      const auto family = NameWords(p.family_name);
      if (!given.empty() && !family.empty()) {
        AddPhrase(Concat(given, family), {PhraseKind::kFullName, index});
        AddPhrase(Concat(family, given), {PhraseKind::kFullName, index});
      }
      // A person with one name only is matched by it as a family name is.
      AddPhrase(family.empty() ? given : family, {PhraseKind::kFamilyName, index});
      // Each half of a double-barrelled name is used alone ("Ms Stoczyńska" for
      // Stoczyńska-Kowalska).
      if (p.family_name.find('-') != std::string::npos) {
        for (const auto& half : HyphenHalves(p.family_name)) {
          AddPhrase(half, {PhraseKind::kFamilyName, index});
        }
      }
      if (!family.empty() && given_count[Joined(given)] == 1) {
        AddPhrase(given, {PhraseKind::kGivenName, index});
      }
      auto organisation = FoldedWords(p.organisation);
      if (organisation.size() > 1 && organisation.front() == "the") {
        organisation.erase(organisation.begin());
      }
      AddPhrase(organisation, {PhraseKind::kOrganisation, index});
      AddPhrase(FoldedWords(p.organisation_short), {PhraseKind::kOrganisationShort, index});
      CountSole(ix_.participants.back(), static_cast<int>(index));
    }
  }

 private:
  std::vector<uint32_t> Ids(const std::vector<std::string>& words) {
    std::vector<uint32_t> ids;
    for (const auto& w : words) ids.push_back(ix_.vocabulary.Intern(w));
    return ids;
  }

  void AddPhrase(const std::vector<std::string>& words, Phrase phrase) {
    if (words.empty()) return;
    auto& phrases = ix_.trie.MutablePhrasesAt(ix_.trie.Insert(Ids(words)));
    if (std::find(phrases.begin(), phrases.end(), phrase) == phrases.end()) {
      phrases.push_back(phrase);
    }
  }

  Lexeme& LexemeFor(const std::vector<std::string>& words) {
    auto& phrases = ix_.trie.MutablePhrasesAt(ix_.trie.Insert(Ids(words)));
    for (const Phrase& p : phrases) {
      if (p.kind == PhraseKind::kLexicon) return ix_.lexemes[p.target];
    }
    phrases.push_back({PhraseKind::kLexicon, static_cast<uint32_t>(ix_.lexemes.size())});
    return ix_.lexemes.emplace_back();
  }

  int CountryId(const std::string& folded_canonical) {
    const auto [it, added] = country_ids_.emplace(folded_canonical, ix_.countries.size());
    if (added) ix_.countries.push_back(folded_canonical);
    return it->second;
  }

  // A country outside the partner list still counts; its name becomes a description word.
  int ParticipantCountry(std::string_view country) {
    const auto words = FoldedWords(country);
    if (words.empty()) return -1;
    const std::string key = Joined(words);
    if (const auto it = country_by_word_.find(key); it != country_by_word_.end()) return it->second;
    const int id = CountryId(key);
    country_by_word_.emplace(key, id);
    Lexeme& lexeme = LexemeFor(words);
    lexeme.country = id;
    lexeme.country_name = true;
    return id;
  }

  int ParticipantSector(std::string_view role) {
    const std::string key = Joined(FoldedWords(role));
    if (key.empty()) return -1;
    if (auto sector = SectorFromRegistryRole(key)) return static_cast<int>(*sector);
    const auto [it, added] =
        unlisted_sectors_.emplace(key, kFirstUnlistedSector + unlisted_sectors_.size());
    return it->second;
  }

  void CountSole(const IndexedParticipant& p, int index) {
    if (p.country < 0) return;
    const auto bump = [&](int sector) {
      const uint64_t key = (uint64_t(p.country) << 32) | uint32_t(sector);
      const auto [it, added] = ix_.sole_participant.emplace(key, index);
      if (!added) it->second = -1;
    };
    bump(static_cast<int>(GuardSector::kAny));
    if (p.sector > 0) bump(p.sector);
  }

  GuardIndex& ix_;
  std::unordered_map<std::string, int> country_ids_;
  std::unordered_map<std::string, int> country_by_word_;
  std::unordered_map<std::string, int> unlisted_sectors_;
};

}  // namespace

uint32_t PhraseTrie::Insert(std::span<const uint32_t> word_ids) {
  uint32_t node = kRoot;
  for (const uint32_t id : word_ids) {
    uint32_t child = Child(node, id);
    if (child == kNone) {
      child = static_cast<uint32_t>(phrases_.size());
      phrases_.emplace_back();
      if (node == kRoot) {
        if (root_.size() <= id) root_.resize(id + 1, kNone);
        root_[id] = child;
      } else {
        AddEdge((uint64_t{node} << 32) | id, child);
      }
    }
    node = child;
  }
  return node;
}

void PhraseTrie::Freeze() {
  std::vector<NodeInfo> nodes(phrases_.size());
  frozen_.clear();
  for (size_t n = 0; n < phrases_.size(); ++n) {
    nodes[n].phrase_begin = static_cast<uint32_t>(frozen_.size());
    frozen_.insert(frozen_.end(), phrases_[n].begin(), phrases_[n].end());
    nodes[n].phrase_end = static_cast<uint32_t>(frozen_.size());
  }
  for (const Edge& e : edges_) {
    if (e.key == kEmpty) continue;
    NodeInfo& parent = nodes[e.key >> 32];
    ++parent.child_count;
    parent.only_word = static_cast<uint32_t>(e.key & 0xFFFFFFFF);
    parent.only_child = e.child;
  }
  nodes_ = std::move(nodes);
  phrases_.clear();
  phrases_.shrink_to_fit();
}

void PhraseTrie::AddEdge(uint64_t key, uint32_t child) {
  if (2 * (edge_count_ + 1) > edges_.size()) {
    std::vector<Edge> old = std::move(edges_);
    edges_.assign(old.size() * 2, Edge{kEmpty, 0});
    edge_count_ = 0;
    for (const Edge& e : old) {
      if (e.key != kEmpty) AddEdge(e.key, e.child);
    }
  }
  size_t i = Slot(key);
  while (edges_[i].key != kEmpty) i = (i + 1) & (edges_.size() - 1);
  edges_[i] = Edge{key, child};
  ++edge_count_;
}

bool GuardIndex::HasParticipant(int country, int sector) const {
  if (country < 0 || sector < 0) return false;
  return sole_participant.count((uint64_t(country) << 32) | uint32_t(sector)) > 0;
}

int GuardIndex::SoleParticipant(int country, int sector) const {
  if (country < 0 || sector < 0) return -1;
  const auto it = sole_participant.find((uint64_t(country) << 32) | uint32_t(sector));
  return it == sole_participant.end() ? -1 : it->second;
}

GuardIndex BuildGuardIndex(const GuardRegistry& registry) {
  GuardIndex index;
  IndexBuilder builder(index);
  builder.AddLexicon();
  builder.AddParticipants(registry);
  index.trie.Freeze();
  std::vector<uint32_t> order(index.participants.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return index.participants[a].id < index.participants[b].id;
  });
  index.id_rank.resize(order.size());
  for (uint32_t r = 0; r < order.size(); ++r) index.id_rank[order[r]] = r;
  return index;
}

}  // namespace plenary::engine
