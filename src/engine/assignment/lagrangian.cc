#include "engine/assignment/lagrangian.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <vector>

namespace plenary::engine {
namespace {

// Polyak's step factor starts at 2 and halves after this many evaluations without a better
// bound. Halving after 20 (the first version) shrank the step long before the multipliers had
// settled: the bound stopped 0.7% below the LP bound at 3,000 x 30 and 1.3% below at
// 10,000 x 100. After 300 it comes within 0.1% of CBC's root bound at 3,000 x 30 in 1.5 s
// (5045 against 5048; 5735 against 5736) and gains 1.3% at 10,000 x 100 (24,397 -> 24,704).
constexpr int kStallIterations = 300;
constexpr double kFirstStep = 2.0;
constexpr double kLeastStep = 1e-4;

// Multipliers and the subgradient of one evaluation, all indexed [g * cells + c] or [g].
struct Multipliers {
  std::vector<double> pi, mu_hi, mu_lo;
};

// Participants with the same cells (a "profile": at most 3 x 6 x 5 of them in the generator's
// instances) share the multiplier part of every reduced cost, and most of a participant's
// costs are one value (the unlisted cost): only the few groups where the cost differs
// ("special" groups) need looking at one by one. So an evaluation computes the multiplier
// term per (profile, group), ranks each profile's groups once, and then costs each
// participant O(specials) instead of O(groups x attributes).
class Dual {
 public:
  explicit Dual(const CompiledInstance& in);

  // L(pi, mu); also records the minimisers for the subgradient.
  double Evaluate();
  // One projected subgradient step of length step * (target - value) / |g|^2.
  void Step(double value, double target, double step);
  void Keep() { kept_ = m_; }
  // The `per` groups of least reduced cost of every participant, under the kept multipliers.
  std::vector<int> Candidates(int per) const;

 private:
  double ReducedCost(const Multipliers& m, int p, int g) const {
    double value = static_cast<double>(in_.Cost(p, g)) + m.pi[g];
    for (int a = 0; a < in_.attributes; ++a) {
      const size_t k = static_cast<size_t>(g) * cells_ + in_.Cell(p, a);
      value += m.mu_hi[k] - m.mu_lo[k];
    }
    return value;
  }
  bool Special(int p, int g) const {
    for (int i = special_start_[p]; i < special_start_[p + 1]; ++i)
      if (special_group_[i] == g) return true;
    return false;
  }
  double ParticipantPart(int p, int* best) const;
  void RankProfiles();

  const CompiledInstance& in_;
  const int cells_;
  Multipliers m_, kept_;
  std::vector<int> chosen_size_;
  std::vector<int64_t> count_;
  std::vector<int64_t> members_;
  // Profiles.
  int profiles_ = 0;
  std::vector<int> profile_of_;     // [p]
  std::vector<int> profile_cells_;  // [q * attributes + a]
  std::vector<double> term_;        // [q * groups + g]: pi[g] + sum_a (mu_hi - mu_lo)[g][cell]
  int top_ = 0;                     // ranked groups kept per profile: max specials + 1
  std::vector<int> top_groups_;     // [q * top_ + i]: by increasing term
  // Costs: base_[p] everywhere except p's special groups.
  std::vector<int64_t> base_;
  std::vector<int> special_start_;  // [p], [p + 1]: p's range in the two arrays below
  std::vector<int> special_group_;
  std::vector<int64_t> special_cost_;
};

Dual::Dual(const CompiledInstance& in)
    : in_(in),
      cells_(in.cells),
      chosen_size_(in.groups),
      count_(static_cast<size_t>(in.groups) * in.cells),
      members_(in.groups),
      profile_of_(in.n) {
  m_.pi.assign(in.groups, 0);
  m_.mu_hi.assign(static_cast<size_t>(in.groups) * cells_, 0);
  m_.mu_lo.assign(static_cast<size_t>(in.groups) * cells_, 0);
  std::map<std::vector<int>, int> profile_ids;
  std::vector<int> cells(in.attributes);
  for (int p = 0; p < in.n; ++p) {
    for (int a = 0; a < in.attributes; ++a) cells[a] = in.Cell(p, a);
    auto [it, added] = profile_ids.emplace(cells, profiles_);
    if (added) {
      ++profiles_;
      profile_cells_.insert(profile_cells_.end(), cells.begin(), cells.end());
    }
    profile_of_[p] = it->second;
  }
  term_.resize(static_cast<size_t>(profiles_) * in.groups);
  // The base cost of a participant is the most frequent value of their row.
  base_.resize(in.n);
  special_start_.push_back(0);
  std::vector<int64_t> row(in.groups);
  int most_specials = 0;
  for (int p = 0; p < in.n; ++p) {
    for (int g = 0; g < in.groups; ++g) row[g] = in.Cost(p, g);
    std::sort(row.begin(), row.end());
    int64_t base = row[0];
    int run = 0, best_run = 0;
    for (int g = 0; g < in.groups; ++g) {
      run = g > 0 && row[g] == row[g - 1] ? run + 1 : 1;
      if (run > best_run) best_run = run, base = row[g];
    }
    base_[p] = base;
    for (int g = 0; g < in.groups; ++g) {
      if (in.Cost(p, g) == base) continue;
      special_group_.push_back(g);
      special_cost_.push_back(in.Cost(p, g));
    }
    special_start_.push_back(static_cast<int>(special_group_.size()));
    if (in.fixed[p] < 0) most_specials = std::max(most_specials, in.groups - best_run);
  }
  top_ = std::min(in.groups, most_specials + 1);
  top_groups_.resize(static_cast<size_t>(profiles_) * top_);
}

void Dual::RankProfiles() {
  const int groups = in_.groups;
  std::vector<int> order(groups);
  for (int q = 0; q < profiles_; ++q) {
    double* term = &term_[static_cast<size_t>(q) * groups];
    const int* cells = &profile_cells_[static_cast<size_t>(q) * in_.attributes];
    for (int g = 0; g < groups; ++g) {
      double value = m_.pi[g];
      for (int a = 0; a < in_.attributes; ++a) {
        const size_t k = static_cast<size_t>(g) * cells_ + cells[a];
        value += m_.mu_hi[k] - m_.mu_lo[k];
      }
      term[g] = value;
    }
    for (int g = 0; g < groups; ++g) order[g] = g;
    std::partial_sort(order.begin(), order.begin() + top_, order.end(),
                      [term](int a, int b) { return term[a] < term[b]; });
    std::copy(order.begin(), order.begin() + top_,
              top_groups_.begin() + static_cast<ptrdiff_t>(q) * top_);
  }
}

// min over p's allowed groups of cost + term, and the group that attains it.
double Dual::ParticipantPart(int p, int* best) const {
  const double* term = &term_[static_cast<size_t>(profile_of_[p]) * in_.groups];
  if (in_.fixed[p] >= 0) {
    *best = in_.fixed[p];
    return static_cast<double>(in_.Cost(p, *best)) + term[*best];
  }
  double best_value = std::numeric_limits<double>::infinity();
  for (int i = special_start_[p]; i < special_start_[p + 1]; ++i) {
    const double value = static_cast<double>(special_cost_[i]) + term[special_group_[i]];
    if (value < best_value) best_value = value, *best = special_group_[i];
  }
  // The cheapest group at the base cost: the first of the profile's ranking not special.
  const int* top = &top_groups_[static_cast<size_t>(profile_of_[p]) * top_];
  for (int i = 0; i < top_; ++i) {
    if (Special(p, top[i])) continue;
    const double value = static_cast<double>(base_[p]) + term[top[i]];
    if (value < best_value) best_value = value, *best = top[i];
    break;
  }
  return best_value;
}

double Dual::Evaluate() {
  std::fill(count_.begin(), count_.end(), 0);
  std::fill(members_.begin(), members_.end(), 0);
  RankProfiles();
  double total = 0;
  for (int p = 0; p < in_.n; ++p) {
    int best = 0;
    total += ParticipantPart(p, &best);
    ++members_[best];
    for (int a = 0; a < in_.attributes; ++a)
      ++count_[static_cast<size_t>(best) * cells_ + in_.Cell(p, a)];
  }
  for (int g = 0; g < in_.groups; ++g) {
    double best_value = std::numeric_limits<double>::infinity();
    for (int k = in_.size_lo[g]; k <= std::min(in_.size_hi[g], in_.n); ++k) {
      double value = -m_.pi[g] * k;
      for (int c = 0; c < cells_; ++c) {
        const size_t i = static_cast<size_t>(g) * cells_ + c;
        value += -m_.mu_hi[i] * in_.BandHigh(c, k) + m_.mu_lo[i] * in_.BandLow(c, k);
      }
      if (value < best_value) best_value = value, chosen_size_[g] = k;
    }
    total += best_value;
  }
  return total;
}

void Dual::Step(double value, double target, double step) {
  double norm = 0;
  for (int g = 0; g < in_.groups; ++g) {
    const double s = static_cast<double>(members_[g] - chosen_size_[g]);
    norm += s * s;
    for (int c = 0; c < cells_; ++c) {
      const size_t i = static_cast<size_t>(g) * cells_ + c;
      const double hi = static_cast<double>(count_[i] - in_.BandHigh(c, chosen_size_[g]));
      const double lo = static_cast<double>(in_.BandLow(c, chosen_size_[g]) - count_[i]);
      if (hi > 0 || m_.mu_hi[i] > 0) norm += hi * hi;
      if (lo > 0 || m_.mu_lo[i] > 0) norm += lo * lo;
    }
  }
  if (norm == 0) return;  // the relaxed solution is feasible for the moved rows
  const double t = step * std::max(1.0, target - value) / norm;
  for (int g = 0; g < in_.groups; ++g) {
    m_.pi[g] += t * static_cast<double>(members_[g] - chosen_size_[g]);
    for (int c = 0; c < cells_; ++c) {
      const size_t i = static_cast<size_t>(g) * cells_ + c;
      double hi =
          m_.mu_hi[i] + t * static_cast<double>(count_[i] - in_.BandHigh(c, chosen_size_[g]));
      double lo =
          m_.mu_lo[i] + t * static_cast<double>(in_.BandLow(c, chosen_size_[g]) - count_[i]);
      hi = std::max(0.0, hi);
      lo = std::max(0.0, lo);
      const double w = static_cast<double>(in_.cell_weight[c]);
      if (hi + lo > w) {  // back inside mu_hi + mu_lo <= w
        const double scale = w / (hi + lo);
        hi *= scale;
        lo *= scale;
      }
      m_.mu_hi[i] = hi;
      m_.mu_lo[i] = lo;
    }
  }
}

std::vector<int> Dual::Candidates(int per) const {
  std::vector<int> out;
  out.reserve(static_cast<size_t>(in_.n) * per);
  std::vector<std::pair<double, int>> ranked(in_.groups);
  for (int p = 0; p < in_.n; ++p) {
    for (int g = 0; g < in_.groups; ++g) ranked[g] = {ReducedCost(kept_, p, g), g};
    std::partial_sort(ranked.begin(), ranked.begin() + per, ranked.end());
    for (int i = 0; i < per; ++i) out.push_back(ranked[i].second);
  }
  return out;
}

}  // namespace

LagrangianBound ComputeLagrangianBound(const CompiledInstance& in, int64_t upper_bound,
                                       std::chrono::steady_clock::time_point deadline,
                                       int candidates_per_participant) {
  Dual dual(in);
  LagrangianBound out;
  double best = -std::numeric_limits<double>::infinity();
  double step = kFirstStep;
  int stalled = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    const double value = dual.Evaluate();
    ++out.iterations;
    if (value > best + 1e-9) {
      best = value;
      dual.Keep();
      stalled = 0;
    } else if (++stalled >= kStallIterations) {
      step = std::max(step / 2, kLeastStep);
      stalled = 0;
    }
    if (best >= static_cast<double>(upper_bound) - 1e-6) break;
    dual.Step(value, static_cast<double>(upper_bound), step);
  }
  out.per_participant = std::min(candidates_per_participant, in.groups);
  if (out.iterations > 0) out.candidates = dual.Candidates(out.per_participant);
  // Rounding guard: the sums run in double over at most ~10^7 terms of magnitude <= 10^6.
  if (std::isfinite(best))
    out.bound = static_cast<int64_t>(std::ceil(best - 1e-6 - 1e-9 * std::fabs(best)));
  else
    out.bound = std::numeric_limits<int64_t>::min();
  return out;
}

}  // namespace plenary::engine
