// File-system helpers: atomic outputs that never replace a file they must
// not, removal that never follows links, small readers.
#pragma once
#include <stdexcept>
#include <string>
#include <sys/types.h>

namespace ssfb {

// "cannot write X: the disk is full" and the like, for a business reader.
std::string sysError(const std::string& what, const std::string& path);

// finalPath exists and may not be replaced.
struct FileExists : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Makes finalPath appear with the bytes read from `in` in one step: a
// temporary file in the same folder, fsync, rename. Never leaves a partial
// file. When mayReplace is false an existing finalPath is left alone
// (FileExists is thrown), also when it appears while we write.
void installFromFd(int in, const std::string& finalPath, bool mayReplace);
void installAtomically(const std::string& src, const std::string& finalPath, bool mayReplace = true);

// The same for text produced here (always replaces: the rollup files).
void writeAtomically(const std::string& finalPath, const std::string& content);

// rm -rf that never throws and never follows a symbolic link, even one
// planted while it runs (every step is relative to an opened folder);
// the parents of `path` must be folders no other uid can write. Returns
// false when something was left.
bool removeTree(const std::string& path) noexcept;

std::string readFile(const std::string& path);

// The last `maxBytes` of a (log) file, for error messages; "" when unreadable.
std::string tailOfFile(const std::string& path, std::size_t maxBytes = 600);

}  // namespace ssfb
