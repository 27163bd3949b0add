// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Message.h"

#include <vector>

namespace trygg {

class RegisterFile;
struct RegisterData;

struct CheckFinding {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    Message message;
};

// Errors: the file is damaged or inconsistent (SQLite integrity, references, levels outside the
// matrix, invalid matrices), or changed behind Trygg's back (RegisterFile::trailProblems: the audit
// trail's chain broken, an object that differs from what the trail last recorded for it). Warnings: what the
// regulations ask that the register lacks (an asset without owner, 002 §30; an IT system without deputy, 002 §12 stk.
// 6; one person in roles that 002 §20 keeps apart).
std::vector<CheckFinding> checkRegister(RegisterFile &file);
std::vector<CheckFinding> checkRegisterData(const RegisterData &data);

} // namespace trygg
