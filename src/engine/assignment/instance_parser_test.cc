#include "engine/assignment/instance_parser.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "engine/assignment/generator.h"
#include "engine/assignment/json.h"

namespace plenary::engine {
namespace {

using nlohmann::json;

json ValidInstance() {
  return json::parse(R"({
    "format": "plenary.assignment/1",
    "groups": [{"id": "wg1", "name": "Privacy", "min": 1, "max": 2},
               {"id": "wg2", "name": "Equality", "min": 1, "max": 2}],
    "balance": {"gender": 2},
    "rank_costs": [0, 1, 4],
    "unlisted_cost": 9,
    "participants": [
      {"id": "p1", "preferences": ["wg2", "wg1"], "attributes": {"gender": "female", "x": "y"},
       "affinity": {"wg1": -1}, "fixed": "wg2"},
      {"id": "p2", "preferences": [], "attributes": {"gender": "male"}},
      {"id": "p3", "attributes": {"gender": "female"}}
    ]})");
}

std::string ErrorOf(const json& instance) {
  auto parsed = ParseAssignmentInstance(instance.dump());
  if (parsed.ok()) return "parsed";
  EXPECT_EQ(parsed.error().code(), ErrorCode::kInvalidInput);
  return parsed.error().message();
}

TEST(ParseAssignmentInstance, ReadsEveryField) {
  auto parsed = ParseAssignmentInstance(ValidInstance().dump());
  ASSERT_TRUE(parsed.ok()) << parsed.error().message();
  const AssignmentInstance& in = *parsed;
  ASSERT_EQ(in.groups.size(), 2u);
  EXPECT_EQ(in.groups[1].id, "wg2");
  EXPECT_EQ(in.groups[1].name, "Equality");
  EXPECT_EQ(in.groups[0].min, 1);
  EXPECT_EQ(in.groups[0].max, 2);
  ASSERT_EQ(in.balance.size(), 1u);
  EXPECT_EQ(in.balance[0].name, "gender");
  EXPECT_EQ(in.balance[0].weight, 2);
  EXPECT_EQ(in.balance[0].values, (std::vector<std::string>{"female", "male"}));
  EXPECT_EQ(in.rank_costs, (std::vector<int64_t>{0, 1, 4}));
  EXPECT_EQ(in.unlisted_cost, 9);
  ASSERT_EQ(in.participants.size(), 3u);
  EXPECT_EQ(in.participants[0].preferences, (std::vector<int>{1, 0}));
  EXPECT_EQ(in.participants[0].attribute_values, std::vector<int>{0});
  EXPECT_EQ(in.participants[1].attribute_values, std::vector<int>{1});
  EXPECT_EQ(in.participants[0].affinity, (std::vector<std::pair<int, int64_t>>{{0, -1}}));
  EXPECT_EQ(in.participants[0].fixed_group, 1);
  EXPECT_FALSE(in.participants[1].fixed_group.has_value());
  EXPECT_TRUE(in.participants[2].preferences.empty());
}

TEST(ParseAssignmentInstance, NamesTheFieldAtFault) {
  struct Case {
    const char* pointer;  // JSON pointer of the field to replace
    json value;
    const char* message;
  };
  const Case cases[] = {
      {"/format", "plenary.assignment/2", "format: must be \"plenary.assignment/1\""},
      {"/groups", json::array(), "groups: must be a non-empty array"},
      {"/groups/1/id", "wg1", "groups[1].id: duplicate id \"wg1\""},
      {"/groups/0/min", -1, "groups[0].min: must be between 0 and 1000000"},
      {"/groups/0/max", 0, "groups[0].max: must not be below min (1)"},
      {"/groups/1/max", "2", "groups[1].max: must be an integer"},
      {"/groups/1/min", 1.5, "groups[1].min: must be an integer"},
      {"/balance/gender", -2, "balance.gender: must be between 0 and 1000000"},
      {"/rank_costs/1", 2000000, "rank_costs[1]: must be between -1000000 and 1000000"},
      {"/unlisted_cost", nullptr, "unlisted_cost: must be an integer"},
      {"/participants", json::array(), "participants: must be a non-empty array"},
      {"/participants/2/id", "p1",
       "participants[2].id: duplicate id \"p1\" (also participants[0])"},
      {"/participants/1/preferences", json::array({"wg1", "wg9"}),
       "participants[1].preferences[1]: unknown group \"wg9\""},
      {"/participants/1/preferences", json::array({"wg1", "wg1"}),
       "participants[1].preferences[1]: group \"wg1\" listed twice"},
      {"/participants/0/preferences", "wg1",
       "participants[0].preferences: must be an array of group ids"},
      {"/participants/2/attributes", json::object({{"region", "Asia"}}),
       "participants[2].attributes.gender: missing (balance needs it for every participant)"},
      {"/participants/2/attributes/gender", 3,
       "participants[2].attributes.gender: must be a string"},
      {"/participants/0/affinity/wg7", 1, "participants[0].affinity.wg7: unknown group \"wg7\""},
      {"/participants/0/affinity/wg1", "-1", "participants[0].affinity.wg1: must be an integer"},
      {"/participants/0/fixed", "wg3", "participants[0].fixed: unknown group \"wg3\""},
      {"/participants/1", "p2", "participants[1]: must be an object"},
  };
  for (const Case& c : cases) {
    json instance = ValidInstance();
    instance[json::json_pointer(c.pointer)] = c.value;
    EXPECT_EQ(ErrorOf(instance), c.message) << c.pointer;
  }
}

TEST(ParseAssignmentInstance, NamesMissingFields) {
  for (const char* field : {"groups", "rank_costs", "unlisted_cost", "participants"}) {
    json instance = ValidInstance();
    instance.erase(field);
    EXPECT_EQ(ErrorOf(instance), std::string(field) + ": missing");
  }
  json no_min = ValidInstance();
  no_min["groups"][1].erase("min");
  EXPECT_EQ(ErrorOf(no_min), "groups[1].min: missing");
  json no_id = ValidInstance();
  no_id["participants"][2].erase("id");
  EXPECT_EQ(ErrorOf(no_id), "participants[2].id: missing");
}

TEST(ParseAssignmentInstance, RejectsTextThatIsNotAnObject) {
  EXPECT_EQ(ParseAssignmentInstance("[1, 2]").error().message(),
            "the instance must be a JSON object");
  auto broken = ParseAssignmentInstance("{\"format\": ");
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.error().message().rfind("the instance is not valid JSON: ", 0), 0u);
}

TEST(ParseAssignmentInstance, ReadsBackWhatTheWriterWrites) {
  const AssignmentInstance generated =
      GenerateInstance({.participants = 30, .groups = 4, .seed = 7});
  const std::string text = AssignmentInstanceToJson(generated);
  auto parsed = ParseAssignmentInstance(text);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message();
  EXPECT_EQ(AssignmentInstanceToJson(*parsed), text);
}

}  // namespace
}  // namespace plenary::engine
