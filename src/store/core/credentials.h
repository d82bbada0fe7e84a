// Secrets and hashing with libsodium, in one place below the web layer: argon2id password
// hashes (interactive limits), random tokens for sessions, CSRF, sign-in and invitation links,
// and SHA-256 (hex) of tokens and documents, so the database never holds a token itself.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace plenary::store {

std::string HashPassword(std::string_view password);
bool VerifyPassword(std::string_view password, std::string_view hash);
// 32 random bytes, URL-safe base64 without padding.
std::string RandomToken();
std::string Sha256Hex(std::string_view data);
// Whether two secrets are equal, in time that does not depend on where they differ.
bool SameSecret(std::string_view a, std::string_view b);

// Standard base64 (with padding), for bytes that travel as text: a document in a TEXT column
// (one SQL for both databases), a file carried from a preview to its confirmation in a form.
std::string ToBase64(std::string_view bytes);
// nullopt when `text` is not base64; spaces and line breaks are ignored.
std::optional<std::string> FromBase64(std::string_view text);

}  // namespace plenary::store
