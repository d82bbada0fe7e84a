// The mail outbox. Enqueue runs inside the caller's transaction so a message exists exactly
// when the change that caused it was committed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "domain/core/enum_names.h"
#include "domain/core/id.h"
#include "domain/core/status.h"
#include "domain/core/zoned_time.h"

namespace plenary::store {

enum class MailStatus { kQueued, kSending, kSent, kFailed };
extern const EnumNames<MailStatus> kMailStatusNames;

struct OutgoingMail {
  Id id = 0;
  std::string to_address;
  std::string to_name;
  std::string subject;
  std::string body_text;
  std::string purpose;  // "signin_link", "invitation", ...
  std::string reference;  // what scheduled it ("session:12"), so it can be replaced
  std::optional<Id> edition_id;  // the edition it concerns (none: a sign-in link)
  MailStatus status = MailStatus::kQueued;
  int attempts = 0;
  UtcSeconds next_attempt_at = 0;
  std::string last_error;
  std::optional<UtcSeconds> sent_at;
  std::optional<UtcSeconds> claimed_at;  // when a worker took it to send
  std::string message_token;  // the random part of its Message-ID, drawn when it is queued
};

// A message that needs the secretariat: failed for good, or stuck (taken by a worker that has
// not finished within `kStuckAfterSeconds`, or due for over an hour and not taken: no worker).
inline constexpr UtcSeconds kStuckAfterSeconds = 600;
inline constexpr UtcSeconds kOverdueAfterSeconds = 3600;
bool IsStuck(const OutgoingMail& mail, UtcSeconds now);

// An edition's outbox at a glance.
struct OutboxCounts {
  int queued = 0, sending = 0, sent = 0, failed = 0, stuck = 0;
};
OutboxCounts CountsOf(const std::vector<OutgoingMail>& mails, UtcSeconds now);

std::string ToString(MailStatus status);

void EnqueueMail(soci::session& session, const OutgoingMail& mail);

class OutboxStore {
 public:
  explicit OutboxStore(soci::connection_pool& pool) : pool_(pool) {}

  void Enqueue(const OutgoingMail& mail);
  // Atomically claims up to `limit` due messages for `worker`; a claim older than
  // `stale_after` seconds (a worker that died mid-send) may be taken over.
  std::vector<OutgoingMail> ClaimDue(std::string_view worker, UtcSeconds now, int limit, int stale_after);
  void MarkSent(Id id, UtcSeconds at);
  // Temporary failure: back to the queue at `retry_at`; permanent: failed for good.
  void MarkRetry(Id id, std::string_view error, UtcSeconds retry_at);
  void MarkFailed(Id id, std::string_view error);
  std::vector<OutgoingMail> Recent(int limit);
  // Every message to `address` (case-insensitive), oldest first: what a person was told.
  std::vector<OutgoingMail> ListTo(std::string_view address);

  // The edition's messages, newest first.
  std::vector<OutgoingMail> ListForEdition(Id edition_id);
  OutboxCounts CountsForEdition(Id edition_id, UtcSeconds now);
  // Queues a failed (or stuck) message of the edition again, due at `now`, with a fresh count
  // of attempts; audited. Not found when it is not the edition's; refused when it was sent.
  Status Resend(Id edition_id, Id mail_id, std::optional<Id> actor, UtcSeconds now);
  // Every failed message of the edition queued again, in one transaction; how many.
  int ResendFailed(Id edition_id, std::optional<Id> actor, UtcSeconds now);

 private:
  soci::connection_pool& pool_;
};

}  // namespace plenary::store
