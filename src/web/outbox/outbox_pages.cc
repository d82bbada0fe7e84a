#include "web/outbox/outbox_pages.h"

#include <array>
#include <utility>

#include "domain/core/text.h"
#include "web/series/edition_route.h"
#include "web/series/edition_summary.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 11> kPurposes = {{
    {"invitation", "Invitation"},
    {"nomination_request", "Request to nominate"},
    {"registration_confirmation", "Registration received"},
    {"registration_decision", "Decision"},
    {"working_group", "Working group"},
    {"join_link", "Join link"},
    {"erasure_request", "Erasure request"},
    {"signin_link", "Sign-in link"},
    {"appointment", "Appointment"},
    {"programme_change", "Programme change"},
    {"registration_change", "Answer to a change request"},
}};

std::string OutboxUrl(const Edition& e) { return "/manage/editions/" + std::to_string(e.number) + "/outbox"; }

std::string NextTry(const store::OutgoingMail& m, const Edition& e, UtcSeconds now) {
  switch (m.status) {
    case store::MailStatus::kSent:
      return m.sent_at ? "Sent " + FormatInZone(*m.sent_at, e.time_zone) : "Sent";
    case store::MailStatus::kFailed:
      return "None: failed for good";
    case store::MailStatus::kSending:
      return m.claimed_at ? "Being sent since " + FormatInZone(*m.claimed_at, e.time_zone) : "Being sent";
    case store::MailStatus::kQueued:
      return m.next_attempt_at <= now ? "Now" : FormatInZone(m.next_attempt_at, e.time_zone);
  }
  return "";
}

std::optional<store::MailStatus> StatusFilter(const RequestContext& ctx) {
  return store::kMailStatusNames.Parse(ctx.request.Query("status"));
}

Response OutboxPage(RequestContext& ctx, const Edition& e, OutboxStores& stores) {
  const UtcSeconds now = ctx.Now();
  const auto all = stores.outbox.ListForEdition(e.id);
  const auto counts = store::CountsOf(all, now);  // the list already read, not a second query
  const auto filter = StatusFilter(ctx);
  const bool only_attention = ctx.request.Query("status") == "attention";
  return RenderPage(ctx, "outbox.tpl", "Outbox of the " + Ordinal(e.number) + " edition",
                    [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, e);
    d.SetIntValue("QUEUED", counts.queued);
    d.SetIntValue("SENDING", counts.sending);
    d.SetIntValue("SENT", counts.sent);
    d.SetIntValue("FAILED", counts.failed);
    d.SetIntValue("STUCK", counts.stuck);
    d.SetIntValue("TOTAL", static_cast<long>(all.size()));
    if (counts.failed > 0) d.AddSectionDictionary("CAN_RESEND_ALL")->SetIntValue("FAILED", counts.failed);
    for (auto status : store::kMailStatusNames.All()) {
      auto* o = d.AddSectionDictionary("FILTERS");
      o->SetValue("VALUE", store::ToString(status));
      o->SetValue("LABEL", std::string(store::kMailStatusNames.Label(status)));
      if (filter == status) o->ShowSection("SELECTED");
    }
    if (only_attention) d.ShowSection("ATTENTION_SELECTED");
    int shown = 0;
    for (const auto& m : all) {
      const bool stuck = store::IsStuck(m, now);
      if (filter && m.status != *filter) continue;
      if (only_attention && m.status != store::MailStatus::kFailed && !stuck) continue;
      ++shown;
      auto* row = d.AddSectionDictionary("MAILS");
      row->SetIntValue("ID", m.id);
      row->SetValue("TO_NAME", m.to_name);
      row->SetValue("TO_ADDRESS", m.to_address);
      row->SetValue("KIND", MailPurposeLabel(m.purpose));
      row->SetValue("SUBJECT", m.subject);
      row->SetValue("STATUS", std::string(store::kMailStatusNames.Label(m.status)));
      row->SetValue("STATUS_CLASS", store::ToString(m.status));
      row->SetIntValue("ATTEMPTS", m.attempts);
      row->SetValue("ANSWER", m.status == store::MailStatus::kSent ? "Accepted" : m.last_error);
      row->SetValue("NEXT", NextTry(m, e, now));
      if (stuck) row->ShowSection("STUCK");
      if (m.status == store::MailStatus::kFailed || stuck) row->ShowSection("CAN_RESEND");
    }
    d.SetIntValue("SHOWN", shown);
    d.ShowSection(shown == 0 ? "NONE" : "HAS_ROWS");
    const std::string done = ctx.request.Query("resent");
    if (!done.empty()) d.AddSectionDictionary("RESENT")->SetValue("COUNT", done);
  });
}

Response ResendOne(RequestContext& ctx, const Edition& e, OutboxStores& stores) {
  const auto id = ctx.IdParam("mail");
  if (!id) return NotFoundPage(ctx);
  if (auto done = stores.outbox.Resend(e.id, *id, ctx.ActorId(), ctx.Now()); !done) {
    return ErrorPage(ctx, "The message was not sent again", done.error());
  }
  return Response::Redirect(OutboxUrl(e) + "?resent=1");
}

// Sending to many people takes a confirmation: without confirm=yes the page says who would be
// written to; with it, every failed message is queued again.
Response ResendFailed(RequestContext& ctx, const Edition& e, OutboxStores& stores) {
  if (ctx.request.Field("confirm") == "yes") {
    const int count = stores.outbox.ResendFailed(e.id, ctx.ActorId(), ctx.Now());
    return Response::Redirect(OutboxUrl(e) + "?resent=" + std::to_string(count));
  }
  std::vector<store::OutgoingMail> failed;
  for (auto& m : stores.outbox.ListForEdition(e.id)) {
    if (m.status == store::MailStatus::kFailed) failed.push_back(std::move(m));
  }
  return RenderPage(ctx, "outbox_resend.tpl", "Send the failed messages again", [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, e);
    d.SetIntValue("COUNT", static_cast<long>(failed.size()));
    if (failed.empty()) {
      d.ShowSection("NONE");
      return;
    }
    auto* list = d.AddSectionDictionary("SOME");
    for (const auto& m : failed) {
      auto* row = list->AddSectionDictionary("MAILS");
      row->SetValue("TO_NAME", m.to_name);
      row->SetValue("TO_ADDRESS", m.to_address);
      row->SetValue("KIND", MailPurposeLabel(m.purpose));
      row->SetValue("ANSWER", m.last_error);
    }
  });
}

}  // namespace

std::string MailPurposeLabel(std::string_view purpose) {
  for (const auto& [stored, label] : kPurposes) {
    if (stored == purpose) return std::string(label);
  }
  return std::string(purpose);
}

std::vector<Route> OutboxRoutes(OutboxStores& stores) {
  using enum Method;
  const std::string base = "/manage/editions/{number}/outbox";
  return {
      EditionRoute(kGet, base, Action::kViewContactDetails, stores, OutboxPage),
      EditionRoute(kPost, base + "/resend-failed", Action::kManageParticipants, stores, ResendFailed),
      EditionRoute(kPost, base + "/{mail}/resend", Action::kManageParticipants, stores, ResendOne),
  };
}

}  // namespace plenary::web
