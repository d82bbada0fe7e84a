#include "engine/assignment_lagrangian.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace plenary::engine {
namespace {

// Multipliers and the subgradient of one evaluation, all indexed [g * cells + c] or [g].
struct Multipliers {
  std::vector<double> pi, mu_hi, mu_lo;
};

class Dual {
 public:
  explicit Dual(const CompiledInstance& in)
      : in_(in),
        cells_(in.cells),
        chosen_size_(in.groups),
        count_(in.groups * in.cells),
        members_(in.groups) {
    m_.pi.assign(in.groups, 0);
    m_.mu_hi.assign(static_cast<size_t>(in.groups) * cells_, 0);
    m_.mu_lo.assign(static_cast<size_t>(in.groups) * cells_, 0);
  }

  // L(pi, mu); also records the minimisers for the subgradient.
  double Evaluate();
  // One projected subgradient step of length step * (target - value) / |g|^2.
  void Step(double value, double target, double step);
  void Keep() { kept_ = m_; }
  // The `per` groups of least reduced cost of every participant, under the kept multipliers.
  std::vector<int> Candidates(int per) const;

 private:
  const CompiledInstance& in_;
  double ReducedCost(const Multipliers& m, int p, int g) const {
    double value = static_cast<double>(in_.Cost(p, g)) + m.pi[g];
    for (int a = 0; a < in_.attributes; ++a) {
      const size_t k = static_cast<size_t>(g) * cells_ + in_.Cell(p, a);
      value += m.mu_hi[k] - m.mu_lo[k];
    }
    return value;
  }

  const int cells_;
  Multipliers m_, kept_;
  std::vector<int> chosen_size_;
  std::vector<int64_t> count_;
  std::vector<int64_t> members_;
};

double Dual::Evaluate() {
  std::fill(count_.begin(), count_.end(), 0);
  std::fill(members_.begin(), members_.end(), 0);
  double total = 0;
  for (int p = 0; p < in_.n; ++p) {
    int best = -1;
    double best_value = std::numeric_limits<double>::infinity();
    for (int g = 0; g < in_.groups; ++g) {
      if (in_.fixed[p] >= 0 && in_.fixed[p] != g) continue;
      const double value = ReducedCost(m_, p, g);
      if (value < best_value) best_value = value, best = g;
    }
    total += best_value;
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
  double step = 1.0;
  int stalled = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    const double value = dual.Evaluate();
    ++out.iterations;
    if (value > best + 1e-9) {
      best = value;
      dual.Keep();
      stalled = 0;
    } else if (++stalled >= 20) {
      step = std::max(step / 2, 1e-4);
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
