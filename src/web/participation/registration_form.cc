#include "web/participation/registration_form.h"

#include <algorithm>

#include "domain/core/text.h"
#include "web/series/edition_summary.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

constexpr const char* kFormId = "registration-form";

std::string ChoiceLabel(size_t rank) {
  static const char* kWords[] = {"First", "Second", "Third", "Fourth", "Fifth", "Sixth"};
  return rank <= std::size(kWords) ? std::string(kWords[rank - 1]) + " choice" : "Choice " + std::to_string(rank);
}

void AddOption(ctemplate::TemplateDictionary& d, const std::string& section, const std::string& value,
               const std::string& label, bool selected) {
  auto* row = d.AddSectionDictionary(section);
  row->SetValue("VALUE", value);
  row->SetValue("LABEL", label);
  if (selected) row->ShowSection("SELECTED");
}

// A select or checkbox: its error section, like SetFormField's, without a text value.
void SetError(ctemplate::TemplateDictionary& d, const std::string& key, const std::vector<FieldError>& errors,
              const std::string& field) {
  SetFormField(d, key, "", errors, field, field);
}

void FillSelects(ctemplate::TemplateDictionary& d, store::PartnerStore& partners, const Edition& edition,
                 const RegistrationDraft& draft, const std::vector<FieldError>& errors) {
  std::vector<std::string> countries;
  for (const auto& p : PartnersOf(partners, edition.series_id)) {
    if (p.kind == PartnerKind::kCountry) countries.push_back(p.name);
  }
  std::sort(countries.begin(), countries.end());
  countries.push_back(kNoCountry);
  for (const auto& c : countries) AddOption(d, "COUNTRIES", c, c, Trim(draft.country) == c);
  SetError(d, "COUNTRY", errors, "country");
  const auto sector = SectorFrom(draft.sector);
  for (Sector s : AllSectors()) AddOption(d, "SECTORS", ToString(s), Label(s), sector == s);
  SetError(d, "SECTOR", errors, "sector");
  const auto gender = GenderFrom(draft.gender);
  for (Gender g : AllGenders()) AddOption(d, "GENDERS", ToString(g), Label(g), gender == g);
  SetError(d, "GENDER", errors, "gender");
  for (size_t i = 0; i < edition.working_groups.size(); ++i) {
    auto* choice = d.AddSectionDictionary("CHOICES");
    const std::string field = "choice_" + std::to_string(i + 1);
    choice->SetValue("FIELD", field);
    choice->SetValue("LABEL", ChoiceLabel(i + 1));
    SetError(*choice, "CHOICE", errors, field);
    const std::string typed = i < draft.choices.size() ? Trim(draft.choices[i]) : "";
    for (const auto& g : edition.working_groups) {
      AddOption(*choice, "GROUPS", std::to_string(g.id), g.name, typed == std::to_string(g.id));
    }
  }
}

void FillForm(ctemplate::TemplateDictionary& form, store::PartnerStore& partners, const Edition& edition,
              const FormView& view, const RegistrationDraft& draft, const FormState& state) {
  const auto& errors = state.errors;
  form.SetValue("ACTION", view.action);
  form.SetValue("SUBMIT", view.submit);
  if (view.version) form.AddSectionDictionary("VERSION")->SetIntValue("VALUE", *view.version);
  SetFormField(form, "FULL_NAME", draft.full_name, errors, "full_name", "full_name");
  SetFormField(form, "FAMILY_NAME", draft.family_name, errors, "family_name", "family_name");
  SetFormField(form, "LATIN_NAME", draft.latin_name, errors, "latin_name", "latin_name");
  SetFormField(form, "ORGANISATION", draft.organisation, errors, "organisation", "organisation");
  SetFormField(form, "POSITION", draft.position, errors, "position", "position");
  SetFormField(form, "EXPERTISE", draft.expertise, errors, "expertise", "expertise");
  SetFormField(form, "ACCESS_NEEDS", draft.access_needs, errors, "access_needs", "access_needs");
  SetFormField(form, "DIETARY_NEEDS", draft.dietary_needs, errors, "dietary_needs", "dietary_needs");
  FillSelects(form, partners, edition, draft, errors);
  SetError(form, "PRIVACY", errors, "privacy_consent");
  SetError(form, "CHATHAM", errors, "chatham_acknowledged");
  if (draft.privacy_consent) form.ShowSection("PRIVACY_CHECKED");
  if (draft.chatham_acknowledged) form.ShowSection("CHATHAM_CHECKED");
  if (draft.public_listing) form.ShowSection("LISTING_CHECKED");
  form.SetValue("PRIVACY_VERSION", kPrivacyNoticeVersion);
  for (const auto& e : errors) {
    if (e.field == "form") form.AddSectionDictionary("FORM_ERROR")->SetValue("MESSAGE", e.message);
  }
  if (!state.message.empty()) form.AddSectionDictionary("FORM_ERROR")->SetValue("MESSAGE", state.message);
}

void FillReadOnly(ctemplate::TemplateDictionary& d, const Edition& edition, const Registration& r) {
  auto add = [&](const std::string& label, const std::string& value) {
    auto* row = d.AddSectionDictionary("FACTS");
    row->SetValue("LABEL", label);
    row->SetValue("VALUE", value.empty() ? "–" : value);
  };
  add("Name", r.full_name);
  add("Family name", r.family_name);
  add("Name in Latin letters", r.latin_name);
  add("Organisation", r.organisation);
  add("Position", r.position);
  add("Country", r.country);
  add("Sector", Label(r.sector));
  add("Gender", Label(r.gender));
  add("Expertise", JoinTags(r.expertise));
  for (size_t i = 0; i < r.ranking.size(); ++i) add(ChoiceLabel(i + 1), WorkingGroupName(edition, r.ranking[i]));
  add("Access needs", r.access_needs);
  add("Dietary needs", r.dietary_needs);
  add("On the public participant list", r.public_listing ? "Yes" : "No");
}

}  // namespace

RegistrationDraft DraftFromRequest(const Request& request, size_t working_groups) {
  RegistrationDraft d;
  d.full_name = request.Field("full_name");
  d.family_name = request.Field("family_name");
  d.latin_name = request.Field("latin_name");
  d.organisation = request.Field("organisation");
  d.position = request.Field("position");
  d.country = request.Field("country");
  d.sector = request.Field("sector");
  d.gender = request.Field("gender");
  d.expertise = request.Field("expertise");
  for (size_t i = 1; i <= working_groups; ++i) d.choices.push_back(request.Field("choice_" + std::to_string(i)));
  d.access_needs = request.Field("access_needs");
  d.dietary_needs = request.Field("dietary_needs");
  d.privacy_consent = request.Field("privacy_consent") == "on";
  d.chatham_acknowledged = request.Field("chatham_acknowledged") == "on";
  d.public_listing = request.Field("public_listing") == "on";
  return d;
}

std::vector<Partner> PartnersOf(store::PartnerStore& partners, Id series_id) {
  return partners.List(series_id);
}

Response RenderRegistrationForm(RequestContext& ctx, const Edition& edition, store::PartnerStore& partners,
                                const FormView& view, const RegistrationDraft& draft, const FormState& form,
                                const Registration* stored) {
  const auto& errors = form.errors;
  const std::string title = "Registration: " + Ordinal(edition.number) + " edition";
  return RenderPage(ctx, "registration.tpl", title, [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, edition);
    d.SetValue("INTRO", view.intro);
    if (edition.registration_deadline) {
      d.AddSectionDictionary("DEADLINE")->SetValue("WHEN",
                                                  FormatInZone(*edition.registration_deadline, edition.time_zone));
    }
    if (!view.saved_to.empty()) d.AddSectionDictionary("SAVED")->SetValue("EMAIL", view.saved_to);
    if (view.requested) d.ShowSection("REQUESTED");
    if (!view.pending.empty()) {
      auto* pending = d.AddSectionDictionary("PENDING");
      for (const auto& text : view.pending) pending->AddSectionDictionary("REQUEST")->SetValue("TEXT", text);
    }
    SetErrorSummary(d, errors, [](const std::string& f) { return f == "form" ? std::string(kFormId) : f; });
    if (!view.closed_message.empty() && stored) {
      auto* closed = d.AddSectionDictionary("CLOSED");
      closed->SetValue("MESSAGE", view.closed_message);
      FillReadOnly(*closed, edition, *stored);
    } else {
      FillForm(*d.AddSectionDictionary("FORM"), partners, edition, view, draft, form);
    }
    if (view.version) d.AddSectionDictionary("OWN_PAGE")->SetIntValue("NUMBER", edition.number);
  }, form.status);
}

Response NoRegistrationPage(RequestContext& ctx, const Edition& edition, int status) {
  return RenderPage(ctx, "no_registration.tpl", "Your registration", [&](ctemplate::TemplateDictionary& d) {
    FillEditionSummary(d, edition);
  }, status);
}

store::OutgoingMail ConfirmationMail(const std::string& base_url, const Edition& edition, std::string_view series_name,
                                     const Registration& r, const std::string& to, mail::RegistrationLetter::Kind kind) {
  mail::RegistrationLetter letter;
  letter.kind = kind;
  letter.name = r.full_name;
  letter.latin_name = r.latin_name;
  letter.organisation = r.organisation;
  letter.country = r.country;
  letter.edition = EditionForPeople(edition, series_name);
  letter.title = edition.title;
  for (Id group : r.ranking) letter.ranking.push_back(WorkingGroupName(edition, group));
  if (edition.registration_deadline) {
    letter.changes_until = FormatInZone(*edition.registration_deadline, edition.time_zone);
  }
  letter.link = base_url + "/editions/" + std::to_string(edition.number) + "/registration";
  return mail::Addressed(mail::Compose(letter), to, r.full_name, "registration_confirmation", edition.id);
}

}  // namespace plenary::web
