#include "report/tables/table_export.h"

#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace plenary::report {

namespace {

bool IsIdHeader(const std::string& header) {
  if (header.size() < 2) return false;
  const std::string tail = header.substr(header.size() - 2);
  return (tail == "Id" || tail == "id" || tail == "ID") && (header.size() == 2 || header[header.size() - 3] == ' ');
}

// Digits only, no leading zero, exact as a double.
bool IsWholeNumber(const std::string& cell) {
  if (cell.empty() || cell.size() > 15 || (cell.size() > 1 && cell[0] == '0')) return false;
  for (char c : cell) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

std::string GuardedCell(const std::string& cell) {
  if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' ||
                        cell[0] == '\r')) {
    return "'" + cell;
  }
  return cell;
}

std::string TableCsv(const Table& table) {
  std::string out = "\xEF\xBB\xBF";
  for (const auto& row : table) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      const std::string cell = GuardedCell(row[i]);
      if (cell.find_first_of(",\"\r\n") == std::string::npos) {
        out += cell;
        continue;
      }
      out += '"';
      for (char c : cell) {
        if (c == '"') out += '"';
        out += c;
      }
      out += '"';
    }
    out += "\r\n";
  }
  return out;
}

// libxlsxwriter 1.1.4 (Debian 12) writes only to a file: a private temporary file, read back
// and removed.
Result<std::string> TableXlsx(const Table& table, const std::string& sheet) {
  std::string path = (std::filesystem::temp_directory_path() / "plenary-xlsx-XXXXXX").string();
  const int fd = mkstemp(path.data());
  if (fd < 0) return Error::Internal("could not create a temporary file for the XLSX export");
  close(fd);
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook) {
    std::filesystem::remove(path);
    return Error::Internal("could not start the XLSX workbook");
  }
  lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheet.substr(0, 31).c_str());
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  std::vector<bool> id_column;
  if (!table.empty()) {
    for (const auto& header : table[0]) id_column.push_back(IsIdHeader(header));
  }
  for (size_t r = 0; r < table.size(); ++r) {
    for (size_t c = 0; c < table[r].size(); ++c) {
      const auto row = static_cast<lxw_row_t>(r);
      const auto column = static_cast<lxw_col_t>(c);
      if (r > 0 && c < id_column.size() && id_column[c] && IsWholeNumber(table[r][c])) {
        worksheet_write_number(worksheet, row, column, std::stod(table[r][c]), nullptr);
      } else {
        worksheet_write_string(worksheet, row, column, table[r][c].c_str(), r == 0 ? bold : nullptr);
      }
    }
  }
  if (!table.empty()) worksheet_freeze_panes(worksheet, 1, 0);
  const lxw_error closed = workbook_close(workbook);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  if (closed != LXW_NO_ERROR) return Error::Internal(std::string("XLSX export failed: ") + lxw_strerror(closed));
  return bytes.str();
}

}  // namespace plenary::report
