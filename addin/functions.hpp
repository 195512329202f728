// The UNO component Calc calls: one thin method per spreadsheet function,
// defined in <group>_functions.cpp. Each converts its arguments
// (convert.hpp), calls the core, and converts the result inside guarded().
#pragma once

#include "guard.hpp"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/ssfcalc/XFunctions.hpp>

namespace ssf::uno {

using css::uno::Any;
using CellRange = css::uno::Reference<css::table::XCellRange>;

class Functions : public cppu::WeakImplHelper2<org::ssfcalc::XFunctions, css::lang::XServiceInfo> {
public:
    // Group A: impact_functions.cpp
    Any SAL_CALL revImpact(const CellRange& revenue, const CellRange& change) override;
    Any SAL_CALL gpDelta(const CellRange& revenue, const CellRange& margin, const CellRange& change,
                         const Any& newMargin) override;
    AnyMatrix SAL_CALL scenario(const CellRange& revenue, const CellRange& margin, const CellRange& change,
                                const Any& newMargin) override;
    Any SAL_CALL netImpact(const CellRange& revenue, const CellRange& margin, const CellRange& change,
                           const Any& costSavings) override;
    Any SAL_CALL breakEven(const CellRange& revenue, const CellRange& margin, const CellRange& change,
                           const Any& costSavings) override;
    Any SAL_CALL volumeEffect(const CellRange& revenue, const CellRange& margin, const CellRange& change) override;
    Any SAL_CALL mixEffect(const CellRange& revenue, const CellRange& margin, const CellRange& change) override;

    // Group B: checklist_functions.cpp
    Any SAL_CALL fitScore(const CellRange& answers, const Any& weights) override;
    Any SAL_CALL fitVerdict(const Any& score, const Any& strong, const Any& weak) override;
    AnyMatrix SAL_CALL fitMatrix(const Any& profiles, const Any& weights) override;
    Any SAL_CALL question(const Any& n) override;

    // XServiceInfo: component.cpp
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;
};

}  // namespace ssf::uno
