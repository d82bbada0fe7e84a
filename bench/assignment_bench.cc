// Engine vs plain CBC on the same model and the same time limit, in the same run.
//   build/assignment_bench            every size row of the goals table (about 3 minutes)
//   build/assignment_bench --quick    the two small rows with short limits
//   build/assignment_bench --sizes 3000x30 --seconds 10
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "engine/assignment/compiled.h"
#include "engine/assignment/generator.h"
#include "engine/assignment/mip.h"
#include "engine/assignment/solver.h"

namespace {

using plenary::engine::GeneratorOptions;

struct Row {
  int participants;
  int groups;
  double seconds;
  int instances;
};

struct Figures {
  int64_t objective = -1;  // -1: no solution
  double bound = 0;
  double seconds = 0;
  double cpu_seconds = 0;  // this process's CPU time: the figure that survives a loaded machine
  double Gap() const {
    return objective > 0 ? 100.0 * (objective - bound) / objective : (objective == 0 ? 0 : NAN);
  }
};

Figures RunEngine(const plenary::engine::AssignmentInstance& instance, double seconds) {
  plenary::engine::SolveOptions options;
  options.time_limit_seconds = seconds;
  const std::clock_t cpu_start = std::clock();
  auto result = plenary::engine::SolveAssignment(instance, options);
  const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  if (!result.ok()) {
    std::fprintf(stderr, "engine failed: %s\n", result.error().message().c_str());
    return {};
  }
  return {result->objective, static_cast<double>(result->lower_bound), result->seconds, cpu};
}

Figures RunPlainCbcHere(const plenary::engine::AssignmentInstance& instance, double seconds) {
  const auto start = std::chrono::steady_clock::now();
  auto compiled = plenary::engine::CompileInstance(instance);
  if (!compiled.ok()) return {};
  plenary::engine::MipOptions options;
  options.seconds = seconds;
  auto outcome =
      plenary::engine::SolveMip(*compiled, plenary::engine::WholeProblem(*compiled), options);
  Figures f;
  f.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  f.bound = std::isfinite(outcome.lower_bound) ? std::ceil(outcome.lower_bound - 1e-6) : NAN;
  if (!outcome.group_of.empty()) f.objective = outcome.objective;
  return f;
}

// CBC does not check its time limit while presolving and solving the root LP (at 3,000 x 30
// a 60 s limit ran 231 s), so the plain solve runs in a child process that is killed at
// three times the limit plus 10 s; it then counts as "no answer" at that time.
Figures RunPlainCbc(const plenary::engine::AssignmentInstance& instance, double seconds) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  const auto start = std::chrono::steady_clock::now();
  const pid_t child = fork();
  if (child == 0) {
    close(fds[0]);
    const Figures f = RunPlainCbcHere(instance, seconds);
    (void)!write(fds[1], &f, sizeof f);
    _exit(0);
  }
  close(fds[1]);
  const double cap = 3 * seconds + 10;
  Figures f;
  f.bound = NAN;
  while (true) {
    int status = 0;
    if (waitpid(child, &status, WNOHANG) == child) {
      if (read(fds[0], &f, sizeof f) != static_cast<ssize_t>(sizeof f)) f = Figures{};
      break;
    }
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (elapsed > cap) {
      kill(child, SIGKILL);
      waitpid(child, &status, 0);
      f.seconds = elapsed;
      break;
    }
    usleep(20'000);
  }
  close(fds[0]);
  return f;
}

void PrintFigures(const Figures& f) {
  if (f.objective < 0) {
    std::printf(" %9s %9.0f %7s %7.2f |", "none", f.bound, "-", f.seconds);  // bound nan: none
    return;
  }
  std::printf(" %9lld %9.0f %6.2f%% %7.2f |", static_cast<long long>(f.objective), f.bound, f.Gap(),
              f.seconds);
}

// The engine solves every instance of the row first and plain CBC follows: run in between,
// the forked CBC child slowed the engine's next seminar-size solve from 14 ms to 25 ms.
void RunRow(const Row& row, bool with_cbc) {
  std::vector<plenary::engine::AssignmentInstance> instances;
  std::vector<Figures> engine;
  for (int i = 0; i < row.instances; ++i) {
    GeneratorOptions o;
    o.participants = row.participants;
    o.groups = row.groups;
    o.seed = 1000 + i;
    o.size_slack = i % 2 == 0 ? 0.1 : 0.0;  // every other instance has equal, pinned sizes
    instances.push_back(plenary::engine::GenerateInstance(o));
    engine.push_back(RunEngine(instances.back(), row.seconds));
  }
  std::vector<double> engine_seconds, engine_cpu;
  for (int i = 0; i < row.instances; ++i) {
    engine_seconds.push_back(engine[i].seconds);
    engine_cpu.push_back(engine[i].cpu_seconds);
    std::printf("%6dx%-4d %5.0fs %-6s|", row.participants, row.groups, row.seconds,
                i % 2 == 0 ? "slack" : "equal");
    PrintFigures(engine[i]);
    std::printf(" %6.2f |", engine[i].cpu_seconds);
    if (with_cbc) {
      const Figures cbc = RunPlainCbc(instances[i], row.seconds);
      PrintFigures(cbc);
      if (cbc.objective > 0)
        std::printf(" %6.4f", static_cast<double>(engine[i].objective) / cbc.objective);
    }
    std::printf("\n");
    std::fflush(stdout);
  }
  std::sort(engine_seconds.begin(), engine_seconds.end());
  std::sort(engine_cpu.begin(), engine_cpu.end());
  std::printf("%6dx%-4d median engine seconds %.3f (cpu %.3f) over %d instances\n",
              row.participants, row.groups, engine_seconds[engine_seconds.size() / 2],
              engine_cpu[engine_cpu.size() / 2], row.instances);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<Row> rows = {
      {150, 4, 10, 9}, {1000, 10, 5, 2}, {3000, 30, 10, 2}, {10000, 100, 30, 2}};
  bool with_cbc = true;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--quick") == 0) rows = {{150, 4, 10, 5}, {1000, 10, 2, 2}};
    if (std::strcmp(argv[i], "--no-cbc") == 0) with_cbc = false;
    if (std::strcmp(argv[i], "--sizes") == 0 && i + 1 < argc) {
      Row row{0, 0, 10, 2};
      std::sscanf(argv[++i], "%dx%d", &row.participants, &row.groups);
      rows = {row};
    }
    if (std::strcmp(argv[i], "--count") == 0 && i + 1 < argc) {
      const int count = std::atoi(argv[++i]);
      for (Row& row : rows) row.instances = count;
    }
    if (std::strcmp(argv[i], "--seconds") == 0 && i + 1 < argc) {
      const double seconds = std::atof(argv[++i]);
      for (Row& row : rows) row.seconds = seconds;
    }
  }
  std::printf("%-11s %6s %-6s| %9s %9s %7s %7s | %6s | %9s %9s %7s %7s | %6s\n", "size", "limit",
              "sizes", "engine", "bound", "gap", "sec", "cpu", "cbc", "bound", "gap", "sec",
              "ratio");
  for (const Row& row : rows) RunRow(row, with_cbc);
  return 0;
}
