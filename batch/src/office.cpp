// A LibreOffice worker: workspace and template profile, start, connect, stop.
#include "office.hpp"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <thread>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <com/sun/star/bridge/XBridge.hpp>
#include <com/sun/star/bridge/XBridgeFactory.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/connection/XConnector.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/util/XMacroExpander.hpp>

#include "fsutil.hpp"
#include "safefs.hpp"

namespace fs = std::filesystem;
using namespace css::uno;

namespace ssfb {
namespace {

double now() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// A loopback port that was free a moment ago. Another process may take it
// before the office binds it: the connection is then checked to reach our
// office (its profile), and a start that never accepts is retried.
int freeLoopbackPort() {
    int s = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (s < 0) throw OfficeError(std::string("socket: ") + std::strerror(errno));
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    if (::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
        ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        int e = errno;
        ::close(s);
        throw OfficeError(std::string("cannot find a free loopback port: ") + std::strerror(e));
    }
    ::close(s);
    return ntohs(a.sin_port);
}

std::string connectString(int port) {
    return "socket,host=127.0.0.1,port=" + std::to_string(port) + ",tcpNoDelay=1";
}

const int kRestartExitCode = 81;
// How long an office asked to quit may take before it is killed (its
// documents are closed and its outputs written by then).
const double kStopGraceSeconds = 5;
const int kNoProxyPort = 9;  // discard: nothing listens there  // soffice.bin asks its launcher to restart it (first start of a profile)

}  // namespace

std::vector<std::string> Workspace::officeEnvironment() const {
    std::vector<std::string> env = {"HOME=" + home, "TMPDIR=" + tmp, "PATH=/usr/local/bin:/usr/bin:/bin",
                                    "SAL_USE_VCLPLUGIN=svp"};
    const char* lang = std::getenv("LANG");
    env.push_back(std::string("LANG=") + (lang && *lang ? lang : "C.UTF-8"));
    if (const char* lcAll = std::getenv("LC_ALL"); lcAll && *lcAll) env.push_back(std::string("LC_ALL=") + lcAll);
    return env;
}

void Workspace::makeDir(const std::string& path, DirOwner owner) const {
    // Folders of ours: the office may pass through (0711) but not write or
    // list; folders of the office's: only it (and root) may enter.
    const mode_t mode = owner == DirOwner::Us ? 0711 : owner == DirOwner::OfficeGroup ? 0750 : 0700;
    try {
        ssfb::makeDir(path, identity.drop ? mode : 0700, owner, identity);
    } catch (const std::exception& e) {
        throw OfficeError(e.what());
    }
}

std::string Workspace::copyAsOffice(const std::string& from, const std::string& to) const {
    // As the office's uid: what it may have planted in `from` (a link to a
    // file only root may read) is copied with its rights, not ours.
    SpawnSpec spec;
    spec.argv = {"/bin/cp", "-R", "-P", from + "/.", to};
    spec.env = officeEnvironment();
    spec.cwd = root;
    spec.logPath = root + "/cp.log";
    spec.identity = identity;
    bool timedOut = false;
    int status = runToCompletion(spec, 60, timedOut);
    if (timedOut || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return "copying the profile failed (" + (timedOut ? std::string("timed out") : describeStatus(status)) +
               "): " + tailOfFile(spec.logPath);
    return {};
}

namespace {

// A folder the office's uid can reach by path: every parent must let
// "others" (or its group) search it.
std::string unreachableParent(const std::string& dir, const Identity& id) {
    for (fs::path p = fs::path(dir).parent_path(); !p.empty() && p != p.root_path(); p = p.parent_path()) {
        struct stat sb;
        if (::stat(p.c_str(), &sb) != 0) return p.string();
        const bool search = sb.st_uid == id.uid ? (sb.st_mode & S_IXUSR)
                          : sb.st_gid == id.gid ? (sb.st_mode & S_IXGRP) : (sb.st_mode & S_IXOTH);
        if (!search) return p.string();
    }
    return {};
}

}  // namespace

Workspace createWorkspace(const std::string& base, const std::string& programDir, double startupTimeout) {
    Workspace ws;
    ws.programDir = programDir;
    ws.identity = officeIdentity();
    ws.startupTimeout = startupTimeout;
    std::string parent = base;
    if (parent.empty()) {
        const char* t = std::getenv("TMPDIR");
        parent = t && *t ? t : "/tmp";
        // A private TMPDIR of root's cannot hold what uid 65534 must reach.
        if (ws.identity.drop && !unreachableParent(parent + "/x", ws.identity).empty()) parent = "/tmp";
    }
    std::error_code ec;
    fs::create_directories(parent, ec);
    std::string pattern = (fs::absolute(parent) / "ssf-batch-XXXXXX").string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    if (!::mkdtemp(buf.data())) throw OfficeError(sysError("cannot create a work folder in", parent));
    ws.root = buf.data();
    // Ours (root's): the office's uid may pass through but not write, so it
    // cannot plant a link where we create, read or remove anything.
    if (ws.identity.drop) {
        if (std::string p = unreachableParent(ws.root, ws.identity); !p.empty()) {
            removeTree(ws.root);
            throw OfficeError("the work folder's parent " + p +
                              " is not searchable by uid 65534 (which runs LibreOffice): give --work-dir a folder "
                              "under /tmp or another one that uid 65534 may pass through");
        }
        UniqueFd fd = openDirNoFollow(ws.root);
        ::fchmod(fd.get(), 0711);
    }
    ws.home = ws.root + "/home";
    ws.tmp = ws.root + "/tmp";
    ws.templateProfile = ws.root + "/template";
    ws.makeDir(ws.home, DirOwner::Office);
    ws.makeDir(ws.tmp, DirOwner::Office);
    ws.makeDir(ws.templateProfile, DirOwner::Office);
    return ws;
}

void installExtension(const Workspace& ws, const std::string& oxt) {
    // Root reads the extension (wherever it is) and leaves a copy the office
    // may read in our own folder.
    const std::string copy = ws.root + "/ssfcalc.oxt";
    try {
        copyToNewFile(openInputFile(oxt, "").get(), copy);
    } catch (const std::exception& e) {
        throw OfficeError("cannot copy the extension " + oxt + ": " + e.what());
    }
    SpawnSpec spec;
    spec.argv = {ws.programDir + "/unopkg", "add", "-f", "-s",
                 "-env:UserInstallation=" + toUtf8(fileUrl(ws.templateProfile)), copy};
    spec.env = ws.officeEnvironment();
    spec.cwd = ws.root;
    spec.logPath = ws.root + "/unopkg.log";
    spec.identity = ws.identity;
    // unopkg refuses to run as root on a user profile: the office's uid runs it.
    bool timedOut = false;
    int status = runToCompletion(spec, std::max(60.0, ws.startupTimeout), timedOut);
    if (ws.interrupted && ws.interrupted->load()) throw OfficeError("interrupted");
    if (timedOut) throw OfficeError("unopkg add " + oxt + " did not finish: " + tailOfFile(spec.logPath));
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw OfficeError("unopkg add " + oxt + " failed (" + describeStatus(status) + "): " + tailOfFile(spec.logPath));
}

Office::Office(const Workspace& ws, int index) : ws_(ws), index_(index) {
    dir_ = ws.root + "/worker-" + std::to_string(index);
    profile_ = dir_ + "/profile";
    stage_ = dir_ + "/stage";
    log_ = dir_ + "/office.log";
    ws_.makeDir(dir_, DirOwner::Us);
    ws_.makeDir(stage_, DirOwner::Us);
}

Office::~Office() { stop(); }

void Office::spawnOffice(int port) {
    SpawnSpec spec;
    // soffice.bin itself, not the soffice script and oosplash: then the
    // process we start (and watch, kill, and tie to our life with
    // PR_SET_PDEATHSIG) is the office.
    spec.argv = {ws_.programDir + "/soffice.bin",
                 "--headless",
                 "--invisible",
                 "--nologo",
                 "--norestore",
                 "--nodefault",
                 "--nolockcheck",
                 "-env:UserInstallation=" + toUtf8(fileUrl(profile_)),
                 "--accept=" + connectString(port) + ";urp;StarOffice.ComponentContext"};
    spec.env = ws_.officeEnvironment();
    spec.cwd = dir_;
    spec.logPath = log_;
    spec.identity = ws_.identity;
    pid_t pid = spawn(spec);
    std::lock_guard<std::mutex> lock(mutex_);
    pid_ = pid;
}

void Office::connect(int port, double deadline) {
    Reference<XComponentContext> local = localContext(ws_.programDir);
    Reference<css::lang::XMultiComponentFactory> smgr = local->getServiceManager();
    Reference<css::connection::XConnector> connector(
        smgr->createInstanceWithContext("com.sun.star.connection.Connector", local), UNO_QUERY_THROW);
    Reference<css::connection::XConnection> connection;
    int restarts = 0;
    for (;;) {
        if (ws_.interrupted && ws_.interrupted->load()) throw OfficeError("interrupted");
        std::optional<int> status;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (pid_) status = reapIfExited(pid_);
            if (status) pid_ = 0;
        }
        if (status) {
            if (WIFEXITED(*status) && WEXITSTATUS(*status) == kRestartExitCode && restarts < 3) {
                // The first start of a profile with a new extension ends so
                // that the launcher restarts it; we are the launcher.
                ++restarts;
                spawnOffice(port);
                continue;
            }
            throw OfficeError("soffice.bin ended while starting (" + describeStatus(*status) +
                              "); its log: " + tailOfFile(log_));
        }
        try {
            connection = connector->connect(fromUtf8(connectString(port)));
            break;
        } catch (const css::connection::NoConnectException&) {
            if (now() > deadline)
                throw OfficeError("LibreOffice did not accept a connection within " +
                                  std::to_string(static_cast<int>(ws_.startupTimeout)) + " s; its log: " + tailOfFile(log_));
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    Reference<css::bridge::XBridgeFactory> factory(
        smgr->createInstanceWithContext("com.sun.star.bridge.BridgeFactory", local), UNO_QUERY_THROW);
    Reference<css::bridge::XBridge> bridge = factory->createBridge("", "urp", connection, nullptr);
    bridge_.set(bridge, UNO_QUERY_THROW);
    context_.set(bridge->getInstance("StarOffice.ComponentContext"), UNO_QUERY_THROW);

    // The port was chosen before the office bound it: make sure that the
    // office we reached is ours (its profile is the one we gave it).
    Reference<css::util::XMacroExpander> expander(
        context_->getValueByName("/singletons/com.sun.star.util.theMacroExpander"), UNO_QUERY_THROW);
    OUString profile = expander->expandMacros("${$BRAND_BASE_DIR/program/bootstraprc:UserInstallation}");
    if (profile != fileUrl(profile_))
        throw OfficeError("port " + std::to_string(port) + " was answered by another office (profile " +
                          toUtf8(profile) + ")");
    loader_.set(css::frame::Desktop::create(context_), UNO_QUERY_THROW);
    configure();
}

void Office::setConfiguration(const char* nodePath, const char* property, const Any& value) {
    Reference<css::lang::XMultiServiceFactory> provider(
        context_->getServiceManager()->createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider",
                                                                 context_),
        UNO_QUERY_THROW);
    css::beans::NamedValue path("nodepath", Any(OUString::createFromAscii(nodePath)));
    Reference<css::beans::XPropertySet> node(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                                              Sequence<Any>(&static_cast<const Any&>(Any(path)), 1)),
        UNO_QUERY_THROW);
    node->setPropertyValue(OUString::createFromAscii(property), value);
    Reference<css::util::XChangesBatch>(node, UNO_QUERY_THROW)->commitChanges();
}

void Office::configure() {
    // Rendering the preview image stored in every ODF file is most of the
    // time of saving a small workbook (measured: 0.16 of 0.19 s).
    if (!ws_.thumbnails) setConfiguration("/org.openoffice.Office.Common/Save/Document", "GenerateThumbnail", Any(false));
    // Linked images, bitmap fills and OLE objects would be fetched at load
    // (an HTTP GET to any URL, internal ones included): a document from
    // outside is an untrusted referer, and no location is trusted.
    setConfiguration("/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", Any(true));
    // Bitmap fills and linked OLE objects do not ask about referers: every
    // HTTP, HTTPS and FTP request of the office goes to a proxy that does
    // not exist (the discard port of the loopback, closed), for every host.
    const char* inet = "/org.openoffice.Inet/Settings";
    for (const char* scheme : {"HTTP", "HTTPS", "FTP"}) {
        setConfiguration(inet, (std::string("ooInet") + scheme + "ProxyName").c_str(), Any(OUString("127.0.0.1")));
        setConfiguration(inet, (std::string("ooInet") + scheme + "ProxyPort").c_str(), Any(sal_Int32(kNoProxyPort)));
    }
    setConfiguration(inet, "ooInetNoProxy", Any(OUString()));
    setConfiguration(inet, "ooInetProxyType", Any(sal_Int32(1)));  // manual
    // LibreOffice 24.2 and later can also refuse OLE objects, DDE and links
    // outright; 7.4 lacks the setting.
    try {
        setConfiguration("/org.openoffice.Office.Common/Security/Scripting", "DisableActiveContent", Any(true));
    } catch (const css::uno::Exception&) {
    }
}

void Office::start() {
    stop();
    ++starts;
    documentsSinceStart = 0;
    // A fresh profile every time: a crash or kill may have left the old one
    // half-written.
    removeTree(profile_);
    ws_.makeDir(profile_, DirOwner::Office);
    if (std::string why = ws_.copyAsOffice(ws_.templateProfile, profile_); !why.empty()) throw OfficeError(why);
    removeTree(stage_);
    ws_.makeDir(stage_, DirOwner::Us);
    const double deadline = now() + ws_.startupTimeout;
    int port = freeLoopbackPort();
    spawnOffice(port);
    try {
        connect(port, deadline);
    } catch (const Exception& e) {
        stop();
        throw OfficeError("cannot connect to LibreOffice: " + describe(e) + "; its log: " + tailOfFile(log_));
    } catch (...) {
        stop();
        throw;
    }
}

void Office::dropBridge() {
    loader_.clear();
    context_.clear();
    if (bridge_.is()) {
        try {
            bridge_->dispose();
        } catch (...) {
        }
        bridge_.clear();
    }
}

std::optional<int> Office::waitForExit(double seconds) {
    const double deadline = now() + seconds;
    for (;;) {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (!pid_) return 0;
            if (auto st = reapIfExited(pid_)) {
                pid_ = 0;
                return st;
            }
        }
        if (now() >= deadline) return std::nullopt;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

void Office::stop() {
    bool alive;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        alive = pid_ != 0;
    }
    const bool asked = alive && loader_.is();
    if (asked && std::getenv("SSF_BATCH_TEST_FREEZE_BEFORE_STOP")) {
        // Test hook: an office that stops answering between documents.
        std::lock_guard<std::mutex> lock(mutex_);
        if (pid_) ::kill(-pid_, SIGSTOP);
    }
    // Desktop.terminate() is a call into an office that may not answer any
    // more: it runs on a thread of its own while we wait for the process
    // with a deadline; the kill closes the connection, which ends the call.
    auto answered = std::make_shared<std::atomic<bool>>(false);
    std::thread asker;
    if (asked) {
        Reference<css::frame::XDesktop2> desktop(loader_, UNO_QUERY);
        asker = std::thread([desktop, answered] {
            try {
                if (desktop.is()) desktop->terminate();
            } catch (...) {
                // The bridge goes down with the office: expected.
            }
            answered->store(true);
        });
    }
    if (alive && !waitForExit(asked ? kStopGraceSeconds : 0.2)) {
        std::lock_guard<std::mutex> lock(mutex_);
        if (pid_) killGroupAndReap(pid_);
        pid_ = 0;
    }
    if (asker.joinable()) {
        for (int i = 0; i < 250 && !answered->load(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
        if (!answered->load()) {
            try {
                if (bridge_.is()) bridge_->dispose();  // aborts a call still waiting
            } catch (...) {
            }
            for (int i = 0; i < 250 && !answered->load(); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        if (answered->load())
            asker.join();
        else
            asker.detach();  // never seen; better a stuck thread than a stuck run
    }
    dropBridge();
}

void Office::kill() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (pid_) ::kill(-pid_, SIGKILL);
}

unsigned long Office::residentMb() {
    pid_t pid;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        pid = pid_;
    }
    if (!pid) return 0;
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/statm", static_cast<int>(pid));
    FILE* f = std::fopen(path, "r");
    if (!f) return 0;
    unsigned long size = 0, resident = 0;
    const int n = std::fscanf(f, "%lu %lu", &size, &resident);
    std::fclose(f);
    static const long page = ::sysconf(_SC_PAGESIZE);
    return n == 2 ? resident * static_cast<unsigned long>(page) / (1024 * 1024) : 0;
}

bool Office::running() {
    std::lock_guard<std::mutex> lock(mutex_);
    return pid_ != 0 && loader_.is();
}

std::optional<std::string> Office::ended(double wait) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (!pid_) return std::string("not running");
    }
    std::optional<int> status = waitForExit(wait);
    if (!status) return std::nullopt;
    dropBridge();
    return describeStatus(*status);
}

}  // namespace ssfb
