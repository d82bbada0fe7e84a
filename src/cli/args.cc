#include "cli/args.h"

namespace plenary::cli {

std::optional<std::string> ParsedArgs::Get(const std::string& name) const {
  auto it = options.find(name);
  if (it == options.end()) return std::nullopt;
  return it->second;
}

Result<ParsedArgs> ParseArgs(CommandArgs args, const ArgSpec& spec) {
  ParsedArgs parsed;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.size() < 2 || arg.rfind("--", 0) != 0) {
      parsed.positionals.push_back(arg);
      continue;
    }
    std::string name = arg;
    std::optional<std::string> value;
    if (auto eq = arg.find('='); eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
    }
    if (spec.flags.count(name)) {
      if (value) return Error::Invalid("option " + name + " takes no value");
      parsed.flags.insert(name);
      continue;
    }
    if (!spec.options_with_value.count(name)) {
      return Error::Invalid("unknown option " + name + "; see --help for the options");
    }
    if (!value) {
      if (i + 1 >= args.size()) return Error::Invalid("option " + name + " needs a value");
      value = args[++i];
    }
    parsed.options[name] = *value;
  }
  return parsed;
}

}  // namespace plenary::cli
