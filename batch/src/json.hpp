// A small JSON value with a writer and a strict parser: enough for the rollup
// (written by `ssf-batch`, read back by `ssf-batch merge`).
#pragma once
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace ssfb {

class Json {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    using Array = std::vector<Json>;
    using Object = std::vector<std::pair<std::string, Json>>;  // keeps key order

    Json() = default;
    Json(std::nullptr_t) {}
    Json(bool b) : type_(Type::Bool), bool_(b) {}
    Json(double d) : type_(Type::Number), number_(d) {}
    Json(int i) : Json(static_cast<double>(i)) {}
    Json(long i) : Json(static_cast<double>(i)) {}
    Json(long long i) : Json(static_cast<double>(i)) {}
    Json(unsigned long i) : Json(static_cast<double>(i)) {}
    Json(std::string s) : type_(Type::String), string_(std::move(s)) {}
    Json(const char* s) : Json(std::string(s)) {}
    static Json array() { Json j; j.type_ = Type::Array; return j; }
    static Json object() { Json j; j.type_ = Type::Object; return j; }

    Type type() const { return type_; }
    bool isNull() const { return type_ == Type::Null; }
    bool asBool() const;
    double asNumber() const;
    const std::string& asString() const;
    const Array& items() const;
    const Object& members() const;
    // Object member or nullptr.
    const Json* find(const std::string& key) const;

    void push(Json v);                        // arrays
    void set(const std::string& key, Json v);  // objects (appends or replaces)

    // Pretty-printed with 2-space indent; numbers in shortest round-trip form.
    std::string dump() const;
    static Json parse(const std::string& text);  // throws std::runtime_error

private:
    void dumpTo(std::string& out, int indent) const;
    Type type_ = Type::Null;
    bool bool_ = false;
    double number_ = 0;
    std::string string_;
    Array array_;
    Object object_;
};

// Number formatting shared by the writers: shortest text that reads back to
// the same double; non-finite numbers have no JSON form and become null.
std::string formatShortest(double d);

}  // namespace ssfb
