// Folding and word splitting: ICU's Latin-ASCII for Latin letters, case folding elsewhere.
#include "engine/guard/fold.h"

#include <gtest/gtest.h>

#include "domain/core/utf8.h"
#include "engine/guard/tokenizer.h"
#include "engine/guard/vocabulary.h"

namespace plenary::engine {
namespace {

TEST(GuardFoldTest, LatinFoldsAsLatinAscii) {
  EXPECT_EQ(FoldForGuard("STOCZYŃSKA"), "stoczynska");
  EXPECT_EQ(FoldForGuard("Øresund Æble Łódź Đặng ıstanbul Straße"),
            "oresund aeble lodz dang istanbul strasse");
  EXPECT_EQ(FoldForGuard("Nguyễn Thị"), "nguyen thi");
}

TEST(GuardFoldTest, OtherScriptsKeepTheirLettersInLowerCase) {
  EXPECT_EQ(FoldForGuard("БАТБАЯР Сүхбаатар"), "батбаяр сүхбаатар");
  EXPECT_EQ(FoldForGuard("ΣΟΦΊΑ"), "σοφια");
  EXPECT_EQ(FoldForGuard("Алёна"), FoldForGuard("АЛЕНА"));
  EXPECT_EQ(FoldForGuard("Лхагвасүрэн"), "лхагвасүрэн");  // ү is a letter of its own
  EXPECT_EQ(FoldForGuard("唐英霞"), "唐英霞");
}

TEST(GuardFoldTest, SplitsUnspacedScriptsIntoCharacters) {
  EXPECT_EQ(FoldedWords("김민준 O'Neill Jean-Luc"),
            (std::vector<std::string>{"김", "민", "준", "o", "neill", "jean", "luc"}));
}

TEST(GuardFoldTest, TokensCarryOffsetsCaseAndGaps) {
  TokenVocabulary vocabulary;
  const uint32_t lone = vocabulary.Intern("lone");
  std::vector<TextToken> tokens;
  ASSERT_FALSE(TokenizeText("Lone,  MOUYAL's", vocabulary, tokens).has_value());
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].start, 0u);
  EXPECT_EQ(tokens[0].end, 4u);
  EXPECT_EQ(tokens[0].id, static_cast<int32_t>(lone));
  EXPECT_EQ(tokens[0].flags,
            token_flags::kCased | token_flags::kAnyUpper | token_flags::kFirstUpper);
  EXPECT_EQ(tokens[1].start, 7u);
  EXPECT_EQ(tokens[1].id, -1);
  EXPECT_EQ(tokens[1].gap_before, Gap::kBreak);
  EXPECT_EQ(tokens[2].gap_before, Gap::kJoiner);
}

TEST(GuardFoldTest, InvalidUtf8IsReportedAtItsByte) {
  TokenVocabulary vocabulary;
  std::vector<TextToken> tokens;
  EXPECT_EQ(TokenizeText("ok \xE2\x82", vocabulary, tokens), std::optional<size_t>(3));
  EXPECT_EQ(FindInvalidUtf8("\xED\xA0\x80"), std::optional<size_t>(0));  // a surrogate
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), std::optional<size_t>(0));      // overlong
  EXPECT_EQ(FindInvalidUtf8("Łódź"), std::nullopt);
}

}  // namespace
}  // namespace plenary::engine
