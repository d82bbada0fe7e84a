// Every enum column refuses what its enum's table does not know, on both databases, and the
// lists in the migration are the tables' stored names (a new value needs a new migration).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "domain/core/access.h"
#include "domain/participation/participation.h"
#include "domain/programme/programme.h"
#include "domain/roles/appointment.h"
#include "domain/series/edition.h"
#include "domain/series/partner.h"
#include "embedded_files.h"
#include "store/assignment/assignment_store.h"
#include "store/core/both_databases_test.h"
#include "store/core/job_store.h"
#include "store/core/outbox_store.h"
#include "store/participation/approval_store.h"

namespace plenary::app {
namespace {

template <typename E>
std::set<std::string> Stored(const EnumNames<E>& names) {
  std::set<std::string> out;
  for (const auto& n : names.names()) out.insert(std::string(n.stored));
  return out;
}

std::map<std::string, std::set<std::string>> ChecksInMigrations() {
  static const std::regex kCheck(R"(\{\{ENUM_CHECK (\w+\.\w+) IN \(([^)]*)\)\}\})");
  static const std::regex kValue(R"('([^']*)')");
  std::map<std::string, std::set<std::string>> out;
  // In version order: a later check of a column replaces the earlier one, as in the database.
  std::vector<embedded::EmbeddedFile> files(embedded::Migrations().begin(), embedded::Migrations().end());
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  for (const auto& file : files) {
    const std::string text(file.contents);
    for (std::sregex_iterator it(text.begin(), text.end(), kCheck), end; it != end; ++it) {
      const std::string values = (*it)[2];
      auto& set = out[(*it)[1]];
      set.clear();
      for (std::sregex_iterator v(values.begin(), values.end(), kValue); v != end; ++v) set.insert((*v)[1]);
    }
  }
  return out;
}

TEST(EnumChecks, TheMigrationListsEveryStoredNameOfEachEnumColumn) {
  const std::map<std::string, std::set<std::string>> expected = {
      {"editions.mode", Stored(kEditionModeNames)},
      {"editions.phase", Stored(kEditionPhaseNames)},
      {"edition_organisers.role", Stored(kOrganiserRoleNames)},
      {"partners.kind", Stored(kPartnerKindNames)},
      {"partners.region_group", Stored(kRegionGroupNames)},
      {"role_grants.role", Stored(kRoleNames)},
      {"role_grants.scope_kind", Stored(kScopeKindNames)},
      {"outbox.status", Stored(store::kMailStatusNames)},
      {"programme_sessions.kind", Stored(kSessionKindNames)},
      {"published_sessions.kind", Stored(kSessionKindNames)},
      {"nomination_quotas.sector", Stored(kSectorNames)},
      {"invitations.kind", Stored(kInvitationKindNames)},
      {"invitations.sector", Stored(kSectorNames)},
      {"registrations.sector", Stored(kSectorNames)},
      {"registrations.gender", Stored(kGenderNames)},
      {"registrations.status", Stored(kRegistrationStatusNames)},
      {"registrations.proposed_status", Stored(kRegistrationStatusNames)},
      {"list_approvals.verdict", Stored(store::kVerdictNames)},
      {"registration_history.status", Stored(kRegistrationStatusNames)},
      {"jobs.kind", Stored(store::kJobKindNames)},
      {"appointments.kind", Stored(kAppointmentKindNames)},
      {"fact_change_requests.state", Stored(kRequestStateNames)},
      {"jobs.status", Stored(store::kJobStatusNames)},
      {"assignment_runs.status", Stored(store::kRunStatusNames)},
  };
  EXPECT_EQ(ChecksInMigrations(), expected);
}

class EnumCheckTest : public store::BothDatabasesTest {
 protected:
  void SetUp() override { OpenScratchDatabase(1); }
};

TEST_P(EnumCheckTest, AnUnknownValueIsRefusedOnInsertAndOnUpdate) {
  soci::session session(db_->pool());
  session << "INSERT INTO jobs (kind, status, total_count, done_count, message, input, result, created_at) "
             "VALUES ('selection', 'queued', 0, 0, '', '', '', 1)";
  EXPECT_THROW(session << "INSERT INTO jobs (kind, status, total_count, done_count, message, input, result, "
                          "created_at) VALUES ('lottery', 'queued', 0, 0, '', '', '', 1)",
               soci::soci_error);
  EXPECT_THROW(session << "UPDATE jobs SET status = 'abandoned'", soci::soci_error);
  std::string status;
  session << "SELECT status FROM jobs", soci::into(status);
  EXPECT_EQ(status, "queued");
  session << "UPDATE jobs SET status = 'done'";
  session << "SELECT status FROM jobs", soci::into(status);
  EXPECT_EQ(status, "done");
}

INSTANTIATE_TEST_SUITE_P(Databases, EnumCheckTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace plenary::app
