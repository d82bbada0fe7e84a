// Throughput of the attribution guard on 1 MB of generated notes against a generated registry
// of 10,000 participants, next to a straightforward baseline measured in the same run: one
// std::regex alternation of every folded name over the folded text. The baseline is far too
// slow for the whole megabyte, so it runs on a prefix and its rate is extrapolated (printed).
#include <benchmark/benchmark.h>

#include <chrono>
#include <iostream>
#include <map>
#include <random>
#include <regex>
#include <string>
#include <vector>

#include "engine/guard/fold.h"
#include "engine/guard/guard.h"

namespace {

using plenary::engine::AttributionGuard;
using plenary::engine::GuardParticipant;
using plenary::engine::GuardRegistry;

constexpr size_t kPeople = 10000;
constexpr size_t kTextBytes = 1 << 20;
constexpr size_t kBaselineBytes = 4096;  // the regex baseline's capped share of the text
// libstdc++ refuses an NFA over 100,000 states: 20,000 names go in as chunks of alternations.
constexpr size_t kNamesPerRegex = 1000;

const char* const kSyllables[] = {"ka",  "lo", "min", "sen",  "dra", "vi", "ron", "ta",
                                  "bel", "mu", "ri",  "sto",  "chy", "no", "ha",  "jo",
                                  "lei", "pa", "dor", "quin", "ny",  "ze", "gal", "ho",
                                  "fe",  "tu", "ber", "ska",  "wen", "li"};
const char* const kHan[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                            "英", "霞", "伟", "敏", "静", "丽", "强", "磊", "军", "洋"};
const char* const kHangul[] = {"김", "이", "박", "최", "정", "민",
                               "준", "서", "연", "지", "현", "우"};
const char* const kCyrillic[] = {"ба", "тыр", "бо", "лд", "сү", "хэ", "ми", "ров", "ва", "ник"};
const char* const kCountries[] = {"Denmark",  "China", "Thailand", "Mongolia", "Poland",
                                  "Viet Nam", "Japan", "Germany",  "India",    "Republic of Korea"};
const char* const kRoles[] = {"government", "academia", "civil society", "nhri", "business"};
const char* const kFiller[] = {
    "The group discussed how automated systems affect access to public services. ",
    "Participants stressed that remedies must be available in practice, not only on paper. ",
    "It was noted that data protection authorities lack resources in several countries. ",
    "A long exchange followed on the transparency of procurement and the role of audits. ",
    "Several speakers referred to the EU AI Act and to the Council of Europe convention. ",
    "The Danish law and the Thai constitution were mentioned as examples of public texts. "};

template <size_t N>
std::string Word(std::mt19937& rng, const char* const (&parts)[N], int count, bool capital) {
  std::string w;
  for (int i = 0; i < count; ++i) w += parts[rng() % N];
  if (capital && !w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 32);
  return w;
}

GuardRegistry MakeRegistry(std::mt19937& rng) {
  GuardRegistry registry;
  for (size_t i = 0; i < kPeople; ++i) {
    GuardParticipant p;
    p.id = "p" + std::to_string(i);
    switch (i % 10) {
      case 0:
        p.family_name = Word(rng, kHan, 1, false);
        p.given_name = Word(rng, kHan, 2, false);
        break;
      case 1:
        p.family_name = Word(rng, kHangul, 1, false);
        p.given_name = Word(rng, kHangul, 2, false);
        break;
      case 2:
        p.family_name = Word(rng, kCyrillic, 3, false);
        p.given_name = Word(rng, kCyrillic, 2, false);
        break;
      default:
        p.family_name = Word(rng, kSyllables, 3, true);
        p.given_name = Word(rng, kSyllables, 2, true);
    }
    const std::string org = Word(rng, kSyllables, 3, true);
    p.organisation = org + " Institute of " + Word(rng, kSyllables, 2, true);
    p.organisation_short = "I" + std::to_string(i) + "X";
    p.country = kCountries[i % std::size(kCountries)];
    p.role = kRoles[(i / 3) % std::size(kRoles)];
    registry.participants.push_back(std::move(p));
  }
  return registry;
}

enum class Mentions { kDense, kNone };

std::string MakeNotes(std::mt19937& rng, const GuardRegistry& registry, Mentions mentions) {
  std::string text;
  while (text.size() < kTextBytes) {
    text += kFiller[rng() % std::size(kFiller)];
    // About one mention in three sentences: denser than real notes, which name few people.
    if (mentions == Mentions::kNone || rng() % 3 != 0) continue;
    const GuardParticipant& p = registry.participants[rng() % registry.participants.size()];
    switch (rng() % 4) {
      case 0:
        text += p.given_name + " " + p.family_name + " said so. ";
        break;
      case 1:
        text += "Dr. " + p.family_name + " disagreed.\n";
        break;
      case 2:
        text += "The " + p.organisation + " had written. ";
        break;
      default:
        text += "the official from " + p.country + " agreed. ";
    }
  }
  text.resize(kTextBytes);
  while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
  if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0) text.pop_back();
  return text;
}

std::string RegexEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::string_view(".^$|()[]{}*+?\\").find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

struct Fixture {
  GuardRegistry registry;
  std::string notes;
  std::string clean_notes;  // the same sentences without any mention, as a cleaned report
  std::unique_ptr<AttributionGuard> guard;
  std::vector<std::regex> baseline;  // the one alternation, cut where std::regex's NFA limit forces
  double build_seconds = 0;
};

Fixture& Data() {
  static Fixture* fixture = [] {
    auto* f = new Fixture;
    std::mt19937 rng(20251029);
    f->registry = MakeRegistry(rng);
    f->notes = MakeNotes(rng, f->registry, Mentions::kDense);
    f->clean_notes = MakeNotes(rng, f->registry, Mentions::kNone);
    const auto t0 = std::chrono::steady_clock::now();
    f->guard =
        std::make_unique<AttributionGuard>(std::move(AttributionGuard::Build(f->registry).value()));
    f->build_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::string pattern;
    size_t names = 0;
    for (const auto& p : f->registry.participants) {
      for (const std::string& name : {p.given_name + " " + p.family_name, p.family_name}) {
        if (!pattern.empty()) pattern += '|';
        pattern += RegexEscape(plenary::engine::FoldForGuard(name));
        if (++names % kNamesPerRegex == 0) {
          f->baseline.emplace_back(pattern, std::regex::optimize);
          pattern.clear();
        }
      }
    }
    if (!pattern.empty()) f->baseline.emplace_back(pattern, std::regex::optimize);
    return f;
  }();
  return *fixture;
}

void BM_GuardScan(benchmark::State& state) {
  Fixture& f = Data();
  size_t findings = 0;
  for (auto _ : state) {
    auto result = f.guard->Scan(f.notes);
    findings = result->size();
    benchmark::DoNotOptimize(findings);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * f.notes.size()));
  state.counters["findings"] = static_cast<double>(findings);
  state.counters["build_ms"] = f.build_seconds * 1000;
}
BENCHMARK(BM_GuardScan)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_GuardScanCleanNotes(benchmark::State& state) {
  Fixture& f = Data();
  for (auto _ : state) {
    auto result = f.guard->Scan(f.clean_notes);
    benchmark::DoNotOptimize(result->size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * f.clean_notes.size()));
}
BENCHMARK(BM_GuardScanCleanNotes)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Folds the capped prefix (as the engine folds all of it) and searches it with the alternation.
void BM_RegexBaseline(benchmark::State& state) {
  Fixture& f = Data();
  const std::string prefix = f.notes.substr(0, kBaselineBytes);
  size_t hits = 0;
  for (auto _ : state) {
    const std::string folded = plenary::engine::FoldForGuard(prefix);
    hits = 0;
    for (const std::regex& alternation : f.baseline) {
      hits += std::distance(std::sregex_iterator(folded.begin(), folded.end(), alternation),
                            std::sregex_iterator());
    }
    benchmark::DoNotOptimize(hits);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * prefix.size()));
  state.counters["hits_in_prefix"] = static_cast<double>(hits);
}
BENCHMARK(BM_RegexBaseline)->Unit(benchmark::kMillisecond)->Iterations(1);

// Keeps each run's throughput so main can print the ratio of the two in the same run.
class RateReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs) {
      const auto it = run.counters.find("bytes_per_second");
      if (it != run.counters.end()) rates[run.benchmark_name()] = it->second.value;
      // Wall-clock time per iteration, in seconds (the runs report milliseconds).
      wall_seconds[run.benchmark_name()] = run.GetAdjustedRealTime() / 1e3;
    }
    ConsoleReporter::ReportRuns(runs);
  }
  std::map<std::string, double> rates;         // bytes per CPU second
  std::map<std::string, double> wall_seconds;  // per iteration
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  RateReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  double engine = 0, baseline = 0, engine_wall = 0, baseline_wall = 0;
  for (const auto& [name, rate] : reporter.rates) {
    const double wall = reporter.wall_seconds[name];
    if (name.starts_with("BM_GuardScan/")) {
      engine = rate / 1e6;
      engine_wall = wall > 0 ? Data().notes.size() / wall / 1e6 : 0;
    }
    if (name.starts_with("BM_RegexBaseline")) {
      baseline = rate / 1e6;
      baseline_wall = wall > 0 ? kBaselineBytes / wall / 1e6 : 0;
    }
  }
  std::cout << "\nregistry " << kPeople << " people, notes " << Data().notes.size() << " bytes\n"
            << "guard build: " << Data().build_seconds * 1e3 << " ms\n"
            << "engine:   " << engine << " MB/s over the whole text (CPU time; wall clock "
            << engine_wall << " MB/s on this shared machine)\n"
            << "baseline: " << baseline << " MB/s (wall clock " << baseline_wall
            << " MB/s; std::regex alternation of " << 2 * kPeople << " folded names in "
            << Data().baseline.size() << " std::regex objects; run on the first " << kBaselineBytes
            << " bytes only and extrapolated, since the whole text would take about "
            << (baseline > 0 ? kTextBytes / (baseline * 1e6) : 0) << " s)\n"
            << "ratio:    " << (baseline > 0 ? engine / baseline : 0) << "x\n";
  benchmark::Shutdown();
  return 0;
}
