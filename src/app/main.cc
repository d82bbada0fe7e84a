#include <iostream>
#include <string>
#include <vector>

#include "app/command_table.h"

namespace {

void PrintUsage(std::ostream& out) {
  out << "plenary: runs an intergovernmental human-rights seminar series.\n\n"
         "usage: plenary COMMAND [OPTIONS]\n\ncommands:\n";
  for (const auto& command : plenary::app::Commands()) {
    out << "  " << command.name << std::string(14 - std::min<size_t>(13, command.name.size()), ' ')
        << command.summary << "\n";
  }
  out << "\n'plenary COMMAND --help' describes one command.\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    PrintUsage(std::cerr);
    return plenary::cli::kExitBadInput;
  }
  const std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    PrintUsage(std::cout);
    return plenary::cli::kExitOk;
  }
  std::vector<std::string> args(argv + 2, argv + argc);
  for (const auto& command : plenary::app::Commands()) {
    if (command.name == name) return command.run(args, {std::cin, std::cout, std::cerr});
  }
  std::cerr << "plenary: unknown command '" << name << "'; run 'plenary --help' for the list\n";
  return plenary::cli::kExitBadInput;
}
