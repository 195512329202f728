#include "interaction.hpp"

#include <cstdio>

#include <com/sun/star/task/ErrorCodeRequest.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionDisapprove.hpp>
#include <com/sun/star/ucb/InteractiveIOException.hpp>

#include "uno_util.hpp"

using namespace css::uno;

namespace ssfb {
namespace {

std::string explain(const Any& request, bool& password) {
    const std::string type = toUtf8(request.getValueTypeName());
    if (type.find("PasswordRequest") != std::string::npos) {
        password = true;
        return "password-protected: LibreOffice needs a password to open it (batch runs cannot type one; "
               "save an unprotected copy or process it by hand)";
    }
    if (type == "com.sun.star.document.BrokenPackageRequest")
        return "damaged file: the archive is corrupt or truncated (LibreOffice offered a repair, which a batch "
               "run does not attempt; open it in LibreOffice to repair, or restore a good copy)";
    if (type == "com.sun.star.document.NoSuchFilterRequest")
        return "not a spreadsheet LibreOffice can read: no import filter recognised the file";
    if (type == "com.sun.star.document.FilterOptionsRequest")
        return "not a spreadsheet: LibreOffice would import it as plain text or CSV";
    if (type == "com.sun.star.task.ErrorCodeRequest") {
        css::task::ErrorCodeRequest r;
        request >>= r;
        char buf[64];
        std::snprintf(buf, sizeof buf, "0x%x", static_cast<unsigned>(r.ErrCode));
        return std::string("LibreOffice could not read it (error code ") + buf + ": damaged or not a supported format)";
    }
    css::ucb::InteractiveIOException io;
    if (request >>= io) return "LibreOffice could not read the file (I/O error " + std::to_string(static_cast<int>(io.Code)) + ")";
    css::uno::Exception e;
    if (request >>= e) {
        std::string msg = describe(e);
        return "LibreOffice could not load it: " + type + (msg.empty() ? "" : ": " + msg);
    }
    return "LibreOffice could not load it: it asked a question (" + type + ")";
}

}  // namespace

void AbortingInteraction::handle(const Reference<css::task::XInteractionRequest>& request) {
    if (!request.is()) return;
    bool password = false;
    std::string why = explain(request->getRequest(), password);
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (reason_.empty()) reason_ = why;
        password_ = password_ || password;
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
}

std::string AbortingInteraction::reason() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return reason_;
}

bool AbortingInteraction::askedForPassword() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return password_;
}

}  // namespace ssfb
