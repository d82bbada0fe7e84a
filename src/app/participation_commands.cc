#include "app/participation_commands.h"

#include <charconv>
#include <iostream>

#include "app/retention_purge.h"
#include "app/server_commands.h"
#include "cli/exit_code.h"
#include "domain/core/text.h"
#include "domain/participation/participation.h"
#include "store/participation/invitation_store.h"
#include "store/series/edition_store.h"
#include "store/series/series_store.h"
#include "web/participation/invitation_mail.h"

namespace plenary::app {
namespace {

std::optional<int> WholeNumber(const std::string& text) {
  int n = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  return n;
}

constexpr const char* kInviteUsage =
    "usage: plenary invite --edition NUMBER --email ADDRESS --name NAME [--organisation TEXT]\n"
    "                      [--country NAME] [--sector SECTOR] [--days N] [--base-url URL] [--db URL]\n\n"
    "Invites one person to register for an edition: stores the invitation, queues the e-mail with\n"
    "the link, and prints the link (for scripts, or when mail cannot reach someone).\n"
    "  --sector SECTOR  government, civil_society (default), nhri, academia, business,\n"
    "                   international_organisation\n"
    "  --days N         how long the link works (default invitations.valid_days, and never past the\n"
    "                   registration deadline; 0 makes an already expired link, for tests)\n";

}  // namespace

int RunInvite(cli::CommandArgs args, cli::CommandIo io) {
  auto prepared = Prepare(args, {"--edition", "--email", "--name", "--organisation", "--country", "--sector",
                                 "--days", "--base-url"});
  if (!prepared) return Fail(io, "invite", prepared.error());
  const auto& opts = prepared->first;
  if (opts.Has("--help")) {
    io.out << kInviteUsage << kDbHelp;
    return cli::kExitOk;
  }
  if (!opts.Get("--edition") || !opts.Get("--email") || !opts.Get("--name")) {
    io.err << kInviteUsage << kDbHelp;
    return cli::kExitBadInput;
  }
  const auto number = WholeNumber(*opts.Get("--edition"));
  const auto days = WholeNumber(opts.Get("--days").value_or(std::to_string(prepared->second.invitation_days)));
  if (!number) return Fail(io, "invite", Error::Invalid("--edition must be an edition number, such as 24"));
  if (!days || *days < 0 || *days > 365) return Fail(io, "invite", Error::Invalid("--days must be from 0 to 365"));
  const auto sector = SectorFrom(opts.Get("--sector").value_or("civil_society"));
  if (!sector) return Fail(io, "invite", Error::Invalid("--sector must be one of those listed in --help"));
  const std::string email = AsciiLower(Trim(*opts.Get("--email")));
  if (email.find('@') == std::string::npos) {
    return Fail(io, "invite", Error::Invalid("--email must be an e-mail address"));
  }
  const Config& config = prepared->second;
  auto db = OpenMigrated(config, 1);
  if (!db) return Fail(io, "invite", db.error());
  soci::connection_pool& pool = (*db)->pool();
  const auto now = ClockOf(config)->Now();
  const auto series = store::SeriesStore(pool).Primary();
  const auto edition = series ? store::EditionStore(pool).Get(series->id, *number) : std::nullopt;
  if (!edition) return Fail(io, "invite", Error::NotFound("there is no edition " + std::to_string(*number)));
  if (auto open = web::CheckInvitationsOpen(*edition, now); !open) return Fail(io, "invite", open.error());
  // The same composition as the secretariat's pages (link, token hash, message, expiry).
  web::WebConfig web_config = WebConfigOf(config);
  web_config.invitation_days = *days;
  Invitation invitation;
  invitation.edition_id = edition->id;
  invitation.kind = InvitationKind::kInvited;
  invitation.email = email;
  invitation.name = Trim(*opts.Get("--name"));
  invitation.organisation = Trim(opts.Get("--organisation").value_or(""));
  invitation.country = Trim(opts.Get("--country").value_or(""));
  invitation.sector = *sector;
  auto composed = web::ComposeInvitation(web_config, *edition, series->name, invitation, now);
  const std::string link = composed.link;
  const store::NewInvitation n = composed.stored;
  auto created = store::InvitationStore(pool).Create({n}, std::nullopt);
  if (!created) return Fail(io, "invite", created.error());
  io.out << link << "\n";
  return cli::kExitOk;
}

int RunPurge(cli::CommandArgs args, cli::CommandIo io) {
  auto prepared = Prepare(args, {"--retention-days"});
  if (!prepared) return Fail(io, "purge", prepared.error());
  if (prepared->first.Has("--help")) {
    io.out << "usage: plenary purge [--retention-days N] [--db URL] [--config PATH]\n\n"
              "Anonymises the registrations and invitations of every edition that ended more than\n"
              "privacy.retention_days ago (default 365; docs/CONFIGURATION.md), and prints how many.\n"
              "`plenary serve` does this hourly; run this from cron when no server runs.\n"
           << kDbHelp << "  --retention-days N  overrides privacy.retention_days\n";
    return cli::kExitOk;
  }
  Config config = prepared->second;
  if (auto text = prepared->first.Get("--retention-days")) {
    const auto days = WholeNumber(*text);
    if (!days || *days < 0) return Fail(io, "purge", Error::Invalid("--retention-days must be a whole number of days"));
    config.privacy_retention_days = *days;
  }
  auto db = OpenMigrated(config, 1);
  if (!db) return Fail(io, "purge", db.error());
  const auto outcome = PurgeEndedEditions((*db)->pool(), config.privacy_retention_days, ClockOf(config)->Now());
  io.out << "anonymised " << outcome.anonymised << " registration(s) and invitation(s) in "
         << outcome.editions_checked << " edition(s) that ended more than " << config.privacy_retention_days
         << " day(s) ago\n";
  return cli::kExitOk;
}

}  // namespace plenary::app
