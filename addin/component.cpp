// Service information and the one exported symbol, which
// registration/ssfcalc.components names as the constructor.
#include "functions.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/supportsservice.hxx>

namespace ssf::uno {

// The service and implementation names come from the catalogue (names.hpp);
// they are a file format: ODF stores ORG.SSFCALC.FUNCTIONS.<METHOD>.
constexpr char kAddInService[] = "com.sun.star.sheet.AddIn";

rtl::OUString Functions::getImplementationName() { return rtl::OUString::createFromAscii(names::kImplementation); }

sal_Bool Functions::supportsService(const rtl::OUString& name) { return cppu::supportsService(this, name); }

css::uno::Sequence<rtl::OUString> Functions::getSupportedServiceNames() {
    css::uno::Sequence<rtl::OUString> services(2);
    services[0] = rtl::OUString::createFromAscii(names::kService);
    services[1] = rtl::OUString::createFromAscii(kAddInService);
    return services;
}

}  // namespace ssf::uno

extern "C" SAL_DLLPUBLIC_EXPORT com::sun::star::uno::XInterface* org_ssfcalc_FunctionsImpl_get_implementation(
    com::sun::star::uno::XComponentContext* context, com::sun::star::uno::Sequence<com::sun::star::uno::Any> const&) {
    auto* instance = new ssf::uno::Functions(context);
    instance->acquire();
    return static_cast<cppu::OWeakObject*>(instance);
}
