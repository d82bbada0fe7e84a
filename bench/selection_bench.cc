// Selection engine against two baselines, on seminar-like pools of 100, 500 and 2,000:
//   greedy  : must-in first, then the best candidate for each unmet min, then best by score,
//             never breaking a max or a cap (fast, no optimality guarantee, can fail);
//   plain   : CBC on the same rows with the bare score objective (no tie rule), to show what
//             the deterministic tie rule costs.
// Prints a table (median of several runs) and then runs the Google Benchmark cases.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <numeric>
#include <random>

#include "engine/milp/integer_program.h"
#include "engine/selection/rows.h"
#include "engine/selection/selection.h"
#include "engine/selection/test_instances.h"

namespace plenary::engine {
namespace {

using testing::SeminarPool;
using testing::Tightness;

// A pool shaped like the ASEM seminar: 21 Asian and 30 European partners, six sectors, one
// nominated official (must "in") for every third partner, scores 0-100.
struct BaselineRun {
  bool feasible = false;
  int64_t objective = 0;
};

BaselineRun Greedy(const SelectionInstance& instance) {
  const std::vector<QuotaRow> rows = BuildQuotaRows(instance);
  const int n = static_cast<int>(instance.candidates.size());
  std::vector<std::vector<int>> rows_of(n);
  for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
    for (int i : rows[r].members) rows_of[i].push_back(r);
  }
  std::vector<int> count(rows.size(), 0);
  std::vector<char> chosen(n, 0);
  int size = 0;
  BaselineRun run;
  auto fits = [&](int i) {
    if (chosen[i] || instance.candidates[i].must == MustStatus::kOut) return false;
    return std::all_of(rows_of[i].begin(), rows_of[i].end(),
                       [&](int r) { return !rows[r].max || count[r] < *rows[r].max; });
  };
  auto take = [&](int i) {
    chosen[i] = 1;
    ++size;
    run.objective += instance.candidates[i].score;
    for (int r : rows_of[i]) ++count[r];
  };
  std::vector<int> by_score(n);
  std::iota(by_score.begin(), by_score.end(), 0);
  std::stable_sort(by_score.begin(), by_score.end(), [&](int a, int b) {
    return instance.candidates[a].score > instance.candidates[b].score;
  });
  for (int i = 0; i < n; ++i) {
    if (instance.candidates[i].must == MustStatus::kIn) take(i);
  }
  for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
    for (int i : by_score) {
      if (count[r] >= rows[r].min || size >= instance.k) break;
      if (std::find(rows[r].members.begin(), rows[r].members.end(), i) != rows[r].members.end() &&
          fits(i)) {
        take(i);
      }
    }
  }
  for (int i : by_score) {
    if (size < instance.k && fits(i)) take(i);
  }
  run.feasible = size == instance.k;
  for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
    run.feasible = run.feasible && count[r] >= rows[r].min;
  }
  return run;
}

BaselineRun PlainCbc(const SelectionInstance& instance) {
  const IntegerProgram program = testing::ScoreOnlyProgram(instance);
  MilpSolution solution = SolveIntegerProgram(program, 10);
  return {!solution.values.empty(), static_cast<int64_t>(std::llround(-solution.objective))};
}

template <typename F>
double MedianSeconds(F&& run, int repeats) {
  std::vector<double> seconds;
  for (int r = 0; r < repeats; ++r) {
    const auto start = std::chrono::steady_clock::now();
    run();
    seconds.push_back(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(seconds.begin(), seconds.end());
  return seconds[seconds.size() / 2];
}

const char* StatusWord(SelectionStatus status) {
  switch (status) {
    case SelectionStatus::kOptimal:
      return "yes";
    case SelectionStatus::kFeasible:
      return "no";
    case SelectionStatus::kInfeasible:
      return "infeas";
  }
  return "?";
}

void PrintComparison() {
  std::printf(
      "(t = tight quotas, scores 0-10; x = tight with country cap 2: infeasible, time includes the "
      "diagnosis)\n%6s %4s | %9s %7s %6s | %9s %7s %5s | %9s %7s | %8s %8s\n",
      "pool", "k", "engine_s", "obj", "proven", "greedy_s", "obj", "ok", "plain_s", "obj",
      "eng/grd", "eng/pln");
  const Tightness kinds[] = {Tightness::kRealistic, Tightness::kTight, Tightness::kOverconstrained};
  for (int row = 0; row < 9; ++row) {
    const int pool = std::vector<int>{100, 500, 2000}[row % 3];
    const Tightness tightness = kinds[row / 3];
    const SelectionInstance instance = SeminarPool(pool, 2026, tightness);
    Result<SelectionResult> engine = Select(instance, {});
    if (!engine.ok()) {
      std::printf("%5d engine error: %s\n", pool, engine.error().message().c_str());
      continue;
    }
    const double engine_s = MedianSeconds([&] { (void)Select(instance, {}); }, 5);
    const BaselineRun greedy = Greedy(instance);
    const double greedy_s = MedianSeconds([&] { Greedy(instance); }, 5);
    const BaselineRun plain = PlainCbc(instance);
    const double plain_s = MedianSeconds([&] { PlainCbc(instance); }, 5);
    std::printf("%5d%c %4d | %9.4f %7lld %6s | %9.6f %7lld %5s | %9.4f %7lld | %8.1f %8.2f\n", pool,
                " tx"[static_cast<int>(tightness)], instance.k, engine_s,
                static_cast<long long>(engine->objective), StatusWord(engine->status), greedy_s,
                static_cast<long long>(greedy.objective), greedy.feasible ? "yes" : "no", plain_s,
                static_cast<long long>(plain.objective), engine_s / greedy_s, engine_s / plain_s);
    if (engine->diagnosis) std::printf("       %s\n", engine->diagnosis->reason.c_str());
  }
}

void BM_Select(benchmark::State& state) {
  const SelectionInstance instance = SeminarPool(static_cast<int>(state.range(0)), 2026);
  for (auto _ : state) benchmark::DoNotOptimize(Select(instance, {}));
}
BENCHMARK(BM_Select)->Arg(100)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_Greedy(benchmark::State& state) {
  const SelectionInstance instance = SeminarPool(static_cast<int>(state.range(0)), 2026);
  for (auto _ : state) benchmark::DoNotOptimize(Greedy(instance));
}
BENCHMARK(BM_Greedy)->Arg(100)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_PlainCbc(benchmark::State& state) {
  const SelectionInstance instance = SeminarPool(static_cast<int>(state.range(0)), 2026);
  for (auto _ : state) benchmark::DoNotOptimize(PlainCbc(instance));
}
BENCHMARK(BM_PlainCbc)->Arg(100)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace plenary::engine

int main(int argc, char** argv) {
  plenary::engine::PrintComparison();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
