#include "web/participation/nomination_pages.h"

#include <algorithm>

#include "domain/core/text.h"
#include "domain/core/zoned_time.h"
#include "domain/participation/invitation_csv.h"
#include "domain/series/partner.h"
#include "mail/letters.h"
#include "web/account/sign_in_pages.h"
#include "web/participation/invitation_mail.h"
#include "web/series/edition_route.h"
#include "web/series/edition_summary.h"
#include "web/server/form_state.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

std::string NominationPath(const Edition& e, Id partner_id) {
  return "/editions/" + std::to_string(e.number) + "/nominations/" + std::to_string(partner_id);
}

// A count from the query string as digits only ("0" when absent or not a count).
std::string Digits(const std::string& text) {
  if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos) return "0";
  return text;
}

std::string Officials(int n) { return std::to_string(n) + (n == 1 ? " government official" : " government officials"); }

struct QuotaForm {
  std::string partner, sector, quota;
};

Response RenderOverview(RequestContext& ctx, const Edition& edition, ParticipationStores& stores,
                        const QuotaForm& typed, const FormState& form) {
  const auto& errors = form.errors;
  const auto partners = stores.partners.List(edition.series_id);
  return RenderPage(ctx, "nominations.tpl", "Nominations", [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, edition);
    const auto set_quotas = stores.invitations.Quotas(edition.id);
    for (const auto& p : partners) {
      auto* row = d.AddSectionDictionary("ROWS");
      row->SetIntValue("ID", p.id);
      row->SetValue("NAME", p.name);
      row->SetIntValue("FOCAL_POINTS", static_cast<long>(p.contacts.size()));
      std::string quotas;
      for (Sector s : AllSectors()) {
        auto it = set_quotas.find({p.id, s});
        const int q = it != set_quotas.end() ? it->second : DefaultNominationQuota(s);
        if (q > 0 || s == Sector::kGovernment) quotas += (quotas.empty() ? "" : "; ") + Label(s) + ": " + std::to_string(q);
      }
      row->SetValue("QUOTAS", quotas);
      row->SetIntValue("NOMINATED", static_cast<long>(stores.invitations.Nominations(edition.id, p.id).size()));
      if (auto at = stores.invitations.NominationRequestedAt(edition.id, p.id)) {
        row->SetValue("ASKED", FormatInZone(*at, edition.time_zone));
        if (!p.contacts.empty()) row->ShowSection("ASK_AGAIN");
      } else {
        row->SetValue("ASKED", p.contacts.empty() ? "No focal point to ask" : "Not yet");
      }
      auto* option = d.AddSectionDictionary("PARTNERS");
      option->SetIntValue("ID", p.id);
      option->SetValue("NAME", p.name);
      if (typed.partner == std::to_string(p.id)) option->ShowSection("SELECTED");
    }
    for (Sector s : AllSectors()) {
      auto* o = d.AddSectionDictionary("SECTORS");
      o->SetValue("VALUE", ToString(s));
      o->SetValue("LABEL", Label(s));
      if (typed.sector.empty() ? s == Sector::kGovernment : SectorFrom(typed.sector) == s) o->ShowSection("SELECTED");
    }
    SetFormField(d, "PARTNER", typed.partner, errors, "partner", "partner");
    SetFormField(d, "SECTOR", typed.sector, errors, "sector", "sector");
    SetFormField(d, "QUOTA", typed.quota, errors, "quota", "quota");
    SetErrorSummary(d, errors, [](const std::string& f) { return f; });
    const std::string done = ctx.request.Query("done");
    if (done == "quota") d.AddSectionDictionary("NOTICE")->SetValue("TEXT", "The quota was saved.");
    if (done == "asked") {
      const std::string asked = Digits(ctx.request.Query("partners"));
      std::string text = asked == "0" ? "No partner was asked."
                                      : "The focal points of " + asked +
                                            " partner(s) were sent a sign-in link to their nomination page.";
      if (const std::string already = Digits(ctx.request.Query("already")); already != "0") {
        text += " " + already + " partner(s) asked before were not asked again; use \"Ask again\" in their row.";
      }
      if (const std::string full = Digits(ctx.request.Query("full")); full != "0") {
        text += " " + full + " partner(s) with their quota filled were not asked.";
      }
      d.AddSectionDictionary("NOTICE")->SetValue("TEXT", text);
    }
    if (done == "asked-again") {
      for (const auto& p : partners) {
        if (std::to_string(p.id) != ctx.request.Query("partner")) continue;
        d.AddSectionDictionary("NOTICE")->SetValue(
            "TEXT", "The focal points of " + p.name + " were sent a new sign-in link to its nomination page.");
      }
    }
  }, form.status);
}

struct NomineeForm {
  std::string name, email, organisation;
};

// The partner's nomination page; `typed` and `form` re-fill a refused nomination (the form's
// message for a problem of the whole nomination, such as the quota).
Response RenderPartnerPage(RequestContext& ctx, const Edition& edition, const Partner& partner,
                           ParticipationStores& stores, const NomineeForm& typed, const FormState& form) {
  const auto& errors = form.errors;
  const auto nominated = stores.invitations.Nominations(edition.id, partner.id);
  const int quota = stores.invitations.Quota(edition.id, partner.id, Sector::kGovernment);
  const auto now = ctx.Now();
  return RenderPage(ctx, "partner_nominations.tpl", "Nominations of " + partner.name,
                    [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, edition);
    d.SetValue("PARTNER", partner.name);
    d.SetIntValue("PARTNER_ID", partner.id);
    d.SetValue("QUOTA_TEXT", Officials(quota));
    d.SetIntValue("NOMINATED_COUNT", static_cast<long>(nominated.size()));
    d.SetIntValue("REMAINING", std::max<long>(0, quota - static_cast<long>(nominated.size())));
    if (edition.registration_deadline) {
      d.AddSectionDictionary("DEADLINE")->SetValue("WHEN", FormatInZone(*edition.registration_deadline, edition.time_zone));
    }
    for (const auto& i : nominated) {
      auto* row = d.AddSectionDictionary("ROWS");
      row->SetValue("NAME", i.name);
      row->SetValue("EMAIL", i.email);
      row->SetValue("ORGANISATION", i.organisation);
      row->SetValue("STATE", Label(StateOf(i, now)));
    }
    if (nominated.empty()) d.ShowSection("NONE");
    else d.ShowSection("HAS_ROWS");
    if (static_cast<int>(nominated.size()) < quota || !errors.empty() || !form.message.empty()) {
      d.ShowSection("CAN_NOMINATE");
    } else {
      d.ShowSection("QUOTA_REACHED");
    }
    SetFormField(d, "NAME", typed.name, errors, "name", "name");
    SetFormField(d, "EMAIL", typed.email, errors, "email", "email");
    SetFormField(d, "ORGANISATION", typed.organisation, errors, "organisation", "organisation");
    std::vector<FieldError> all = errors;
    if (!form.message.empty()) all.insert(all.begin(), {"name", form.message});
    SetErrorSummary(d, all, [](const std::string& f) { return f; });
    if (ctx.request.Query("done") == "nominated") {
      d.AddSectionDictionary("NOTICE")->SetValue("TEXT", "The nomination was saved and the invitation sent.");
    }
  }, form.status);
}

Response NominationsOverview(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  return RenderOverview(ctx, edition, stores, {}, FormState::Fresh());
}

Response SetNominationQuota(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  QuotaForm typed{ctx.request.Field("partner"), ctx.request.Field("sector"), Trim(ctx.request.Field("quota"))};
  std::vector<FieldError> errors;
  std::optional<Partner> partner;
  if (const auto id = ParseId(typed.partner)) partner = stores.partners.Get(*id);
  if (!partner || partner->id == 0) errors.push_back({"partner", "Choose the partner whose quota this is."});
  const auto sector = SectorFrom(typed.sector);
  if (!sector) errors.push_back({"sector", "Choose the sector the quota is for."});
  int quota = -1;
  if (typed.quota.size() <= 3 && !typed.quota.empty() && typed.quota.find_first_not_of("0123456789") == std::string::npos) {
    quota = std::stoi(typed.quota);
  }
  if (quota < 0 || quota > 50) errors.push_back({"quota", "Write the quota as a whole number from 0 to 50."});
  if (!errors.empty()) return RenderOverview(ctx, edition, stores, typed, FormState::Refused(Error::Invalid(errors)));
  stores.invitations.SetQuota(edition.id, partner->id, *sector, quota, ctx.ActorId());
  return Response::Redirect("/manage/editions/" + std::to_string(edition.number) + "/nominations?done=quota");
}

// Mails every focal point of the partner a one-time sign-in link to its nomination page
// (creating their account and focal-point grant when missing) and records the request.
// False when no focal point could be asked.
bool AskPartner(RequestContext& ctx, const Edition& edition, const Partner& partner, ParticipationStores& stores) {
  const std::string title = edition.title.empty() ? Ordinal(edition.number) + " edition" : edition.title;
  const int quota = stores.invitations.Quota(edition.id, partner.id, Sector::kGovernment);
  std::vector<store::OutgoingMail> mails;
  for (const auto& contact : partner.contacts) {
    auto account = stores.accounts.FindByEmail(contact.email);
    if (!account) {
      store::Account a;
      a.email = AsciiLower(Trim(contact.email));
      a.display_name = contact.name;
      auto created = stores.accounts.Create(a, ctx.ActorId());
      if (!created) continue;
      account = stores.accounts.Get(*created);
    }
    if (!account || account->disabled) continue;
    const RoleGrant grant{Role::kFocalPoint, ScopeKind::kPartner, partner.id, 0};
    bool has = false;
    for (const auto& g : stores.accounts.GrantsOf(account->id)) {
      has = has || (g.role == grant.role && g.scope == grant.scope && g.scope_id == grant.scope_id);
    }
    if (!has) {
      if (auto granted = stores.accounts.Grant(account->id, grant, ctx.ActorId()); !granted) continue;
    }
    // The link goes in the nomination request below, not in a sign-in mail of its own.
    const std::string link = IssueSignInLink(stores.accounts, ctx.config, ctx.Now(), *account,
                                             SignInMail::kReturnOnly, NominationPath(edition, partner.id));
    mail::NominationRequestLetter letter;
    letter.name = contact.name;
    letter.partner = partner.name;
    letter.officials = Officials(quota);
    letter.edition = EditionForPeople(edition, ctx.site->name);
    letter.title = title;
    letter.dates = DisplayDates(edition);
    if (edition.registration_deadline) {
      letter.deadline = FormatInZone(*edition.registration_deadline, edition.time_zone);
    }
    letter.link = link;
    letter.hours = ctx.config.signin_link_minutes / 60;
    store::OutgoingMail m = mail::Addressed(mail::Compose(letter), account->email, contact.name, "nomination_request",
                                                    edition.id);
    m.reference = "nomination:" + std::to_string(edition.id) + ":" + std::to_string(partner.id);
    mails.push_back(std::move(m));
  }
  if (mails.empty()) return false;
  stores.invitations.RecordNominationRequest(edition.id, partner.id, mails, ctx.ActorId());
  return true;
}

// Asks the partners not asked yet whose government quota is still open: pressing the button
// again (or after adding a partner) never mails the same focal points twice. A partner is
// asked again with its own button.
Response AskPartnersToNominate(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  int asked = 0, already = 0, full = 0;
  for (const auto& partner : stores.partners.List(edition.series_id)) {
    if (partner.contacts.empty()) continue;
    if (stores.invitations.NominationRequestedAt(edition.id, partner.id)) {
      ++already;
      continue;
    }
    const int quota = stores.invitations.Quota(edition.id, partner.id, Sector::kGovernment);
    if (static_cast<int>(stores.invitations.Nominations(edition.id, partner.id).size()) >= quota) {
      ++full;
      continue;
    }
    asked += AskPartner(ctx, edition, partner, stores) ? 1 : 0;
  }
  return Response::Redirect("/manage/editions/" + std::to_string(edition.number) + "/nominations?done=asked&partners=" +
                            std::to_string(asked) + "&already=" + std::to_string(already) +
                            "&full=" + std::to_string(full));
}

Response AskPartnerAgain(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const auto partner_id = ctx.IdParam("partner");
  if (!partner_id) return NotFoundPage(ctx);
  const auto partners = stores.partners.List(edition.series_id);
  const auto partner = std::find_if(partners.begin(), partners.end(), [&](const Partner& p) { return p.id == *partner_id; });
  if (partner == partners.end()) return NotFoundPage(ctx);
  const std::string back = "/manage/editions/" + std::to_string(edition.number) + "/nominations";
  if (!AskPartner(ctx, edition, *partner, stores)) {
    return ErrorPage(ctx, "No focal point to ask",
                     Error::Invalid(partner->name + " has no focal point with an active account; add one on the "
                                    "partner's page, then ask again."));
  }
  return Response::Redirect(back + "?done=asked-again&partner=" + std::to_string(partner->id));
}

Response PartnerNominationsPage(RequestContext& ctx, const Edition& edition, const Partner& partner,
                                ParticipationStores& stores) {
  return RenderPartnerPage(ctx, edition, partner, stores, {}, FormState::Fresh());
}

Response NominateOfficial(RequestContext& ctx, const Edition& edition, const Partner& partner,
                          ParticipationStores& stores) {
  NomineeForm typed{ctx.request.Field("name"), ctx.request.Field("email"), ctx.request.Field("organisation")};
  const std::string name = Trim(typed.name), email = AsciiLower(Trim(typed.email)),
                    organisation = Trim(typed.organisation);
  const auto refuse = [&](const FormState& form) {
    return RenderPartnerPage(ctx, edition, partner, stores, typed, form);
  };
  if (auto open = CheckInvitationsOpen(edition, ctx.Now()); !open) {
    return refuse(FormState::Refused(Error::Invalid(open.error().message())));
  }
  const int quota = stores.invitations.Quota(edition.id, partner.id, Sector::kGovernment);
  const auto nominated = stores.invitations.Nominations(edition.id, partner.id);
  if (static_cast<int>(nominated.size()) >= quota) {
    return refuse(FormState::Refused(Error::Invalid(
        "The quota of " + partner.name + " for this edition is " + Officials(quota) + ", and " +
        std::to_string(nominated.size()) + " already nominated; ask the secretariat to raise it, or withdraw a "
        "nomination through the secretariat.")));
  }
  std::vector<FieldError> errors;
  if (name.empty()) errors.push_back({"name", "Give the official's name."});
  if (!IsOneLine(name)) errors.push_back({"name", "The name has a line break or a tab; write it on one line."});
  if (CharacterCount(name) > kMostNameCharacters) {
    errors.push_back({"name", "The name is longer than " + std::to_string(kMostNameCharacters) + " characters (it has " +
                                  std::to_string(CharacterCount(name)) + "); shorten it."});
  }
  if (!IsOneLine(organisation)) {
    errors.push_back({"organisation", "The organisation has a line break or a tab; write it on one line."});
  }
  if (email.empty()) {
    errors.push_back({"email", "Give the official's e-mail address; the invitation is sent there."});
  } else if (!LooksLikeEmail(email)) {
    errors.push_back({"email", "\"" + email + "\" is not an e-mail address; write it as name@example.org."});
  } else if (stores.invitations.FindByEmail(edition.id, email)) {
    errors.push_back({"email", email + " has already been invited to this edition."});
  }
  if (!errors.empty()) return refuse(FormState::Refused(Error::Invalid(errors)));
  Invitation i;
  i.kind = InvitationKind::kNominated;
  i.partner_id = partner.id;
  i.email = email;
  i.name = name;
  i.sector = Sector::kGovernment;
  i.organisation = organisation;
  i.country = partner.name;
  auto composed = ComposeInvitation(ctx.config, edition, ctx.site->name, i, ctx.Now());
  auto created = stores.invitations.Create({composed.stored}, ctx.ActorId());
  if (!created && created.error().code() == ErrorCode::kInvalidInput) {  // the quota, filled meanwhile
    return refuse(FormState::Refused(Error::Invalid(created.error().message())));
  }
  if (!created) return refuse(FormState::OnField("email", Error::Invalid(created.error().message())));
  return Response::Redirect(NominationPath(edition, partner.id) + "?done=nominated");
}

// Loads the edition ({number}) and the partner ({partner}) once, like EditionRoute and
// PartnerRoute; the access target is the pair, so that a focal point reaches only their own
// partner's nominations.
Route NominationRoute(Method method, std::string pattern, Action action, ParticipationStores& stores,
                      Response (*handler)(RequestContext&, const Edition&, const Partner&, ParticipationStores&)) {
  return {method, std::move(pattern), action,
          [&stores, handler](RequestContext& ctx) -> std::optional<Bound> {
            auto edition = FindEdition(ctx, stores.editions);
            const auto partner_id = ctx.IdParam("partner");
            auto partner = edition && partner_id ? stores.partners.Get(*partner_id) : std::nullopt;
            if (!edition || !partner) return std::nullopt;
            const AccessTarget target{.partner_id = partner->id, .edition_id = edition->id};
            return Bound{target, [&ctx, &stores, handler, edition = std::move(*edition),
                                  partner = std::move(*partner)] { return handler(ctx, edition, partner, stores); }};
          }};
}

}  // namespace

std::vector<Route> NominationRoutes(ParticipationStores& stores) {
  using enum Method;
  const std::string manage = "/manage/editions/{number}/nominations";
  return {
      EditionRoute(kGet, manage, Action::kManageParticipants, stores, NominationsOverview),
      EditionRoute(kPost, manage + "/quotas", Action::kManageParticipants, stores, SetNominationQuota),
      EditionRoute(kPost, manage + "/request", Action::kManageParticipants, stores, AskPartnersToNominate),
      EditionRoute(kPost, manage + "/{partner}/request", Action::kManageParticipants, stores, AskPartnerAgain),
      NominationRoute(kGet, "/editions/{number}/nominations/{partner}", Action::kNominate, stores,
                      PartnerNominationsPage),
      NominationRoute(kPost, "/editions/{number}/nominations/{partner}", Action::kNominate, stores, NominateOfficial),
  };
}

}  // namespace plenary::web
