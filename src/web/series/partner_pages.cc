#include "web/series/partner_pages.h"

#include "domain/core/text.h"
#include "web/server/form_state.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

PartnerContact ContactFromRequest(const Request& r, Id id) {
  return {id, Trim(r.Field("name")), Trim(r.Field("email")), Trim(r.Field("title"))};
}

// The partner page, with a rejected contact form re-filled (`editing` is the contact id or 0
// for the "add" form).
Response Render(RequestContext& ctx, const Partner& partner, Id editing, const PartnerContact& typed,
                const FormState& form) {
  const auto& errors = form.errors;
  return RenderPage(ctx, "partner.tpl", partner.name, [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("NAME", partner.name);
    d.SetValue("GROUP", ToString(partner.group));
    d.SetIntValue("PARTNER_ID", partner.id);
    d.SetValue("KIND", partner.kind == PartnerKind::kCountry ? "Country" : "Organisation");
    const bool can_edit = Can(ctx.principal, Action::kEditPartners);
    // Readers get a list; editors a form per contact (and no empty list).
    auto* list = !can_edit && !partner.contacts.empty() ? d.AddSectionDictionary("CONTACT_LIST") : nullptr;
    for (const auto& c : partner.contacts) {
      auto* row = can_edit ? d.AddSectionDictionary("EDIT_CONTACTS") : list->AddSectionDictionary("CONTACTS");
      const bool this_one = editing == c.id;
      const auto& shown = this_one ? typed : c;
      row->SetIntValue("CONTACT_ID", c.id);
      const std::string prefix = "c" + std::to_string(c.id) + "_";
      SetFormField(*row, "NAME", shown.name, this_one ? errors : std::vector<FieldError>{}, "name", prefix + "name");
      SetFormField(*row, "EMAIL", shown.email, this_one ? errors : std::vector<FieldError>{}, "email", prefix + "email");
      SetFormField(*row, "TITLE", shown.title, {}, "title", prefix + "title");
    }
    if (partner.contacts.empty()) d.ShowSection("NO_CONTACTS");
    if (can_edit) {
      auto* add = d.AddSectionDictionary("ADD_CONTACT");
      const bool adding = editing == 0;
      SetFormField(*add, "NAME", adding ? typed.name : "", adding ? errors : std::vector<FieldError>{}, "name", "new_name");
      SetFormField(*add, "EMAIL", adding ? typed.email : "", adding ? errors : std::vector<FieldError>{}, "email", "new_email");
      SetFormField(*add, "TITLE", adding ? typed.title : "", {}, "title", "new_title");
    }
    const std::string prefix = editing == 0 ? "new_" : "c" + std::to_string(editing) + "_";
    SetErrorSummary(d, errors, [&](const std::string& f) { return prefix + f; });
    if (ctx.request.Query("saved") == "1") d.ShowSection("SAVED");
  }, form.status);
}

Response AfterChange(const Partner& p) {
  return Response::Redirect("/manage/partners/" + std::to_string(p.id) + "?saved=1");
}

Response PartnersPage(RequestContext& ctx, SeriesStores& stores) {
  if (!ctx.site) return NotFoundPage(ctx);
  const auto partners = stores.partners.List(ctx.site->series_id);
  return RenderPage(ctx, "partners.tpl", "Partners", [&](ctemplate::TemplateDictionary& d) {
    int asia = 0, europe = 0, countries = 0;
    for (const auto& p : partners) {
      auto* row = d.AddSectionDictionary(p.group == RegionGroup::kAsia ? "ASIA" : "EUROPE");
      (p.group == RegionGroup::kAsia ? asia : europe)++;
      if (p.kind == PartnerKind::kCountry) ++countries;
      row->SetIntValue("ID", p.id);
      row->SetValue("NAME", p.name);
      row->SetValue("KIND", p.kind == PartnerKind::kCountry ? "" : " (organisation)");
      row->SetIntValue("CONTACT_COUNT", static_cast<long>(p.contacts.size()));
      for (const auto& c : p.contacts) row->AddSectionDictionary("FOCAL")->SetValue("NAME", c.name);
    }
    d.SetIntValue("TOTAL", static_cast<long>(partners.size()));
    d.SetIntValue("COUNTRIES", countries);
    d.SetIntValue("ASIA_COUNT", asia);
    d.SetIntValue("EUROPE_COUNT", europe);
  });
}

Response PartnerPage(RequestContext& ctx, const Partner& partner, SeriesStores&) {
  return Render(ctx, partner, -1, {}, FormState::Fresh());
}

Response AddPartnerContact(RequestContext& ctx, const Partner& partner, SeriesStores& stores) {
  const auto contact = ContactFromRequest(ctx.request, 0);
  auto added = stores.partners.AddContact(partner.id, contact, ctx.ActorId());
  if (!added) return Render(ctx, partner, 0, contact, FormState::Refused(added.error()));
  return AfterChange(partner);
}

Response UpdatePartnerContact(RequestContext& ctx, const Partner& partner, SeriesStores& stores) {
  const auto contact_id = ctx.IdParam("contact");
  if (!contact_id) return NotFoundPage(ctx);
  const auto contact = ContactFromRequest(ctx.request, *contact_id);
  auto updated = stores.partners.UpdateContact(partner.id, contact, ctx.ActorId());
  if (!updated && updated.error().code() == ErrorCode::kNotFound) return NotFoundPage(ctx);
  if (!updated) return Render(ctx, partner, *contact_id, contact, FormState::Refused(updated.error()));
  return AfterChange(partner);
}

Response RemovePartnerContact(RequestContext& ctx, const Partner& partner, SeriesStores& stores) {
  const auto contact_id = ctx.IdParam("contact");
  if (!contact_id) return NotFoundPage(ctx);
  auto removed = stores.partners.RemoveContact(partner.id, *contact_id, ctx.ActorId());
  if (!removed) return NotFoundPage(ctx);
  return AfterChange(partner);
}

}  // namespace

Route PartnerRoute(Method method, std::string pattern, Action action, store::PartnerStore& partners,
                   PartnerHandler handler) {
  return {method, std::move(pattern), action,
          [&partners, handler = std::move(handler)](RequestContext& ctx) -> std::optional<Bound> {
            const auto id = ctx.IdParam("partner");
            auto partner = id ? partners.Get(*id) : std::nullopt;
            if (!partner) return std::nullopt;
            const AccessTarget target{.partner_id = partner->id};
            return Bound{target, [&ctx, &handler, partner = std::move(*partner)] { return handler(ctx, partner); }};
          }};
}

std::vector<Route> PartnerRoutes(SeriesStores& stores) {
  using enum Method;
  auto on_partner = [&stores](Method method, std::string pattern, Action action,
                              Response (*handler)(RequestContext&, const Partner&, SeriesStores&)) {
    return PartnerRoute(method, std::move(pattern), action, stores.partners,
                        [&stores, handler](RequestContext& ctx, const Partner& p) { return handler(ctx, p, stores); });
  };
  return {
      PlainRoute(kGet, "/manage/partners", Action::kViewPartners, stores, PartnersPage),
      on_partner(kGet, "/manage/partners/{partner}", Action::kViewPartner, PartnerPage),
      on_partner(kPost, "/manage/partners/{partner}/contacts", Action::kEditPartners, AddPartnerContact),
      on_partner(kPost, "/manage/partners/{partner}/contacts/{contact}", Action::kEditPartners, UpdatePartnerContact),
      on_partner(kPost, "/manage/partners/{partner}/contacts/{contact}/delete", Action::kEditPartners,
                 RemovePartnerContact),
  };
}

}  // namespace plenary::web
