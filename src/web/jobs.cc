#include "web/jobs.h"

namespace plenary::web {

const std::map<std::string, JobHandler, std::less<>>& JobHandlers() {
  static const std::map<std::string, JobHandler, std::less<>> kHandlers = {
  };
  return kHandlers;
}

}  // namespace plenary::web
