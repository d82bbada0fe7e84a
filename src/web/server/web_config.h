// The web layer's settings, from the configuration file and the command line (app/config.h).
#pragma once

#include <string>

namespace plenary::web {

struct WebConfig {
  std::string base_url = "http://127.0.0.1:8080";  // for links in e-mails
  long long max_upload_bytes = 20LL * 1024 * 1024;
  bool secure_cookies = false;  // also set when the request arrived over TLS
  int session_hours = 12;
  int signin_link_minutes = 60 * 24;
  int invitation_days = 30;  // an invitation link expires then (or at the registration deadline)
  int max_failed_signins_per_email = 5;   // per 15 minutes
  int max_failed_signins_per_address = 20;  // per 15 minutes
  // The load balancer's address: a request from it names the client in X-Forwarded-For (its
  // last entry) and says in X-Forwarded-Proto whether it came over TLS. "" trusts no one.
  std::string trusted_proxy;
};

}  // namespace plenary::web
