// The interaction handler that aborts every question of a load and records why.
#include "interaction.hpp"

#include <cstdio>

#include <com/sun/star/document/BrokenPackageRequest.hpp>
#include <com/sun/star/document/FilterOptionsRequest.hpp>
#include <com/sun/star/document/NoSuchFilterRequest.hpp>
#include <com/sun/star/task/ErrorCodeRequest.hpp>
#include <com/sun/star/task/PasswordRequest.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionDisapprove.hpp>
#include <com/sun/star/ucb/InteractiveIOException.hpp>

#include "uno_util.hpp"

using namespace css::uno;

namespace ssfb {
namespace {

// Requests are matched by type hierarchy, not by name: LibreOffice 25.2
// asks with com.sun.star.task.ErrorCodeRequest2 (a subtype of
// ErrorCodeRequest that 7.4 does not have) and with DocumentPasswordRequest2.
std::string explain(const Any& request) {
    const std::string type = toUtf8(request.getValueTypeName());
    if (css::task::PasswordRequest pw; request >>= pw)
        return "password-protected: LibreOffice needs a password to open it (batch runs cannot type one; "
               "save an unprotected copy or process it by hand)";
    if (css::document::BrokenPackageRequest broken; request >>= broken)
        return "damaged file: the archive is corrupt or truncated (LibreOffice offered a repair, which a batch "
               "run does not attempt; open it in LibreOffice to repair, or restore a good copy)";
    if (css::document::NoSuchFilterRequest none; request >>= none)
        return "not a spreadsheet LibreOffice can read: no import filter recognised the file";
    if (css::document::FilterOptionsRequest options; request >>= options)
        return "not a spreadsheet: LibreOffice would import it as plain text or CSV";
    if (css::task::ErrorCodeRequest code; request >>= code) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "0x%x", static_cast<unsigned>(code.ErrCode));
        return std::string("LibreOffice could not read it completely (error code ") + buf + ", " + type +
               ": damaged or not a supported format)";
    }
    if (css::ucb::InteractiveIOException io; request >>= io)
        return "LibreOffice could not read the file (I/O error " + std::to_string(static_cast<int>(io.Code)) + ")";
    if (css::uno::Exception e; request >>= e) {
        std::string msg = describe(e);
        return "LibreOffice reported a problem while loading it (" + type + (msg.empty() || msg == type ? "" : ": " + msg) +
               "), e.g. a linked object or image it may not fetch; no value from it is sure";
    }
    return "LibreOffice asked a question a batch run cannot answer (" + type + ")";
}

}  // namespace

void AbortingInteraction::handle(const Reference<css::task::XInteractionRequest>& request) {
    // Nothing may escape into the office: whatever it asks is answered
    // "abort" (or "no" when abort is not offered) and remembered.
    try {
        if (!request.is()) return;
        std::string why;
        try {
            why = explain(request->getRequest());
        } catch (...) {
            why = "LibreOffice asked a question a batch run cannot answer";
        }
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (reason_.empty()) reason_ = why;
        }
        Sequence<Reference<css::task::XInteractionContinuation>> conts = request->getContinuations();
        for (sal_Int32 i = 0; i < conts.getLength(); ++i) {
            Reference<css::task::XInteractionAbort> abort(conts[i], UNO_QUERY);
            if (abort.is()) {
                abort->select();
                return;
            }
        }
        for (sal_Int32 i = 0; i < conts.getLength(); ++i) {
            Reference<css::task::XInteractionDisapprove> no(conts[i], UNO_QUERY);
            if (no.is()) {
                no->select();
                return;
            }
        }
    } catch (...) {
        // A dead bridge while answering: the caller sees the office gone.
    }
}

std::string AbortingInteraction::reason() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return reason_;
}

}  // namespace ssfb
