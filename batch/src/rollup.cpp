// rollup.csv and rollup.json: written after every run, rollup.json read back
// by `ssf-batch merge` and by a run that finds one in --out.
#include "rollup.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "fsutil.hpp"

namespace ssfb {
namespace {

const char* const kFormat = "ssf-batch-rollup/1";

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

// CSV shows numbers as Calc would at most (15 significant digits); the JSON
// keeps the exact double.
std::string csvNumber(double d) {
    if (!std::isfinite(d)) return std::isnan(d) ? "NaN" : (d > 0 ? "Infinity" : "-Infinity");
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.15g", d);
    return buf;
}

std::string csvValue(const CellValue& v) {
    switch (v.kind) {
    case CellValue::Kind::Number: return csvNumber(v.number);
    case CellValue::Kind::Text:
    case CellValue::Kind::Error: return v.text;
    default: return "";
    }
}

std::string joined(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        if (k) out += sep;
        out += parts[k];
    }
    return out;
}

// rollup.json's model: nlohmann's JSON, keeping members in the order written.
using Json = nlohmann::ordered_json;

// The length of the well-formed UTF-8 sequence at s[i], 0 when there is none.
std::size_t utf8Length(const std::string& s, std::size_t i) {
    const auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    const unsigned c = b(0);
    const auto cont = [&](std::size_t k) { return (b(k) & 0xC0) == 0x80; };
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;  // no overlongs, no surrogates
        return b(1) >= lo && b(1) <= hi && cont(2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return b(1) >= lo && b(1) <= hi && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}

// JSON text must be UTF-8; a file name need not be, and a cell text may hold
// a lone surrogate. Each byte outside a well-formed sequence becomes U+FFFD:
// one per byte, as ssf-batch has always written them (nlohmann's own
// replacement gives one per cut-short sequence).
std::string validUtf8(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        if (std::size_t n = utf8Length(s, i)) {
            out.append(s, i, n);
            i += n;
        } else {
            out += "\xef\xbf\xbd";
            ++i;
        }
    }
    return out;
}

// nlohmann's pretty layout (two-space indent), except numbers: the shortest
// text that reads back to the same double (std::to_chars: 100, 1e+05, 0.25),
// as the rollup has always carried them, where nlohmann writes 100.0 and
// 100000.0 (a float, not an integer, to a reader such as Python's json).
// Non-finite numbers have no JSON form and become null.
void writeJson(std::string& out, const Json& j, std::size_t indent) {
    switch (j.type()) {
    case Json::value_t::number_float: {
        const double d = j.get<double>();
        if (!std::isfinite(d)) {
            out += "null";
            return;
        }
        char buf[32];
        out.append(buf, std::to_chars(buf, buf + sizeof buf, d).ptr);
        return;
    }
    case Json::value_t::string: out += Json(validUtf8(j.get_ref<const std::string&>())).dump(); return;
    case Json::value_t::array:
    case Json::value_t::object: {
        if (j.empty()) break;
        const bool object = j.is_object();
        out += object ? "{\n" : "[\n";
        std::size_t k = 0;
        for (auto it = j.begin(); it != j.end(); ++it) {
            out.append(indent + 2, ' ');
            if (object) out += Json(validUtf8(it.key())).dump() + ": ";
            writeJson(out, *it, indent + 2);
            out += ++k < j.size() ? ",\n" : "\n";
        }
        out.append(indent, ' ');
        out += object ? '}' : ']';
        return;
    }
    default: break;
    }
    out += j.dump();  // null, booleans, integers, empty lists
}

Json jsonValue(const CellValue& v) {
    switch (v.kind) {
    case CellValue::Kind::Number: return v.number;
    case CellValue::Kind::Text: return v.text;
    case CellValue::Kind::Error: return {{"error", v.text}};
    default: return nullptr;  // missing and empty cells are null
    }
}

// Member `key` of object `j`, or nullptr.
const Json* member(const Json& j, const char* key) {
    const auto it = j.find(key);
    return it == j.end() ? nullptr : &*it;
}

const std::string& text(const Json& j) {
    if (!j.is_string()) throw std::runtime_error("expected a text, found " + j.dump());
    return j.get_ref<const std::string&>();
}

CellValue valueFromJson(const Json& j) {
    CellValue v;
    if (j.is_number()) {
        v.kind = CellValue::Kind::Number;
        v.number = j.get<double>();
    } else if (j.is_string()) {
        v.kind = CellValue::Kind::Text;
        v.text = text(j);
    } else if (const Json* e = j.is_object() ? member(j, "error") : nullptr) {
        v.kind = CellValue::Kind::Error;
        v.text = text(*e);
    } else if (!j.is_object()) {
        v.kind = CellValue::Kind::Empty;
    }
    return v;
}

std::vector<std::string> stringList(const Json* j) {
    std::vector<std::string> out;
    if (j && !j->is_null()) {
        if (!j->is_array()) throw std::runtime_error("expected a list, found " + j->dump());
        for (const auto& s : *j) out.push_back(text(s));
    }
    return out;
}

// nlohmann's messages start with "[json.exception.parse_error.101] ".
std::string withoutExceptionId(const std::exception& e) {
    const std::string what = e.what();
    const auto close = what.find("] ");
    return what.rfind("[json.exception.", 0) == 0 && close != std::string::npos ? what.substr(close + 2) : what;
}

}  // namespace

std::string rollupCsv(const Rollup& rollup) {
    std::string out = "path,status,reason,seconds,error_cells,first_errors";
    for (const auto& e : rollup.extracts) out += "," + csvField(e);
    out += ",warnings,outputs\n";
    for (const auto& r : rollup.rows) {
        std::vector<std::string> errs;
        for (const auto& e : r.errors) errs.push_back(e.cell + "=" + e.value);
        char secs[32];
        std::snprintf(secs, sizeof secs, "%.3f", r.seconds);
        out += csvField(r.path) + "," + (r.ok ? "ok" : "failed") + "," + csvField(r.reason) + "," + secs + "," +
               std::to_string(r.errorCells) + "," + csvField(joined(errs, "; "));
        for (std::size_t k = 0; k < rollup.extracts.size(); ++k)
            out += "," + csvField(k < r.values.size() ? csvValue(r.values[k]) : std::string());
        out += "," + csvField(joined(r.warnings, "; ")) + "," + csvField(joined(r.outputs, "; ")) + "\n";
    }
    return out;
}

std::string rollupJson(const Rollup& rollup) {
    Json root = {{"format", kFormat},
                 {"generated_by", "ssf-batch " SSF_BATCH_VERSION},
                 {"shard", rollup.shard},
                 {"extracts", rollup.extracts}};
    long ok = 0;
    double seconds = 0;
    Json docs = Json::array();
    for (const auto& r : rollup.rows) {
        ok += r.ok;
        seconds += r.seconds;
        Json errs = Json::array();
        for (const auto& e : r.errors) errs.push_back({{"cell", e.cell}, {"value", e.value}});
        Json values = Json::object();
        for (std::size_t k = 0; k < rollup.extracts.size(); ++k)
            values[rollup.extracts[k]] = k < r.values.size() ? jsonValue(r.values[k]) : Json();
        docs.push_back({{"path", r.path},
                        {"status", r.ok ? "ok" : "failed"},
                        {"reason", r.reason},
                        {"seconds", std::round(r.seconds * 1000) / 1000},
                        {"error_cells", r.errorCells},
                        {"errors", errs},
                        {"values", values},
                        {"warnings", r.warnings},
                        {"outputs", r.outputs}});
    }
    const long documents = static_cast<long>(rollup.rows.size());
    root["summary"] = {{"documents", documents},
                       {"ok", ok},
                       {"failed", documents - ok},
                       {"document_seconds", std::round(seconds * 1000) / 1000}};
    root["documents"] = docs;
    std::string out;
    writeJson(out, root, 0);
    return out + '\n';
}

void writeRollup(const std::string& dir, const Rollup& rollup) {
    writeAtomically((std::filesystem::path(dir) / "rollup.csv").string(), rollupCsv(rollup));
    writeAtomically((std::filesystem::path(dir) / "rollup.json").string(), rollupJson(rollup));
}

Rollup readRollupJson(const std::string& path) {
    Json root;
    try {
        root = Json::parse(readFile(path));
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": not readable as JSON (" + withoutExceptionId(e) + ")");
    }
    const Json* format = member(root, "format");
    if (!format || !format->is_string() || *format != kFormat)
        throw std::runtime_error(path + ": not an ssf-batch rollup (format is not \"" + kFormat + "\")");
    try {
        Rollup r;
        if (const Json* s = member(root, "shard"); s && s->is_string()) r.shard = text(*s);
        r.extracts = stringList(member(root, "extracts"));
        const Json* docs = member(root, "documents");
        if (!docs || !docs->is_array()) throw std::runtime_error("no list of \"documents\"");
        for (const auto& d : *docs) {
            if (!d.is_object()) throw std::runtime_error("a document that is not an object");
            Row row;
            const Json* docPath = member(d, "path");
            if (!docPath) throw std::runtime_error("a document without path");
            row.path = text(*docPath);
            const Json* status = member(d, "status");
            row.ok = status && text(*status) == "ok";
            if (const Json* j = member(d, "reason")) row.reason = text(*j);
            if (const Json* j = member(d, "seconds")) {
                if (!j->is_number()) throw std::runtime_error("seconds is not a number");
                row.seconds = j->get<double>();
            }
            if (const Json* j = member(d, "error_cells")) {
                if (!j->is_number_integer()) throw std::runtime_error("error_cells is not a whole number");
                row.errorCells = j->get<long>();
            }
            if (const Json* j = member(d, "errors")) {
                if (!j->is_array()) throw std::runtime_error("errors is not a list");
                for (const auto& e : *j) {
                    const Json* cell = member(e, "cell");
                    const Json* value = member(e, "value");
                    row.errors.push_back({cell ? text(*cell) : "", value ? text(*value) : ""});
                }
            }
            const Json* values = member(d, "values");
            for (const auto& name : r.extracts) {
                const Json* v = values ? member(*values, name.c_str()) : nullptr;
                row.values.push_back(v ? valueFromJson(*v) : CellValue{});
            }
            row.warnings = stringList(member(d, "warnings"));
            row.outputs = stringList(member(d, "outputs"));
            r.rows.push_back(std::move(row));
        }
        return r;
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": " + withoutExceptionId(e));
    }
}

}  // namespace ssfb
