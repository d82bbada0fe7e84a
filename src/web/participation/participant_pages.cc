#include "web/participation/participant_pages.h"

#include <map>

#include <nlohmann/json.hpp>

#include "domain/core/text.h"
#include "mail/letters.h"
#include "embedded_files.h"
#include "web/participation/application_pages.h"
#include "web/participation/registration_form.h"
#include "web/series/edition_route.h"
#include "web/series/edition_summary.h"
#include "web/server/http_status.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

std::string IsoUtc(UtcSeconds t) { return FormatIsoWithOffset(t, "UTC"); }

nlohmann::json OptionalTime(const std::optional<UtcSeconds>& t) {
  return t ? nlohmann::json(IsoUtc(*t)) : nlohmann::json(nullptr);
}

std::string ListedName(const Registration& r) {
  return r.latin_name.empty() || r.latin_name == r.full_name ? r.full_name : r.full_name + " (" + r.latin_name + ")";
}

nlohmann::json RegistrationJson(const Edition& edition, const Registration& r) {
  using nlohmann::json;
  json ranking = json::array();
  for (size_t i = 0; i < r.ranking.size(); ++i) {
    ranking.push_back({{"rank", i + 1}, {"working_group", WorkingGroupName(edition, r.ranking[i])}});
  }
  const std::string group = WorkingGroupName(edition, r.working_group_id);
  return {
      {"id", r.id},
      {"full_name", r.full_name},
      {"family_name", r.family_name},
      {"latin_name", r.latin_name},
      {"organisation", r.organisation},
      {"position", r.position},
      {"country", r.country},
      {"region", r.region},
      {"sector", Label(r.sector)},
      {"gender", Label(r.gender)},
      {"expertise", r.expertise},
      {"ranking", ranking},
      {"access_needs", r.access_needs},
      {"dietary_needs", r.dietary_needs},
      {"public_listing", r.public_listing},
      {"status", ToString(r.status)},
      {"working_group", group.empty() ? json(nullptr) : json(group)},
      {"created_at", IsoUtc(r.created_at)},
      {"updated_at", IsoUtc(r.updated_at)},
      {"erasure_requested_at", OptionalTime(r.erasure_requested_at)},
      {"consent",
       {{"privacy_notice_version", r.privacy_version},
        {"consented_at", IsoUtc(r.consented_at)},
        {"chatham_house_rule_acknowledged_at", IsoUtc(r.chatham_acknowledged_at)}}},
  };
}

// What the participant page says about a status: never the secretariat's reason.
std::string StatusExplained(RegistrationStatus status) {
  switch (status) {
    case RegistrationStatus::kApplied:
      return "The secretariat will decide on the applications after the registration deadline.";
    case RegistrationStatus::kAccepted:
      return "You have a place at the seminar.";
    case RegistrationStatus::kWaitlisted:
      return "You are on the waiting list; the secretariat will write if a place becomes free.";
    case RegistrationStatus::kDeclined:
      return "The secretariat could not offer you a place this time.";
    case RegistrationStatus::kWithdrawn:
      return "You gave up your place; the participant material and links are no longer available to you.";
  }
  return "";
}

store::OutgoingMail ErasureNotice(const std::string& base_url, const Edition& edition, std::string_view series_name,
                                  const Registration& r, const std::string& to) {
  // Ids only: the secretariat looks the person up on the page; the mail outlives the erasure.
  const mail::ErasureNoticeLetter letter{r.id, EditionForPeople(edition, series_name),
                                         base_url + "/manage/editions/" + std::to_string(edition.number) + "/erasures"};
  return mail::Addressed(mail::Compose(letter), to, "Secretariat", "erasure_request", edition.id);
}

// docs/PRIVACY.md as blocks: "## " headings, "- " list items (continued by indented lines),
// paragraphs; the "# " title is the page's own heading.
void FillNotice(ctemplate::TemplateDictionary& d, std::string_view markdown) {
  std::string kind, text;
  ctemplate::TemplateDictionary* list = nullptr;
  auto flush = [&] {
    if (kind == "LI") {
      if (!list) list = d.AddSectionDictionary("BLOCKS")->AddSectionDictionary("UL");
      list->AddSectionDictionary("ITEMS")->SetValue("TEXT", text);
    } else if (!kind.empty()) {
      list = nullptr;
      d.AddSectionDictionary("BLOCKS")->AddSectionDictionary(kind)->SetValue("TEXT", text);
    }
    kind.clear();
    text.clear();
  };
  size_t start = 0;
  while (start < markdown.size()) {
    size_t end = markdown.find('\n', start);
    if (end == std::string_view::npos) end = markdown.size();
    const std::string line(markdown.substr(start, end - start));
    start = end + 1;
    if (line.empty()) {
      flush();
    } else if (line.rfind("# ", 0) == 0) {
      flush();
    } else if (line.rfind("## ", 0) == 0) {
      flush();
      list = nullptr;
      kind = "H2";
      text = line.substr(3);
      flush();
    } else if (line.rfind("- ", 0) == 0) {
      flush();
      kind = "LI";
      text = line.substr(2);
    } else if (kind.empty()) {
      list = nullptr;
      kind = "P";
      text = Trim(line);
    } else {
      text += " " + Trim(line);
    }
  }
  flush();
}

bool MayWithdraw(const Registration& r) {
  return !r.erased_at &&
         (r.status == RegistrationStatus::kAccepted || r.status == RegistrationStatus::kWaitlisted);
}

Response ParticipantPage(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const auto r = stores.registrations.FindForAccount(edition.id, ctx.account->id);
  const bool follows = Can(ctx.principal, Action::kFollowProgramme, {.edition_id = edition.id});
  const bool has_paper = Can(ctx.principal, Action::kReadEditionDocuments, {.edition_id = edition.id}) &&
                         stores.editions.DocumentInfoOf(edition.id, "background_paper").has_value();
  return RenderPage(ctx, "participant.tpl", "Your page: " + Ordinal(edition.number) + " edition",
                    [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, edition);
    if (has_paper) d.ShowSection("PAPER");
    d.ShowSection(follows ? "FOLLOWS" : "NOT_FOLLOWING");
    if (!r || r->erased_at) {
      d.ShowSection("NO_REGISTRATION");
      return;
    }
    auto* reg = d.AddSectionDictionary("REGISTRATION");
    reg->SetValue("NAME", r->full_name);
    reg->SetValue("STATUS", Label(r->status));
    reg->SetValue("STATUS_EXPLAINED", StatusExplained(r->status));
    const std::string group = WorkingGroupName(edition, r->working_group_id);
    if (!group.empty()) reg->AddSectionDictionary("GROUP")->SetValue("NAME", group);
    const bool open = CheckRegistrationOpen(edition, ctx.Now()).ok() && r->status != RegistrationStatus::kWithdrawn &&
                      r->status != RegistrationStatus::kDeclined;
    reg->ShowSection(open ? "EDITABLE" : "CLOSED");
    if (edition.registration_deadline) {
      reg->SetValue("DEADLINE", FormatInZone(*edition.registration_deadline, edition.time_zone));
    }
    if (r->erasure_requested_at) {
      reg->AddSectionDictionary("ERASURE_REQUESTED")
          ->SetValue("WHEN", FormatInZone(*r->erasure_requested_at, edition.time_zone));
    } else {
      reg->ShowSection("ERASURE_FORM");
    }
    if (ctx.request.Query("erasure") == "1") reg->ShowSection("ERASURE_CONFIRMED");
    if (ctx.request.Query("withdrawn") == "1") reg->ShowSection("WITHDRAWN_NOW");
    if (MayWithdraw(*r)) reg->ShowSection("CAN_WITHDRAW");
  });
}

// The confirmation step: what giving up the place does, before it is done.
Response WithdrawalForm(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const auto r = stores.registrations.FindForAccount(edition.id, ctx.account->id);
  return RenderPage(ctx, "withdrawal.tpl", "Give up your place", [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, edition);
    if (!r || !MayWithdraw(*r)) {
      d.ShowSection("NOTHING");
      return;
    }
    d.ShowSection("HAS_PLACE");
    d.SetValue("STATUS", r->status == RegistrationStatus::kAccepted ? "accepted" : "on the waiting list");
    const std::string group = WorkingGroupName(edition, r->working_group_id);
    if (!group.empty()) d.AddSectionDictionary("GROUP")->SetValue("NAME", group);
  });
}

Response Withdraw(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const auto r = stores.registrations.FindForAccount(edition.id, ctx.account->id);
  const std::string page = "/editions/" + std::to_string(edition.number) + "/me";
  if (!r || !MayWithdraw(*r)) return Response::Redirect(page);
  const auto invitation = stores.invitations.Get(edition.id, r->invitation_id);
  std::optional<store::OutgoingMail> mail;
  if (invitation) {
    mail = DecisionMail(edition, ctx.site ? ctx.site->name : "", *r, invitation->email, RegistrationStatus::kWithdrawn,
                        ctx.config.base_url);
  }
  const std::string reason = Trim(ctx.request.Field("reason"));
  if (auto done = stores.registrations.Withdraw(edition.id, r->id, "Given up by the participant" +
                                                    (reason.empty() ? std::string() : ": " + reason),
                                                mail, ctx.ActorId(), ctx.Now());
      !done) {
    return ErrorPage(ctx, "Your place was not given up", done.error());
  }
  return Response::Redirect(page + "?withdrawn=1");
}

Response MyDataJson(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const auto data = stores.registrations.PersonalDataOf(edition.id, ctx.account->id);
  nlohmann::json out = {
      {"format", "plenary.personal-data/1"},
      {"exported_at", IsoUtc(ctx.Now())},
      {"edition", {{"number", edition.number}, {"title", edition.title}}},
      {"account", {{"email", data.account_email}, {"display_name", data.display_name},
                   {"time_zone", ctx.account->time_zone}}},
      {"registration", data.registration ? RegistrationJson(edition, *data.registration) : nlohmann::json(nullptr)},
  };
  // What the secretariat knew before the registration: the invitation it came from.
  const auto invitation = data.registration
                              ? stores.invitations.Get(edition.id, data.registration->invitation_id)
                              : std::nullopt;
  out["invitation"] = invitation ? nlohmann::json{{"name", invitation->name},
                                                  {"email", invitation->email},
                                                  {"organisation", invitation->organisation},
                                                  {"country", invitation->country},
                                                  {"sector", Label(invitation->sector)},
                                                  {"kind", ToString(invitation->kind)},
                                                  {"created_at", IsoUtc(invitation->created_at)}}
                                 : nlohmann::json(nullptr);
  nlohmann::json history = nlohmann::json::array();
  for (const auto& h : data.history) history.push_back({{"at", IsoUtc(h.at)}, {"status", ToString(h.status)}});
  out["status_history"] = history;
  nlohmann::json mails = nlohmann::json::array();
  for (const auto& m : data.mails) {
    mails.push_back({{"subject", m.subject}, {"status", m.status}, {"queued_at", IsoUtc(m.created_at)},
                     {"sent_at", OptionalTime(m.sent_at)}});
  }
  out["mails"] = mails;
  Response r;
  r.content_type = "application/json; charset=utf-8";
  r.body = out.dump(2) + "\n";
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"my-data-edition-" +
                                                    std::to_string(edition.number) + ".json\"");
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

Response RequestErasure(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const int not_found = HttpStatusOf(ErrorCode::kNotFound);
  const auto r = stores.registrations.FindForAccount(edition.id, ctx.account->id);
  if (!r || r->erased_at) return NoRegistrationPage(ctx, edition, not_found);
  std::optional<store::OutgoingMail> notice;
  if (ctx.site && !ctx.site->contact_email.empty()) {
    notice = ErasureNotice(ctx.config.base_url, edition, ctx.site->name, *r, ctx.site->contact_email);
  }
  if (auto asked = stores.registrations.RequestErasure(edition.id, r->id, notice, ctx.Now()); !asked) {
    return NoRegistrationPage(ctx, edition, not_found);
  }
  return Response::Redirect("/editions/" + std::to_string(edition.number) + "/me?erasure=1");
}

Response PublicParticipants(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const auto listed = stores.registrations.PublicList(edition.id);
  const bool by_country = ctx.request.Query("by") == "country";
  return RenderPage(ctx, "participants.tpl", "Participants: " + Ordinal(edition.number) + " edition",
                    [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, edition);
    d.SetIntValue("COUNT", static_cast<long>(listed.size()));
    if (listed.empty()) d.ShowSection("NONE");
    d.ShowSection(by_country ? "BY_COUNTRY" : "BY_NAME");
    if (!by_country) {
      auto* list = d.AddSectionDictionary("NAME_LIST");
      for (const auto& r : listed) {
        auto* row = list->AddSectionDictionary("PEOPLE");
        row->SetValue("NAME", ListedName(r));
        row->SetValue("ORGANISATION", r.organisation);
        row->SetValue("COUNTRY", r.country);
      }
      return;
    }
    std::map<std::string, std::vector<const Registration*>> countries;
    for (const auto& r : listed) countries[r.country].push_back(&r);
    for (const auto& [country, people] : countries) {
      auto* group = d.AddSectionDictionary("COUNTRIES");
      group->SetValue("COUNTRY", country);
      group->SetIntValue("COUNT", static_cast<long>(people.size()));
      for (const auto* r : people) {
        auto* row = group->AddSectionDictionary("PEOPLE");
        row->SetValue("NAME", ListedName(*r));
        row->SetValue("ORGANISATION", r->organisation);
      }
    }
  });
}

Response PrivacyNotice(RequestContext& ctx, ParticipationStores&) {
  std::string_view text;
  for (const auto& f : embedded::PrivacyNotice()) text = f.contents;
  return RenderPage(ctx, "privacy.tpl", "Privacy notice", [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("VERSION", kPrivacyNoticeVersion);
    FillNotice(d, text);
  });
}

}  // namespace

std::vector<Route> ParticipantRoutes(ParticipationStores& stores) {
  using enum Method;
  return {
      Shared(PlainRoute(kGet, "/privacy", Action::kViewPublic, stores, PrivacyNotice)),
      EditionRoute(kGet, "/editions/{number}/me", Action::kEditOwnRegistration, stores, ParticipantPage),
      EditionRoute(kGet, "/editions/{number}/me/data.json", Action::kEditOwnRegistration, stores, MyDataJson),
      EditionRoute(kPost, "/editions/{number}/me/erasure", Action::kEditOwnRegistration, stores, RequestErasure),
      EditionRoute(kGet, "/editions/{number}/me/withdrawal", Action::kEditOwnRegistration, stores, WithdrawalForm),
      EditionRoute(kPost, "/editions/{number}/me/withdrawal", Action::kEditOwnRegistration, stores, Withdraw),
      Shared(EditionRoute(kGet, "/editions/{number}/participants", Action::kViewPublic, stores, PublicParticipants)),
  };
}

}  // namespace plenary::web
