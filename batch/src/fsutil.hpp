// File-system helpers: atomic output, copies handed to the office's uid.
#pragma once
#include <string>
#include <sys/types.h>

namespace ssfb {

// Copies src to dst (dst is replaced) and gives it to uid/gid when
// chownTo is true (the office side runs as another user when we are root).
void copyFile(const std::string& src, const std::string& dst);

// Copies a directory tree, then chowns every entry when chown is true.
void copyTree(const std::string& src, const std::string& dst, bool chown, uid_t uid, gid_t gid);

// chown -R (no symlink following).
void chownTree(const std::string& path, uid_t uid, gid_t gid);

// Makes finalPath appear with the bytes of src in one step: copy to a
// temporary name in the same folder, fsync, rename. Never leaves a partial file.
void installAtomically(const std::string& src, const std::string& finalPath);

// The same for text produced here.
void writeAtomically(const std::string& finalPath, const std::string& content);

// rm -rf that never throws; returns false when something was left.
bool removeTree(const std::string& path) noexcept;

std::string readFile(const std::string& path);

// The last `maxBytes` of a (log) file, for error messages; "" when unreadable.
std::string tailOfFile(const std::string& path, std::size_t maxBytes = 600);

}  // namespace ssfb
