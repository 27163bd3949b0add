// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Approval.h"
#include "model/Asset.h"
#include "model/Incident.h"
#include "model/Measure.h"
#include "model/Review.h"
#include "model/Risk.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trygg {

// The English words that stand for enum values in the file and in CSV (the CLI contract).
// Parsers are case-insensitive and also accept the Danish, Norwegian and Swedish words.
std::string_view toToken(AssetType type);
std::string_view toToken(PersonalData personalData);
std::string_view toToken(Knowledge knowledge);
std::string_view toToken(MeasureStatus status);
std::string_view toToken(AssessmentStatus status);
std::string_view toToken(bool value); // yes / no

std::optional<AssetType> parseAssetType(std::string_view text);
std::optional<PersonalData> parsePersonalData(std::string_view text);
std::optional<Knowledge> parseKnowledge(std::string_view text);
std::optional<MeasureStatus> parseMeasureStatus(std::string_view text);
std::optional<AssessmentStatus> parseAssessmentStatus(std::string_view text);
// yes/no, ja/nei/nej, true/false, 1/0, j/n, y/n
std::optional<bool> parseBool(std::string_view text);

// "privacy|confidentiality": separated by `|` or `;` (also `,`); empty text is no aspects.
std::string aspectsToText(unsigned aspects);
std::optional<unsigned> parseAspects(std::string_view text);

// The accepted words, for error messages: "none, ordinary, sensitive".
std::string assetTypeChoices();
std::string personalDataChoices();
std::string knowledgeChoices();
std::string measureStatusChoices();

// The yearly cycle: review kinds, incidents, approvals.
std::string_view toToken(ReviewKind kind);           // assessment, asset, measure, policy
std::string_view toToken(IncidentType type);         // confidentiality ... personal data breach, routine breach
std::string_view toToken(Severity severity);         // low, medium, high, critical
std::string_view toToken(IncidentStatus status);     // open, investigating, closed
std::string_view toToken(Approval::Subject subject); // plan, assessment
std::optional<ReviewKind> parseReviewKind(std::string_view text);
std::optional<IncidentType> parseIncidentType(std::string_view text);
std::optional<Severity> parseSeverity(std::string_view text);
std::optional<IncidentStatus> parseIncidentStatus(std::string_view text);
std::optional<Approval::Subject> parseApprovalSubject(std::string_view text);
std::string reviewKindChoices();
std::string incidentTypeChoices();
std::string severityChoices();
std::string incidentStatusChoices();

// Every token of an enumeration, in the order of its values: the only words the register file holds
// for it. The file's CHECK constraints (storage/Schema.cpp) and the loader's messages are made from
// these. Defined for AssetType, PersonalData, Knowledge, MeasureStatus, AssessmentStatus, ReviewKind,
// IncidentType, Severity, IncidentStatus and Approval::Subject.
template <typename T> std::vector<std::string_view> tokensOf();
// tokensOf<T>() as "none, ordinary, sensitive", for messages.
template <typename T> std::string choicesOf();

} // namespace trygg
