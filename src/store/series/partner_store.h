// The partners of a series (51 countries, the EU and the ASEAN Secretariat for ASEM) and
// their focal-point contacts.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "domain/core/status.h"
#include "domain/series/partner.h"

namespace plenary::store {

class PartnerStore {
 public:
  explicit PartnerStore(soci::connection_pool& pool) : pool_(pool) {}

  // Ordered by group, then name; each with its contacts.
  std::vector<Partner> List(Id series_id);
  std::optional<Partner> Get(Id partner_id);
  Id Create(Id series_id, const Partner& partner);

  Result<Id> AddContact(Id partner_id, const PartnerContact& contact, std::optional<Id> actor);
  Status UpdateContact(Id partner_id, const PartnerContact& contact, std::optional<Id> actor);
  Status RemoveContact(Id partner_id, Id contact_id, std::optional<Id> actor);

 private:
  soci::connection_pool& pool_;
};

}  // namespace plenary::store
