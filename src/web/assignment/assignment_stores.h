// The stores the working-group assignment pages and the assignment job use; built by src/app.
#pragma once

#include "store/assignment/assignment_store.h"
#include "store/core/account_store.h"
#include "store/core/job_store.h"
#include "store/participation/registration_store.h"
#include "store/series/edition_store.h"

namespace plenary::web {

struct AssignmentStores {
  store::EditionStore& editions;
  store::RegistrationStore& registrations;
  store::AssignmentStore& assignments;
  store::JobStore& jobs;
  store::AccountStore& accounts;  // the addresses the group mails go to
};

}  // namespace plenary::web
