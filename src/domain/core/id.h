// The key of a stored row, as the database, paths and forms carry it.
#pragma once

#include <cstdint>

namespace plenary {

using Id = std::int64_t;

}  // namespace plenary
