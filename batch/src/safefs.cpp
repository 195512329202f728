// Folder-descriptor file operations that never follow a link the office's uid could plant.
#include "safefs.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <vector>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace ssfb {
namespace {

std::string sysError(const std::string& what, const std::string& path) {
    return what + " " + path + ": " + std::strerror(errno);
}

std::string parentOf(const std::string& path) {
    std::string p = fs::path(path).parent_path().string();
    return p.empty() ? "." : p;
}

std::string nameOf(const std::string& path) { return fs::path(path).filename().string(); }

}  // namespace

UniqueFd::~UniqueFd() {
    if (fd_ >= 0) ::close(fd_);
}

UniqueFd& UniqueFd::operator=(UniqueFd&& o) noexcept {
    if (this != &o) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = o.release();
    }
    return *this;
}

UniqueFd openDirNoFollow(const std::string& path) {
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd) throw std::runtime_error(sysError("cannot open folder", path));
    return fd;
}

void makeDir(const std::string& path, mode_t mode, DirOwner owner, const Identity& office) {
    UniqueFd parent(::open(parentOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!parent) throw std::runtime_error(sysError("cannot open folder", parentOf(path)));
    const std::string name = nameOf(path);
    if (::mkdirat(parent.get(), name.c_str(), 0700) != 0) throw std::runtime_error(sysError("cannot create", path));
    UniqueFd dir(::openat(parent.get(), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir) throw std::runtime_error(sysError("cannot open folder", path));
    if (office.drop) {
        int rc = 0;
        if (owner == DirOwner::Office) rc = ::fchown(dir.get(), office.uid, office.gid);
        if (owner == DirOwner::OfficeGroup) rc = ::fchown(dir.get(), 0, office.gid);
        if (rc != 0) throw std::runtime_error(sysError("cannot chown", path));
    }
    if (::fchmod(dir.get(), mode) != 0) throw std::runtime_error(sysError("cannot chmod", path));
}

UniqueFd openInputFile(const std::string& root, const std::string& rel) {
    const int fileFlags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY;
    if (rel.empty()) {
        UniqueFd fd(::open(root.c_str(), fileFlags));
        if (!fd) throw std::runtime_error(std::strerror(errno));
        return fd;
    }
    UniqueFd dir(::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir) throw std::runtime_error(std::strerror(errno));
    fs::path parts(rel);
    auto last = std::prev(parts.end());
    for (auto it = parts.begin(); it != parts.end(); ++it) {
        const bool final = it == last;
        int fd = ::openat(dir.get(), it->c_str(), (final ? fileFlags : O_RDONLY | O_DIRECTORY | O_CLOEXEC) | O_NOFOLLOW);
        if (fd < 0) {
            if (errno == ELOOP || errno == ENOTDIR)
                throw std::runtime_error("it was replaced by a symbolic link after the inputs were listed (not followed)");
            throw std::runtime_error(std::strerror(errno));
        }
        dir = UniqueFd(fd);
    }
    return dir;
}

UniqueFd openOfficeOutput(const std::string& dirPath, const Identity& office) {
    UniqueFd dir = openDirNoFollow(dirPath);
    DIR* d = ::fdopendir(::dup(dir.get()));
    if (!d) throw std::runtime_error(sysError("cannot list", dirPath));
    std::vector<std::string> names;
    while (dirent* e = ::readdir(d)) {
        std::string n = e->d_name;
        if (n != "." && n != "..") names.push_back(n);
    }
    ::closedir(d);
    if (names.size() != 1)
        throw std::runtime_error("LibreOffice wrote " + std::to_string(names.size()) + " files instead of one");
    UniqueFd fd(::openat(dir.get(), names[0].c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (!fd) throw std::runtime_error(sysError("cannot open what LibreOffice wrote,", names[0]));
    struct stat sb;
    if (::fstat(fd.get(), &sb) != 0 || !S_ISREG(sb.st_mode))
        throw std::runtime_error("what LibreOffice wrote is not a regular file");
    if (office.drop && sb.st_uid != office.uid)
        throw std::runtime_error("what LibreOffice wrote belongs to uid " + std::to_string(sb.st_uid) +
                                 ", not to the office's uid (refused)");
    return fd;
}

void copyToNewFile(int in, const std::string& path) {
    UniqueFd out(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!out) throw std::runtime_error(sysError("cannot create", path));
    char buf[1 << 16];
    for (;;) {
        ssize_t r = ::read(in, buf, sizeof buf);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) throw std::runtime_error(sysError("cannot read the input for", path));
        if (r == 0) break;
        for (ssize_t done = 0; done < r;) {
            ssize_t w = ::write(out.get(), buf + done, static_cast<std::size_t>(r - done));
            if (w < 0 && errno == EINTR) continue;
            if (w < 0) throw std::runtime_error(sysError("cannot write", path));
            done += w;
        }
    }
    ::fchmod(out.get(), 0644);  // whatever our umask
}

}  // namespace ssfb
