// Where "now" comes from. Every rule that depends on the time (deadlines, link expiry,
// reminders, the retention purge) takes it from a Clock handed down from src/app, never from
// the wall clock directly, so tests can set the time.
//
// Thread-safety: Now() may be called from any thread.
#pragma once

#include <atomic>

#include "domain/core/zoned_time.h"

namespace plenary {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual UtcSeconds Now() const = 0;
};

// The machine's clock: what `plenary serve` and the sub-commands use.
class SystemClock final : public Clock {
 public:
  UtcSeconds Now() const override;
  // The one instance every default refers to (it has no state).
  static const SystemClock& Instance();
};

// A clock that stands still until moved: for tests, and for `plenary serve` when the
// configuration sets clock.now to rehearse a date (docs/CONFIGURATION.md).
class FixedClock final : public Clock {
 public:
  explicit FixedClock(UtcSeconds now) : now_(now) {}
  UtcSeconds Now() const override { return now_.load(); }
  void Set(UtcSeconds now) { now_.store(now); }
  void Advance(UtcSeconds seconds) { now_.fetch_add(seconds); }

 private:
  std::atomic<UtcSeconds> now_;
};

}  // namespace plenary
