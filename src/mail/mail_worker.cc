#include "mail/mail_worker.h"

#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "store/core/audit_log.h"

namespace plenary::mail {
namespace {

constexpr int kStaleClaimSeconds = 300;
constexpr int kBatch = 20;

}  // namespace

std::optional<UtcSeconds> NextAttempt(const RetryPolicy& policy, int attempts, UtcSeconds now) {
  if (attempts >= policy.max_attempts) return std::nullopt;
  long long delay = policy.first_delay_seconds;
  for (int i = 1; i < attempts && delay < policy.max_delay_seconds; ++i) delay *= 2;
  return now + std::min<long long>(delay, policy.max_delay_seconds);
}

MailWorker::MailWorker(store::OutboxStore& outbox, SmtpSettings smtp, RetryPolicy retry, const Clock& clock,
                       int poll_ms)
    : outbox_(outbox), clock_(clock), smtp_(std::move(smtp)), retry_(retry), poll_ms_(poll_ms) {
  char host[256] = {0};
  gethostname(host, sizeof host - 1);
  worker_id_ = std::string(host) + ":" + std::to_string(getpid());
}

MailWorker::~MailWorker() { Stop(); }

int MailWorker::RunOnce() {
  const auto now = clock_.Now();
  auto due = outbox_.ClaimDue(worker_id_, now, kBatch, kStaleClaimSeconds);
  for (const auto& mail : due) {
    const SendResult result = SendOverSmtp(smtp_, MessageOf(smtp_, mail, clock_.Now()));
    switch (result.outcome) {
      case SendOutcome::kSent:
        outbox_.MarkSent(mail.id, clock_.Now());
        break;
      case SendOutcome::kPermanentFailure:
        outbox_.MarkFailed(mail.id, result.detail);
        break;
      case SendOutcome::kTemporaryFailure:
        if (auto next = NextAttempt(retry_, mail.attempts, clock_.Now())) {
          outbox_.MarkRetry(mail.id, result.detail, *next);
        } else {
          outbox_.MarkFailed(mail.id, "gave up after " + std::to_string(mail.attempts) + " attempts: " + result.detail);
        }
        break;
    }
  }
  return static_cast<int>(due.size());
}

void MailWorker::Start() {
  thread_ = std::thread([this] {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
      lock.unlock();
      try {
        RunOnce();
      } catch (const std::exception& e) {
        std::cerr << "plenary: mail worker: " << e.what() << "\n";
      }
      lock.lock();
      wake_.wait_for(lock, std::chrono::milliseconds(poll_ms_), [this] { return stopping_; });
    }
  });
}

void MailWorker::Stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

}  // namespace plenary::mail
