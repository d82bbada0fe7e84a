// The mail worker: a background thread that claims due messages from the outbox, sends them,
// and records the outcome. Temporary failures are retried with exponential backoff; a message
// is claimed before it is sent, so several app servers on one PostgreSQL never send it twice.
#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "domain/core/clock.h"
#include "mail/smtp_sender.h"
#include "store/core/outbox_store.h"

namespace plenary::mail {

struct RetryPolicy {
  int first_delay_seconds = 30;  // doubled after each failure
  int max_delay_seconds = 3600;
  int max_attempts = 10;
};

// When the next attempt is due after `attempts` failed ones; nullopt: give up.
std::optional<UtcSeconds> NextAttempt(const RetryPolicy& policy, int attempts, UtcSeconds now);

class MailWorker {
 public:
  // `outbox` and `clock` must outlive the worker; the clock decides which messages are due (a
  // join link waits for the person's morning) and when a failed one is tried again.
  MailWorker(store::OutboxStore& outbox, SmtpSettings smtp, RetryPolicy retry, const Clock& clock,
             int poll_ms = 1000);
  ~MailWorker();
  void Start();
  void Stop();
  // One pass over the due messages (the thread calls this; tests may too). Returns how many
  // were handled.
  int RunOnce();

 private:
  store::OutboxStore& outbox_;
  const Clock& clock_;
  SmtpSettings smtp_;
  RetryPolicy retry_;
  int poll_ms_;
  std::string worker_id_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
};

}  // namespace plenary::mail
