// The "Shared Sales Force" menu's commands (registration/Addons.xcu): a
// protocol handler for org.ssfcalc.menu:<command> (ProtocolHandler.xcu), so
// the menu runs our C++ and no macro.
#include "names.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/deployment/XPackageInformationProvider.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/URL.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>

#include <string>

namespace ssf::uno {
namespace {

namespace css = com::sun::star;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

constexpr char kImplementationName[] = "org.ssfcalc.MenuHandlerImpl";
constexpr char kProtocol[] = "org.ssfcalc.menu:";
constexpr char kInsertChecklist[] = "InsertChecklist";
constexpr char kNewWorkbook[] = "NewDecisionWorkbook";
constexpr char kExtensionId[] = "org.ssfcalc.extension";
constexpr char kTemplate[] = "/templates/decision.ots";  // built by samples/build.py --template
constexpr int kQuestions = 6;

rtl::OUString ascii(const char* text) { return rtl::OUString::createFromAscii(text); }

// "B7" for column 1, row 6 (0-based), as formulas in the API grammar need.
std::string cellName(sal_Int32 column, sal_Int32 row) {
    std::string letters;
    for (sal_Int32 c = column + 1; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), char('A' + (c - 1) % 26));
    return letters + std::to_string(row + 1);
}

class MenuHandler
    : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XDispatch,
                                   css::lang::XInitialization, css::lang::XServiceInfo> {
public:
    explicit MenuHandler(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

    // XInitialization: the framework passes the frame the command runs in.
    void SAL_CALL initialize(const Sequence<css::uno::Any>& args) override {
        if (args.getLength() > 0) args[0] >>= frame_;
    }

    // XDispatchProvider
    Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url, const rtl::OUString&,
                                                            sal_Int32) override {
        if (url.Complete == ascii(kProtocol) + ascii(kInsertChecklist) ||
            url.Complete == ascii(kProtocol) + ascii(kNewWorkbook))
            return this;
        return {};
    }
    Sequence<Reference<css::frame::XDispatch>> SAL_CALL queryDispatches(
        const Sequence<css::frame::DispatchDescriptor>& requests) override {
        Sequence<Reference<css::frame::XDispatch>> out(requests.getLength());
        for (sal_Int32 i = 0; i < requests.getLength(); ++i)
            out[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
        return out;
    }

    // XDispatch: errors stay inside (a menu command must never take the office down).
    void SAL_CALL dispatch(const css::util::URL& url, const Sequence<css::beans::PropertyValue>& args) override {
        try {
            if (url.Complete == ascii(kProtocol) + ascii(kInsertChecklist)) insertChecklist();
            if (url.Complete == ascii(kProtocol) + ascii(kNewWorkbook)) newWorkbook(args);
        } catch (const css::uno::Exception&) {
            // Not a spreadsheet, no cell selected, a protected sheet, a
            // missing template: nothing is inserted or opened.
        }
    }
    void SAL_CALL addStatusListener(const Reference<css::frame::XStatusListener>&, const css::util::URL&) override {}
    void SAL_CALL removeStatusListener(const Reference<css::frame::XStatusListener>&, const css::util::URL&) override {}

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override { return ascii(kImplementationName); }
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override { return cppu::supportsService(this, name); }
    Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override {
        Sequence<rtl::OUString> names(1);
        names[0] = ascii("com.sun.star.frame.ProtocolHandler");
        return names;
    }

private:
    // The six questions (SSF_QUESTION) with an answer column, then the fit
    // score and the verdict, from the top-left cell of the selection down.
    void insertChecklist() {
        Reference<css::frame::XController> controller(frame_->getController(), UNO_QUERY_THROW);
        Reference<css::sheet::XSpreadsheetDocument> doc(controller->getModel(), UNO_QUERY_THROW);
        Reference<css::view::XSelectionSupplier> selection(controller, UNO_QUERY_THROW);
        Reference<css::sheet::XCellRangeAddressable> at(selection->getSelection(), UNO_QUERY_THROW);
        const css::table::CellRangeAddress where = at->getRangeAddress();
        Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(where.Sheet), UNO_QUERY_THROW);
        const sal_Int32 col = where.StartColumn, row = where.StartRow;
        auto cell = [&](sal_Int32 dc, sal_Int32 dr) { return sheet->getCellByPosition(col + dc, row + dr); };
        auto text = [&](sal_Int32 dc, sal_Int32 dr, const char* value) {
            Reference<css::text::XText>(cell(dc, dr), UNO_QUERY_THROW)->setString(ascii(value));
        };
        auto formula = [&](sal_Int32 dc, sal_Int32 dr, const std::string& f) {
            cell(dc, dr)->setFormula(rtl::OUString::createFromAscii(f.c_str()));
        };
        auto call = [](const char* function, const std::string& argument) {
            return "=" + std::string(function) + "(" + argument + ")";
        };
        text(0, 0, "Shared Sales Force Checklist");
        text(1, 0, "Answer (Yes/No)");
        for (int q = 1; q <= kQuestions; ++q) formula(0, q, call(names::question::kName, std::to_string(q)));
        const std::string answers = cellName(col + 1, row + 1) + ":" + cellName(col + 1, row + kQuestions);
        text(0, kQuestions + 1, "Fit score");
        formula(1, kQuestions + 1, call(names::fitScore::kName, answers));
        text(0, kQuestions + 2, "Verdict");
        formula(1, kQuestions + 2, call(names::fitVerdict::kName, cellName(col + 1, row + kQuestions + 1)));
    }

    // A new untitled document from the template shipped in the .oxt. The
    // dispatch's arguments go to the loader as they do for .uno:Open (the
    // office tests pass Hidden: a headless office cannot show a window).
    void newWorkbook(const Sequence<css::beans::PropertyValue>& dispatchArgs) {
        Reference<css::deployment::XPackageInformationProvider> packages(
            context_->getValueByName(ascii("/singletons/com.sun.star.deployment.PackageInformationProvider")),
            UNO_QUERY_THROW);
        const rtl::OUString folder = packages->getPackageLocation(ascii(kExtensionId));
        if (folder.isEmpty()) return;
        Sequence<css::beans::PropertyValue> args(dispatchArgs.getLength() + 1);
        for (sal_Int32 i = 0; i < dispatchArgs.getLength(); ++i) args[i] = dispatchArgs[i];
        args[dispatchArgs.getLength()].Name = ascii("AsTemplate");
        args[dispatchArgs.getLength()].Value <<= true;
        css::frame::Desktop::create(context_)->loadComponentFromURL(folder + ascii(kTemplate), ascii("_blank"), 0,
                                                                   args);
    }

    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XFrame> frame_;
};

}  // namespace
}  // namespace ssf::uno

extern "C" SAL_DLLPUBLIC_EXPORT com::sun::star::uno::XInterface* org_ssfcalc_MenuHandlerImpl_get_implementation(
    com::sun::star::uno::XComponentContext* context, com::sun::star::uno::Sequence<com::sun::star::uno::Any> const&) {
    auto* instance = new ssf::uno::MenuHandler(context);
    instance->acquire();
    return static_cast<cppu::OWeakObject*>(instance);
}
