#include "domain/participation/participation.h"

#include <algorithm>
#include <set>

#include "domain/core/text.h"
#include "domain/core/utf8.h"
#include "domain/series/phase.h"

namespace plenary {
namespace {

bool ValidUtf8(std::string_view s) { return !FindInvalidUtf8(s).has_value(); }

void CheckText(std::vector<FieldError>& errors, const std::string& field, const std::string& label,
               const std::string& value, size_t max, bool required, bool one_line = true) {
  if (required && value.empty()) {
    errors.push_back({field, "Enter your " + label + "."});
  } else if (one_line && !IsOneLine(value)) {
    errors.push_back({field, "Your " + label + " has a line break or a tab; type it on one line."});
  } else if (!ValidUtf8(value)) {
    errors.push_back({field, "Your " + label + " contains bytes that are not text (UTF-8); type it again."});
  } else if (CharacterCount(value) > max) {
    errors.push_back({field, "Your " + label + " is longer than " + std::to_string(max) + " characters (it has " +
                                 std::to_string(CharacterCount(value)) + "); shorten it."});
  }
}

}  // namespace

const EnumNames<Sector> kSectorNames(
    "sector", {{Sector::kGovernment, "government", "Government"},
               {Sector::kCivilSociety, "civil_society", "Civil society"},
               {Sector::kNhri, "nhri", "National human rights institution"},
               {Sector::kAcademia, "academia", "Academia"},
               {Sector::kBusiness, "business", "Business"},
               {Sector::kInternationalOrganisation, "international_organisation", "International organisation"}});
const EnumNames<Gender> kGenderNames("gender", {{Gender::kWoman, "woman", "Woman"},
                                                {Gender::kMan, "man", "Man"},
                                                {Gender::kNonBinary, "non_binary", "Non-binary"},
                                                {Gender::kPreferNotToSay, "prefer_not_to_say", "Prefer not to say"}});
const EnumNames<RegistrationStatus> kRegistrationStatusNames(
    "registration status", {{RegistrationStatus::kApplied, "applied", "Applied"},
                            {RegistrationStatus::kAccepted, "accepted", "Accepted"},
                            {RegistrationStatus::kWaitlisted, "waitlisted", "Waitlisted"},
                            {RegistrationStatus::kDeclined, "declined", "Declined"},
                            {RegistrationStatus::kWithdrawn, "withdrawn", "Withdrawn"}});
const EnumNames<InvitationKind> kInvitationKindNames("invitation kind",
                                                     {{InvitationKind::kNominated, "nominated", "Nominated"},
                                                      {InvitationKind::kInvited, "invited", "Invited"}});

const std::vector<Sector>& AllSectors() { static const auto all = kSectorNames.All(); return all; }
std::string ToString(Sector sector) { return std::string(kSectorNames.Stored(sector)); }
std::string Label(Sector sector) { return std::string(kSectorNames.Label(sector)); }
std::optional<Sector> SectorFrom(std::string_view text) {
  // The label with its abbreviation, as spreadsheets often carry it.
  if (kSectorNames.Loose(text) == "national_human_rights_institution_(nhri)") return Sector::kNhri;
  return kSectorNames.ParseTyped(text);
}

int DefaultNominationQuota(Sector sector) { return sector == Sector::kGovernment ? 1 : 0; }

const std::vector<Gender>& AllGenders() { static const auto all = kGenderNames.All(); return all; }
std::string ToString(Gender gender) { return std::string(kGenderNames.Stored(gender)); }
std::string Label(Gender gender) { return std::string(kGenderNames.Label(gender)); }
std::optional<Gender> GenderFrom(std::string_view text) { return kGenderNames.ParseTyped(text); }

const std::vector<RegistrationStatus>& AllStatuses() { static const auto all = kRegistrationStatusNames.All(); return all; }
std::string ToString(RegistrationStatus status) { return std::string(kRegistrationStatusNames.Stored(status)); }
std::string Label(RegistrationStatus status) { return std::string(kRegistrationStatusNames.Label(status)); }
std::optional<RegistrationStatus> RegistrationStatusFrom(std::string_view text) {
  return kRegistrationStatusNames.ParseTyped(text);
}

Standing StandingOf(RegistrationStatus status, bool erased) {
  if (erased) return Standing::kErased;
  return status == RegistrationStatus::kAccepted ? Standing::kAccepted : Standing::kApplicant;
}

std::string ToString(InvitationKind kind) { return std::string(kInvitationKindNames.Stored(kind)); }
std::optional<InvitationKind> InvitationKindFrom(std::string_view text) { return kInvitationKindNames.Parse(text); }

std::string Label(InvitationState state) {
  switch (state) {
    case InvitationState::kPending: return "Waiting for registration";
    case InvitationState::kUsed: return "Registered";
    case InvitationState::kExpired: return "Expired";
    case InvitationState::kRevoked: return "Revoked";
  }
  return "";
}

InvitationState StateOf(const Invitation& invitation, UtcSeconds now) {
  if (invitation.used_at) return InvitationState::kUsed;
  if (invitation.revoked_at) return InvitationState::kRevoked;
  if (now >= invitation.expires_at) return InvitationState::kExpired;
  return InvitationState::kPending;
}

std::string RegionOf(std::string_view country, const std::vector<Partner>& partners) {
  for (const auto& p : partners) {
    if (p.kind == PartnerKind::kCountry && p.name == country) return ToString(p.group);
  }
  return "Other";
}

int Registration::RankOf(Id group) const {
  auto it = std::find(ranking.begin(), ranking.end(), group);
  return it == ranking.end() ? 0 : static_cast<int>(it - ranking.begin()) + 1;
}

std::vector<std::string> ParseTags(std::string_view text) {
  std::vector<std::string> tags;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(',', start);
    if (end == std::string_view::npos) end = text.size();
    std::string tag = Trim(text.substr(start, end - start));
    if (!tag.empty() && std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(tag);
    start = end + 1;
  }
  return tags;
}

std::string JoinTags(const std::vector<std::string>& tags) {
  std::string out;
  for (const auto& tag : tags) out += (out.empty() ? "" : ", ") + tag;
  return out;
}

RegistrationDraft DraftOf(const Registration& r) {
  RegistrationDraft d;
  d.full_name = r.full_name;
  d.family_name = r.family_name;
  d.latin_name = r.latin_name;
  d.organisation = r.organisation;
  d.position = r.position;
  d.country = r.country;
  d.sector = ToString(r.sector);
  d.gender = ToString(r.gender);
  d.expertise = JoinTags(r.expertise);
  for (Id g : r.ranking) d.choices.push_back(std::to_string(g));
  d.access_needs = r.access_needs;
  d.dietary_needs = r.dietary_needs;
  d.privacy_consent = true;
  d.chatham_acknowledged = true;
  d.public_listing = r.public_listing;
  return d;
}

Result<Registration> ParseRegistration(const RegistrationDraft& d, const Edition& edition,
                                       const std::vector<Partner>& partners, UtcSeconds now) {
  std::vector<FieldError> errors;
  Registration r;
  r.full_name = Trim(d.full_name);
  r.family_name = Trim(d.family_name);
  r.latin_name = Trim(d.latin_name);
  r.organisation = Trim(d.organisation);
  r.position = Trim(d.position);
  r.country = Trim(d.country);
  r.access_needs = Trim(d.access_needs);
  r.dietary_needs = Trim(d.dietary_needs);

  CheckText(errors, "full_name", "name as you write it", r.full_name, 300, true);
  CheckText(errors, "family_name", "family name", r.family_name, 200, true);
  if (!r.full_name.empty() && !r.family_name.empty() && ValidUtf8(r.full_name) &&
      r.full_name.find(r.family_name) == std::string::npos) {
    errors.push_back({"family_name", "The family name must be written as it appears in your full name (\"" +
                                         r.full_name + "\"); copy that part of it."});
  }
  CheckText(errors, "latin_name", "name in Latin letters", r.latin_name, 300, false);
  CheckText(errors, "organisation", "organisation", r.organisation, 300, true);
  CheckText(errors, "position", "position", r.position, 300, false);
  CheckText(errors, "access_needs", "access needs", r.access_needs, 2000, false, false);
  CheckText(errors, "dietary_needs", "dietary needs", r.dietary_needs, 2000, false, false);

  const bool known_country = r.country == kNoCountry || RegionOf(r.country, partners) != "Other";
  if (r.country.empty()) {
    errors.push_back({"country", "Choose your country, or \"" + std::string(kNoCountry) +
                                     "\" if you work for an international organisation."});
  } else if (!known_country) {
    errors.push_back({"country", "\"" + r.country + "\" is not one of the partner countries; choose it from the list."});
  }
  r.region = RegionOf(r.country, partners);

  if (auto s = SectorFrom(d.sector)) r.sector = *s;
  else errors.push_back({"sector", "Choose the sector you work in."});
  if (auto g = GenderFrom(d.gender)) r.gender = *g;
  else errors.push_back({"gender", "Choose a gender, or \"Prefer not to say\"."});

  if (!ValidUtf8(d.expertise)) {
    errors.push_back({"expertise", "Your expertise contains bytes that are not text (UTF-8); type it again."});
  } else {
    r.expertise = ParseTags(d.expertise);
    if (r.expertise.size() > 20) errors.push_back({"expertise", "Give at most 20 expertise tags."});
  }

  // The ranking: choice_1..choice_N must name every working group exactly once.
  const size_t groups = edition.working_groups.size();
  std::set<Id> seen;
  for (size_t i = 0; i < groups; ++i) {
    const std::string field = "choice_" + std::to_string(i + 1);
    const std::string text = i < d.choices.size() ? Trim(d.choices[i]) : "";
    const std::string which = i == 0 ? "first" : i == 1 ? "second" : i == 2 ? "third" : "fourth";
    auto group = std::find_if(edition.working_groups.begin(), edition.working_groups.end(),
                              [&](const WorkingGroup& g) { return std::to_string(g.id) == text; });
    if (text.empty()) {
      errors.push_back({field, "Choose your " + which + " choice: rank every working group."});
    } else if (group == edition.working_groups.end()) {
      errors.push_back({field, "Your " + which + " choice is not a working group of this edition; choose one from the list."});
    } else if (!seen.insert(group->id).second) {
      errors.push_back({field, "You chose \"" + group->name + "\" more than once; rank each working group once."});
    } else {
      r.ranking.push_back(group->id);
    }
  }

  if (!d.privacy_consent) {
    errors.push_back({"privacy_consent", "Consent to the privacy notice to register; without it we cannot keep your registration."});
  }
  if (!d.chatham_acknowledged) {
    errors.push_back({"chatham_acknowledged", "Acknowledge the Chatham House Rule: the working groups meet under it."});
  }
  if (!errors.empty()) return Error::Invalid(std::move(errors));
  r.edition_id = edition.id;
  r.privacy_version = kPrivacyNoticeVersion;
  r.consented_at = now;
  r.chatham_acknowledged_at = now;
  r.public_listing = d.public_listing;
  return r;
}

std::optional<FieldError> CheckSectorOfInvitation(Sector sector, InvitationKind kind) {
  if (sector != Sector::kGovernment || kind == InvitationKind::kNominated) return std::nullopt;
  return FieldError{"sector", "Government officials take part through their partner's nomination: choose the sector "
                              "you work in, or ask your country's focal point to nominate you."};
}

std::vector<FactChange> LockedFactChanges(const Registration& stored, const Registration& wanted) {
  std::vector<FactChange> out;
  if (stored.Decided() != RegistrationStatus::kAccepted && stored.status != RegistrationStatus::kAccepted) return out;
  if (stored.country != wanted.country) out.push_back({"country", stored.country, wanted.country});
  if (stored.sector != wanted.sector) out.push_back({"sector", ToString(stored.sector), ToString(wanted.sector)});
  if (stored.gender != wanted.gender) out.push_back({"gender", ToString(stored.gender), ToString(wanted.gender)});
  return out;
}

Registration WithLockedFacts(Registration wanted, const Registration& stored) {
  wanted.country = stored.country;
  wanted.region = stored.region;
  wanted.sector = stored.sector;
  wanted.gender = stored.gender;
  return wanted;
}

std::string Describe(const FactChange& c) {
  if (c.field == "sector") {
    return "Sector: " + Label(kSectorNames.FromStored(c.from)) + " → " + Label(kSectorNames.FromStored(c.to));
  }
  if (c.field == "gender") {
    return "Gender: " + Label(kGenderNames.FromStored(c.from)) + " → " + Label(kGenderNames.FromStored(c.to));
  }
  return "Country: " + c.from + " → " + c.to;
}

const EnumNames<RequestState> kRequestStateNames("request state", {{RequestState::kPending, "pending", "Waiting"},
                                                                   {RequestState::kAccepted, "accepted", "Accepted"},
                                                                   {RequestState::kRefused, "refused", "Refused"}});

std::string ToString(RequestState state) { return std::string(kRequestStateNames.Stored(state)); }

Status CheckRegistrationOpen(const Edition& edition, UtcSeconds now) {
  if (!AcceptsRegistrations(edition.phase)) {
    return Error::Invalid("Registration for the " + Ordinal(edition.number) + " edition is not open: the edition is in "
                          "the phase \u201c" + Label(edition.phase) + "\u201d. Write to the secretariat if you need to "
                          "change your registration.");
  }
  if (!edition.registration_deadline) {
    return Error::Invalid("Registration for the " + Ordinal(edition.number) +
                          " edition has not opened: the secretariat has not set a deadline yet.");
  }
  if (now >= *edition.registration_deadline) {
    return Error::Invalid("Registration closed on " + FormatInZone(*edition.registration_deadline, edition.time_zone) +
                          ". Write to the secretariat if you need to change your registration.");
  }
  return OkStatus();
}

Registration Anonymised(const Registration& r, UtcSeconds now) {
  Registration a;
  a.id = r.id;
  a.edition_id = r.edition_id;
  a.invitation_id = r.invitation_id;
  a.full_name = "Erased participant";
  a.family_name = "";
  a.country = "";
  a.region = r.region;
  a.sector = r.sector;
  a.gender = Gender::kPreferNotToSay;
  a.ranking = r.ranking;
  a.privacy_version = r.privacy_version;
  a.consented_at = r.consented_at;
  a.chatham_acknowledged_at = r.chatham_acknowledged_at;
  a.status = r.status;
  a.working_group_id = r.working_group_id;
  a.version = r.version + 1;
  a.created_at = r.created_at;
  a.updated_at = now;
  a.erasure_requested_at = r.erasure_requested_at;
  a.erased_at = now;
  return a;
}

std::optional<UtcSeconds> PurgeDueAt(const Edition& edition, int retention_days) {
  if (!edition.end_date) return std::nullopt;
  const std::string zone = IsKnownTimeZone(edition.time_zone) ? edition.time_zone : "UTC";
  // A clock change at 23:59 would make that minute fail to convert: then UTC decides.
  auto last_minute = ToUtc({*edition.end_date, 23, 59}, zone);
  if (!last_minute) last_minute = ToUtc({*edition.end_date, 23, 59}, "UTC");
  constexpr UtcSeconds kDay = 24 * 60 * 60;
  return *last_minute + 60 + static_cast<UtcSeconds>(retention_days) * kDay;
}

}  // namespace plenary
