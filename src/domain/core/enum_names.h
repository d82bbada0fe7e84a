// One table per enum: each value's stored name (what the database and the exchange files
// hold), its label (what people read) and the parsers of both. A stored value that does not
// parse is corruption and fails loudly (FromStored throws), never silently becomes a default.
//
// Usage, beside the enum:
//   inline const EnumNames<Sector> kSectorNames("sector", {{Sector::kGovernment, "government",
//                                                           "Government"}, ...});
#pragma once

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace plenary {

template <typename E>
struct EnumName {
  E value;
  std::string_view stored;
  std::string_view label;
};

template <typename E>
class EnumNames {
 public:
  // `what` names the enum in the corruption message ("registration status").
  EnumNames(std::string_view what, std::initializer_list<EnumName<E>> names) : what_(what), names_(names) {}

  std::string_view Stored(E value) const { return Find(value).stored; }
  std::string_view Label(E value) const { return Find(value).label; }

  // The exact stored name; nullopt for anything else.
  std::optional<E> Parse(std::string_view stored) const {
    for (const auto& n : names_) {
      if (n.stored == stored) return n.value;
    }
    return std::nullopt;
  }
  // What a person typed or a file holds: the stored name or the label, with any case and with
  // spaces, hyphens and underscores alike ("Civil society", "civil-society", "CIVIL_SOCIETY").
  std::optional<E> ParseTyped(std::string_view text) const {
    const std::string key = Loose(text);
    for (const auto& n : names_) {
      if (key == Loose(n.stored) || key == Loose(n.label)) return n.value;
    }
    return std::nullopt;
  }
  // A value read from the database: one that does not parse means the data is corrupt (or was
  // written by a newer version), and the request that read it must end.
  E FromStored(std::string_view stored) const {
    if (auto value = Parse(stored)) return *value;
    throw std::runtime_error("corrupt data: '" + std::string(stored) + "' is not a " + what_);
  }

  std::vector<E> All() const {
    std::vector<E> out;
    for (const auto& n : names_) out.push_back(n.value);
    return out;
  }
  const std::vector<EnumName<E>>& names() const { return names_; }

  // How ParseTyped compares: trimmed, lower case, spaces and hyphens as underscores.
  static std::string Loose(std::string_view text) {
    std::string out;
    size_t begin = 0, end = text.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
    for (char c : text.substr(begin, end - begin)) {
      out.push_back(c == ' ' || c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
  }

 private:
  const EnumName<E>& Find(E value) const {
    auto it = std::find_if(names_.begin(), names_.end(), [&](const auto& n) { return n.value == value; });
    if (it == names_.end()) throw std::logic_error("a value of " + what_ + " is missing from its table");
    return *it;
  }

  std::string what_;
  std::vector<EnumName<E>> names_;
};

}  // namespace plenary
