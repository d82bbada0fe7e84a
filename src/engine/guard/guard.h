// The Chatham House attribution guard: finds the places in a text that reveal who a
// participant is (name), where they come from (affiliation), or describe exactly one of them
// ("the Danish official"). The rules are those of the exchange format attribution-guard.md;
// docs/engine/guard.md explains how they are matched.
//
// Build once per edition, then Scan as many texts as needed. Scan is const; its working buffers
// are per thread (thread_local, reused), so one AttributionGuard may be shared by any number of
// threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "domain/core/status.h"
#include "engine/guard/registry.h"

namespace plenary::engine {

struct GuardIndex;

enum class FindingKind { kName, kAffiliation, kDescription };

// "name", "affiliation", "description": the spelling of the exchange format.
std::string_view FindingKindName(FindingKind kind);

struct Finding {
  FindingKind kind;
  size_t start;             // byte offset into the scanned text
  size_t end;               // exclusive
  std::string text;         // the text between start and end, as written
  std::string participant;  // the participant's registry id
  friend bool operator==(const Finding&, const Finding&) = default;
};

class AttributionGuard {
 public:
  static Result<AttributionGuard> Build(const GuardRegistry& registry);

  AttributionGuard(AttributionGuard&&) noexcept;
  AttributionGuard& operator=(AttributionGuard&&) noexcept;
  ~AttributionGuard();

  // The findings in text, sorted by start (then end, then participant). Where matches for one
  // participant overlap, only the longest is reported. Fails only on invalid UTF-8 (the message
  // gives the byte offset) or on text of 4 GiB or more.
  Result<std::vector<Finding>> Scan(std::string_view text) const;

  size_t participant_count() const;

 private:
  explicit AttributionGuard(std::unique_ptr<const GuardIndex> index);
  std::unique_ptr<const GuardIndex> index_;
};

}  // namespace plenary::engine
