#include "app/job_worker.h"

#include <unistd.h>

#include <iostream>


namespace plenary::app {

JobWorker::JobWorker(store::JobStore& jobs, web::JobHandlers handlers, const Clock& clock, int poll_ms,
                     int stale_after_seconds)
    : jobs_(jobs), handlers_(std::move(handlers)), clock_(clock), poll_ms_(poll_ms), stale_after_(stale_after_seconds) {
  char host[256] = {};
  gethostname(host, sizeof host - 1);
  worker_id_ = std::string(host) + ":" + std::to_string(getpid()) + ":jobs";
}

JobWorker::~JobWorker() { Stop(); }

bool JobWorker::RunOnce() {
  auto job = jobs_.ClaimNext(worker_id_, clock_.Now(), stale_after_);
  if (!job) return false;
  auto handler = handlers_.find(job->kind);
  if (handler == handlers_.end()) {
    jobs_.Fail(job->id, "No handler for jobs of kind \"" + store::ToString(job->kind) + "\" on this server.");
    return true;
  }
  try {
    auto outcome = handler->second(*job, [&](int done, int total, std::string_view message) {
      jobs_.Progress(job->id, done, total, message);
    });
    if (outcome) jobs_.Finish(job->id, outcome->result, outcome->message);
    else jobs_.Fail(job->id, outcome.error().message());
  } catch (const std::exception& e) {
    // A lost database connection or a bug: the job is marked failed rather than retried forever.
    std::cerr << "plenary: job " << job->id << " (" << store::ToString(job->kind) << "): " << e.what() << "\n";
    jobs_.Fail(job->id, std::string("The job stopped with an internal error: ") + e.what());
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
