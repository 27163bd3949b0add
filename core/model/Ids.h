// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <cstdint>

namespace trygg {

// Row id in the register file. 0 means "not stored yet".
using Id = std::int64_t;

} // namespace trygg
