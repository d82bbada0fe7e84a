// The seminar series and its standing organisers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "domain/series/edition.h"

namespace plenary::store {

struct SeriesOrganiser {
  std::string name;
  std::string role;  // "Secretariat", "Co-organiser", "Steering committee", ...
};

struct Series {
  Id id = 0;
  std::string slug;
  std::string name;
  std::string short_name;
  std::string summary;
  std::string about;
  std::string contact_email;
  std::vector<SeriesOrganiser> organisers;
};

class SeriesStore {
 public:
  explicit SeriesStore(soci::connection_pool& pool) : pool_(pool) {}
  // The series the site serves: the first one created.
  std::optional<Series> Primary();
  Id Create(const Series& series);

 private:
  soci::connection_pool& pool_;
};

}  // namespace plenary::store
