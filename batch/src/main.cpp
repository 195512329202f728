// ssf-batch: batch recalculation of spreadsheets through headless LibreOffice.
#include <cstdio>
#include <exception>

#include <com/sun/star/uno/Exception.hpp>

#include "batch.hpp"
#include "options.hpp"
#include "uno_util.hpp"

int main(int argc, char** argv) {
    using namespace ssfb;
    try {
        Command cmd = parseCommandLine(argc, argv);
        switch (cmd.kind) {
        case Command::Kind::Done: return 0;
        case Command::Kind::Merge: return runMerge(cmd.merge);
        case Command::Kind::Run: return runBatch(cmd.run);
        }
    } catch (const UsageError& e) {
        std::fprintf(stderr, "ssf-batch: %s\n(see ssf-batch --help)\n", e.what());
        return 2;
    } catch (const com::sun::star::uno::Exception& e) {
        std::fprintf(stderr, "ssf-batch: UNO error: %s\n", describe(e).c_str());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "ssf-batch: %s\n", e.what());
        return 2;
    }
    return 2;
}
