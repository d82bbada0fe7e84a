// The job worker: a background thread of `plenary serve` that claims queued jobs (any app
// server may take any job; the claim is a conditional UPDATE) and runs each kind's handler
// (web/server/job_panel.h), recording progress, the result or the failure.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "domain/core/clock.h"
#include "store/core/job_store.h"
#include "web/server/job_panel.h"

namespace plenary::app {

class JobWorker {
 public:
  // `jobs` and `clock` must outlive the worker.
  JobWorker(store::JobStore& jobs, web::JobHandlers handlers, const Clock& clock, int poll_ms = 250,
            int stale_after_seconds = 120);
  ~JobWorker();
  // Work to run on this thread every `every_seconds` (first right after Start), between jobs;
  // set before Start. A failure is logged and tried again at the next interval.
  void SetPeriodic(std::function<void()> task, int every_seconds);
  void Start();
  void Stop();
  // Claims and runs one job; false when there was none. The thread calls this; tests may too.
  bool RunOnce();

 private:
  store::JobStore& jobs_;
  web::JobHandlers handlers_;
  const Clock& clock_;
  int poll_ms_;
  int stale_after_;
  std::string worker_id_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::function<void()> periodic_;
  std::chrono::seconds periodic_every_{0};
  std::chrono::steady_clock::time_point periodic_next_{};
};

}  // namespace plenary::app
