// Who takes part in an edition: invitations (nominated by a partner or invited by the
// secretariat), registrations with ranked working-group preferences, and decisions.
// Value types and the rules a registration must meet; no storage, no pages.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/core/access.h"
#include "domain/core/enum_names.h"
#include "domain/core/status.h"
#include "domain/series/edition.h"
#include "domain/series/partner.h"

namespace plenary {

// The version of the privacy notice a registration consents to (docs/PRIVACY.md is its text;
// the /privacy page shows it). Change both together: registrations record what they agreed to.
inline constexpr const char* kPrivacyNoticeVersion = "2026-11";

enum class Sector { kGovernment, kCivilSociety, kNhri, kAcademia, kBusiness, kInternationalOrganisation };
enum class Gender { kWoman, kMan, kNonBinary, kPreferNotToSay };
// Declined: the secretariat's answer to an application. Withdrawn: the person gave up a place
// they had been offered (or the secretariat recorded that they did).
enum class RegistrationStatus { kApplied, kAccepted, kWaitlisted, kDeclined, kWithdrawn };
enum class InvitationKind { kNominated, kInvited };

// The tables of stored names and labels (domain/core/enum_names.h).
extern const EnumNames<Sector> kSectorNames;
extern const EnumNames<Gender> kGenderNames;
extern const EnumNames<RegistrationStatus> kRegistrationStatusNames;
extern const EnumNames<InvitationKind> kInvitationKindNames;

const std::vector<Sector>& AllSectors();
std::string ToString(Sector sector);  // "government", "civil_society", "nhri", "academia", "business", "international_organisation"
std::string Label(Sector sector);     // "Government", "Civil society", "National human rights institution", ...
// Accepts the code or the label, any case ("NHRI", "civil society", "civil_society").
std::optional<Sector> SectorFrom(std::string_view text);
// How many a partner may nominate in a sector when the secretariat has set no quota: one
// government official, nobody else.
int DefaultNominationQuota(Sector sector);

const std::vector<Gender>& AllGenders();
std::string ToString(Gender gender);  // "woman", "man", "non_binary", "prefer_not_to_say"
std::string Label(Gender gender);     // "Woman", "Man", "Non-binary", "Prefer not to say"
std::optional<Gender> GenderFrom(std::string_view text);

const std::vector<RegistrationStatus>& AllStatuses();
std::string ToString(RegistrationStatus status);  // "applied", "accepted", "waitlisted", "declined", "withdrawn"
std::string Label(RegistrationStatus status);     // "Applied", "Accepted", "Waitlisted", "Declined", "Withdrawn"
std::optional<RegistrationStatus> RegistrationStatusFrom(std::string_view text);

std::string ToString(InvitationKind kind);  // "nominated", "invited"
std::optional<InvitationKind> InvitationKindFrom(std::string_view text);

enum class InvitationState { kPending, kUsed, kExpired, kRevoked };
std::string Label(InvitationState state);  // "Waiting for registration", "Registered", "Expired", "Revoked"

struct Invitation {
  Id id = 0;
  Id edition_id = 0;
  InvitationKind kind = InvitationKind::kInvited;
  std::optional<Id> partner_id;  // the nominating partner
  std::string email;
  std::string name;
  Sector sector = Sector::kCivilSociety;
  std::string organisation;
  std::string country;
  UtcSeconds created_at = 0;
  UtcSeconds expires_at = 0;
  int sent_count = 1;  // times issued (the first mail and each resend)
  UtcSeconds last_sent_at = 0;
  // Its mails in the outbox: accepted by the mail server, still waiting, failed.
  int delivered = 0, waiting = 0, failed = 0;
  std::optional<UtcSeconds> revoked_at;
  std::optional<UtcSeconds> used_at;
};

InvitationState StateOf(const Invitation& invitation, UtcSeconds now);

// "Asia", "Europe" or "Other": the partner group of a country, by the partner's name.
std::string RegionOf(std::string_view country, const std::vector<Partner>& partners);
// What a participant from no partner country (an international organisation) writes as country.
inline constexpr const char* kNoCountry = "International";

struct Registration {
  Id id = 0;
  Id edition_id = 0;
  Id invitation_id = 0;
  std::optional<Id> account_id;
  std::string full_name;    // as the person writes it, in any script
  std::string family_name;  // the part of full_name that is the family name
  std::string latin_name;   // optional transliteration
  std::string organisation;
  std::string position;
  std::string country;      // a partner country's name, or kNoCountry
  std::string region;       // RegionOf(country)
  Sector sector = Sector::kCivilSociety;
  Gender gender = Gender::kPreferNotToSay;
  std::vector<std::string> expertise;  // tags
  std::vector<Id> ranking;             // every working group of the edition, first choice first
  std::string access_needs;
  std::string dietary_needs;
  std::string privacy_version;
  UtcSeconds consented_at = 0;
  UtcSeconds chatham_acknowledged_at = 0;
  bool public_listing = false;  // consented to appear on the public participant list
  RegistrationStatus status = RegistrationStatus::kApplied;
  std::string decision_reason;  // internal to the secretariat
  // A decision not yet released (issue 12 item 3): what the status will become, and why.
  std::optional<RegistrationStatus> proposed_status;
  std::string proposed_reason;
  // The decision as the list stands: the draft when there is one, else the released status.
  RegistrationStatus Decided() const { return proposed_status.value_or(status); }
  int score = 0;                // the secretariat's selection score
  std::optional<Id> working_group_id;
  int version = 1;
  UtcSeconds created_at = 0;
  UtcSeconds updated_at = 0;
  std::optional<UtcSeconds> erasure_requested_at;
  std::optional<UtcSeconds> erased_at;
  // Promoted from the waiting list into the place this registration gave up (issue 12 item 4).
  std::optional<Id> replaces_id;

  // 1 for the first choice; 0 when the group is not ranked.
  int RankOf(Id working_group_id) const;
};

// The registration form as typed: every field a string so a rejected form shows it again.
struct RegistrationDraft {
  std::string full_name;
  std::string family_name;
  std::string latin_name;
  std::string organisation;
  std::string position;
  std::string country;
  std::string sector;
  std::string gender;
  std::string expertise;             // comma-separated tags
  std::vector<std::string> choices;  // choice_1..choice_N: working-group ids as text
  std::string access_needs;
  std::string dietary_needs;
  bool privacy_consent = false;
  bool chatham_acknowledged = false;
  bool public_listing = false;
};

RegistrationDraft DraftOf(const Registration& registration);

// Expertise tags: "privacy, digital rights" <-> {"privacy", "digital rights"}. Parsing trims
// each tag and drops empty and repeated ones; the form and the store both use these.
std::vector<std::string> ParseTags(std::string_view text);
std::string JoinTags(const std::vector<std::string>& tags);

// Checks every field; each problem names its field ("full_name", "choice_2", ...) and how to
// fix it. The ranking must list every working group of `edition` exactly once. On success the
// registration carries the parsed fields (ids, status and times are the caller's).
Result<Registration> ParseRegistration(const RegistrationDraft& draft, const Edition& edition,
                                       const std::vector<Partner>& partners, UtcSeconds now);

// Registration is open until the edition's deadline; the refusal states the deadline in the
// edition's zone ("Registration closed on 15 April 2027 at 23:59 (Asia/Ulaanbaatar).").
Status CheckRegistrationOpen(const Edition& edition, UtcSeconds now);

// Sector "government" comes only through a partner's nomination (issue 12 item 5): an invited
// person who chooses it is refused on the sector field with how to be nominated instead.
std::optional<FieldError> CheckSectorOfInvitation(Sector sector, InvitationKind kind);

// The facts selection used (country, sector, gender) are locked once the person is accepted
// (released, or as a draft decision): a change to them is a request the secretariat accepts or
// refuses, never an edit. The changes `wanted` makes to the locked facts of `stored`, in the
// order country, sector, gender; none when `stored` is not accepted.
struct FactChange {
  std::string field;  // "country", "sector", "gender"
  std::string from;   // stored values: a country's name, a sector's or gender's stored name
  std::string to;
  friend bool operator==(const FactChange&, const FactChange&) = default;
};
std::vector<FactChange> LockedFactChanges(const Registration& stored, const Registration& wanted);
// `wanted` with its locked facts (and the region that follows the country) put back as stored.
Registration WithLockedFacts(Registration wanted, const Registration& stored);
// "Country: Denmark → Germany", "Sector: Civil society → Government".
std::string Describe(const FactChange& change);

enum class RequestState { kPending, kAccepted, kRefused };
extern const EnumNames<RequestState> kRequestStateNames;
std::string ToString(RequestState state);  // "pending", "accepted", "refused"
struct FactChangeRequest {
  Id id = 0;
  Id registration_id = 0;
  FactChange change;
  std::string to_region;  // for a country: the region that comes with it
  RequestState state = RequestState::kPending;
  UtcSeconds requested_at = 0;
  std::optional<UtcSeconds> decided_at;
};

// Where a registration stands for access (domain/core/access.h RolesOfStanding): erased, an
// accepted place, or an applicant otherwise (applied, waitlisted, declined, withdrawn).
Standing StandingOf(RegistrationStatus status, bool erased);

// Anonymised copy: what an erased registration keeps (sector, region, status, ranking and
// working group, for the edition's statistics), everything personal blanked.
Registration Anonymised(const Registration& registration, UtcSeconds now);

// When the retention purge may anonymise an edition's personal data: `retention_days` after
// the end of its last day in its own zone (UTC when the zone is unknown); nullopt when the
// edition has no end date.
std::optional<UtcSeconds> PurgeDueAt(const Edition& edition, int retention_days);

}  // namespace plenary
