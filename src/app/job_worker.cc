#include "app/job_worker.h"

#include <unistd.h>

#include <iostream>

#include "web/server/jobs.h"

namespace plenary::app {

JobWorker::JobWorker(web::Services& services, int poll_ms, int stale_after_seconds)
    : services_(services), poll_ms_(poll_ms), stale_after_(stale_after_seconds) {
  char host[256] = {};
  gethostname(host, sizeof host - 1);
  worker_id_ = std::string(host) + ":" + std::to_string(getpid()) + ":jobs";
}

JobWorker::~JobWorker() { Stop(); }

bool JobWorker::RunOnce() {
  auto job = services_.jobs.ClaimNext(worker_id_, store::NowUtc(), stale_after_);
  if (!job) return false;
  const auto& handlers = web::JobHandlers();
  auto handler = handlers.find(job->kind);
  if (handler == handlers.end()) {
    services_.jobs.Fail(job->id, "No handler for jobs of kind \"" + job->kind + "\"; this server is older than the job.");
    return true;
  }
  try {
    auto outcome = handler->second(services_, *job, [&](int done, int total, std::string_view message) {
      services_.jobs.Progress(job->id, done, total, message);
    });
    if (outcome) services_.jobs.Finish(job->id, outcome->result, outcome->message);
    else services_.jobs.Fail(job->id, outcome.error().message());
  } catch (const std::exception& e) {
    // A lost database connection or a bug: the job is marked failed rather than retried forever.
    std::cerr << "plenary: job " << job->id << " (" << job->kind << "): " << e.what() << "\n";
    services_.jobs.Fail(job->id, std::string("The job stopped with an internal error: ") + e.what());
  }
  return true;
}

void JobWorker::SetPeriodic(std::function<void()> task, int every_seconds) {
  periodic_ = std::move(task);
  periodic_every_ = std::chrono::seconds(every_seconds);
}

void JobWorker::Start() {
  thread_ = std::thread([this] {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
      lock.unlock();
      bool ran = false;
      if (periodic_ && std::chrono::steady_clock::now() >= periodic_next_) {
        periodic_next_ = std::chrono::steady_clock::now() + periodic_every_;
        try {
          periodic_();
        } catch (const std::exception& e) {
          std::cerr << "plenary: periodic task: " << e.what() << "\n";
        }
      }
      try {
        ran = RunOnce();
      } catch (const std::exception& e) {
        std::cerr << "plenary: job worker: " << e.what() << "\n";
      }
      lock.lock();
      if (!ran) wake_.wait_for(lock, std::chrono::milliseconds(poll_ms_), [this] { return stopping_; });
    }
  });
}

void JobWorker::Stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

}  // namespace plenary::app
