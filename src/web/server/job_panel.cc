#include "web/server/job_panel.h"

#include <algorithm>
#include <utility>

#include "domain/core/zoned_time.h"

namespace plenary::web {
namespace {

std::string WithQuery(const std::string& url, std::string_view query) {
  return url + (url.find('?') == std::string::npos ? "?" : "&") + std::string(query);
}

}  // namespace

Id EnqueueEditionJob(store::JobStore& jobs, const RequestContext& ctx, Id edition_id, store::JobKind kind,
                     std::string input, int total) {
  store::Job job;
  job.edition_id = edition_id;
  job.kind = kind;
  job.input = std::move(input);
  job.total_count = total;
  job.message = "Waiting for the job worker.";
  job.created_by = ctx.ActorId();
  return jobs.Enqueue(job);
}

ctemplate::TemplateDictionary* FillJobPanel(ctemplate::TemplateDictionary& page, const RequestContext& ctx,
                                            const store::Job& job, std::string_view zone, const JobPanel& panel) {
  auto* d = page.AddIncludeDictionary("JOB_PANEL");
  d->SetFilename("job_panel.tpl");
  d->SetValue("HEADING", panel.heading);
  d->SetValue("STARTED", FormatInZone(job.created_at, zone));
  const bool running = job.status == store::JobStatus::kQueued || job.status == store::JobStatus::kRunning;
  if (running) {
    auto* r = d->AddSectionDictionary("RUNNING");
    r->SetValue("STATUS", std::string(store::kJobStatusNames.Label(job.status)));
    r->SetValue("MESSAGE", job.message);
    if (!panel.unit.empty()) {
      auto* m = r->AddSectionDictionary("MEASURED");
      m->SetIntValue("DONE", job.done_count);
      m->SetIntValue("TOTAL", std::max(job.total_count, 1));
      m->SetIntValue("TOTAL_SHOWN", job.total_count);
      m->SetValue("UNIT", panel.unit);
    }
    if (ctx.request.Query("auto") == "0") {
      r->AddSectionDictionary("PAUSED")->SetValue("RESUME_URL", panel.page_url);
    } else {
      r->AddSectionDictionary("REFRESH")->SetValue("PAUSE_URL", WithQuery(panel.page_url, "auto=0"));
    }
  } else if (job.status == store::JobStatus::kFailed) {
    auto* f = d->AddSectionDictionary("FAILED");
    f->SetValue("MESSAGE", job.message);
    if (!panel.failed_note.empty()) f->AddSectionDictionary("FAILED_NOTE")->SetValue("NOTE", panel.failed_note);
  } else {
    d->AddSectionDictionary("DONE")->SetValue("MESSAGE", job.message);
  }
  if (panel.result_template.empty()) return nullptr;
  auto* result = d->AddIncludeDictionary("JOB_RESULT");
  result->SetFilename(panel.result_template);
  result->SetValue("CSRF", ctx.csrf_token);
  return result;
}

}  // namespace plenary::web
