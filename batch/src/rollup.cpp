#include "rollup.hpp"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include "fsutil.hpp"
#include "json.hpp"

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

Json jsonValue(const CellValue& v) {
    switch (v.kind) {
    case CellValue::Kind::Number: return Json(v.number);
    case CellValue::Kind::Text: return Json(v.text);
    case CellValue::Kind::Error: {
        Json e = Json::object();
        e.set("error", v.text);
        return e;
    }
    default: return Json();  // missing and empty cells are null
    }
}

CellValue valueFromJson(const Json& j) {
    CellValue v;
    switch (j.type()) {
    case Json::Type::Number: v.kind = CellValue::Kind::Number; v.number = j.asNumber(); break;
    case Json::Type::String: v.kind = CellValue::Kind::Text; v.text = j.asString(); break;
    case Json::Type::Object:
        if (const Json* e = j.find("error")) {
            v.kind = CellValue::Kind::Error;
            v.text = e->asString();
        }
        break;
    default: v.kind = CellValue::Kind::Empty; break;
    }
    return v;
}

std::vector<std::string> stringList(const Json* j) {
    std::vector<std::string> out;
    if (j && !j->isNull())
        for (const auto& s : j->items()) out.push_back(s.asString());
    return out;
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
    Json root = Json::object();
    root.set("format", kFormat);
    root.set("generated_by", "ssf-batch " SSF_BATCH_VERSION);
    root.set("shard", rollup.shard);
    Json extracts = Json::array();
    for (const auto& e : rollup.extracts) extracts.push(e);
    root.set("extracts", extracts);
    long ok = 0;
    double seconds = 0;
    Json docs = Json::array();
    for (const auto& r : rollup.rows) {
        ok += r.ok;
        seconds += r.seconds;
        Json d = Json::object();
        d.set("path", r.path);
        d.set("status", r.ok ? "ok" : "failed");
        d.set("reason", r.reason);
        d.set("seconds", std::round(r.seconds * 1000) / 1000);
        d.set("error_cells", r.errorCells);
        Json errs = Json::array();
        for (const auto& e : r.errors) {
            Json je = Json::object();
            je.set("cell", e.cell);
            je.set("value", e.value);
            errs.push(je);
        }
        d.set("errors", errs);
        Json values = Json::object();
        for (std::size_t k = 0; k < rollup.extracts.size(); ++k)
            values.set(rollup.extracts[k], k < r.values.size() ? jsonValue(r.values[k]) : Json());
        d.set("values", values);
        Json warnings = Json::array();
        for (const auto& w : r.warnings) warnings.push(w);
        d.set("warnings", warnings);
        Json outputs = Json::array();
        for (const auto& o : r.outputs) outputs.push(o);
        d.set("outputs", outputs);
        docs.push(d);
    }
    Json summary = Json::object();
    summary.set("documents", static_cast<long>(rollup.rows.size()));
    summary.set("ok", ok);
    summary.set("failed", static_cast<long>(rollup.rows.size()) - ok);
    summary.set("document_seconds", std::round(seconds * 1000) / 1000);
    root.set("summary", summary);
    root.set("documents", docs);
    return root.dump();
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
        throw std::runtime_error(path + ": " + e.what());
    }
    const Json* format = root.find("format");
    if (!format || format->type() != Json::Type::String || format->asString() != kFormat)
        throw std::runtime_error(path + ": not an ssf-batch rollup (format is not \"" + kFormat + "\")");
    try {
        Rollup r;
        if (const Json* s = root.find("shard"); s && s->type() == Json::Type::String) r.shard = s->asString();
        r.extracts = stringList(root.find("extracts"));
        const Json* docs = root.find("documents");
        if (!docs) throw std::runtime_error("no \"documents\"");
        for (const auto& d : docs->items()) {
            Row row;
            row.path = d.find("path") ? d.find("path")->asString() : throw std::runtime_error("a document without path");
            row.ok = d.find("status") && d.find("status")->asString() == "ok";
            if (const Json* j = d.find("reason")) row.reason = j->asString();
            if (const Json* j = d.find("seconds")) row.seconds = j->asNumber();
            if (const Json* j = d.find("error_cells")) row.errorCells = static_cast<long>(j->asNumber());
            if (const Json* j = d.find("errors"))
                for (const auto& e : j->items())
                    row.errors.push_back({e.find("cell") ? e.find("cell")->asString() : "",
                                          e.find("value") ? e.find("value")->asString() : ""});
            const Json* values = d.find("values");
            for (const auto& name : r.extracts) {
                const Json* v = values ? values->find(name) : nullptr;
                row.values.push_back(v ? valueFromJson(*v) : CellValue{});
            }
            row.warnings = stringList(d.find("warnings"));
            row.outputs = stringList(d.find("outputs"));
            r.rows.push_back(std::move(row));
        }
        return r;
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

}  // namespace ssfb
