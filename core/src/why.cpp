// SSF_WHY's pure half (why.hpp): the formula reader, cell names and the
// meaning of Calc's error codes.
#include "ssf/why.hpp"

#include <cctype>
#include <cstdlib>

namespace ssf::why {

namespace {

using Kind = Argument::Kind;

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

bool isAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool isNameChar(char c) { return isAlpha(c) || isDigit(c) || c == '_' || c == '.' || static_cast<unsigned char>(c) >= 0x80; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

// The end of a quoted run starting at s[i] (a '"' or '\'' quote, doubled
// inside to escape it): the index after the closing quote, or s.size().
std::size_t skipQuoted(std::string_view s, std::size_t i) {
    const char q = s[i];
    for (++i; i < s.size(); ++i) {
        if (s[i] != q) continue;
        if (i + 1 < s.size() && s[i + 1] == q) {
            ++i;
            continue;
        }
        return i + 1;
    }
    return s.size();
}

std::string unquote(std::string_view quoted) {
    std::string out;
    for (std::size_t i = 1; i + 1 < quoted.size(); ++i) {
        out.push_back(quoted[i]);
        if (quoted[i] == quoted.front() && quoted[i + 1] == quoted.front()) ++i;
    }
    return out;
}

// Splits s (the text inside brackets) at top-level separators; stops at the
// closing bracket `close` at depth 0. `end` gets the index of that bracket
// (s.size() if it is missing).
std::vector<std::string_view> split(std::string_view s, const std::string& seps, char close, std::size_t& end) {
    std::vector<std::string_view> parts;
    std::size_t depth = 0, start = 0, i = 0;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '"' || c == '\'') {
            i = skipQuoted(s, i) - 1;
        } else if (c == '(' || c == '{') {
            ++depth;
        } else if ((c == ')' || c == '}') && depth > 0) {
            --depth;
        } else if (depth == 0 && c == close) {
            break;
        } else if (depth == 0 && seps.find(c) != std::string::npos) {
            parts.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    parts.push_back(s.substr(start, i - start));
    end = i;
    return parts;
}

// A cell part of a reference at s[i]: $?COL$?ROW, or (columns / rows only)
// $?COL or $?ROW. Returns the end or npos; appends the part without '$'.
std::size_t cellPart(std::string_view s, std::size_t i, std::string& out, bool& whole) {
    std::size_t j = i;
    std::string part;
    if (j < s.size() && s[j] == '$') ++j;
    std::size_t letters = 0;
    for (; j < s.size() && isAlpha(s[j]) && letters < 4; ++j, ++letters)
        part.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(s[j]))));
    if (letters > 3) return std::string_view::npos;
    std::size_t k = j;
    if (k < s.size() && s[k] == '$') ++k;
    std::size_t digits = 0;
    for (; k < s.size() && isDigit(s[k]) && digits < 8; ++k, ++digits) part.push_back(s[k]);
    if (letters == 0 && digits == 0) return std::string_view::npos;
    whole = letters == 0 || digits == 0;
    if (digits == 0) k = j;  // a column only: a '$' after it is not ours
    out += part;
    return k;
}

// An optional sheet prefix at s[i] ($Sheet1. or 'My data'.): returns the
// index after the '.', or i when there is none.
std::size_t sheetPart(std::string_view s, std::size_t i, std::string& sheet) {
    std::size_t j = i;
    if (j < s.size() && s[j] == '$') ++j;
    if (j < s.size() && s[j] == '\'') {
        std::size_t end = skipQuoted(s, j);
        if (end < s.size() && s[end] == '.') {
            sheet = unquote(s.substr(j, end - j));
            return end + 1;
        }
        return i;
    }
    std::size_t k = j;
    while (k < s.size() && (isAlpha(s[k]) || isDigit(s[k]) || s[k] == '_' || static_cast<unsigned char>(s[k]) >= 0x80)) ++k;
    if (k > j && k < s.size() && s[k] == '.') {
        sheet = std::string(s.substr(j, k - j));
        return k + 1;
    }
    return i;
}

bool reference(std::string_view s, Argument& a) {
    std::string sheet, range;
    bool whole1 = false, whole2 = false;
    std::size_t i = sheetPart(s, 0, sheet);
    i = cellPart(s, i, range, whole1);
    if (i == std::string_view::npos) return false;
    if (i < s.size() && s[i] == ':') {
        std::string sheet2;
        std::size_t j = sheetPart(s, i + 1, sheet2);
        if (!sheet2.empty() && sheet2 != sheet) return false;  // a 3-D reference: not one sheet
        range.push_back(':');
        i = cellPart(s, j, range, whole2);
        if (i == std::string_view::npos || whole1 != whole2) return false;
    } else if (whole1) {
        return false;  // "ABC" alone is a name, "12" a number
    }
    if (i != s.size()) return false;
    a.kind = Kind::Reference;
    a.sheet = sheet;
    a.range = range;
    return true;
}

bool number(std::string_view s, double& out) {
    if (s.empty() || s.size() > 64) return false;
    for (char c : s)
        if (!(isDigit(c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) return false;
    std::string copy(s);
    char* end = nullptr;
    out = std::strtod(copy.c_str(), &end);
    return end == copy.c_str() + copy.size() && (isDigit(s.front()) || s.front() == '.' || s.size() > 1);
}

Argument classify(std::string_view raw, std::size_t depth);

// name(args...) covering all of s.
bool call(std::string_view s, std::size_t depth, Argument& a) {
    std::size_t i = 0;
    while (i < s.size() && isNameChar(s[i])) ++i;
    if (i == 0 || !isAlpha(s[0]) || i >= s.size() || s[i] != '(') return false;
    std::size_t end = 0;
    std::string_view inside = s.substr(i + 1);
    std::vector<std::string_view> parts = split(inside, ";", ')', end);
    if (end >= inside.size() || end + 1 != inside.size()) return false;  // the call must end the text
    a.kind = Kind::Call;
    a.value = std::string(s.substr(0, i));
    if (depth >= kMaxDepth) {
        a.kind = Kind::Expression;
        return true;
    }
    if (!(parts.size() == 1 && trim(parts[0]).empty()))
        for (std::string_view p : parts) a.args.push_back(classify(p, depth + 1));
    return true;
}

bool inlineArray(std::string_view s, Argument& a) {
    if (s.size() < 2 || s.front() != '{' || s.back() != '}') return false;
    std::string_view inside = s.substr(1, s.size() - 2);
    std::size_t end = 0;
    std::vector<std::string_view> rows = split(inside, "|", '\0', end);
    for (std::string_view row : rows) {
        std::vector<std::string_view> items = split(row, ";", '\0', end);
        std::vector<Argument> out;
        for (std::string_view item : items) {
            Argument e = classify(item, kMaxDepth);
            if (e.kind != Kind::Number && e.kind != Kind::Text && e.kind != Kind::Boolean) return false;
            out.push_back(std::move(e));
        }
        if (!a.rows.empty() && a.rows.front().size() != out.size()) return false;
        a.rows.push_back(std::move(out));
    }
    a.kind = Kind::InlineArray;
    return true;
}

Argument classify(std::string_view raw, std::size_t depth) {
    Argument a;
    std::string_view s = trim(raw);
    a.text = std::string(s);
    if (s.empty()) return a;  // Missing
    if (s.front() == '"' && skipQuoted(s, 0) == s.size() && s.size() >= 2 && s.back() == '"') {
        a.kind = Kind::Text;
        a.value = unquote(s);
        return a;
    }
    for (const char* b : {"TRUE()", "TRUE", "FALSE()", "FALSE"})
        if (equalsIgnoringCase(s, b)) {
            a.kind = Kind::Boolean;
            a.number = (b[0] == 'T') ? 1.0 : 0.0;
            return a;
        }
    if (number(s, a.number)) {
        a.kind = Kind::Number;
        return a;
    }
    if (inlineArray(s, a)) return a;
    a.rows.clear();
    if (reference(s, a)) return a;
    if (call(s, depth, a)) return a;
    a.args.clear();
    std::size_t i = 0;
    while (i < s.size() && isNameChar(s[i])) ++i;
    if (i == s.size() && (isAlpha(s[0]) || s[0] == '_')) {
        a.kind = Kind::Name;
        a.value = a.text;
        return a;
    }
    a.kind = Kind::Expression;
    return a;
}

bool startsWithIgnoringCase(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && equalsIgnoringCase(s.substr(0, prefix.size()), prefix);
}

}  // namespace

std::vector<Call> findCalls(std::string_view formula, std::string_view prefix) {
    std::vector<Call> calls;
    std::string_view s = trim(formula);
    if (s.size() >= 3 && s.substr(0, 2) == "{=" && s.back() == '}') s = s.substr(2, s.size() - 3);
    else if (!s.empty() && s.front() == '=') s.remove_prefix(1);
    for (std::size_t i = 0; i < s.size() && calls.size() < kMaxCalls;) {
        const char c = s[i];
        if (c == '"' || c == '\'') {
            i = skipQuoted(s, i);
            continue;
        }
        if (!isAlpha(c) || (i > 0 && isNameChar(s[i - 1]))) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < s.size() && isNameChar(s[j])) ++j;
        std::string_view name = s.substr(i, j - i);
        if (j < s.size() && s[j] == '(' && startsWithIgnoringCase(name, prefix)) {
            std::size_t end = 0;
            std::string_view inside = s.substr(j + 1);
            std::vector<std::string_view> parts = split(inside, ";", ')', end);
            Call found;
            found.function = std::string(name);
            if (!(parts.size() == 1 && trim(parts[0]).empty()))
                for (std::string_view p : parts) found.args.push_back(classify(p, 1));
            calls.push_back(std::move(found));
            i = j + 1 + end + 1;
            continue;
        }
        i = j;
    }
    return calls;
}

std::string shown(std::string_view text, std::size_t limit) {
    if (text.size() <= limit) return std::string(text);
    std::size_t cut = limit;
    // Never cut inside a UTF-8 sequence.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(0, cut)) + "...";
}

std::string columnName(std::size_t column) {
    std::string out;
    for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26)
        out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
    return out;
}

std::string cellName(std::size_t column, std::size_t row) { return columnName(column) + std::to_string(row + 1); }

std::string calcErrorShown(int code) {
    switch (code) {
        case 503: return "#NUM!";
        case 519: return "#VALUE!";
        case 524: return "#REF!";
        case 525: return "#NAME?";
        case 532: return "#DIV/0!";
        case 32767: return "#N/A";
        default: return "Err:" + std::to_string(code);
    }
}

std::string calcError(int code) {
    std::string meaning;
    switch (code) {
        case 502: meaning = "invalid argument: a function refused one of its inputs"; break;
        case 503: meaning = "the result is not a finite number (too large, or a calculation with no answer)"; break;
        case 504:
            meaning = "Calc refused an argument before calling the function: an inline array, an expression "
                      "or a number where a cell reference belongs, or an error value in a range given as an array";
            break;
        case 507: case 508: case 509: case 510: case 511:
            meaning = "the formula is not written correctly (a bracket, operator or argument is missing)"; break;
        case 519: meaning = "a value of the wrong kind, e.g. an expression such as D2:D6*2 where a cell reference belongs"; break;
        case 522: meaning = "a circular reference: the formula depends on its own result"; break;
        case 523: meaning = "a calculation did not converge"; break;
        case 524: meaning = "a reference points to cells that no longer exist (deleted rows, columns or sheets)"; break;
        case 525: meaning = "an unknown name: a misspelt function or range name, or a function of an extension that is not installed"; break;
        case 532: meaning = "a division by zero in the formula or in a cell it uses"; break;
        case 32767: meaning = "not available: a value is not known yet"; break;
        default: meaning = "an error Calc reports with this code"; break;
    }
    return calcErrorShown(code) + " (" + meaning + ")";
}

}  // namespace ssf::why
