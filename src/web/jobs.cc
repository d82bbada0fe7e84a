#include "web/jobs.h"

#include "web/assignment_pages.h"
#include "web/selection_pages.h"
#include "web/invitation_pages.h"

namespace plenary::web {

const std::map<std::string, JobHandler, std::less<>>& JobHandlers() {
  static const std::map<std::string, JobHandler, std::less<>> kHandlers = {
      {"selection", RunSelectionJob},
      {"assignment", RunAssignmentJob},
      {"invitation_import", RunInvitationImport},
  };
  return kHandlers;
}

}  // namespace plenary::web
