#include "fsutil.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <fcntl.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace ssfb {
namespace {

std::string sysError(const std::string& what, const std::string& path) {
    return what + " " + path + ": " + std::strerror(errno);
}

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

std::string tempNameFor(const std::string& finalPath) {
    static std::atomic<unsigned> counter{0};
    fs::path p(finalPath);
    return (p.parent_path() / ("." + p.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                               std::to_string(counter++)))
        .string();
}

// Writes the bytes produced by `fill` to a fresh temporary file next to
// finalPath, then renames it into place.
template <class Fill>
void atomically(const std::string& finalPath, Fill fill) {
    fs::create_directories(fs::path(finalPath).parent_path());
    const std::string tmp = tempNameFor(finalPath);
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
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
        ::unlink(tmp.c_str());
        throw std::runtime_error(sysError("cannot close", tmp));
    }
    if (::rename(tmp.c_str(), finalPath.c_str()) != 0) {
        std::string msg = sysError("cannot rename into", finalPath);
        ::unlink(tmp.c_str());
        throw std::runtime_error(msg);
    }
}

}  // namespace

void copyFile(const std::string& src, const std::string& dst) {
    fs::copy_file(src, dst, fs::copy_options::overwrite_existing);
}

void chownTree(const std::string& path, uid_t uid, gid_t gid) {
    if (::lchown(path.c_str(), uid, gid) != 0) throw std::runtime_error(sysError("cannot chown", path));
    if (!fs::is_directory(fs::symlink_status(path))) return;
    for (const auto& e : fs::recursive_directory_iterator(path)) {
        if (::lchown(e.path().c_str(), uid, gid) != 0)
            throw std::runtime_error(sysError("cannot chown", e.path().string()));
    }
}

void copyTree(const std::string& src, const std::string& dst, bool chown, uid_t uid, gid_t gid) {
    fs::copy(src, dst, fs::copy_options::recursive | fs::copy_options::copy_symlinks);
    if (chown) chownTree(dst, uid, gid);
}

void installAtomically(const std::string& src, const std::string& finalPath) {
    atomically(finalPath, [&](int out, const std::string& tmp) {
        int in = ::open(src.c_str(), O_RDONLY | O_CLOEXEC);
        if (in < 0) throw std::runtime_error(sysError("cannot open", src));
        char buf[1 << 16];
        for (;;) {
            ssize_t r = ::read(in, buf, sizeof buf);
            if (r < 0) {
                if (errno == EINTR) continue;
                ::close(in);
                throw std::runtime_error(sysError("cannot read", src));
            }
            if (r == 0) break;
            try {
                writeAll(out, buf, static_cast<std::size_t>(r), tmp);
            } catch (...) {
                ::close(in);
                throw;
            }
        }
        ::close(in);
    });
}

void writeAtomically(const std::string& finalPath, const std::string& content) {
    atomically(finalPath,
               [&](int out, const std::string& tmp) { writeAll(out, content.data(), content.size(), tmp); });
}

bool removeTree(const std::string& path) noexcept {
    std::error_code ec;
    fs::remove_all(path, ec);
    return !ec;
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
