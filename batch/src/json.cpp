#include "json.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace ssfb {

bool Json::asBool() const {
    if (type_ != Type::Bool) throw std::runtime_error("JSON: expected a boolean");
    return bool_;
}
double Json::asNumber() const {
    if (type_ != Type::Number) throw std::runtime_error("JSON: expected a number");
    return number_;
}
const std::string& Json::asString() const {
    if (type_ != Type::String) throw std::runtime_error("JSON: expected a string");
    return string_;
}
const Json::Array& Json::items() const {
    if (type_ != Type::Array) throw std::runtime_error("JSON: expected an array");
    return array_;
}
const Json::Object& Json::members() const {
    if (type_ != Type::Object) throw std::runtime_error("JSON: expected an object");
    return object_;
}
const Json* Json::find(const std::string& key) const {
    if (type_ != Type::Object) return nullptr;
    for (const auto& kv : object_)
        if (kv.first == key) return &kv.second;
    return nullptr;
}
void Json::push(Json v) {
    if (type_ != Type::Array) throw std::logic_error("JSON: push on a non-array");
    array_.push_back(std::move(v));
}
void Json::set(const std::string& key, Json v) {
    if (type_ != Type::Object) throw std::logic_error("JSON: set on a non-object");
    for (auto& kv : object_)
        if (kv.first == key) {
            kv.second = std::move(v);
            return;
        }
    object_.emplace_back(key, std::move(v));
}

std::string formatShortest(double d) {
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, d);
    return std::string(buf, r.ptr);
}

namespace {

// The length of the well-formed UTF-8 sequence at s[i], 0 when there is none
// (a file name need not be UTF-8; JSON text must be).
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

void escapeTo(std::string& out, const std::string& s) {
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else if (std::size_t n = utf8Length(s, i)) {
                out.append(s, i, n);  // UTF-8 passes through
                i += n;
                continue;
            } else {
                out += "\\ufffd";  // a byte that is not UTF-8: the replacement character
            }
        }
        ++i;
    }
    out += '"';
}

class Parser {
public:
    explicit Parser(const std::string& t) : t_(t) {}
    Json document() {
        Json v = value(0);
        ws();
        if (i_ != t_.size()) fail("trailing characters");
        return v;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error("JSON: " + what + " at offset " + std::to_string(i_));
    }
    void ws() {
        while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\n' || t_[i_] == '\r' || t_[i_] == '\t')) ++i_;
    }
    bool literal(const char* word) {
        std::size_t n = std::char_traits<char>::length(word);
        if (t_.compare(i_, n, word) == 0) {
            i_ += n;
            return true;
        }
        return false;
    }
    Json value(int depth) {
        if (depth > 64) fail("nesting too deep");
        ws();
        if (i_ >= t_.size()) fail("unexpected end");
        char c = t_[i_];
        if (c == '{') return object(depth);
        if (c == '[') return array(depth);
        if (c == '"') return Json(string());
        if (literal("null")) return Json();
        if (literal("true")) return Json(true);
        if (literal("false")) return Json(false);
        return Json(number());
    }
    Json object(int depth) {
        Json o = Json::object();
        ++i_;
        ws();
        if (i_ < t_.size() && t_[i_] == '}') {
            ++i_;
            return o;
        }
        for (;;) {
            ws();
            if (i_ >= t_.size() || t_[i_] != '"') fail("expected a key");
            std::string key = string();
            ws();
            if (i_ >= t_.size() || t_[i_] != ':') fail("expected ':'");
            ++i_;
            o.set(key, value(depth + 1));
            ws();
            if (i_ < t_.size() && t_[i_] == ',') {
                ++i_;
                continue;
            }
            if (i_ < t_.size() && t_[i_] == '}') {
                ++i_;
                return o;
            }
            fail("expected ',' or '}'");
        }
    }
    Json array(int depth) {
        Json a = Json::array();
        ++i_;
        ws();
        if (i_ < t_.size() && t_[i_] == ']') {
            ++i_;
            return a;
        }
        for (;;) {
            a.push(value(depth + 1));
            ws();
            if (i_ < t_.size() && t_[i_] == ',') {
                ++i_;
                continue;
            }
            if (i_ < t_.size() && t_[i_] == ']') {
                ++i_;
                return a;
            }
            fail("expected ',' or ']'");
        }
    }
    unsigned hex4() {
        if (i_ + 4 > t_.size()) fail("short \\u escape");
        unsigned v = 0;
        for (int k = 0; k < 4; ++k) {
            char c = t_[i_++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= c - '0';
            else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
            else fail("bad \\u escape");
        }
        return v;
    }
    static void utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    std::string string() {
        ++i_;  // opening quote
        std::string out;
        for (;;) {
            if (i_ >= t_.size()) fail("unterminated string");
            char c = t_[i_++];
            if (c == '"') return out;
            if (static_cast<unsigned char>(c) < 0x20) fail("control character in string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (i_ >= t_.size()) fail("unterminated escape");
            char e = t_[i_++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xD800 && cp < 0xDC00 && t_.compare(i_, 2, "\\u") == 0) {
                    i_ += 2;
                    unsigned lo = hex4();
                    if (lo < 0xDC00 || lo > 0xDFFF) fail("bad surrogate pair");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                }
                utf8(out, cp);
                break;
            }
            default: fail("bad escape");
            }
        }
    }
    double number() {
        std::size_t start = i_;
        if (i_ < t_.size() && t_[i_] == '-') ++i_;
        while (i_ < t_.size() && std::string("0123456789.eE+-").find(t_[i_]) != std::string::npos) ++i_;
        if (i_ == start) fail("unexpected character");
        double d = 0;
        auto r = std::from_chars(t_.data() + start, t_.data() + i_, d);
        if (r.ec != std::errc() || r.ptr != t_.data() + i_) fail("bad number");
        return d;
    }
    const std::string& t_;
    std::size_t i_ = 0;
};

}  // namespace

void Json::dumpTo(std::string& out, int indent) const {
    const std::string pad(static_cast<std::size_t>(indent + 2), ' ');
    const std::string closePad(static_cast<std::size_t>(indent), ' ');
    switch (type_) {
    case Type::Null: out += "null"; break;
    case Type::Bool: out += bool_ ? "true" : "false"; break;
    case Type::Number: out += std::isfinite(number_) ? formatShortest(number_) : "null"; break;
    case Type::String: escapeTo(out, string_); break;
    case Type::Array:
        if (array_.empty()) {
            out += "[]";
            break;
        }
        out += "[\n";
        for (std::size_t k = 0; k < array_.size(); ++k) {
            out += pad;
            array_[k].dumpTo(out, indent + 2);
            out += k + 1 < array_.size() ? ",\n" : "\n";
        }
        out += closePad + "]";
        break;
    case Type::Object:
        if (object_.empty()) {
            out += "{}";
            break;
        }
        out += "{\n";
        for (std::size_t k = 0; k < object_.size(); ++k) {
            out += pad;
            escapeTo(out, object_[k].first);
            out += ": ";
            object_[k].second.dumpTo(out, indent + 2);
            out += k + 1 < object_.size() ? ",\n" : "\n";
        }
        out += closePad + "}";
        break;
    }
}

std::string Json::dump() const {
    std::string out;
    dumpTo(out, 0);
    out += '\n';
    return out;
}

Json Json::parse(const std::string& text) { return Parser(text).document(); }

}  // namespace ssfb
