#include "domain/core/clock.h"

#include <ctime>

namespace plenary {

UtcSeconds SystemClock::Now() const { return static_cast<UtcSeconds>(std::time(nullptr)); }

const SystemClock& SystemClock::Instance() {
  static const SystemClock kClock;
  return kClock;
}

}  // namespace plenary
