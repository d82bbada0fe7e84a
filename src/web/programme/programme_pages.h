// The programme as people read it: the public page and its printable form, a participant's
// own programme with join links and a private calendar URL, and the feeds (iCalendar, frab
// XML and JSON, the API's JSON).
#pragma once

#include "report/calendar/programme_feed.h"
#include "web/server/http.h"
#include "web/server/request_context.h"

namespace plenary::web {

Response ProgrammePage(RequestContext& ctx);
Response PrintableProgramme(RequestContext& ctx);
Response MyProgramme(RequestContext& ctx);
Response CreateCalendarFeed(RequestContext& ctx);
Response RevokeCalendarFeed(RequestContext& ctx);
Response PrivateCalendar(RequestContext& ctx);
Response ProgrammeIcs(RequestContext& ctx);
Response ScheduleXml(RequestContext& ctx);
Response ScheduleJson(RequestContext& ctx);
Response ProgrammeApiJson(RequestContext& ctx);

// The feed view model of an edition's programme, for `audience`.
report::ProgrammeFeed FeedOf(Services& services, const Edition& edition, std::vector<ProgrammeSession> sessions,
                             report::FeedAudience audience);

}  // namespace plenary::web
