// A table (a header row, then data rows) as a spreadsheet file: CSV per RFC 4180 with a UTF-8
// byte order mark (so Excel reads names in every script as UTF-8), or an XLSX workbook of one
// sheet. In CSV, cells that a spreadsheet would run as a formula (starting with = + - @, a tab
// or a carriage return) are prefixed with ', so an exported name cannot run anything; an XLSX
// text cell is never a formula, so it holds the text exactly.
#pragma once

#include <string>
#include <vector>

#include "domain/core/status.h"

namespace plenary::report {

using Table = std::vector<std::vector<std::string>>;

// The cell as written to a file: `'` before a leading = + - @ TAB or CR.
std::string GuardedCell(const std::string& cell);

// Fields quoted when they hold a comma, a quote, CR or LF (quotes doubled); CRLF between
// records, after the BOM.
std::string TableCsv(const Table& table);

// One sheet named `sheet` (at most 31 characters), the header row bold and frozen; the cells of
// an id column (headed "Id" or "... id") are numbers, every other cell text as it is. Fails
// only when the temporary file cannot be written.
Result<std::string> TableXlsx(const Table& table, const std::string& sheet);

}  // namespace plenary::report
