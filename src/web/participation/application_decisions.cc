// One registration as the secretariat and the steering committee see it, and the
// secretariat's decision on it. The decision's reason is internal: it is shown here and kept in
// the history, never put in the person's e-mail or on their pages.
#include <map>

#include "domain/core/zoned_time.h"
#include "mail/letters.h"
#include "web/participation/application_pages.h"
#include "web/series/edition_route.h"
#include "web/series/edition_summary.h"
#include "web/server/form_state.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

constexpr RegistrationStatus kDecisions[] = {RegistrationStatus::kAccepted, RegistrationStatus::kWaitlisted,
                                             RegistrationStatus::kDeclined};

std::string DetailUrl(const Edition& e, Id id) {
  return "/manage/editions/" + std::to_string(e.number) + "/applications/" + std::to_string(id);
}

std::string EmailOf(ParticipationStores& stores, const Registration& r) {
  auto invitation = stores.invitations.Get(r.edition_id, r.invitation_id);
  return invitation ? invitation->email : "";
}

// Without `contact` (domain/core/access kViewContactDetails) the e-mail, the access and dietary
// needs and the messages to the person stay out of the page.
void FillFacts(ctemplate::TemplateDictionary& d, const Edition& e, const Registration& r, const std::string& email,
               bool contact) {
  std::map<Id, std::string> groups;
  for (const auto& g : e.working_groups) groups[g.id] = g.name;
  if (contact) d.ShowSection("CONTACT");
  d.SetIntValue("ID", r.id);
  d.SetValue("NAME", r.erased_at ? "Erased registration " + std::to_string(r.id) : r.full_name);
  d.SetValue("FAMILY_NAME", r.family_name);
  d.SetValue("LATIN_NAME", r.latin_name);
  d.SetValue("EMAIL", email);
  d.SetValue("ORGANISATION", r.organisation);
  d.SetValue("POSITION", r.position);
  d.SetValue("COUNTRY", r.country);
  d.SetValue("REGION", r.region);
  d.SetValue("SECTOR", Label(r.sector));
  d.SetValue("GENDER", Label(r.gender));
  d.SetValue("EXPERTISE", JoinTags(r.expertise));
  d.SetValue("ACCESS_NEEDS", r.access_needs.empty() ? "None stated" : r.access_needs);
  d.SetValue("DIETARY_NEEDS", r.dietary_needs.empty() ? "None stated" : r.dietary_needs);
  d.SetValue("STATUS", Label(r.status));
  if (r.proposed_status) {
    auto* draft = d.AddSectionDictionary("DRAFT");
    draft->SetValue("STATUS", Label(*r.proposed_status));
    draft->SetValue("REASON", r.proposed_reason.empty() ? "None recorded" : r.proposed_reason);
  }
  d.SetValue("REASON", r.decision_reason.empty() ? "None recorded" : r.decision_reason);
  d.SetValue("PUBLIC_LISTING", r.public_listing ? "Yes" : "No");
  d.SetValue("REGISTERED", FormatInZone(r.created_at, e.time_zone));
  for (Id g : r.ranking) {
    d.AddSectionDictionary("RANKING")->SetValue("GROUP", groups.count(g) ? groups[g] : "Group " + std::to_string(g));
  }
}

// The registration; `decision`, `reason` and `form` re-fill a refused decision.
Response RenderDetail(RequestContext& ctx, const Edition& e, ParticipationStores& stores, const Registration& r,
                      const std::string& decision, const std::string& reason, const FormState& form) {
  const auto& errors = form.errors;
  const bool contact = Can(ctx.principal, Action::kViewContactDetails);
  const std::string email = contact ? EmailOf(stores, r) : "";
  const auto history = stores.registrations.History(r.id);
  const auto mails = email.empty() ? std::vector<store::OutgoingMail>{} : stores.outbox.ListTo(email);
  return RenderPage(ctx, "application.tpl", "Registration " + std::to_string(r.id), [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, e);
    FillFacts(d, e, r, email, contact);
    std::map<Id, std::string> names;
    for (const auto& h : history) {
      auto* row = d.AddSectionDictionary("HISTORY");
      row->SetValue("WHEN", FormatInZone(h.at, e.time_zone));
      row->SetValue("STATUS", Label(h.status));
      row->SetValue("REASON", h.reason);
      std::string who = "The participant or the system";
      if (h.actor_id) {
        if (!names.count(*h.actor_id)) {
          auto account = stores.accounts.Get(*h.actor_id);
          names[*h.actor_id] = account ? account->display_name : "A former account";
        }
        who = names[*h.actor_id];
      }
      row->SetValue("WHO", who);
    }
    for (const auto& m : mails) {
      auto* row = d.AddSectionDictionary("MAILS");
      row->SetValue("SUBJECT", m.subject);
      row->SetValue("STATUS", std::string(store::kMailStatusNames.Label(m.status)));
      row->SetValue("WHEN", FormatInZone(m.sent_at.value_or(m.next_attempt_at), e.time_zone));
      if (m.status == store::MailStatus::kFailed || !m.last_error.empty()) {
        row->AddSectionDictionary("ERROR")->SetValue("TEXT", m.last_error);
      }
    }
    d.ShowSection(mails.empty() ? "NO_MAILS" : "HAS_MAILS");
    if (Can(ctx.principal, Action::kManageParticipants) && !r.erased_at) {
      auto* form = d.AddSectionDictionary("CAN_DECIDE");
      for (auto s : kDecisions) {
        auto* o = form->AddSectionDictionary("DECISIONS");
        o->SetValue("VALUE", ToString(s));
        o->SetValue("LABEL", Label(s));
        if (decision == ToString(s)) o->ShowSection("CHECKED");
      }
      SetFormField(*form, "DECISION", decision, errors, "decision", "decision-accepted");
      SetFormField(*form, "REASON", reason, errors, "reason", "decision-reason");
      SetErrorSummary(d, errors, [](const std::string& field) {
        return field == "decision" ? std::string("decision-accepted") : "decision-" + field;
      });
    }
    if (ctx.request.Query("decided") == "1") d.ShowSection("DECIDED");
    if (ctx.request.Query("answered") == "1") d.ShowSection("ANSWERED");
    std::vector<FactChangeRequest> requests;
    for (const auto& q : stores.registrations.FactRequests(e.id)) {
      if (q.registration_id == r.id) requests.push_back(q);
    }
    if (!requests.empty()) {
      auto* section = d.AddSectionDictionary("REQUESTS");
      const bool can_answer = Can(ctx.principal, Action::kManageParticipants);
      for (const auto& q : requests) {
        auto* row = section->AddSectionDictionary("REQUEST");
        row->SetValue("TEXT", Describe(q.change));
        row->SetValue("WHEN", FormatInZone(q.requested_at, e.time_zone));
        row->SetValue("STATE", std::string(kRequestStateNames.Label(q.state)));
        if (q.state == RequestState::kPending && can_answer) {
          auto* answer = row->AddSectionDictionary("CAN_ANSWER");
          answer->SetIntValue("REQUEST_ID", q.id);
          answer->SetValue("TEXT", Describe(q.change));
        }
      }
    }
  }, form.status);
}

// The secretariat's answer to a request to change a locked fact; the person is written to.
Response AnswerFactRequest(RequestContext& ctx, const Edition& e, ParticipationStores& stores) {
  const auto id = ctx.IdParam("registration");
  const auto request = ctx.IdParam("request");
  if (!id || !request) return NotFoundPage(ctx);
  auto r = stores.registrations.Get(e.id, *id);
  if (!r) return NotFoundPage(ctx);
  const std::string answer = ctx.request.Field("answer");
  if (answer != "accept" && answer != "refuse") {
    return ErrorPage(ctx, Error::Invalid("Choose to accept or to refuse the change."));
  }
  std::optional<FactChangeRequest> found;
  for (const auto& q : stores.registrations.FactRequests(e.id)) {
    if (q.id == *request && q.registration_id == r->id) found = q;
  }
  if (!found) return NotFoundPage(ctx);
  const std::string email = EmailOf(stores, *r);
  std::optional<store::OutgoingMail> mail;
  if (!email.empty()) {
    const mail::FactRequestLetter letter{r->full_name, EditionForPeople(e, ctx.site ? ctx.site->name : ""),
                                         Describe(found->change), answer == "accept",
                                         ctx.config.base_url + "/editions/" + std::to_string(e.number) + "/registration"};
    mail = mail::Addressed(mail::Compose(letter), email, r->full_name, "registration_change", e.id);
  }
  if (auto done = stores.registrations.DecideFactRequest(e.id, *request, answer == "accept", mail, ctx.ActorId(),
                                                         ctx.Now());
      !done) {
    return ErrorPage(ctx, done.error());
  }
  return Response::Redirect(DetailUrl(e, r->id) + "?answered=1");
}

Response ApplicationPage(RequestContext& ctx, const Edition& e, ParticipationStores& stores) {
  const auto id = ctx.IdParam("registration");
  if (!id) return NotFoundPage(ctx);
  auto r = stores.registrations.Get(e.id, *id);
  if (!r) return NotFoundPage(ctx);
  return RenderDetail(ctx, e, stores, *r, "", "", FormState::Fresh());
}

Response DecideApplication(RequestContext& ctx, const Edition& e, ParticipationStores& stores) {
  const auto id = ctx.IdParam("registration");
  if (!id) return NotFoundPage(ctx);
  auto r = stores.registrations.Get(e.id, *id);
  if (!r) return NotFoundPage(ctx);
  const std::string decision = ctx.request.Field("decision");
  const std::string reason = ctx.request.Field("reason");
  const auto status = RegistrationStatusFrom(decision);
  if (!status || *status == RegistrationStatus::kApplied) {
    return RenderDetail(ctx, e, stores, *r, decision, reason,
                        FormState::OnField("decision", Error::Invalid("Choose a decision: accept, waitlist or decline.")));
  }
  // A draft until the decisions are released (applications page): nobody is written to yet.
  const store::Decision d{r->id, *status, reason, std::nullopt};
  if (auto decided = stores.registrations.Propose(e.id, {d}, ctx.ActorId()); !decided) {
    return RenderDetail(ctx, e, stores, *r, decision, reason,
                        FormState::OnField("decision", Error::Conflict(decided.error().message())));
  }
  return Response::Redirect(DetailUrl(e, r->id) + "?decided=1");
}

}  // namespace

store::OutgoingMail DecisionMail(const Edition& e, std::string_view series_name, const Registration& r,
                                 const std::string& to_address, RegistrationStatus status, const std::string& base_url) {
  mail::DecisionLetter letter;
  switch (status) {
    case RegistrationStatus::kAccepted: letter.decision = mail::DecisionLetter::Decision::kAccepted; break;
    case RegistrationStatus::kWaitlisted: letter.decision = mail::DecisionLetter::Decision::kWaitlisted; break;
    case RegistrationStatus::kDeclined: letter.decision = mail::DecisionLetter::Decision::kDeclined; break;
    case RegistrationStatus::kApplied: letter.decision = mail::DecisionLetter::Decision::kConsidered; break;
    case RegistrationStatus::kWithdrawn: letter.decision = mail::DecisionLetter::Decision::kWithdrawn; break;
  }
  letter.name = r.full_name;
  letter.edition = EditionForPeople(e, series_name);
  letter.page = base_url + "/editions/" + std::to_string(e.number);
  auto message = mail::Addressed(mail::Compose(letter), to_address, r.full_name, "registration_decision", e.id);
  message.reference = "registration:" + std::to_string(r.id);
  return message;
}

std::vector<Route> ApplicationDetailRoutes(ParticipationStores& stores) {
  using enum Method;
  const std::string base = "/manage/editions/{number}/applications/{registration}";
  return {
      EditionRoute(kGet, base, Action::kViewApplications, stores, ApplicationPage),
      EditionRoute(kPost, base + "/decision", Action::kManageParticipants, stores, DecideApplication),
      EditionRoute(kPost, base + "/requests/{request}", Action::kManageParticipants, stores, AnswerFactRequest),
  };
}

}  // namespace plenary::web
