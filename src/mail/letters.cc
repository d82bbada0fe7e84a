#include "mail/letters.h"

#include <ctemplate/template.h>

#include <memory>
#include <stdexcept>
#include <string_view>

#include "embedded_files.h"

namespace plenary::mail {
namespace {

// The mail templates, parsed once; frozen, so concurrent renders are safe.
const ctemplate::TemplateCache& Cache() {
  static const std::unique_ptr<ctemplate::TemplateCache> cache = [] {
    auto c = std::make_unique<ctemplate::TemplateCache>();
    for (const auto& file : embedded::MailTemplates()) {
      const std::string key(file.path);
      if (!c->StringToTemplateCache(key, ctemplate::TemplateString(file.contents.data(), file.contents.size()),
                                    ctemplate::DO_NOT_STRIP)) {
        throw std::logic_error("mail template " + key + " does not parse");
      }
    }
    c->Freeze();
    return c;
  }();
  return *cache;
}

// Renders `name` and splits it: the first line is the subject, the rest after the blank line
// the body.
Letter Render(std::string_view name, const ctemplate::TemplateDictionary& dict) {
  std::string text;
  if (!Cache().ExpandNoLoad(std::string(name), ctemplate::DO_NOT_STRIP, &dict, nullptr, &text)) {
    throw std::logic_error("mail template " + std::string(name) + " is missing");
  }
  const auto end = text.find("\n\n");
  if (end == std::string::npos) throw std::logic_error("mail template " + std::string(name) + " has no body");
  return {text.substr(0, end), text.substr(end + 2)};
}

void SetIfAny(ctemplate::TemplateDictionary& d, const char* section, const char* key, const std::string& value) {
  if (!value.empty()) d.AddSectionDictionary(section)->SetValue(key, value);
}

}  // namespace

store::OutgoingMail Addressed(const Letter& letter, std::string to_address, std::string to_name, std::string purpose,
                              std::optional<Id> edition_id) {
  store::OutgoingMail m;
  m.edition_id = edition_id;
  m.to_address = std::move(to_address);
  m.to_name = std::move(to_name);
  m.subject = letter.subject;
  m.body_text = letter.body;
  m.purpose = std::move(purpose);
  return m;
}

Letter Compose(const SignInLinkLetter& l) {
  ctemplate::TemplateDictionary d("sign_in_link");
  d.SetValue("NAME", l.name);
  d.SetValue("LINK", l.link);
  d.SetIntValue("HOURS", l.hours);
  return Render("sign_in_link.tpl", d);
}

Letter Compose(const InvitationLetter& l) {
  ctemplate::TemplateDictionary d("invitation");
  d.SetValue("NAME", l.name);
  d.SetValue("EDITION", l.edition);
  d.SetValue("TITLE", l.title);
  d.SetValue("DATES", l.dates);
  d.SetValue("LINK", l.link);
  d.SetValue("EXPIRES", l.expires);
  if (l.nominated_by.empty()) {
    d.ShowSection("INVITED");
  } else {
    d.AddSectionDictionary("NOMINATED")->SetValue("PARTNER", l.nominated_by);
  }
  SetIfAny(d, "CLOSES", "WHEN", l.closes);
  return Render("invitation.tpl", d);
}

Letter Compose(const NominationRequestLetter& l) {
  ctemplate::TemplateDictionary d("nomination_request");
  d.SetValue("NAME", l.name);
  d.SetValue("PARTNER", l.partner);
  d.SetValue("OFFICIALS", l.officials);
  d.SetValue("EDITION", l.edition);
  d.SetValue("TITLE", l.title);
  d.SetValue("DATES", l.dates);
  d.SetValue("LINK", l.link);
  d.SetIntValue("HOURS", l.hours);
  SetIfAny(d, "DEADLINE", "WHEN", l.deadline);
  return Render("nomination_request.tpl", d);
}

Letter Compose(const RegistrationLetter& l) {
  ctemplate::TemplateDictionary d("registration");
  d.ShowSection(l.kind == RegistrationLetter::Kind::kReceived ? "RECEIVED" : "UPDATED");
  d.SetValue("NAME", l.name);
  d.SetValue("ORGANISATION", l.organisation);
  d.SetValue("COUNTRY", l.country);
  d.SetValue("EDITION", l.edition);
  d.SetValue("TITLE", l.title);
  d.SetValue("LINK", l.link);
  SetIfAny(d, "LATIN", "NAME", l.latin_name);
  SetIfAny(d, "CHANGES", "UNTIL", l.changes_until);
  for (size_t i = 0; i < l.ranking.size(); ++i) {
    auto* row = d.AddSectionDictionary("RANKING");
    row->SetIntValue("RANK", static_cast<long>(i + 1));
    row->SetValue("GROUP", l.ranking[i]);
  }
  return Render("registration.tpl", d);
}

Letter Compose(const DecisionLetter& l) {
  ctemplate::TemplateDictionary d("decision");
  d.SetValue("NAME", l.name);
  d.SetValue("EDITION", l.edition);
  d.SetValue("PAGE", l.page);
  switch (l.decision) {
    case DecisionLetter::Decision::kAccepted: d.ShowSection("ACCEPTED"); break;
    case DecisionLetter::Decision::kWaitlisted: d.ShowSection("WAITLISTED"); break;
    case DecisionLetter::Decision::kDeclined: d.ShowSection("DECLINED"); break;
    case DecisionLetter::Decision::kConsidered: d.ShowSection("CONSIDERED"); break;
    case DecisionLetter::Decision::kWithdrawn: d.ShowSection("WITHDRAWN"); break;
  }
  return Render("decision.tpl", d);
}

Letter Compose(const ErasureNoticeLetter& l) {
  ctemplate::TemplateDictionary d("erasure_notice");
  d.SetIntValue("REGISTRATION", l.registration_id);
  d.SetValue("EDITION", l.edition);
  d.SetValue("LINK", l.link);
  return Render("erasure_notice.tpl", d);
}

Letter Compose(const JoinLinkLetter& l) {
  ctemplate::TemplateDictionary d("join_link");
  d.SetValue("NAME", l.name);
  d.SetValue("SESSION", l.session);
  d.SetValue("STARTS", l.starts);
  d.SetValue("JOIN_URL", l.join_url);
  return Render("join_link.tpl", d);
}

Letter Compose(const WorkingGroupLetter& l) {
  ctemplate::TemplateDictionary d("working_group");
  d.SetValue("NAME", l.name);
  d.SetValue("EDITION", l.edition);
  d.SetValue("DATES", l.dates);
  d.SetValue("GROUP", l.group);
  SetIfAny(d, "DESCRIPTION", "TEXT", l.description);
  return Render("working_group.tpl", d);
}

Letter Compose(const AppointmentLetter& l) {
  ctemplate::TemplateDictionary d("appointment");
  d.SetValue("NAME", l.name);
  d.SetValue("ROLE", l.role);
  d.SetValue("PLACE", l.place);
  d.SetValue("EDITION", l.edition);
  d.SetValue("DATES", l.dates);
  d.SetValue("DUTIES", l.duties);
  d.SetValue("LINK", l.link);
  return Render("appointment.tpl", d);
}

Letter Compose(const ProgrammeChangeLetter& l) {
  ctemplate::TemplateDictionary d("programme_change");
  d.SetValue("NAME", l.name);
  d.SetValue("EDITION", l.edition);
  for (const auto& c : l.changes) d.AddSectionDictionary("CHANGE")->SetValue("TEXT", c);
  d.SetValue("LINK", l.link);
  return Render("programme_change.tpl", d);
}

Letter Compose(const FactRequestLetter& l) {
  ctemplate::TemplateDictionary d("fact_request");
  d.SetValue("NAME", l.name);
  d.SetValue("EDITION", l.edition);
  d.SetValue("CHANGE", l.change);
  d.ShowSection(l.accepted ? "ACCEPTED" : "REFUSED");
  d.SetValue("LINK", l.link);
  return Render("fact_request.tpl", d);
}

}  // namespace plenary::mail
