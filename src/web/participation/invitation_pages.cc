#include "web/participation/invitation_pages.h"

#include <sodium.h>

#include <set>

#include "domain/core/text.h"
#include "domain/core/zoned_time.h"
#include "domain/participation/invitation_csv.h"
#include "web/participation/invitation_mail.h"
#include "web/public/public_pages.h"
#include "web/server/jobs.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

constexpr int kBatch = 50;
constexpr int kPreviewRows = 10;
constexpr const char* kImportKind = "invitation_import";

std::string Base(const Edition& e) { return "/manage/editions/" + std::to_string(e.number); }

// The CSV travels from the preview to the confirmation in a hidden field, as base64 so line
// breaks survive HTML; it is checked again when it comes back.
std::string ToBase64(std::string_view bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::optional<std::string> FromBase64(std::string_view text) {
  std::string out(text.size(), '\0');
  size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), " \r\n",
                        &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
    return std::nullopt;
  }
  out.resize(length);
  return out;
}

InviteeRules RulesFor(RequestContext& ctx, const Edition& edition) {
  InviteeRules rules;
  rules.countries = PartnerCountries(ctx.services);
  std::set<std::string> invited;
  for (const auto& i : ctx.services.invitations.List(edition.id)) invited.insert(i.email);
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
  row.SetIntValue("SENT", i.sent_count);
}

// The invitations page; `typed`/`errors` re-fill a rejected form, `file_error` the import.
Response Render(RequestContext& ctx, const Edition& edition, const InviteForm& typed,
                const std::vector<FieldError>& errors, const std::string& general_error, const std::string& file_error,
                int status) {
  const auto invitations = ctx.services.invitations.List(edition.id);
  const auto partners = ctx.services.partners.List(edition.series_id);
  const auto now = store::NowUtc();
  return RenderPage(ctx, "invitations.tpl", "Invitations", [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, edition);
    d.SetIntValue("DAYS", ctx.services.config.invitation_days);
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
    for (const auto& c : PartnerCountries(ctx.services)) countries.push_back(c);
    for (const auto& c : countries) {
      auto* o = d.AddSectionDictionary("COUNTRIES");
      o->SetValue("VALUE", c);
      if (AsciiLower(typed.country) == AsciiLower(c)) o->ShowSection("SELECTED");
    }
    std::vector<FieldError> all = errors;
    if (!file_error.empty()) all.push_back({"file", file_error});
    SetFormField(d, "FILE", "", all, "file", "file");
    SetErrorSummary(d, all, [](const std::string& f) { return f; });
    if (!general_error.empty()) d.AddSectionDictionary("GENERAL_ERROR")->SetValue("MESSAGE", general_error);
    const std::string notice = ctx.request.Query("done");
    if (notice == "sent") d.AddSectionDictionary("NOTICE")->SetValue("TEXT", "The invitation was sent.");
    if (notice == "resent") d.AddSectionDictionary("NOTICE")->SetValue("TEXT", "The invitation was sent again with a new link; the old link no longer works.");
    if (notice == "revoked") d.AddSectionDictionary("NOTICE")->SetValue("TEXT", "The invitation was revoked; its link no longer works.");
    const auto jobs = ctx.services.jobs.Recent(edition.id, kImportKind, 5);
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
  }, status);
}

Response RenderPreview(RequestContext& ctx, const Edition& edition, const std::string& filename,
                       const std::string& csv, const InvitationFile& file) {
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
      c->SetValue("CSV", ToBase64(csv));
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
  }, file.ok() ? 200 : 422);
}

}  // namespace

std::vector<std::string> PartnerCountries(Services& services) {
  std::vector<std::string> out;
  const auto series = services.series.Primary();
  if (!series) return out;
  for (const auto& p : services.partners.List(series->id)) {
    if (p.kind == PartnerKind::kCountry) out.push_back(p.name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

Response InvitationsPage(RequestContext& ctx) {
  auto edition = EditionOf(ctx);
  if (!edition) return NotFoundPage(ctx);
  return Render(ctx, *edition, {}, {}, "", "", 200);
}

Response InviteOne(RequestContext& ctx) {
  auto edition = EditionOf(ctx);
  if (!edition) return NotFoundPage(ctx);
  const auto& r = ctx.request;
  InviteForm typed{r.Field("email"), r.Field("name"), r.Field("sector"), r.Field("organisation"), r.Field("country")};
  if (auto open = CheckInvitationsOpen(*edition, store::NowUtc()); !open) {
    return Render(ctx, *edition, typed, {}, open.error().message(), "", 422);
  }
  auto checked = CheckInvitee(typed.email, typed.name, typed.sector, typed.organisation, typed.country,
                              RulesFor(ctx, *edition));
  if (!checked) return Render(ctx, *edition, typed, checked.error().fields(), "", "", 422);
  Invitation i;
  i.kind = InvitationKind::kInvited;
  i.email = checked->email;
  i.name = checked->name;
  i.sector = checked->sector;
  i.organisation = checked->organisation;
  i.country = checked->country;
  auto composed = ComposeInvitation(ctx.services.config, *edition, i, store::NowUtc());
  auto created = ctx.services.invitations.Create({composed.stored}, ctx.ActorId());
  if (!created) return Render(ctx, *edition, typed, {{"email", created.error().message()}}, "", "", 422);
  return Response::Redirect(Base(*edition) + "/invitations?done=sent");
}

Response ResendInvitation(RequestContext& ctx) {
  auto edition = EditionOf(ctx);
  const auto id = ctx.IdParam("invitation");
  if (!edition || !id) return NotFoundPage(ctx);
  auto invitation = ctx.services.invitations.Get(edition->id, *id);
  if (!invitation) return NotFoundPage(ctx);
  if (auto open = CheckInvitationsOpen(*edition, store::NowUtc()); !open) {
    return Render(ctx, *edition, {}, {}, open.error().message(), "", 422);
  }
  auto composed = ComposeInvitation(ctx.services.config, *edition, *invitation, store::NowUtc());
  auto resent = ctx.services.invitations.Resend(edition->id, *id, composed.stored.token_hash,
                                                composed.stored.invitation.expires_at, *composed.stored.mail,
                                                ctx.ActorId());
  if (!resent) return Render(ctx, *edition, {}, {}, resent.error().message(), "", 409);
  return Response::Redirect(Base(*edition) + "/invitations?done=resent");
}

Response RevokeInvitation(RequestContext& ctx) {
  auto edition = EditionOf(ctx);
  const auto id = ctx.IdParam("invitation");
  if (!edition || !id) return NotFoundPage(ctx);
  if (!ctx.services.invitations.Get(edition->id, *id)) return NotFoundPage(ctx);
  auto revoked = ctx.services.invitations.Revoke(edition->id, *id, ctx.ActorId());
  if (!revoked) return Render(ctx, *edition, {}, {}, revoked.error().message(), "", 409);
  return Response::Redirect(Base(*edition) + "/invitations?done=revoked");
}

Response PreviewInvitationImport(RequestContext& ctx) {
  auto edition = EditionOf(ctx);
  if (!edition) return NotFoundPage(ctx);
  const UploadedFile* upload = ctx.request.File("file");
  if (!upload || upload->content.empty()) {
    return Render(ctx, *edition, {}, {}, "", "Choose a CSV file to upload; none was attached (or it was empty).", 422);
  }
  const auto file = ParseInvitationCsv(upload->content, RulesFor(ctx, *edition));
  return RenderPreview(ctx, *edition, upload->filename, upload->content, file);
}

Response ConfirmInvitationImport(RequestContext& ctx) {
  auto edition = EditionOf(ctx);
  if (!edition) return NotFoundPage(ctx);
  const auto csv = FromBase64(ctx.request.Field("csv"));
  if (!csv || csv->empty()) {
    return Render(ctx, *edition, {}, {}, "", "The file did not come back with the confirmation; upload it again.", 422);
  }
  // Checked again: the confirmation carries the file, and anything may have changed since.
  const auto file = ParseInvitationCsv(*csv, RulesFor(ctx, *edition));
  if (!file.ok() || file.total == 0) return RenderPreview(ctx, *edition, ctx.request.Field("filename"), *csv, file);
  if (auto open = CheckInvitationsOpen(*edition, store::NowUtc()); !open) {
    return Render(ctx, *edition, {}, {}, open.error().message(), "", 422);
  }
  const Id id = EnqueueEditionJob(ctx, edition->id, kImportKind, *csv, file.total);
  return Response::Redirect(Base(*edition) + "/jobs/" + std::to_string(id));
}

Response EditionJobPage(RequestContext& ctx) {
  auto edition = EditionOf(ctx);
  const auto id = ctx.IdParam("job");
  if (!edition || !id) return NotFoundPage(ctx);
  auto job = ctx.services.jobs.Get(*id);
  if (!job || job->edition_id != edition->id) return NotFoundPage(ctx);
  const bool running = job->status == store::JobStatus::kQueued || job->status == store::JobStatus::kRunning;
  const bool refresh = running && ctx.request.Query("auto") != "0";
  std::string heading = job->kind == kImportKind ? "Invitation import" : "Background job";
  return RenderPage(ctx, "edition_job.tpl", heading, [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, *edition);
    d.SetValue("HEADING", heading);
    d.SetIntValue("JOB", job->id);
    d.SetIntValue("DONE", job->done_count);
    d.SetIntValue("TOTAL", std::max(job->total_count, 1));
    d.SetIntValue("TOTAL_SHOWN", job->total_count);
    d.SetValue("MESSAGE", job->message);
    d.SetValue("STARTED", FormatInZone(job->created_at, edition->time_zone));
    switch (job->status) {
      case store::JobStatus::kQueued: d.SetValue("STATUS", "Waiting to start"); break;
      case store::JobStatus::kRunning: d.SetValue("STATUS", "Running"); break;
      case store::JobStatus::kDone: d.SetValue("STATUS", "Done"); break;
      case store::JobStatus::kFailed: d.SetValue("STATUS", "Failed"); break;
    }
    if (refresh) d.ShowSection("REFRESH");
    if (running) d.ShowSection("RUNNING");
    if (running && !refresh) d.ShowSection("PAUSED");
    if (job->status == store::JobStatus::kFailed) d.ShowSection("FAILED");
    if (job->status == store::JobStatus::kDone) d.ShowSection("DONE_SECTION");
  });
}

Result<JobOutcome> RunInvitationImport(Services& services, const store::Job& job, const JobProgress& progress) {
  if (!job.edition_id) return Error::Invalid("The import names no edition.");
  const auto edition = services.editions.GetById(*job.edition_id);
  if (!edition) return Error::NotFound("The edition of this import no longer exists.");
  if (auto open = CheckInvitationsOpen(*edition, store::NowUtc()); !open) return open.error();
  InviteeRules rules;
  rules.countries = PartnerCountries(services);
  // Not `already_invited`: addresses already invited (by an earlier run of this job after a
  // crash, or since the preview) are skipped below rather than failing the file.
  const auto file = ParseInvitationCsv(job.input, rules);
  if (!file.ok()) {
    return Error::Invalid("The file has " + std::to_string(file.errors.size()) + " problem(s), the first on " +
                          file.errors[0].field + ": " + file.errors[0].message + " Nothing more was stored.");
  }
  std::set<std::string> invited;
  for (const auto& i : services.invitations.List(edition->id)) invited.insert(i.email);
  const int total = file.total;
  int done = 0;
  std::vector<store::NewInvitation> batch;
  const auto flush = [&]() -> Status {
    if (!batch.empty()) {
      auto created = services.invitations.Create(batch, job.created_by, job.id);
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
    batch.push_back(ComposeInvitation(services.config, *edition, i, store::NowUtc()).stored);
    if (static_cast<int>(batch.size()) == kBatch) {
      if (auto s = flush(); !s) return s.error();
    }
  }
  if (auto s = flush(); !s) return s.error();
  const int created = services.invitations.CountForJob(job.id);
  const int skipped = total - created;
  std::string message = std::to_string(created) + (created == 1 ? " invitation" : " invitations") + " sent.";
  if (skipped > 0) message += " " + std::to_string(skipped) + " already invited, not sent again.";
  return JobOutcome{"{\"created\": " + std::to_string(created) + ", \"skipped\": " + std::to_string(skipped) + "}",
                    message};
}

}  // namespace plenary::web
