#include "cli/guard_command.h"

#include <fstream>
#include <iterator>
#include <ostream>
#include <sstream>

#include "cli/args.h"
#include "cli/exit_code.h"
#include "domain/core/utf8.h"
#include "engine/guard/guard.h"
#include "engine/guard/json.h"

namespace plenary::cli {
namespace {

constexpr char kHelp[] =
    "usage: plenary guard --registry PEOPLE.csv [--format json|text] TEXT.md\n"
    "\n"
    "Checks a text (notes, a draft report) for anything that reveals a participant under the\n"
    "Chatham House Rule, against the edition's participant registry:\n"
    "  name         a full name in any order, a family name, a given name no one else has\n"
    "               (any case and diacritics; a lone all-lower-case word does not count)\n"
    "  affiliation  an organisation in full or by its short name\n"
    "  description  a role with a country that fits exactly one participant\n"
    "               (\"the Danish official\", \"an academic from China\")\n"
    "\n"
    "options:\n"
    "  --registry FILE   CSV with the header id,given_name,family_name,organisation,\n"
    "                    organisation_short,country,role (UTF-8, RFC 4180 quoting)\n"
    "  --format json     the exchange format plenary.guard/1, byte offsets (default)\n"
    "  --format text     one finding a line: LINE:COLUMN KIND \"TEXT\" PARTICIPANT\n"
    "  --help            this text\n"
    "\n"
    "exit status: 0 nothing found, 1 findings reported, 2 bad input (message on stderr)\n";

enum class OutputFormat { kJson, kText };

Result<std::string> ReadFile(const std::string& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::Invalid("cannot read the " + std::string(what) + " file '" + path + "'");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Error::Invalid("error while reading '" + path + "'");
  return buffer.str();
}

// Line and column (both from 1; the column counts code points) of a byte offset.
std::pair<size_t, size_t> LineColumn(std::string_view text, size_t offset) {
  size_t line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  size_t column = 1;
  for (size_t i = line_start; i < offset; ++i) {
    column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  return {line, column};
}

void PrintText(std::string_view text, const std::vector<engine::Finding>& findings,
               std::ostream& out) {
  for (const auto& f : findings) {
    const auto [line, column] = LineColumn(text, f.start);
    // A name broken over lines is shown on one line.
    std::string shown = f.text;
    for (char& c : shown) {
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    out << line << ":" << column << " " << engine::FindingKindName(f.kind) << " \"" << shown
        << "\" " << f.participant << "\n";
  }
}

Result<OutputFormat> FormatFrom(const ParsedArgs& parsed) {
  const std::string format = parsed.Get("--format").value_or("json");
  if (format == "json") return OutputFormat::kJson;
  if (format == "text") return OutputFormat::kText;
  return Error::Invalid("unknown --format '" + format + "'; use json or text");
}

int Fail(const Error& error, CommandIo io) {
  io.err << "plenary guard: " << error.message() << "\n";
  return ExitCodeFor(error);
}

}  // namespace

int RunGuard(CommandArgs args, CommandIo io) {
  auto parsed = ParseArgs(args, {{"--registry", "--format"}, {"--help"}});
  if (!parsed.ok()) return Fail(parsed.error(), io);
  if (parsed->Has("--help")) {
    io.out << kHelp;
    return kExitOk;
  }
  const auto registry_path = parsed->Get("--registry");
  if (!registry_path || parsed->positionals.size() != 1) {
    io.err << kHelp;
    return kExitBadInput;
  }
  auto format = FormatFrom(*parsed);
  if (!format.ok()) return Fail(format.error(), io);
  auto csv = ReadFile(*registry_path, "registry");
  if (!csv.ok()) return Fail(csv.error(), io);
  auto registry = engine::ParseGuardRegistryCsv(*csv);
  if (!registry.ok())
    return Fail(Error::Invalid(*registry_path + ": " + registry.error().message()), io);
  const std::string& text_path = parsed->positionals.front();
  auto text = ReadFile(text_path, "text");
  if (!text.ok()) return Fail(text.error(), io);
  auto guard = engine::AttributionGuard::Build(*registry);
  if (!guard.ok()) return Fail(guard.error(), io);
  auto findings = guard->Scan(*text);
  if (!findings.ok()) {
    std::string where;
    if (auto bad = FindInvalidUtf8(*text)) {
      where = " (line " + std::to_string(LineColumn(*text, *bad).first) + ")";
    }
    return Fail(Error::Invalid(text_path + ": " + findings.error().message() + where), io);
  }
  if (*format == OutputFormat::kJson) {
    io.out << engine::GuardFindingsJson(*findings);
  } else {
    PrintText(*text, *findings, io.out);
  }
  return findings->empty() ? kExitOk : kExitFindings;
}

}  // namespace plenary::cli
