// Secrets with libsodium: argon2id password hashes (interactive limits), random tokens for
// sessions, CSRF and sign-in links, and SHA-256 of tokens so the database never holds them.
#pragma once

#include <string>
#include <string_view>

namespace plenary::web {

std::string HashPassword(std::string_view password);
bool VerifyPassword(std::string_view password, std::string_view hash);
// 32 random bytes, URL-safe base64 without padding.
std::string RandomToken();
std::string Sha256Hex(std::string_view data);

}  // namespace plenary::web
