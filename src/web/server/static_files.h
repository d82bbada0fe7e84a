// The site's stylesheet and scripts (static/*, compiled into the binary).
#pragma once

#include "web/server/router.h"

namespace plenary::web {

// GET /static/{file}, for anyone.
Route StaticFileRoute();

}  // namespace plenary::web
