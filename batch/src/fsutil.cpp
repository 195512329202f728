// Atomic writes and installs, removal without following links, small file readers.
#include "fsutil.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace ssfb {

std::string sysError(const std::string& what, const std::string& path) {
    const int e = errno;
    if (e == ENOSPC || e == EDQUOT)
        return what + " " + path + ": the disk (or the quota) is full; free some space and run again";
    if (e == EROFS) return what + " " + path + ": the file system is read-only";
    if (e == ENAMETOOLONG) return what + " " + path + ": the name is too long for the file system";
    if (e == EACCES || e == EPERM) return what + " " + path + ": permission denied";
    return what + " " + path + ": " + std::strerror(e);
}

namespace {

// Writes `n` bytes to fd, retrying short writes.
void writeAll(int fd, const char* data, std::size_t n, const std::string& path) {
    while (n > 0) {
        ssize_t w = ::write(fd, data, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            throw std::runtime_error(sysError("cannot write", path));
        }
        data += w;
        n -= static_cast<std::size_t>(w);
    }
}

// A short hidden name (a long output name plus a suffix could pass the
// file system's limit of 255 bytes).
std::string tempNameFor(const std::string& finalPath) {
    static std::atomic<unsigned> counter{0};
    return (fs::path(finalPath).parent_path() /
            (".ssf-tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++)))
        .string();
}

// Writes the bytes produced by `fill` to a fresh temporary file next to
// finalPath, then renames it into place (without replacing unless allowed).
template <class Fill>
void atomically(const std::string& finalPath, bool mayReplace, Fill fill) {
    if (fs::path(finalPath).filename().string().size() > 255) {
        errno = ENAMETOOLONG;
        throw std::runtime_error(sysError("cannot write", finalPath));
    }
    std::error_code ec;
    fs::create_directories(fs::path(finalPath).parent_path(), ec);
    if (ec) {
        errno = ec.value();
        throw std::runtime_error(sysError("cannot create the folder of", finalPath));
    }
    const std::string tmp = tempNameFor(finalPath);
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) throw std::runtime_error(sysError("cannot create", tmp));
    try {
        fill(fd, tmp);
        if (::fsync(fd) != 0) throw std::runtime_error(sysError("cannot fsync", tmp));
    } catch (...) {
        ::close(fd);
        ::unlink(tmp.c_str());
        throw;
    }
    if (::close(fd) != 0) {
        std::string msg = sysError("cannot close", tmp);
        ::unlink(tmp.c_str());
        throw std::runtime_error(msg);
    }
    const int rc = mayReplace ? ::rename(tmp.c_str(), finalPath.c_str())
                              : ::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, finalPath.c_str(), RENAME_NOREPLACE);
    if (rc != 0) {
        const bool exists = errno == EEXIST;
        std::string msg = sysError("cannot rename into", finalPath);
        ::unlink(tmp.c_str());
        if (exists) throw FileExists(finalPath + " exists");
        throw std::runtime_error(msg);
    }
}

// rm -rf of `name` in the opened folder `dir`, never following links.
bool removeAt(int dir, const char* name) noexcept {
    struct stat sb;
    if (::fstatat(dir, name, &sb, AT_SYMLINK_NOFOLLOW) != 0) return errno == ENOENT;
    if (S_ISDIR(sb.st_mode)) {
        int sub = ::openat(dir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (sub >= 0) {
            if (DIR* d = ::fdopendir(sub)) {  // owns sub from here
                std::vector<std::string> names;
                while (dirent* e = ::readdir(d))
                    if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
                        names.emplace_back(e->d_name);
                bool ok = true;
                for (const auto& n : names) ok = removeAt(::dirfd(d), n.c_str()) && ok;
                ::closedir(d);
                if (!ok) return false;
            } else {
                ::close(sub);
            }
        }
        if (::unlinkat(dir, name, AT_REMOVEDIR) == 0 || errno == ENOENT) return true;
        // Replaced by a file or a link meanwhile: remove that name instead.
        if (errno != ENOTDIR) return false;
    }
    return ::unlinkat(dir, name, 0) == 0 || errno == ENOENT;
}

}  // namespace

void installFromFd(int in, const std::string& finalPath, bool mayReplace) {
    // Checked first to save the copy; the rename checks again.
    if (!mayReplace && ::access(finalPath.c_str(), F_OK) == 0) throw FileExists(finalPath + " exists");
    atomically(finalPath, mayReplace, [&](int out, const std::string& tmp) {
        char buf[1 << 16];
        for (;;) {
            ssize_t r = ::read(in, buf, sizeof buf);
            if (r < 0) {
                if (errno == EINTR) continue;
                throw std::runtime_error(sysError("cannot read what LibreOffice wrote for", finalPath));
            }
            if (r == 0) break;
            writeAll(out, buf, static_cast<std::size_t>(r), tmp);
        }
    });
}

void installAtomically(const std::string& src, const std::string& finalPath, bool mayReplace) {
    int in = ::open(src.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) throw std::runtime_error(sysError("cannot open", src));
    try {
        installFromFd(in, finalPath, mayReplace);
    } catch (...) {
        ::close(in);
        throw;
    }
    ::close(in);
}

void writeAtomically(const std::string& finalPath, const std::string& content) {
    atomically(finalPath, true,
               [&](int out, const std::string& tmp) { writeAll(out, content.data(), content.size(), tmp); });
}

bool removeTree(const std::string& path) noexcept {
    try {
        fs::path p(path);
        std::string parent = p.parent_path().string();
        int dir = ::open(parent.empty() ? "." : parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir < 0) return errno == ENOENT;
        bool ok = removeAt(dir, p.filename().c_str());
        ::close(dir);
        return ok;
    } catch (...) {
        return false;
    }
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string tailOfFile(const std::string& path, std::size_t maxBytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    std::ostringstream ss;
    ss << in.rdbuf();
    std::string s = ss.str();
    if (s.size() > maxBytes) s = "..." + s.substr(s.size() - maxBytes);
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

}  // namespace ssfb
