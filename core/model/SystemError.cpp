// SPDX-License-Identifier: EUPL-1.2
#include "model/SystemError.h"

#include <cerrno>
#include <cstring>

namespace trygg {

Message systemError(int error)
{
    switch (error) {
    case ENOENT: return trygg::trMsg("no such file or folder");
    case EACCES: return trygg::trMsg("permission denied");
    case EPERM: return trygg::trMsg("operation not permitted");
    case EROFS: return trygg::trMsg("the file system is read-only");
    case ENOSPC: return trygg::trMsg("no space left on the disk");
#ifdef EDQUOT
    case EDQUOT: return trygg::trMsg("the disk quota is used up");
#endif
    case EEXIST: return trygg::trMsg("the file already exists");
    case EISDIR: return trygg::trMsg("it is a folder, not a file");
    case ENOTDIR: return trygg::trMsg("a part of the path is not a folder");
    case ENOTEMPTY: return trygg::trMsg("the folder is not empty");
    case EBUSY: return trygg::trMsg("the file is in use");
    case EAGAIN: return trygg::trMsg("the file is locked by another program; try again");
#if defined(EWOULDBLOCK) && EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK: return trygg::trMsg("the file is locked by another program; try again");
#endif
    case ETXTBSY: return trygg::trMsg("the file is in use");
    case EIO: return trygg::trMsg("input/output error (the disk or network share failed)");
    case ENAMETOOLONG: return trygg::trMsg("the file name is too long");
    case ELOOP: return trygg::trMsg("too many symbolic links in the path");
    case EMFILE:
    case ENFILE: return trygg::trMsg("too many files are open");
    case EFBIG: return trygg::trMsg("the file is too large");
    case EXDEV: return trygg::trMsg("the file cannot be moved to another disk");
    case EINVAL: return trygg::trMsg("invalid argument");
    case ENOLCK: return trygg::trMsg("no lock is available (the network share does not support locks)");
#ifdef ESTALE
    case ESTALE: return trygg::trMsg("the network share's file handle is stale; open the register again");
#endif
    case ENOMEM: return trygg::trMsg("out of memory");
    default: return Message(std::strerror(error));
    }
}

Message systemError(const std::error_code &code)
{
    if (code.category() == std::generic_category())
        return systemError(code.value());
#ifndef _WIN32 // Windows' system category holds its own error numbers, not errno values
    if (code.category() == std::system_category())
        return systemError(code.value());
#endif
    return Message(code.message());
}

} // namespace trygg
