#include "web/server/templates.h"

#include <gtest/gtest.h>

#include "web/server/router.h"

namespace plenary::web {
namespace {

TEST(Templates, EveryEmbeddedTemplateHasThePragmaAndParses) {
  ASSERT_FALSE(embedded::Templates().empty());
  for (const auto& t : embedded::Templates()) EXPECT_TRUE(HasAutoescapePragma(t.contents)) << t.path;
  auto loaded = Templates::LoadEmbedded();
  ASSERT_TRUE(loaded.ok()) << loaded.error().message();
}

TEST(Templates, ATemplateWithoutThePragmaIsRefused) {
  const embedded::EmbeddedFile files[] = {{"bad.tpl", "<p>{{NAME}}</p>"}};
  auto loaded = Templates::Load(files);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().message(), "template bad.tpl does not start with {{%AUTOESCAPE context=\"HTML\"}}");
}

TEST(Templates, ValuesAreEscapedForTheirContext) {
  const embedded::EmbeddedFile files[] = {
      {"t.tpl", "{{%AUTOESCAPE context=\"HTML\"}}<p title=\"{{V}}\">{{V}}</p><a href=\"{{U}}\">x</a><textarea>{{V:pre_escape}}</textarea>"}};
  auto t = Templates::Load(files);
  ASSERT_TRUE(t.ok());
  ctemplate::TemplateDictionary d("t");
  d.SetValue("V", "<script>alert(\"x\")</script>\nline");
  d.SetValue("U", "javascript:alert(1)");
  EXPECT_EQ((*t)->Render("t.tpl", d),
            "<p title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; line\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; line</p>"
            "<a href=\"#\">x</a><textarea>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\nline</textarea>");
}

TEST(Router, PatternsMatchWholeSegments) {
  std::map<std::string, std::string> p;
  EXPECT_TRUE(MatchPattern("/editions/{number}", "/editions/24", p));
  EXPECT_EQ(p["number"], "24");
  EXPECT_FALSE(MatchPattern("/editions/{number}", "/editions/24/x", p));
  EXPECT_FALSE(MatchPattern("/editions/{number}", "/editions/", p));
  EXPECT_TRUE(MatchPattern("/", "/", p));
}

}  // namespace
}  // namespace plenary::web
