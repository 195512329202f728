// The UNO component Calc calls: one thin method per spreadsheet function,
// declared in methods.inc (generated from the catalogue) and defined in
// <group>_functions.cpp. Each converts its arguments (convert.hpp), calls the
// core, and converts the result inside guarded(), naming itself and its
// arguments with names.hpp (generated too).
#pragma once

#include "guard.hpp"
#include "names.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/ssfcalc/XFunctions.hpp>

namespace ssf::uno {

using css::uno::Any;
using CellRange = css::uno::Reference<css::table::XCellRange>;
using Caller = css::uno::Reference<css::beans::XPropertySet>;  // the document, passed by Calc

class Functions : public cppu::WeakImplHelper2<org::ssfcalc::XFunctions, css::lang::XServiceInfo> {
public:
    explicit Functions(const css::uno::Reference<css::uno::XComponentContext>& context) : context_(context) {}

    // One per catalogue function (generated from catalogue/functions.toml).
#include "methods.inc"

    // XServiceInfo: component.cpp
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;  // SSF_WHY calls the functions through reflection
};

}  // namespace ssf::uno
