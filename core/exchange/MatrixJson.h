// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "matrix/RiskMatrix.h"

#include <string>
#include <string_view>

namespace trygg {

// A risk matrix as a small JSON file, so a municipality can share its scales and acceptance criteria
// (issue 4). The format (version 1):
//
//   {
//     "format": "trygg-matrix", "version": 1,
//     "preset": "no",                       (optional: the preset it started from)
//     "many_affected_raises": true,         (optional, default true: 003 section 5.1)
//     "probability": [{"label": "Meget liten", "definition": "..."}, ...],   (3-6, lowest first)
//     "consequence": [{"label": "Ubetydelig", "definition": "..."}, ...],    (3-6, lowest first)
//     "zones": [{"name": "Akseptabel", "colour": "#4caf50", "min_score": 1, "max_score": 4,
//                "acceptable": true}, ...],                                  (least severe first)
//     "cells": [{"probability": 1, "consequence": 4, "zone": 3}, ...]        (optional overrides;
//                                                                            zone counts from 1)
//   }
std::string matrixToJson(const RiskMatrix &matrix);

// Reads a matrix definition written by matrixToJson or by hand. Strict: any syntax error, unknown or
// missing field, wrong type, or a matrix that is not valid (RiskMatrix::problems) throws InputError
// naming `source`, the line and the field. The matrix it returns has id 0.
RiskMatrix matrixFromJson(std::string_view text, const std::string &source);

} // namespace trygg
