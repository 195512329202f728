// The local UNO runtime of the client and small conversions.
#pragma once
#include <string>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace ssfb {

namespace css = com::sun::star;
using rtl::OUString;

// The client's own component context, bootstrapped once from the unorc next
// to the UNO runtime (LibreOffice's program folder, found through the
// binary's RPATH), with the office API types added (the office's
// program/types/*.rdb): without them, calls returning office types crash.
css::uno::Reference<css::uno::XComponentContext> localContext(const std::string& programDir);

std::string toUtf8(const OUString& s);
OUString fromUtf8(const std::string& s);

// file:///... for an absolute path (percent-encoded as LibreOffice expects).
OUString fileUrl(const std::string& absPath);

// A UNO exception's message (source positions trimmed); when it has none,
// the exception's type name.
std::string describe(const css::uno::Exception& e);

// A media descriptor: props(prop("Hidden", Any(true)), ...). Debian's SDK
// has no Sequence initialiser lists.
inline css::beans::PropertyValue prop(const char* name, const css::uno::Any& value) {
    css::beans::PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

template <class... P>
css::uno::Sequence<css::beans::PropertyValue> props(const P&... ps) {
    const css::beans::PropertyValue all[] = {ps...};
    return css::uno::Sequence<css::beans::PropertyValue>(all, static_cast<sal_Int32>(sizeof...(ps)));
}

}  // namespace ssfb
