// A mixed-integer minimisation program whose matrix is a list of (row, column, value) entries:
// the form a builder writes when it walks the columns and each column touches rows all over
// the matrix (the assignment model). Solved by SolveSparseProgram (cbc_driver.h), which hands
// the entries to CBC as they are, column-wise.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

namespace plenary::engine {

// The open side of a column or row bound: CBC's COIN_DBL_MAX (cbc_driver_test.cc checks), so
// that callers need no COIN header to say "unbounded".
inline constexpr double kMilpInfinity = std::numeric_limits<double>::max();

// minimise objective . x  subject to  row_lower <= A x <= row_upper,
//                                     column_lower <= x <= column_upper,
//                                     x[c] integer where integer[c] != 0.
struct SparseProgram {
  SparseProgram() = default;
  // Every column continuous, fixed at 0 and free of cost; every row 0 <= . <= 0; no entries.
  SparseProgram(int columns, int rows)
      : objective(columns, 0),
        column_lower(columns, 0),
        column_upper(columns, 0),
        integer(columns, 0),
        row_lower(rows, 0),
        row_upper(rows, 0) {}

  int Columns() const { return static_cast<int>(objective.size()); }
  int Rows() const { return static_cast<int>(row_lower.size()); }
  // A non-zero of A; a (row, column) pair is added at most once.
  void Add(int row, int column, double value) {
    entry_row.push_back(row);
    entry_column.push_back(column);
    entry_value.push_back(value);
  }

  // One per column.
  std::vector<double> objective;
  std::vector<double> column_lower;
  std::vector<double> column_upper;
  std::vector<uint8_t> integer;
  // One per row.
  std::vector<double> row_lower;
  std::vector<double> row_upper;
  // The non-zeros of A, in the order they were added.
  std::vector<int> entry_row;
  std::vector<int> entry_column;
  std::vector<double> entry_value;
};

}  // namespace plenary::engine
