// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Message.h"

#include <system_error>

namespace trygg {

// The operating system's answer to a file operation (an errno value) as a message in the reader's
// language (issue 18: "No such file or directory" in a Nordic window): the errors a register, its side
// files, imports and reports can meet each have a translated text; any other keeps the system's own.
Message systemError(int error);
// The same for a std::error_code of std::filesystem (generic or system category).
Message systemError(const std::error_code &code);

} // namespace trygg
