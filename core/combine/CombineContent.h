#pragma once

// What combining compares (Combine.cpp): the content of each kind of object as one text, with every
// reference written as names, so that the same content gives the same text in a section register and
// in the combined register whatever their ids.

#include "model/RegisterData.h"

#include <string>

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

// The type of object a review looks at, as combining names it ("asset", "document", ...).
const char *reviewedType(ReviewKind kind);

} // namespace trygg::combine
