// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What combining compares (Combine.cpp): the content of each kind of object as one text, with every
// reference written as names, so that the same content gives the same text in a section register and
// in the combined register whatever their ids.

#include "model/RegisterData.h"

#include <string>
#include <string_view>

namespace trygg {
class RegisterFile;
}

namespace trygg::combine {

// A matrix's levels, zones and cells, to find the same criteria among a register's versions.
std::string matrixSignature(const RiskMatrix &matrix);

std::string contentOf(const RegisterData &d, const Asset &a);
std::string contentOf(const RegisterData &d, const RiskAssessment &a);
std::string contentOf(const RegisterData &d, const Risk &r);
std::string contentOf(const RegisterData &d, const Measure &m);
std::string contentOf(const RegisterData &d, const Incident &i);
std::string contentOf(const RegisterData &d, const RuleException &e);
std::string contentOf(const RegisterData &d, const PolicyDocument &p);
std::string contentOf(const RegisterData &d, const Review &r);
std::string contentOf(const RegisterData &d, const RiskAcceptance &a);

// The name of an object of a register by the type combining gives it ("asset", "risk", ...), for a
// conflict; its id when there is none.
std::string objectName(const RegisterData &d, std::string_view type, Id id);
// Removes an object of the combined register by that type (RegisterFile's removal, with its audit entry).
void removeObject(RegisterFile &target, std::string_view type, Id id);

// The type of object a review looks at, as combining names it ("asset", "document", ...).
const char *reviewedType(ReviewKind kind);

} // namespace trygg::combine
