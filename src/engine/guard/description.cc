#include "engine/guard/lexicon.h"
#include "engine/guard/match.h"

namespace plenary::engine {
namespace {

// Adjective, fillers and nouns stay close: "the Danish senior government official" is four.
constexpr int kMaxRoleWords = 5;

// Whether the role phrase must be joined to the word before it (after a country adjective) or
// may start anywhere (a role that comes first).
enum class FirstWord { kJoinedToPrevious, kFree };

struct RolePhrase {
  uint32_t end = 0;  // token after the last role noun; 0 when there is none
  int sector = -1;
};

class DescriptionReader {
 public:
  DescriptionReader(const GuardIndex& index, std::span<const TextToken> tokens,
                    std::span<const LexHit> lex)
      : ix_(index), tokens_(tokens), lex_(lex) {}

  void Run(std::vector<Match>& out) {
    for (uint32_t i = 0; i < tokens_.size(); ++i) {
      const Lexeme* word = LexemeAt(i);
      if (word == nullptr) continue;
      if (word->country >= 0) CountryFirst(i, *word, out);
      if (word->noun || word->modifier) RoleFirst(i, out);
    }
  }

 private:
  const Lexeme* LexemeAt(uint32_t i) const {
    if (i >= tokens_.size() || lex_[i].lexeme == LexHit::kNone) return nullptr;
    return &ix_.lexemes[lex_[i].lexeme];
  }
  bool Joined(uint32_t i) const {
    return i < tokens_.size() && tokens_[i].gap_before != Gap::kBreak;
  }

  // Reads modifiers, fillers and nouns from token i on; the phrase ends at its last noun. The
  // sector is the first modifier's, else the last noun's.
  RolePhrase ReadRole(uint32_t i, FirstWord first) const {
    RolePhrase role;
    int modifier_sector = -1;
    int noun_sector = -1;
    for (int steps = 0; steps < kMaxRoleWords; ++steps) {
      if ((steps > 0 || first == FirstWord::kJoinedToPrevious) && !Joined(i)) break;
      const Lexeme* word = LexemeAt(i);
      if (word == nullptr || !(word->noun || word->modifier || word->filler)) break;
      if (word->modifier && modifier_sector < 0 && word->sector > 0) modifier_sector = word->sector;
      if (word->noun) {
        role.end = lex_[i].end;
        noun_sector = word->sector;
      }
      i = lex_[i].end;
    }
    role.sector = modifier_sector >= 0 ? modifier_sector : noun_sector;
    return role;
  }

  void Emit(uint32_t first, uint32_t last, int country, int sector, std::vector<Match>& out) {
    int participant = ix_.SoleParticipant(country, sector);
    // "The EU official" is the one from the EU's service when no government sent anyone:
    // officials and diplomats of international organisations are described the same way.
    const int government = static_cast<int>(GuardSector::kGovernment);
    if (participant < 0 && sector == government && !ix_.HasParticipant(country, government)) {
      participant = ix_.SoleParticipant(country, static_cast<int>(GuardSector::kInternational));
    }
    if (participant < 0) return;
    out.push_back({FindingKind::kDescription, first, last, static_cast<uint32_t>(participant)});
  }

  // "the Danish official", "Denmark's NGO representative".
  void CountryFirst(uint32_t i, const Lexeme& country, std::vector<Match>& out) {
    uint32_t j = lex_[i].end;
    if (country.country_name && j < tokens_.size() && tokens_[j].id == ix_.word_s &&
        tokens_[j].gap_before == Gap::kJoiner) {
      ++j;
    }
    const RolePhrase role = ReadRole(j, FirstWord::kJoinedToPrevious);
    if (role.end != 0) {
      Emit(i, role.end, country.country, role.sector, out);
    } else if (country.country_person && (tokens_[i].flags & token_flags::kFirstUpper)) {
      // "the Dane", "a Swede": capitalised, since "pole" and "finn" are ordinary words.
      Emit(i, lex_[i].end, country.country, static_cast<int>(GuardSector::kAny), out);
    }
  }

  // "an academic from China", "the representative of the Danish government".
  void RoleFirst(uint32_t i, std::vector<Match>& out) {
    RolePhrase role = ReadRole(i, FirstWord::kFree);
    if (role.end == 0) return;
    uint32_t k = role.end;
    const Lexeme* connector = Joined(k) ? LexemeAt(k) : nullptr;
    if (connector == nullptr || !connector->connector) return;
    k = lex_[k].end;
    if (Joined(k) && tokens_[k].id == ix_.word_the) ++k;
    const Lexeme* country = Joined(k) ? LexemeAt(k) : nullptr;
    if (country == nullptr || country->country < 0) return;
    uint32_t end = lex_[k].end;
    if (role.sector == static_cast<int>(GuardSector::kAny)) {
      const Lexeme* after = Joined(end) ? LexemeAt(end) : nullptr;
      if (after != nullptr && after->modifier && after->sector > 0) {
        role.sector = after->sector;
        end = lex_[end].end;
      }
    }
    Emit(i, end, country->country, role.sector, out);
  }

  const GuardIndex& ix_;
  std::span<const TextToken> tokens_;
  std::span<const LexHit> lex_;
};

}  // namespace

void FindDescriptions(const GuardIndex& index, std::span<const TextToken> tokens,
                      std::span<const LexHit> lex, std::vector<Match>& out) {
  DescriptionReader(index, tokens, lex).Run(out);
}

}  // namespace plenary::engine
