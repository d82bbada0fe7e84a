#include "web/participation/invitation_pages.h"

#include <set>

#include "domain/core/text.h"
#include "domain/core/zoned_time.h"
#include "domain/participation/invitation_csv.h"
#include "store/core/credentials.h"
#include "web/participation/invitation_mail.h"
#include "web/series/edition_route.h"
#include "web/series/edition_summary.h"
#include "web/server/form_state.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

constexpr int kBatch = 50;
constexpr int kPreviewRows = 10;

std::string Base(const Edition& e) { return "/manage/editions/" + std::to_string(e.number); }

// The CSV travels from the preview to the confirmation in a hidden field, as base64 so line
// breaks survive HTML (store::ToBase64); it is checked again when it comes back.

InviteeRules RulesFor(ParticipationStores& stores, const Edition& edition) {
  InviteeRules rules;
  rules.countries = PartnerCountries(stores.partners, edition.series_id);
  std::set<std::string> invited;
  for (const auto& i : stores.invitations.List(edition.id)) invited.insert(i.email);
  rules.already_invited = [invited = std::move(invited)](std::string_view email) {
    return invited.count(std::string(email)) > 0;
  };
  return rules;
}

struct InviteForm {
  std::string email, name, sector, organisation, country;
};

std::string SectorLabel(Sector s) { return Label(s); }

void FillRow(ctemplate::TemplateDictionary& row, const Invitation& i, UtcSeconds now) {
  row.SetIntValue("ID", i.id);
  row.SetValue("NAME", i.name);
  row.SetValue("EMAIL", i.email);
  row.SetValue("SECTOR", SectorLabel(i.sector));
  row.SetValue("ORGANISATION", i.organisation);
  row.SetValue("COUNTRY", i.country);
  row.SetValue("STATE", Label(StateOf(i, now)));
  // Only what the mail server accepted counts as sent.
  row.SetIntValue("SENT", i.delivered);
  if (i.waiting > 0) row.AddSectionDictionary("WAITING")->SetIntValue("COUNT", i.waiting);
  if (i.failed > 0) row.AddSectionDictionary("FAILED")->SetIntValue("COUNT", i.failed);
}

// The invitations page; `typed` and `form` re-fill a refused invitation (the form's message
// for the whole form) or import (its problem on the field "file").
Response Render(RequestContext& ctx, const Edition& edition, ParticipationStores& stores, const InviteForm& typed,
                const FormState& form) {
  const auto& errors = form.errors;
  const auto invitations = stores.invitations.List(edition.id);
  const auto partners = stores.partners.List(edition.series_id);
  const auto now = ctx.Now();
  return RenderPage(ctx, "invitations.tpl", "Invitations", [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, edition);
    d.SetIntValue("DAYS", ctx.config.invitation_days);
    if (edition.registration_deadline) {
      d.AddSectionDictionary("DEADLINE")->SetValue("WHEN", FormatInZone(*edition.registration_deadline, edition.time_zone));
    }
    std::map<InvitationState, int> counts;
    for (const auto& i : invitations) {
      const auto state = StateOf(i, now);
      ++counts[state];
      auto* row = d.AddSectionDictionary("ROWS");
      FillRow(*row, i, now);
      row->SetIntValue("NUMBER", edition.number);
      if (i.kind == InvitationKind::kNominated) {
        std::string by = "Nominated";
        for (const auto& p : partners) {
          if (i.partner_id && p.id == *i.partner_id) by = "Nominated by " + p.name;
        }
        row->SetValue("KIND", by);
      } else {
        row->SetValue("KIND", "Invited");
      }
      if (state != InvitationState::kUsed) row->ShowSection("CAN_RESEND");
      if (state == InvitationState::kPending || state == InvitationState::kExpired) row->ShowSection("CAN_REVOKE");
    }
    d.SetIntValue("TOTAL", static_cast<long>(invitations.size()));
    for (auto s : {InvitationState::kPending, InvitationState::kUsed, InvitationState::kExpired,
                   InvitationState::kRevoked}) {
      auto* c = d.AddSectionDictionary("COUNTS");
      c->SetValue("LABEL", Label(s));
      c->SetIntValue("COUNT", counts[s]);
    }
    if (invitations.empty()) d.ShowSection("NONE");
    else d.ShowSection("HAS_ROWS");
    SetFormField(d, "EMAIL", typed.email, errors, "email", "email");
    SetFormField(d, "NAME", typed.name, errors, "name", "name");
    SetFormField(d, "SECTOR", typed.sector, errors, "sector", "sector");
    SetFormField(d, "ORGANISATION", typed.organisation, errors, "organisation", "organisation");
    SetFormField(d, "COUNTRY", typed.country, errors, "country", "country");
    for (Sector s : AllSectors()) {
      if (s == Sector::kGovernment) continue;
      auto* o = d.AddSectionDictionary("SECTORS");
      o->SetValue("VALUE", ToString(s));
      o->SetValue("LABEL", Label(s));
      if (SectorFrom(typed.sector) == s) o->ShowSection("SELECTED");
    }
    std::vector<std::string> countries = {kNoCountry};
    for (const auto& c : PartnerCountries(stores.partners, edition.series_id)) countries.push_back(c);
    for (const auto& c : countries) {
      auto* o = d.AddSectionDictionary("COUNTRIES");
      o->SetValue("VALUE", c);
      if (AsciiLower(typed.country) == AsciiLower(c)) o->ShowSection("SELECTED");
    }
    SetFormField(d, "FILE", "", errors, "file", "file");
    SetErrorSummary(d, errors, [](const std::string& f) { return f; });
    if (!form.message.empty()) d.AddSectionDictionary("GENERAL_ERROR")->SetValue("MESSAGE", form.message);
    const std::string notice = ctx.request.Query("done");
    if (notice == "sent") d.AddSectionDictionary("NOTICE")->SetValue("TEXT", "The invitation is saved; its message waits in the outbox and goes out in a moment.");
    if (notice == "resent") d.AddSectionDictionary("NOTICE")->SetValue("TEXT", "The invitation has a new link, whose message waits in the outbox; the old link no longer works.");
    if (notice == "revoked") d.AddSectionDictionary("NOTICE")->SetValue("TEXT", "The invitation was revoked; its link no longer works.");
    const auto jobs = stores.jobs.Recent(edition.id, store::JobKind::kInvitationImport, 5);
    auto* imports = jobs.empty() ? nullptr : d.AddSectionDictionary("IMPORTS");
    for (const auto& job : jobs) {
      auto* j = imports->AddSectionDictionary("JOBS");
      j->SetIntValue("NUMBER", edition.number);
      j->SetIntValue("ID", job.id);
      j->SetValue("WHEN", FormatInZone(job.created_at, edition.time_zone));
      j->SetValue("STATUS", store::ToString(job.status));
      j->SetIntValue("DONE", job.done_count);
      j->SetIntValue("TOTAL", job.total_count);
    }
  }, form.status);
}

Response RenderPreview(RequestContext& ctx, const Edition& edition, const std::string& filename,
                       const std::string& csv, const InvitationFile& file) {
  const FormState form = file.ok() ? FormState::Fresh() : FormState::Refused(Error::Invalid(file.errors));
  return RenderPage(ctx, "invitation_import.tpl", "Check the invitation file", [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, edition);
    d.SetValue("FILENAME", filename);
    d.SetIntValue("TOTAL", file.total);
    d.SetIntValue("GOOD", static_cast<long>(file.rows.size()));
    d.SetIntValue("SHOWN", std::min<long>(kPreviewRows, static_cast<long>(file.rows.size())));
    for (size_t k = 0; k < file.rows.size() && k < static_cast<size_t>(kPreviewRows); ++k) {
      const auto& r = file.rows[k];
      auto* row = d.AddSectionDictionary("ROWS");
      row->SetIntValue("LINE", r.line);
      row->SetValue("EMAIL", r.email);
      row->SetValue("NAME", r.name);
      row->SetValue("SECTOR", Label(r.sector));
      row->SetValue("ORGANISATION", r.organisation);
      row->SetValue("COUNTRY", r.country);
    }
    if (!file.rows.empty()) d.ShowSection("HAS_ROWS");
    if (file.ok() && file.total > 0) {
      auto* c = d.AddSectionDictionary("CAN_CONFIRM");
      c->SetValue("CSV", store::ToBase64(csv));
      c->SetValue("FILENAME", filename);
      c->SetIntValue("TOTAL", file.total);
    } else {
      auto* e = d.AddSectionDictionary("HAS_ERRORS");
      e->SetIntValue("ERROR_COUNT", static_cast<long>(file.errors.size()));
      for (const auto& err : file.errors) {
        auto* row = e->AddSectionDictionary("ERRORS");
        row->SetValue("WHERE", err.field);
        row->SetValue("MESSAGE", err.message);
      }
    }
  }, form.status);
}

// A refusal of the import's file, shown on its field of the invitations page.
FormState FileRefused(std::string message) { return FormState::OnField("file", Error::Invalid(std::move(message))); }

Response InvitationsPage(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  return Render(ctx, edition, stores, {}, FormState::Fresh());
}

Response InviteOne(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const auto& r = ctx.request;
  InviteForm typed{r.Field("email"), r.Field("name"), r.Field("sector"), r.Field("organisation"), r.Field("country")};
  if (auto open = CheckInvitationsOpen(edition, ctx.Now()); !open) {
    return Render(ctx, edition, stores, typed, FormState::Refused(Error::Invalid(open.error().message())));
  }
  auto checked = CheckInvitee(typed.email, typed.name, typed.sector, typed.organisation, typed.country,
                              RulesFor(stores, edition));
  if (!checked) return Render(ctx, edition, stores, typed, FormState::Refused(Error::Invalid(checked.error().fields())));
  Invitation i;
  i.kind = InvitationKind::kInvited;
  i.email = checked->email;
  i.name = checked->name;
  i.sector = checked->sector;
  i.organisation = checked->organisation;
  i.country = checked->country;
  auto composed = ComposeInvitation(ctx.config, edition, ctx.site->name, i, ctx.Now());
  auto created = stores.invitations.Create({composed.stored}, ctx.ActorId());
  if (!created) {
    return Render(ctx, edition, stores, typed,
                  FormState::OnField("email", Error::Invalid(created.error().message())));
  }
  return Response::Redirect(Base(edition) + "/invitations?done=sent");
}

Response ResendInvitation(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const auto id = ctx.IdParam("invitation");
  if (!id) return NotFoundPage(ctx);
  auto invitation = stores.invitations.Get(edition.id, *id);
  if (!invitation) return NotFoundPage(ctx);
  if (auto open = CheckInvitationsOpen(edition, ctx.Now()); !open) {
    return Render(ctx, edition, stores, {}, FormState::Refused(Error::Invalid(open.error().message())));
  }
  auto composed = ComposeInvitation(ctx.config, edition, ctx.site->name, *invitation, ctx.Now());
  auto resent = stores.invitations.Resend(edition.id, *id, composed.stored.token_hash,
                                          composed.stored.invitation.expires_at, *composed.stored.mail, ctx.ActorId());
  if (!resent) return Render(ctx, edition, stores, {}, FormState::Refused(Error::Conflict(resent.error().message())));
  return Response::Redirect(Base(edition) + "/invitations?done=resent");
}

Response RevokeInvitation(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const auto id = ctx.IdParam("invitation");
  if (!id) return NotFoundPage(ctx);
  if (!stores.invitations.Get(edition.id, *id)) return NotFoundPage(ctx);
  auto revoked = stores.invitations.Revoke(edition.id, *id, ctx.ActorId());
  if (!revoked) return Render(ctx, edition, stores, {}, FormState::Refused(Error::Conflict(revoked.error().message())));
  return Response::Redirect(Base(edition) + "/invitations?done=revoked");
}

Response PreviewInvitationImport(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const UploadedFile* upload = ctx.request.File("file");
  if (!upload || upload->content.empty()) {
    return Render(ctx, edition, stores, {},
                  FileRefused("Choose a CSV file to upload; none was attached (or it was empty)."));
  }
  const auto file = ParseInvitationCsv(upload->content, RulesFor(stores, edition));
  return RenderPreview(ctx, edition, upload->filename, upload->content, file);
}

Response ConfirmInvitationImport(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const auto csv = store::FromBase64(ctx.request.Field("csv"));
  if (!csv || csv->empty()) {
    return Render(ctx, edition, stores, {},
                  FileRefused("The file did not come back with the confirmation; upload it again."));
  }
  // Checked again: the confirmation carries the file, and anything may have changed since.
  const auto file = ParseInvitationCsv(*csv, RulesFor(stores, edition));
  if (!file.ok() || file.total == 0) return RenderPreview(ctx, edition, ctx.request.Field("filename"), *csv, file);
  if (auto open = CheckInvitationsOpen(edition, ctx.Now()); !open) {
    return Render(ctx, edition, stores, {}, FormState::Refused(Error::Invalid(open.error().message())));
  }
  const Id id = EnqueueEditionJob(stores.jobs, ctx, edition.id, store::JobKind::kInvitationImport, *csv, file.total);
  return Response::Redirect(Base(edition) + "/jobs/" + std::to_string(id));
}

// The job's progress in the shared panel. The panel's bar shows only while the job runs, so
// the final count is added below it (invitation_job_result.tpl): the page keeps one bar.
Response EditionJobPage(RequestContext& ctx, const Edition& edition, ParticipationStores& stores) {
  const auto id = ctx.IdParam("job");
  if (!id) return NotFoundPage(ctx);
  auto job = stores.jobs.Get(*id);
  if (!job || job->edition_id != edition.id) return NotFoundPage(ctx);
  const std::string heading =
      job->kind == store::JobKind::kInvitationImport ? std::string(store::kJobKindNames.Label(job->kind))
                                                     : "Background job";
  const JobPanel panel{.heading = "Status",
                       .unit = "invitations",
                       .page_url = Base(edition) + "/jobs/" + std::to_string(job->id),
                       .failed_note = "Nothing after the last finished batch was stored. Correct the cause and "
                                      "import the remaining people again; those already invited are skipped.",
                       .result_template = "invitation_job_result.tpl"};
  const bool running = job->status == store::JobStatus::kQueued || job->status == store::JobStatus::kRunning;
  return RenderPage(ctx, "edition_job.tpl", heading, [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, edition);
    d.SetValue("HEADING", heading);
    auto* result = FillJobPanel(d, ctx, *job, edition.time_zone, panel);
    if (running || !result) return;
    auto* bar = result->AddSectionDictionary("FINISHED");
    bar->SetIntValue("DONE", job->done_count);
    bar->SetIntValue("TOTAL", std::max(job->total_count, 1));
    bar->SetIntValue("TOTAL_SHOWN", job->total_count);
    bar->SetValue("UNIT", panel.unit);
  });
}

}  // namespace

std::vector<std::string> PartnerCountries(store::PartnerStore& partners, Id series_id) {
  std::vector<std::string> out;
  for (const auto& p : partners.List(series_id)) {
    if (p.kind == PartnerKind::kCountry) out.push_back(p.name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Route> InvitationRoutes(ParticipationStores& stores) {
  using enum Method;
  const std::string base = "/manage/editions/{number}";
  return {
      EditionRoute(kGet, base + "/invitations", Action::kManageParticipants, stores, InvitationsPage),
      EditionRoute(kPost, base + "/invitations", Action::kManageParticipants, stores, InviteOne),
      EditionRoute(kPost, base + "/invitations/import", Action::kManageParticipants, stores, PreviewInvitationImport),
      EditionRoute(kPost, base + "/invitations/import/confirm", Action::kManageParticipants, stores,
                   ConfirmInvitationImport),
      EditionRoute(kPost, base + "/invitations/{invitation}/resend", Action::kManageParticipants, stores,
                   ResendInvitation),
      EditionRoute(kPost, base + "/invitations/{invitation}/revoke", Action::kManageParticipants, stores,
                   RevokeInvitation),
      EditionRoute(kGet, base + "/jobs/{job}", Action::kManageParticipants, stores, EditionJobPage),
  };
}

JobHandler InvitationImportJobHandler(ParticipationStores& stores, const WebConfig& config, const Clock& clock) {
  return [&stores, &config, &clock](const store::Job& job, const JobProgress& progress) -> Result<JobOutcome> {
    if (!job.edition_id) return Error::Invalid("The import names no edition.");
    const auto edition = stores.editions.GetById(*job.edition_id);
    if (!edition) return Error::NotFound("The edition of this import no longer exists.");
    if (auto open = CheckInvitationsOpen(*edition, clock.Now()); !open) return open.error();
    const auto series = stores.series.Primary();
    const std::string series_name = series ? series->name : "";
    InviteeRules rules;
    rules.countries = PartnerCountries(stores.partners, edition->series_id);
    // Not `already_invited`: addresses already invited (by an earlier run of this job after a
    // crash, or since the preview) are skipped below rather than failing the file.
    const auto file = ParseInvitationCsv(job.input, rules);
    if (!file.ok()) {
      return Error::Invalid("The file has " + std::to_string(file.errors.size()) + " problem(s), the first on " +
                            file.errors[0].field + ": " + file.errors[0].message + " Nothing more was stored.");
    }
    std::set<std::string> invited;
    for (const auto& i : stores.invitations.List(edition->id)) invited.insert(i.email);
    const int total = file.total;
    int done = 0;
    std::vector<store::NewInvitation> batch;
    const auto flush = [&]() -> Status {
      if (!batch.empty()) {
        auto created = stores.invitations.Create(batch, job.created_by, job.id);
        if (!created) return created.error();
        batch.clear();
      }
      progress(done, total, std::to_string(done) + " of " + std::to_string(total) + " rows done.");
      return OkStatus();
    };
    for (const auto& row : file.rows) {
      ++done;
      if (!invited.insert(row.email).second) continue;
      Invitation i;
      i.kind = InvitationKind::kInvited;
      i.email = row.email;
      i.name = row.name;
      i.sector = row.sector;
      i.organisation = row.organisation;
      i.country = row.country;
      batch.push_back(ComposeInvitation(config, *edition, series_name, i, clock.Now()).stored);
      if (static_cast<int>(batch.size()) == kBatch) {
        if (auto s = flush(); !s) return s.error();
      }
    }
    if (auto s = flush(); !s) return s.error();
    const int created = stores.invitations.CountForJob(job.id);
    const int skipped = total - created;
    std::string message = std::to_string(created) + (created == 1 ? " invitation" : " invitations") + " sent.";
    if (skipped > 0) message += " " + std::to_string(skipped) + " already invited, not sent again.";
    return JobOutcome{"{\"created\": " + std::to_string(created) + ", \"skipped\": " + std::to_string(skipped) + "}",
                      message};
  };
}

}  // namespace plenary::web
