// Scans arbitrary bytes against a small fixed registry: must never crash, hang or read out of
// bounds; invalid UTF-8 must come back as an error, and every finding must lie inside the text,
// hold exactly the bytes it points at, and come in order.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "domain/core/utf8.h"
#include "engine/guard/guard.h"

namespace {

const plenary::engine::AttributionGuard& Guard() {
  static const auto* guard = [] {
    auto registry = plenary::engine::ParseGuardRegistryCsv(
        "id,given_name,family_name,organisation,organisation_short,country,role\n"
        "p1,Lone,Mouyal,University of Copenhagen,UCPH,Denmark,government\n"
        "p2,Yingxia,Tang,Tsinghua University,,China,academia\n"
        "p3,Beata,Stoczyńska,Asia-Europe Foundation,ASEF,Poland,civil society\n"
        "p4,英霞,唐,清华大学,,China,government\n"
        "p5,민준,김,서울대학교,,Republic of Korea,nhri\n"
        "p6,สมชาย,ใจดี,มหาวิทยาลัยมหิดล,,Thailand,business\n"
        "p7,Сүхбаатар,Батбаяр,МУИС,,Mongolia,academia\n"
        "p8,Siobhán,Ó Briain,ICCL,,Ireland,civil society\n");
    if (!registry.ok()) std::abort();
    return new plenary::engine::AttributionGuard(
        std::move(plenary::engine::AttributionGuard::Build(*registry).value()));
  }();
  return *guard;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto findings = Guard().Scan(text);
  const bool valid = !plenary::FindInvalidUtf8(text).has_value();
  if (findings.ok() != valid) std::abort();
  if (!findings.ok()) return 0;
  size_t previous_start = 0;
  for (const auto& f : *findings) {
    if (f.start >= f.end || f.end > size || f.start < previous_start) std::abort();
    if (text.substr(f.start, f.end - f.start) != f.text) std::abort();
    previous_start = f.start;
  }
  return 0;
}
