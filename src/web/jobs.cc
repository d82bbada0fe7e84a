#include "web/jobs.h"

#include "web/invitation_pages.h"

namespace plenary::web {

const std::map<std::string, JobHandler, std::less<>>& JobHandlers() {
  static const std::map<std::string, JobHandler, std::less<>> kHandlers = {
      {"invitation_import", RunInvitationImport},
  };
  return kHandlers;
}

}  // namespace plenary::web
