// How the core's outcomes become what Calc shows, for every method:
//   ssf::InputError   -> IllegalArgumentException -> Err:502
//   ssf::NotAvailable -> void Any / 1x1 #N/A array -> #N/A
//   anything else     -> RuntimeException         -> #VALUE!  (never a crash)
#pragma once

#include "convert.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <exception>
#include <new>
#include <optional>
#include <string>

namespace ssf::uno {

inline rtl::OUString message(const char* function, const char* what) {
    return rtl::OUString::createFromAscii(function) + ": " + rtl::OStringToOUString(what, RTL_TEXTENCODING_UTF8);
}

// What a function returns when its result cannot be known yet.
inline css::uno::Any notAvailable(css::uno::Any*) { return css::uno::Any(); }  // void: #N/A
inline AnyMatrix notAvailable(AnyMatrix*) { return notAvailableMatrix(); }    // an empty array would be #VALUE!

// Why the last guarded call on this thread did not give a value. SSF_WHY
// (addin/why_explainer.cpp) clears it, calls a function and reads it: the UNO exception only
// carries a text and #N/A carries nothing. Written on failure only, so the
// functions' normal path does not pay for it.
struct Problem {
    enum class Kind { None, Input, NotAvailable, Other } kind = Kind::None;
    std::string message;  // the core's what()
    ssf::Place place;     // where, when the core knows
};
inline Problem& lastProblem() {
    thread_local Problem problem;
    return problem;
}
inline void noteProblem(Problem::Kind kind, const char* what, const ssf::Place& place = ssf::Place()) noexcept {
    try {
        lastProblem() = Problem{kind, what, place};
    } catch (...) {  // out of memory: SSF_WHY then knows less, the call is unchanged
    }
}

// Runs one spreadsheet function's body; `function` names it in messages.
template <class F>
auto guarded(const char* function, F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const ssf::InputError& e) {
        noteProblem(Problem::Kind::Input, e.what(), e);
        throw css::lang::IllegalArgumentException(message(function, e.what()), nullptr, 0);
    } catch (const ssf::NotAvailable& e) {
        noteProblem(Problem::Kind::NotAvailable, e.what(), e);
        return notAvailable(static_cast<decltype(body())*>(nullptr));
    } catch (const css::uno::Exception&) {
        throw;  // already a UNO exception (e.g. a disposed range)
    } catch (const std::bad_alloc&) {
        noteProblem(Problem::Kind::Input, "the input is too large");
        throw css::lang::IllegalArgumentException(message(function, "the input is too large"), nullptr, 0);
    } catch (const std::exception& e) {
        noteProblem(Problem::Kind::Other, e.what());
        throw css::uno::RuntimeException(message(function, e.what()));
    } catch (...) {
        noteProblem(Problem::Kind::Other, "internal error");
        throw css::uno::RuntimeException(message(function, "internal error"));
    }
}

// Keeps an optional range alive while the core reads it through a pointer.
struct OptionalRange {
    std::optional<ssf::Range> range;
    explicit OptionalRange(const css::uno::Any& value) : range(optionalArray(value)) {}
    const ssf::Range* get() const { return range ? &*range : nullptr; }
};

}  // namespace ssf::uno
