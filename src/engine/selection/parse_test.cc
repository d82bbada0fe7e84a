#include "engine/selection/parse.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace plenary::engine {
namespace {

using Json = nlohmann::json;

Json ValidInstance() {
  return Json::parse(R"({
    "format": "plenary.selection/1",
    "k": 2,
    "quotas": {"gender": {"female": {"min": 1}, "male": {"min": 0, "max": 1}}},
    "country_cap": 1,
    "country_caps": {"Mongolia": 2},
    "candidates": [
      {"id": "p1", "name": "A", "score": 7, "country": "Denmark",
       "attributes": {"gender": "female", "sector": "government"}, "must": "in"},
      {"id": "p2", "score": -3, "country": "Mongolia", "attributes": {"gender": "male"}},
      {"id": "p3", "score": 0, "country": "Mongolia", "attributes": {"gender": "male"},
       "must": "out"}
    ]
  })");
}

std::string ErrorFor(const Json& instance) {
  auto parsed = ParseSelectionInstance(instance.dump());
  return parsed.ok() ? "(parsed)" : parsed.error().message();
}

TEST(ParseSelectionInstance, ReadsEveryField) {
  auto parsed = ParseSelectionInstance(ValidInstance().dump());
  ASSERT_TRUE(parsed.ok()) << parsed.error().message();
  const SelectionInstance& instance = *parsed;
  EXPECT_EQ(instance.k, 2);
  ASSERT_EQ(instance.quotas.size(), 2u);
  EXPECT_EQ(instance.quotas[0].attribute, "gender");
  EXPECT_EQ(instance.quotas[0].value, "female");
  EXPECT_EQ(instance.quotas[0].min, 1);
  EXPECT_EQ(instance.quotas[0].max, std::nullopt);
  EXPECT_EQ(instance.quotas[1].max, 1);
  EXPECT_EQ(instance.country_cap, 1);
  EXPECT_EQ(instance.country_caps, (std::map<std::string, int>{{"Mongolia", 2}}));
  ASSERT_EQ(instance.candidates.size(), 3u);
  EXPECT_EQ(instance.candidates[0].id, "p1");
  EXPECT_EQ(instance.candidates[0].score, 7);
  EXPECT_EQ(instance.candidates[0].country, "Denmark");
  EXPECT_EQ(instance.candidates[0].attributes.at("sector"), "government");
  EXPECT_EQ(instance.candidates[0].must, MustStatus::kIn);
  EXPECT_EQ(instance.candidates[1].score, -3);
  EXPECT_EQ(instance.candidates[1].must, MustStatus::kFree);
  EXPECT_EQ(instance.candidates[2].must, MustStatus::kOut);
}

struct Case {
  const char* json_pointer;  // the field to change ("" = replace the whole document)
  Json value;                // the new value; a discarded value removes the field
  const char* message;
};

TEST(ParseSelectionInstance, NamesTheFieldOfEveryMistake) {
  const Json remove = Json(Json::value_t::discarded);
  const std::vector<Case> cases = {
      {"", Json::array(), "the instance must be a JSON object"},
      {"/format", remove, "format: missing"},
      {"/format", "plenary.assignment/1", "format: must be \"plenary.selection/1\""},
      {"/k", remove, "k: missing"},
      {"/k", -1, "k: must be an integer from 0 to 5000"},
      {"/k", 2.5, "k: must be an integer from 0 to 5000"},
      {"/k", "2", "k: must be an integer from 0 to 5000"},
      {"/kk", 1, "kk: unknown field"},
      {"/candidates", remove, "candidates: missing"},
      {"/candidates", Json::object(), "candidates: must be an array"},
      {"/candidates/1", 5, "candidates[1]: must be an object"},
      {"/candidates/1/id", remove, "candidates[1].id: missing"},
      {"/candidates/1/id", "", "candidates[1].id: must be a non-empty string"},
      {"/candidates/2/id", "p1", "candidates[2].id: duplicate of candidates[0]"},
      {"/candidates/1/score", remove, "candidates[1].score: missing"},
      {"/candidates/1/score", 10001,
       "candidates[1].score: must be an integer from -10000 to 10000"},
      {"/candidates/1/score", 1.5, "candidates[1].score: must be an integer from -10000 to 10000"},
      {"/candidates/1/score", 18446744073709551615u,
       "candidates[1].score: must be an integer from -10000 to 10000"},
      {"/candidates/1/country", remove, "candidates[1].country: missing"},
      {"/candidates/1/country", 7, "candidates[1].country: must be a non-empty string"},
      {"/candidates/1/name", 7, "candidates[1].name: must be a string"},
      {"/candidates/1/attributes", remove, "candidates[1].attributes: missing"},
      {"/candidates/1/attributes", "male", "candidates[1].attributes: must be an object"},
      {"/candidates/1/attributes/gender", remove, "candidates[1].attributes.gender: missing"},
      {"/candidates/1/attributes/gender", 1, "candidates[1].attributes.gender: must be a string"},
      {"/candidates/1/must", "maybe", "candidates[1].must: must be \"in\" or \"out\""},
      {"/candidates/1/nationality", "x", "candidates[1].nationality: unknown field"},
      {"/quotas", Json::array(), "quotas: must be an object"},
      {"/quotas/gender", 3, "quotas.gender: must be an object keyed by attribute value"},
      {"/quotas/gender/female", 3, "quotas.gender.female: must be an object with min and/or max"},
      {"/quotas/gender/female/min", -1,
       "quotas.gender.female.min: must be an integer from 0 to 5000"},
      {"/quotas/gender/female/max", 0, "quotas.gender.female: min 1 is above max 0"},
      {"/quotas/gender/female/least", 0, "quotas.gender.female.least: unknown field"},
      {"/quotas/country", Json::object(),
       "quotas.country: per-country limits go in country_cap and country_caps"},
      {"/quotas/a=b", Json::object(),
       "quotas.a=b: attribute names must be non-empty and contain no '='"},
      {"/country_cap", true, "country_cap: must be an integer from 0 to 5000"},
      {"/country_caps", 2, "country_caps: must be an object keyed by country"},
      {"/country_caps/Mongolia", -2, "country_caps.Mongolia: must be an integer from 0 to 5000"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.json_pointer);
    Json instance = ValidInstance();
    const Json::json_pointer pointer(c.json_pointer);
    if (c.value.is_discarded()) {
      instance[pointer.parent_pointer()].erase(pointer.back());
    } else {
      instance[pointer] = c.value;
    }
    EXPECT_EQ(ErrorFor(instance), c.message);
  }
}

TEST(ParseSelectionInstance, SaysWhereTheJsonBreaks) {
  auto parsed = ParseSelectionInstance(R"({"format": "plenary.selection/1", "k": 2,})");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().message(),
            "not valid JSON (error at byte 42); check brackets, commas and quotes");
  EXPECT_EQ(ParseSelectionInstance(R"({"k": 1e400})").error().message(),
            "not valid JSON: a number is out of range");
  EXPECT_EQ(ParseSelectionInstance("").error().message(),
            "not valid JSON (error at byte 1); check brackets, commas and quotes");
}

TEST(ParseSelectionInstance, RejectsTooManyCandidates) {
  Json instance = ValidInstance();
  Json candidates = Json::array();
  for (int i = 0; i <= kMaxCandidates; ++i) {
    candidates.push_back({{"id", "p" + std::to_string(i)},
                          {"score", 1},
                          {"country", "X"},
                          {"attributes", {{"gender", "male"}}}});
  }
  instance["candidates"] = candidates;
  EXPECT_EQ(ErrorFor(instance), "candidates: at most 5000 are supported");
}

}  // namespace
}  // namespace plenary::engine
