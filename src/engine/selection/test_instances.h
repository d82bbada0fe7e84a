// Test support (header-only, so it stays out of the engine library): random small selection
// instances and an exhaustive oracle that enumerates every subset. The oracle shares no code
// with the engine's rows or model.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <limits>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "engine/milp/integer_program.h"
#include "engine/selection/rows.h"
#include "engine/selection/selection.h"

namespace plenary::engine::testing {

inline SelectionInstance RandomInstance(std::mt19937& rng, int max_candidates) {
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const std::vector<std::string> genders{"female", "male"};
  const std::vector<std::string> groups{"Asia", "Europe"};
  const std::vector<std::string> sectors{"government", "civil_society", "academia"};
  SelectionInstance instance;
  const int n = uniform(1, max_candidates);
  const int countries = uniform(2, 5);
  for (int i = 0; i < n; ++i) {
    Candidate c;
    c.id = "c" + std::to_string(i);
    c.score = uniform(-2, 6);  // a narrow range, so that ties are common
    c.country = "K" + std::to_string(uniform(0, countries - 1));
    c.attributes = {{"gender", genders[uniform(0, 1)]},
                    {"group", groups[uniform(0, 1)]},
                    {"sector", sectors[uniform(0, 2)]}};
    const int must = uniform(0, 19);
    c.must = must == 0 ? MustStatus::kIn : must == 1 ? MustStatus::kOut : MustStatus::kFree;
    instance.candidates.push_back(std::move(c));
  }
  instance.k = uniform(0, n);
  auto add_quotas = [&](const std::string& attribute, const std::vector<std::string>& values) {
    for (const std::string& value : values) {
      if (uniform(0, 2) == 0) continue;
      Quota q{attribute, value, uniform(0, instance.k / 3 + 1), std::nullopt};
      if (uniform(0, 1) == 0) q.max = q.min + uniform(0, instance.k / 2 + 1);
      instance.quotas.push_back(q);
    }
  };
  add_quotas("gender", genders);
  add_quotas("group", groups);
  add_quotas("sector", sectors);
  if (uniform(0, 9) == 0) {  // a value no candidate has: only min > 0 makes it bite
    instance.quotas.push_back({"sector", "business", uniform(0, 1), std::nullopt});
  }
  std::sort(instance.quotas.begin(), instance.quotas.end(), [](const Quota& a, const Quota& b) {
    return std::tie(a.attribute, a.value) < std::tie(b.attribute, b.value);
  });
  if (uniform(0, 2) > 0) instance.country_cap = uniform(1, 4);
  if (uniform(0, 3) == 0) instance.country_caps["K0"] = uniform(0, 3);
  return instance;
}

// kTight: scores 0-10 (many ties), exact 50/50 gender and group, sector floors that fill k.
// kOverconstrained: kTight with a country cap of 2, which the 21 Asian partners cannot meet
// (at most 42 Asians against a min of k / 2): infeasible, to time the diagnosis.
enum class Tightness { kRealistic, kTight, kOverconstrained };

inline SelectionInstance SeminarPool(int pool_size, uint32_t seed,
                                     Tightness tightness = Tightness::kRealistic) {
  std::mt19937 rng(seed);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const std::vector<std::string> sectors{"government", "civil_society", "nhri",
                                         "academia",   "business",      "international_org"};
  const std::discrete_distribution<int> sector_weights{30, 30, 10, 18, 6, 6};
  SelectionInstance instance;
  instance.k = pool_size <= 100 ? 60 : 100;
  for (int i = 0; i < pool_size; ++i) {
    const int partner = i % 51;
    Candidate c;
    c.id = "p" + std::to_string(i);
    c.score = std::min(100, std::max(0, static_cast<int>(std::normal_distribution<>(60, 18)(rng))));
    c.country = "partner" + std::to_string(partner);
    std::string sector = sectors[std::discrete_distribution<int>(sector_weights)(rng)];
    if (i < 51 && partner % 3 == 0) {
      sector = "government";
      c.must = MustStatus::kIn;
    }
    if (uniform(0, 99) == 0 && c.must == MustStatus::kFree) c.must = MustStatus::kOut;
    c.attributes = {{"gender", uniform(0, 99) < 45 ? "female" : "male"},
                    {"group", partner < 21 ? "Asia" : "Europe"},
                    {"sector", sector}};
    instance.candidates.push_back(std::move(c));
  }
  const int k = instance.k;
  instance.quotas = {{"gender", "female", k * 45 / 100, k * 55 / 100},
                     {"gender", "male", k * 45 / 100, k * 55 / 100},
                     {"group", "Asia", k * 40 / 100, k * 60 / 100},
                     {"group", "Europe", k * 40 / 100, k * 60 / 100},
                     {"sector", "academia", k / 10, std::nullopt},
                     {"sector", "business", k / 40, k / 10},
                     {"sector", "civil_society", k / 5, std::nullopt},
                     {"sector", "government", 0, k * 35 / 100},
                     {"sector", "international_org", k / 40, std::nullopt},
                     {"sector", "nhri", k / 20, std::nullopt}};
  instance.country_cap = pool_size <= 100 || tightness == Tightness::kTight ? 3 : 2;
  if (tightness != Tightness::kRealistic) {
    for (Candidate& c : instance.candidates) c.score = c.score / 10;
    instance.quotas = {{"gender", "female", k / 2, k / 2},
                       {"gender", "male", k / 2, k / 2},
                       {"group", "Asia", k / 2, k / 2},
                       {"group", "Europe", k / 2, k / 2},
                       {"sector", "academia", k / 5, k / 5 + 2},
                       {"sector", "business", k / 20, k / 20 + 1},
                       {"sector", "civil_society", k / 4, k / 4 + 2},
                       {"sector", "government", k / 4, k * 3 / 10},
                       {"sector", "international_org", k / 20, k / 20 + 1},
                       {"sector", "nhri", k / 10, k / 10 + 1}};
  }
  return instance;
}

struct OracleAnswer {
  bool feasible = false;
  int64_t best_score = std::numeric_limits<int64_t>::min();
  int64_t best_position_sum = 0;  // smallest sum of input positions among best-score subsets
  // Smallest total quota violation over subsets meeting k and the fixings (-1: none exists),
  // and the fewest violated bounds among subsets with that total.
  int64_t min_total_violation = -1;
  int min_violated_bounds = 0;
};

// Enumerates all 2^n subsets; n <= 20.
inline OracleAnswer SolveByEnumeration(const SelectionInstance& instance) {
  const int n = static_cast<int>(instance.candidates.size());
  struct Row {
    uint32_t mask;
    int min;
    int max;
  };
  std::vector<Row> rows;
  for (const Quota& q : instance.quotas) {
    Row row{0, q.min, q.max.value_or(n)};
    for (int i = 0; i < n; ++i) {
      if (instance.candidates[i].attributes.at(q.attribute) == q.value) row.mask |= 1u << i;
    }
    rows.push_back(row);
  }
  std::set<std::string> countries;
  for (const Candidate& c : instance.candidates) countries.insert(c.country);
  for (const std::string& country : countries) {
    auto it = instance.country_caps.find(country);
    std::optional<int> cap = it != instance.country_caps.end() ? it->second : instance.country_cap;
    if (!cap) continue;
    Row row{0, 0, *cap};
    for (int i = 0; i < n; ++i) {
      if (instance.candidates[i].country == country) row.mask |= 1u << i;
    }
    rows.push_back(row);
  }
  uint32_t must_in = 0, must_out = 0;
  for (int i = 0; i < n; ++i) {
    if (instance.candidates[i].must == MustStatus::kIn) must_in |= 1u << i;
    if (instance.candidates[i].must == MustStatus::kOut) must_out |= 1u << i;
  }
  OracleAnswer answer;
  for (uint32_t s = 0; s < (1u << n); ++s) {
    if (std::popcount(s) != instance.k || (s & must_in) != must_in || (s & must_out)) continue;
    int64_t violation = 0;
    int violated_bounds = 0;
    for (const Row& row : rows) {
      const int count = std::popcount(s & row.mask);
      violation += std::max(0, row.min - count) + std::max(0, count - row.max);
      violated_bounds += (count < row.min) + (count > row.max);
    }
    if (answer.min_total_violation < 0 || violation < answer.min_total_violation ||
        (violation == answer.min_total_violation && violated_bounds < answer.min_violated_bounds)) {
      answer.min_total_violation = violation;
      answer.min_violated_bounds = violated_bounds;
    }
    if (violation > 0) continue;
    int64_t score = 0, positions = 0;
    for (int i = 0; i < n; ++i) {
      if (s >> i & 1) score += instance.candidates[i].score, positions += i;
    }
    if (!answer.feasible || score > answer.best_score ||
        (score == answer.best_score && positions < answer.best_position_sum)) {
      answer.best_score = score;
      answer.best_position_sum = positions;
    }
    answer.feasible = true;
  }
  return answer;
}

// The selection model with the bare score objective and no tie rule: the baseline the bench
// times against, and the optimum the tests compare the engine's score with.
inline IntegerProgram ScoreOnlyProgram(const SelectionInstance& instance) {
  IntegerProgram program;
  LinearRow size_row{{}, {}, double(instance.k), double(instance.k)};
  for (int i = 0; i < static_cast<int>(instance.candidates.size()); ++i) {
    const Candidate& c = instance.candidates[i];
    program.objective.push_back(-static_cast<double>(c.score));
    program.column_lower.push_back(c.must == MustStatus::kIn ? 1 : 0);
    program.column_upper.push_back(c.must == MustStatus::kOut ? 0 : 1);
    size_row.columns.push_back(i);
    size_row.coefficients.push_back(1);
  }
  program.rows.push_back(size_row);
  for (const QuotaRow& q : BuildQuotaRows(instance)) {
    program.rows.push_back({q.members, std::vector<double>(q.members.size(), 1.0), double(q.min),
                            double(q.max.value_or(instance.k))});
  }
  return program;
}

}  // namespace plenary::engine::testing
