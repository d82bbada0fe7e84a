#include "engine/guard/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <memory>
#include <string>
#include <vector>

#include "domain/core/utf8.h"

namespace plenary::engine {
namespace {

constexpr char kFoldRules[] = "NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII; Any-Lower";

bool IsDiacriticMark(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
         (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
         (cp >= 0xFE20 && cp <= 0xFE2F);
}

bool IsUnspacedScript(UScriptCode script) {
  switch (script) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_HANGUL:
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
    case USCRIPT_BOPOMOFO:
    case USCRIPT_YI:
      return true;
    default:
      return false;
  }
}

CharClass Classify(char32_t cp, UScriptCode script) {
  if (cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == '\'' || cp == 0x2019 || cp == 0x02BC) {
    return CharClass::kJoiner;
  }
  if (cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF ||
      IsDiacriticMark(cp)) {
    return CharClass::kIgnorable;
  }
  if (u_isUWhiteSpace(cp)) return CharClass::kSpace;
  const int8_t type = u_charType(cp);
  const bool mark =
      type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
  // Kana marks such as the prolonged sound sign are "Common" script but belong to the word.
  const bool kana_block = cp >= 0x3040 && cp <= 0x30FF;
  if (u_isalnum(cp) || mark || kana_block) {
    return IsUnspacedScript(script) || kana_block ? CharClass::kUnspaced : CharClass::kWord;
  }
  return CharClass::kBreak;
}

std::string FoldLatin(char32_t cp, icu::Transliterator* fold) {
  icu::UnicodeString s(static_cast<UChar32>(cp));
  // Without the transliterator (ICU data missing) case folding still keeps matching case-blind.
  if (fold != nullptr) {
    fold->transliterate(s);
  } else {
    s.foldCase();
  }
  std::string out;
  s.toUTF8String(out);
  return out;
}

// Cyrillic and Greek lose their diacritics as Latin does, so "Алёна" matches "Алена" and
// "Σοφία" matches "ΣΟΦΙΑ"; then case folding. Other scripts keep their marks: in Devanagari
// or Thai they are vowels, not accents.
std::string FoldCyrillicOrGreek(char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed(static_cast<UChar32>(cp));
  if (U_SUCCESS(status)) decomposed = nfd->normalize(decomposed, status);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
    i += U16_LENGTH(c);
  }
  if (kept.isEmpty()) kept = icu::UnicodeString(static_cast<UChar32>(cp));
  std::string out;
  kept.foldCase().toUTF8String(out);
  return out;
}

struct Entry {
  CharClass cls;
  bool upper;
  bool lower;
  uint32_t offset;
  uint16_t length;
};

// The whole Basic Multilingual Plane, precomputed: 64K entries plus their folded strings.
class FoldTable {
 public:
  FoldTable() : entries_(0x10000) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> fold(icu::Transliterator::createInstance(
        icu::UnicodeString(kFoldRules), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) fold.reset();
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
      const CharInfo info = Compute(cp, fold.get(), folded_scratch_);
      entries_[cp] = Entry{info.cls, info.upper, info.lower, static_cast<uint32_t>(pool_.size()),
                           static_cast<uint16_t>(folded_scratch_.size())};
      pool_ += folded_scratch_;
    }
  }

  CharInfo Get(char32_t cp) const {
    const Entry& e = entries_[cp];
    return {e.cls, e.upper, e.lower, std::string_view(pool_).substr(e.offset, e.length)};
  }

  // Computes one code point's info; the folded form goes to scratch.
  static CharInfo Compute(char32_t cp, icu::Transliterator* fold, std::string& scratch) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(cp, &status);
    CharInfo info;
    info.cls = Classify(cp, script);
    info.upper = u_isupper(cp) || u_istitle(cp);
    info.lower = u_islower(cp);
    scratch.clear();
    if (info.cls == CharClass::kWord && script == USCRIPT_LATIN) {
      scratch = FoldLatin(cp, fold);
    } else if (info.cls == CharClass::kWord &&
               (script == USCRIPT_CYRILLIC || script == USCRIPT_GREEK)) {
      scratch = FoldCyrillicOrGreek(cp);
    } else if (info.cls == CharClass::kWord || info.cls == CharClass::kUnspaced) {
      AppendUtf8(static_cast<char32_t>(u_foldCase(cp, U_FOLD_CASE_DEFAULT)), scratch);
    }
    return info;
  }

 private:
  std::vector<Entry> entries_;
  std::string pool_;
  std::string folded_scratch_;
};

const FoldTable& Table() {
  static const FoldTable table;
  return table;
}

}  // namespace

CharInfo InfoOf(char32_t cp) {
  if (cp < 0x10000) return Table().Get(cp);
  // Outside the BMP (Han extensions, historic scripts): no Latin letters live there, so simple
  // case folding is the whole fold. The string lives in thread-local storage until the next call.
  thread_local std::string scratch;
  CharInfo info = FoldTable::Compute(cp, nullptr, scratch);
  info.folded = scratch;
  return info;
}

std::string FoldForGuard(std::string_view utf8) {
  std::string out;
  size_t pos = 0;
  while (pos < utf8.size()) {
    const char32_t cp = DecodeUtf8(utf8, pos);
    if (cp == kInvalidCodePoint) {
      ++pos;
      continue;
    }
    const CharInfo info = InfoOf(cp);
    if (info.cls == CharClass::kWord || info.cls == CharClass::kUnspaced) {
      out += info.folded;
    } else if (info.cls != CharClass::kIgnorable) {
      out.push_back(' ');
    }
  }
  return out;
}

}  // namespace plenary::engine
