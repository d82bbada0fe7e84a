#include "web/server/http_status.h"

#include <gtest/gtest.h>


namespace plenary::web {
namespace {

TEST(HttpStatusOf, EveryErrorCodeHasItsStatus) {
  EXPECT_EQ(HttpStatusOf(ErrorCode::kInvalidInput), 422);
  EXPECT_EQ(HttpStatusOf(ErrorCode::kMalformed), 400);
  EXPECT_EQ(HttpStatusOf(ErrorCode::kNotFound), 404);
  EXPECT_EQ(HttpStatusOf(ErrorCode::kGone), 410);
  EXPECT_EQ(HttpStatusOf(ErrorCode::kConflict), 409);
  EXPECT_EQ(HttpStatusOf(ErrorCode::kInfeasible), 422);
  EXPECT_EQ(HttpStatusOf(ErrorCode::kTooLarge), 413);
  EXPECT_EQ(HttpStatusOf(ErrorCode::kUnauthenticated), 401);
  EXPECT_EQ(HttpStatusOf(ErrorCode::kForbidden), 403);
  EXPECT_EQ(HttpStatusOf(ErrorCode::kRateLimited), 429);
  EXPECT_EQ(HttpStatusOf(ErrorCode::kNotAllowed), 405);
  EXPECT_EQ(HttpStatusOf(ErrorCode::kUnavailable), 503);
  EXPECT_EQ(HttpStatusOf(ErrorCode::kInternal), 500);
  EXPECT_EQ(ErrorTitleOf(ErrorCode::kNotFound), "Page not found");
}

}  // namespace
}  // namespace plenary::web
