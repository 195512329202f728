// The client's local UNO context and string, URL and exception conversions.
#include "uno_util.hpp"

#include <cstdlib>
#include <cxxabi.h>
#include <mutex>
#include <typeinfo>
#include <stdexcept>

#include <cppuhelper/bootstrap.hxx>
#include <osl/file.hxx>
#include <rtl/bootstrap.hxx>

namespace ssfb {

css::uno::Reference<css::uno::XComponentContext> localContext(const std::string& programDir) {
    static std::once_flag once;
    static css::uno::Reference<css::uno::XComponentContext> ctx;
    std::call_once(once, [&] {
        // unorc reads UNO_TYPES=${ORIGIN}/types.rdb ${URE_MORE_TYPES}; the
        // office's fundamentalrc would add its user profile's extension types
        // too, which a client does not need: name only the API folder.
        rtl::Bootstrap::set("URE_MORE_TYPES", "<" + fileUrl(programDir + "/types") + ">*");
        ctx = cppu::defaultBootstrap_InitialComponentContext();
    });
    if (!ctx.is()) throw std::runtime_error("cannot bootstrap the local UNO runtime");
    return ctx;
}

std::string toUtf8(const OUString& s) { return rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr(); }

OUString fromUtf8(const std::string& s) {
    return rtl::OStringToOUString(rtl::OString(s.data(), static_cast<sal_Int32>(s.size())), RTL_TEXTENCODING_UTF8);
}

OUString fileUrl(const std::string& absPath) {
    OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(fromUtf8(absPath), url) != osl::FileBase::E_None)
        throw std::runtime_error("cannot make a file URL of " + absPath);
    return url;
}

std::string describe(const css::uno::Exception& e) {
    std::string msg = toUtf8(e.Message);
    // LibreOffice appends " at ./path/file.cxx:123" to many messages.
    auto at = msg.rfind("at ./");
    if (at != std::string::npos && (at == 0 || msg[at - 1] == ' ')) msg.erase(at);
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ' || msg.back() == ':')) msg.pop_back();
    if (msg.empty()) {
        // The dynamic type (RTTI, valid anywhere; cppu::getCaughtException()
        // would terminate the process outside a catch block).
        int status = 0;
        char* name = abi::__cxa_demangle(typeid(e).name(), nullptr, nullptr, &status);
        msg = status == 0 && name ? name : "a UNO exception";
        std::free(name);
        for (std::size_t at; (at = msg.find("::")) != std::string::npos;) msg.replace(at, 2, ".");
    }
    return msg;
}

}  // namespace ssfb
