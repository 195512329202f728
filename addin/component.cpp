// Service information and the one exported symbol, which
// registration/ssfcalc.components names as the constructor.
#include "functions.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/supportsservice.hxx>

namespace ssf::uno {

// Names are a file format: ODF stores ORG.SSFCALC.FUNCTIONS.<METHOD>.
constexpr char kImplementationName[] = "org.ssfcalc.FunctionsImpl";
constexpr char kServiceName[] = "org.ssfcalc.Functions";
constexpr char kAddInService[] = "com.sun.star.sheet.AddIn";

rtl::OUString Functions::getImplementationName() { return rtl::OUString::createFromAscii(kImplementationName); }

sal_Bool Functions::supportsService(const rtl::OUString& name) { return cppu::supportsService(this, name); }

css::uno::Sequence<rtl::OUString> Functions::getSupportedServiceNames() {
    css::uno::Sequence<rtl::OUString> names(2);
    names[0] = rtl::OUString::createFromAscii(kServiceName);
    names[1] = rtl::OUString::createFromAscii(kAddInService);
    return names;
}

}  // namespace ssf::uno

extern "C" SAL_DLLPUBLIC_EXPORT com::sun::star::uno::XInterface* org_ssfcalc_FunctionsImpl_get_implementation(
    com::sun::star::uno::XComponentContext* context, com::sun::star::uno::Sequence<com::sun::star::uno::Any> const&) {
    auto* instance = new ssf::uno::Functions(context);
    instance->acquire();
    return static_cast<cppu::OWeakObject*>(instance);
}
