#include "web/groups/group_pages.h"

#include <algorithm>

#include "domain/core/zoned_time.h"
#include "domain/roles/appointment.h"
#include "web/series/edition_route.h"
#include "web/server/page.h"

namespace plenary::web {
namespace {

const WorkingGroup* GroupOf(const Edition& edition, std::optional<Id> id) {
  if (!id) return nullptr;
  for (const auto& g : edition.working_groups) {
    if (g.id == *id) return &g;
  }
  return nullptr;
}

// Accepted people placed in the group, not erased, by name.
std::vector<Registration> Members(const std::vector<Registration>& registrations, Id group_id) {
  std::vector<Registration> out;
  for (const auto& r : registrations) {
    if (r.working_group_id == group_id && r.status == RegistrationStatus::kAccepted && !r.erased_at) out.push_back(r);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.full_name < b.full_name; });
  return out;
}

Response GroupSpace(RequestContext& ctx, const Edition& edition, const WorkingGroup& group, GroupStores& stores) {
  const auto sessions = stores.programme.ListPublished(edition.id);
  const auto appointments = stores.appointments.List(edition.id);
  const auto members = Members(stores.registrations.List(edition.id), group.id);
  const bool paper = stores.editions.DocumentInfoOf(edition.id, "background_paper").has_value();
  return RenderPage(ctx, "group_space.tpl", group.name + " – working group", [&](ctemplate::TemplateDictionary& d) {
    d.SetIntValue("NUMBER", edition.number);
    d.SetValue("ORDINAL", Ordinal(edition.number));
    d.SetValue("TITLE", edition.title);
    d.SetValue("GROUP", group.name);
    if (!group.description.empty()) d.AddSectionDictionary("DESCRIPTION")->SetValue("TEXT", group.description);
    for (const auto& q : group.questions) d.AddSectionDictionary("QUESTIONS")->SetValue("TEXT", q);
    if (group.questions.empty()) d.ShowSection("NO_QUESTIONS");
    if (paper) d.ShowSection("PAPER");
    int own = 0;
    for (const auto& s : sessions) {
      if (s.working_group_id != group.id) continue;
      auto* row = d.AddSectionDictionary("SESSIONS");
      row->SetValue("DATE", FormatLongDate(LocalDateOf(s.start, edition.time_zone)));
      row->SetValue("TIME", TimeRange(s, edition.time_zone));
      row->SetValue("SESSION", s.title);
      if (!s.room.empty()) row->AddSectionDictionary("ROOM")->SetValue("ROOM", s.room);
      ++own;
    }
    if (own == 0) d.ShowSection("NO_SESSIONS");
    int roles = 0;
    for (auto kind : {AppointmentKind::kModerator, AppointmentKind::kRapporteur, AppointmentKind::kNoteTaker}) {
      for (const auto& a : appointments) {
        if (a.kind != kind || a.working_group_id != group.id) continue;
        auto* row = d.AddSectionDictionary("ROLES");
        row->SetValue("ROLE", Label(kind));
        row->SetValue("NAME", a.name);
        ++roles;
      }
    }
    if (roles == 0) d.ShowSection("NO_ROLES");
    for (const auto& m : members) {
      auto* row = d.AddSectionDictionary("MEMBERS");
      row->SetValue("NAME", m.full_name);
      if (!m.latin_name.empty() && m.latin_name != m.full_name) row->AddSectionDictionary("LATIN")->SetValue("LATIN", m.latin_name);
      row->SetValue("ORGANISATION", m.organisation);
      row->SetValue("COUNTRY", m.country);
    }
    d.SetIntValue("MEMBER_COUNT", static_cast<long>(members.size()));
    d.ShowSection(members.empty() ? "NO_MEMBERS" : "HAS_MEMBERS");
  });
}

}  // namespace

std::vector<Route> GroupRoutes(GroupStores& stores) {
  Route space{Method::kGet, "/editions/{number}/groups/{group}", Action::kViewWorkingGroupClosed,
              [&stores](RequestContext& ctx) -> std::optional<Bound> {
                const auto edition = FindEdition(ctx, stores.editions);
                if (!edition) return std::nullopt;
                const WorkingGroup* group = GroupOf(*edition, ctx.IdParam("group"));
                // A group that does not exist is refused like one the viewer may not see (0 is
                // nobody's group): the answer never tells which groups exist.
                AccessTarget target{.edition_id = edition->id, .working_group_id = group ? group->id : 0};
                std::optional<WorkingGroup> found = group ? std::optional<WorkingGroup>(*group) : std::nullopt;
                return Bound{target, [&ctx, &stores, e = *edition, found] {
                               if (!found) return NotFoundPage(ctx);
                               return GroupSpace(ctx, e, *found, stores);
                             }};
              }};
  return {space};
}

}  // namespace plenary::web
