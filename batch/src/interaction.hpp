// The interaction handler given to every load: LibreOffice asks it what a
// user would be asked (password, repair a damaged file, text-import options).
// It answers "abort" to everything and remembers why, so that the rollup can
// say why the file did not load.
#pragma once
#include <mutex>
#include <string>

#include <com/sun/star/task/XInteractionHandler.hpp>
#include <cppuhelper/implbase1.hxx>

namespace ssfb {

class AbortingInteraction : public cppu::WeakImplHelper1<com::sun::star::task::XInteractionHandler> {
public:
    void SAL_CALL handle(const com::sun::star::uno::Reference<com::sun::star::task::XInteractionRequest>& request) override;
    // The first request's explanation, "" when nothing was asked.
    std::string reason() const;

private:
    mutable std::mutex mutex_;
    std::string reason_;
};

}  // namespace ssfb
