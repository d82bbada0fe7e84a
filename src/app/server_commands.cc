#include "app/server_commands.h"

#include <csignal>
#include <iostream>

#include "app/config.h"
#include "app/demo_data.h"
#include "app/job_worker.h"
#include "app/retention_purge.h"
#include "cli/args.h"
#include "cli/exit_code.h"
#include "mail/mail_worker.h"
#include "store/core/database.h"
#include "store/core/account_store.h"
#include "store/core/job_store.h"
#include "store/core/outbox_store.h"
#include "web/account/sign_in_pages.h"
#include "web/server/http_server.h"
#include "web/server/router.h"
#include "web/server/templates.h"
#include "web/site/site_pages.h"

namespace plenary::app {
namespace {

constexpr int kPurgeEverySeconds = 60 * 60;

}  // namespace

const char* const kDbHelp =
    "  --db URL        sqlite:PATH (default sqlite:data/plenary.sqlite) or\n"
    "                  postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME\n"
    "  --config PATH   a TOML configuration file (see docs/CONFIGURATION.md)\n";

int Fail(cli::CommandIo io, std::string_view command, const Error& error) {
  io.err << "plenary " << command << ": " << error.message() << "\n";
  for (const auto& f : error.fields()) io.err << "  " << f.field << ": " << f.message << "\n";
  return cli::ExitCodeFor(error);
}

// Parses the options, loads the configuration and lets the command line win over it.
Result<std::pair<cli::ParsedArgs, Config>> Prepare(cli::CommandArgs args, std::set<std::string> extra,
                                                  std::set<std::string> flags) {
  extra.insert("--db");
  extra.insert("--config");
  flags.insert("--help");
  auto parsed = cli::ParseArgs(args, {extra, flags});
  if (!parsed) return parsed.error();
  auto config = LoadConfig(parsed->Get("--config"), ProcessEnvironment());
  if (!config) return config.error();
  if (auto db = parsed->Get("--db")) config->db = *db;
  if (auto listen = parsed->Get("--listen")) config->listen = *listen;
  if (auto base = parsed->Get("--base-url")) config->base_url = *base;
  return std::make_pair(std::move(*parsed), std::move(*config));
}

Result<std::unique_ptr<store::Database>> OpenMigrated(const Config& config, size_t pool, int* applied) {
  auto db = store::Database::Open(config.db, pool);
  if (!db) return db.error();
  auto migrated = (*db)->Migrate();
  if (!migrated) return migrated.error();
  if (applied) *applied = *migrated;
  return std::move(*db);
}

web::WebConfig WebConfigOf(const Config& c) {
  web::WebConfig w;
  w.base_url = c.BaseUrl();
  w.max_upload_bytes = c.max_upload_mb * 1024 * 1024;
  w.secure_cookies = c.secure_cookies;
  w.trusted_proxy = c.trusted_proxy;
  w.invitation_days = c.invitation_days;
  return w;
}

int RunMigrate(cli::CommandArgs args, cli::CommandIo io) {
  auto prepared = Prepare(args, {});
  if (!prepared) return Fail(io, "migrate", prepared.error());
  if (prepared->first.Has("--help")) {
    io.out << "usage: plenary migrate [--db URL] [--config PATH]\n\n"
              "Applies the numbered migrations the database has not seen yet (serve does this too).\n"
           << kDbHelp;
    return cli::kExitOk;
  }
  int applied = 0;
  auto db = OpenMigrated(prepared->second, 1, &applied);
  if (!db) return Fail(io, "migrate", db.error());
  io.out << "applied " << applied << " migration(s)\n";
  return cli::kExitOk;
}

int RunDemo(cli::CommandArgs args, cli::CommandIo io) {
  auto prepared = Prepare(args, {"--base-url"}, {"--registration-open"});
  if (!prepared) return Fail(io, "demo", prepared.error());
  if (prepared->first.Has("--help")) {
    io.out << "usage: plenary demo [--db URL] [--base-url URL] [--registration-open] [--config PATH]\n\n"
              "Loads the demo series (the Informal ASEM Seminar on Human Rights: its archive since 1997,\n"
              "its 53 partners and the 24th edition in Mongolia) into the database, once, and prints a\n"
              "one-time sign-in link for the demo secretariat account. The 24th edition's registration\n"
              "has closed and its applications wait for selection.\n"
           << kDbHelp << "  --base-url URL  the address the link should point to (default http://LISTEN)\n"
           << "  --registration-open  leave the 24th edition open for registration (to walk through\n"
              "                  invitations and registering; the tests use it)\n";
    return cli::kExitOk;
  }
  const Config& config = prepared->second;
  auto db = OpenMigrated(config, 2);
  if (!db) return Fail(io, "demo", db.error());
  auto loaded = LoadDemo(**db, {prepared->first.Has("--registration-open")});
  if (!loaded) return Fail(io, "demo", loaded.error());
  if (loaded->loaded) {
    io.out << "loaded the demo series: " << loaded->editions << " editions, " << loaded->partners << " partners\n";
  } else {
    io.out << "the demo series is already loaded; nothing changed\n";
  }
  store::AccountStore accounts((*db)->pool());
  auto account = accounts.FindByEmail(kDemoSecretariatEmail);
  if (!account) return Fail(io, "demo", Error::Internal("the demo secretariat account is missing"));
  io.out << "sign in as the demo secretariat (one-time link, valid 24 hours):\n  "
         << web::IssueSignInLink(accounts, WebConfigOf(config), ClockOf(config)->Now(), *account,
                                 web::SignInMail::kReturnOnly)
         << "\n";
  return cli::kExitOk;
}

int RunSignInLink(cli::CommandArgs args, cli::CommandIo io) {
  auto prepared = Prepare(args, {"--email", "--base-url"});
  if (!prepared) return Fail(io, "sign-in-link", prepared.error());
  if (prepared->first.Has("--help") || !prepared->first.Get("--email")) {
    (prepared->first.Has("--help") ? io.out : io.err)
        << "usage: plenary sign-in-link --email ADDRESS [--db URL] [--base-url URL] [--config PATH]\n\n"
           "Prints a one-time sign-in link for the account with that e-mail address (for when mail\n"
           "cannot reach someone). The link expires after 24 hours.\n"
        << kDbHelp;
    return prepared->first.Has("--help") ? cli::kExitOk : cli::kExitBadInput;
  }
  const Config& config = prepared->second;
  auto db = OpenMigrated(config, 1);
  if (!db) return Fail(io, "sign-in-link", db.error());
  store::AccountStore accounts((*db)->pool());
  const std::string email = *prepared->first.Get("--email");
  auto account = accounts.FindByEmail(email);
  if (!account) return Fail(io, "sign-in-link", Error::NotFound("no account has the e-mail address " + email));
  io.out << web::IssueSignInLink(accounts, WebConfigOf(config), ClockOf(config)->Now(), *account,
                                 web::SignInMail::kReturnOnly)
         << "\n";
  return cli::kExitOk;
}

int RunServe(cli::CommandArgs args, cli::CommandIo io) {
  auto prepared = Prepare(args, {"--listen", "--base-url"});
  if (!prepared) return Fail(io, "serve", prepared.error());
  if (prepared->first.Has("--help")) {
    io.out << "usage: plenary serve [--listen HOST:PORT] [--db URL] [--base-url URL] [--config PATH]\n\n"
              "Applies pending migrations and serves the web pages until interrupted (SIGINT/SIGTERM).\n"
              "  --listen HOST:PORT  where to listen (default 127.0.0.1:8080; port 0 picks a free one)\n"
           << kDbHelp << "  --base-url URL      the public address used in e-mailed links\n";
    return cli::kExitOk;
  }
  Config config = prepared->second;
  // Block the stop signals before any thread starts so only sigwait below receives them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  auto db = OpenMigrated(config, static_cast<size_t>(config.threads) + 2);
  if (!db) return Fail(io, "serve", db.error());
  auto templates = web::Templates::LoadEmbedded();
  if (!templates) return Fail(io, "serve", templates.error());
  const auto clock = ClockOf(config);
  web::WebConfig web_config = WebConfigOf(config);
  soci::connection_pool& pool = (*db)->pool();
  web::SitePages pages(pool, web_config, *clock);
  const web::Router router(pages.Routes(), pages.accounts(), pages.SiteLookup(), **templates, web_config, *clock);
  auto server = web::HttpServer::Bind(config.listen, router, config.threads);
  if (!server) return Fail(io, "serve", server.error());
  const std::string host = config.listen.substr(0, config.listen.rfind(':'));
  // Links in e-mails and pages name the port actually bound (port 0 picks one).
  if (config.base_url.empty()) web_config.base_url = "http://" + host + ":" + std::to_string((*server)->port());
  (*server)->Start();
  store::OutboxStore outbox(pool);
  std::unique_ptr<mail::MailWorker> mailer;
  if (config.mail_worker) {
    mail::SmtpSettings smtp;
    smtp.host = config.smtp_host;
    smtp.port = config.smtp_port;
    smtp.from = config.mail_from;
    smtp.security = config.smtp_security == "starttls" ? mail::SmtpSecurity::kStartTls : mail::SmtpSecurity::kNone;
    smtp.ca_file = config.smtp_ca_file;
    smtp.user = config.smtp_user;
    smtp.password = config.smtp_password;
    smtp.message_id_domain = config.message_id_domain;
    mailer = std::make_unique<mail::MailWorker>(outbox, smtp,
                                                mail::RetryPolicy{config.mail_retry_seconds, 3600, 10}, *clock,
                                                config.mail_poll_ms);
    mailer->Start();
  }
  store::JobStore job_store(pool);
  JobWorker jobs(job_store, pages.Jobs(), *clock);
  // The retention purge (docs/PRIVACY.md): checked once an hour by the job worker's thread.
  const int retention_days = config.privacy_retention_days;
  jobs.SetPeriodic([&pool, &clock, retention_days] { PurgeEndedEditions(pool, retention_days, clock->Now()); },
                   kPurgeEverySeconds);
  jobs.Start();
  io.out << "Plenary is serving at http://" << host << ":" << (*server)->port() << "/ (" << config.db
         << "); stop with Ctrl-C" << std::endl;
  int signal = 0;
  sigwait(&stop_signals, &signal);
  io.out << "stopping" << std::endl;
  (*server)->Stop();
  jobs.Stop();
  if (mailer) mailer->Stop();
  return cli::kExitOk;
}

}  // namespace plenary::app
