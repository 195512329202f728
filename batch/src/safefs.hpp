// File operations of a root run next to the office's less trusted uid: every
// one is relative to a folder descriptor, never follows a symbolic link the
// other uid could have planted, and changes the owner of what it opened
// (fchown), never of a path.
#pragma once
#include <string>
#include <sys/types.h>

#include "process.hpp"

namespace ssfb {

// A file descriptor closed on destruction.
class UniqueFd {
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : fd_(fd) {}
    ~UniqueFd();
    UniqueFd(UniqueFd&& o) noexcept : fd_(o.release()) {}
    UniqueFd& operator=(UniqueFd&& o) noexcept;
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    int get() const { return fd_; }
    int release() {
        int f = fd_;
        fd_ = -1;
        return f;
    }
    explicit operator bool() const { return fd_ >= 0; }

private:
    int fd_ = -1;
};

// Who gets a folder made by makeDir (when we are root; otherwise we own all).
enum class DirOwner {
    Us,           // root, mode as given: the office may enter, not write
    OfficeGroup,  // root with the office's group: only root and the office may enter
    Office,       // the office's uid: it writes there
};

// mkdir of a new folder (never an existing one) whose parent must be a
// folder only we can write; the owner is set on the opened folder.
void makeDir(const std::string& path, mode_t mode, DirOwner owner, const Identity& office);

// Opens `path` as a folder without following a link at its last component.
UniqueFd openDirNoFollow(const std::string& path);

// Opens a regular file for reading without following links below `root`:
// `root` itself (a folder the user named) may be a link, every component of
// `rel` must be a real folder or file. rel "" opens root itself (following
// links: a file the user named). Throws std::runtime_error.
UniqueFd openInputFile(const std::string& root, const std::string& rel);

// The one regular file the office wrote into `dir` (a folder it owns),
// opened without following links and checked to belong to the office's uid
// (so it cannot be a link or hard link to a file of someone else).
// Throws std::runtime_error saying what was found instead.
UniqueFd openOfficeOutput(const std::string& dir, const Identity& office);

// Creates `path` (a new name in a folder only we can write) with the bytes
// read from `in`, readable by everyone (the office reads it).
void copyToNewFile(int in, const std::string& path);


}  // namespace ssfb
