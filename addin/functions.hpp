// The UNO component Calc calls: one thin method per spreadsheet function,
// defined in <group>_functions.cpp. Each converts its arguments
// (convert.hpp), calls the core, and converts the result inside guarded().
#pragma once

#include "guard.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/ssfcalc/XFunctions.hpp>

namespace ssf::uno {

using css::uno::Any;
using CellRange = css::uno::Reference<css::table::XCellRange>;

class Functions : public cppu::WeakImplHelper2<org::ssfcalc::XFunctions, css::lang::XServiceInfo> {
public:
    explicit Functions(const css::uno::Reference<css::uno::XComponentContext>& context) : context_(context) {}

    // Group A: impact_functions.cpp
    Any SAL_CALL revImpact(const CellRange& revenue, const CellRange& change) override;
    Any SAL_CALL gpDelta(const CellRange& revenue, const CellRange& margin, const CellRange& change,
                         const Any& newMargin) override;
    AnyMatrix SAL_CALL scenario(const CellRange& revenue, const CellRange& margin, const CellRange& change,
                                const Any& newMargin, const Any& headers) override;
    Any SAL_CALL netImpact(const CellRange& revenue, const CellRange& margin, const CellRange& change,
                           const Any& costSavings) override;
    Any SAL_CALL breakEven(const CellRange& revenue, const CellRange& margin, const CellRange& change,
                           const Any& costSavings) override;
    Any SAL_CALL volumeEffect(const CellRange& revenue, const CellRange& margin, const CellRange& change) override;
    Any SAL_CALL mixEffect(const CellRange& revenue, const CellRange& margin, const CellRange& change) override;

    // Group B: checklist_functions.cpp
    Any SAL_CALL fitScore(const CellRange& answers, const Any& weights) override;
    Any SAL_CALL fitVerdict(const Any& score, const Any& strong, const Any& weak) override;
    AnyMatrix SAL_CALL fitMatrix(const CellRange& profiles, const Any& weights, const Any& headers) override;
    Any SAL_CALL question(const Any& n) override;

    // Group C: levers_functions.cpp
    Any SAL_CALL quotaCredit(const CellRange& bookings, const CellRange& creditRate) override;
    Any SAL_CALL attainment(const CellRange& bookings, const CellRange& creditRate, const Any& quota,
                            const Any& productMinimum) override;
    Any SAL_CALL payout(const Any& attainment, const Any& targetIncentive, const CellRange& curve,
                       const Any& cap) override;
    Any SAL_CALL commission(const Any& amount, const CellRange& tiers, const Any& mode) override;
    Any SAL_CALL overlayCost(const Any& bookings, const CellRange& rates) override;
    Any SAL_CALL spiffRoi(const Any& incrementalUnits, const Any& unitMargin, const Any& spiffPerUnit,
                          const Any& eligibleUnits) override;

    // Group D: mindshare_functions.cpp
    Any SAL_CALL velocity(const Any& opportunities, const Any& dealSize, const Any& winRate,
                          const Any& cycleDays) override;
    AnyMatrix SAL_CALL mindshare(const CellRange& opportunities, const CellRange& dealSize, const CellRange& winRate,
                                 const CellRange& cycleDays, const Any& access, const Any& comfort,
                                 const Any& creditRate, const Any& headers) override;
    Any SAL_CALL response(const Any& effort, const Any& floor, const Any& ceiling, const Any& shape,
                          const Any& scale) override;
    AnyMatrix SAL_CALL responseFit(const Any& floor, const Any& ceiling, const Any& at150, const Any& headers) override;

    // Group E: channel_functions.cpp
    Any SAL_CALL partnerScore(const CellRange& values, const CellRange& thresholds, const CellRange& weights) override;
    Any SAL_CALL partnerTier(const CellRange& values, const CellRange& thresholds, const CellRange& weights,
                             const Any& qualify) override;

    // Group F: risk_functions.cpp
    AnyMatrix SAL_CALL tornado(const CellRange& revenue, const CellRange& margin, const CellRange& low,
                               const CellRange& likely, const CellRange& high, const Any& costSavings,
                               const Any& headers) override;
    AnyMatrix SAL_CALL risk(const CellRange& revenue, const CellRange& margin, const CellRange& low,
                            const CellRange& likely, const CellRange& high, const Any& costSavings,
                            const Any& trials, const Any& seed, const Any& mode, const Any& headers) override;
    AnyMatrix SAL_CALL riskCurve(const CellRange& revenue, const CellRange& margin, const CellRange& low,
                                 const CellRange& likely, const CellRange& high, const CellRange& probabilities,
                                 const Any& costSavings, const Any& trials, const Any& seed,
                                 const Any& mode) override;

    // SSF_WHY: why_functions.cpp
    Any SAL_CALL why(const CellRange& target, const css::uno::Reference<css::beans::XPropertySet>& document) override;

    // XServiceInfo: component.cpp
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;  // SSF_WHY calls the functions through reflection
};

}  // namespace ssf::uno
