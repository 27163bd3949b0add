// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Ids.h"

#include <optional>
#include <string>

namespace trygg {

// 002 §3 and 001: the kinds of information asset.
enum class AssetType {
    ItSystem,
    Database,
    Register,
    Application,
    File,
    Procedure,
    Plan,
    Contract,
    PaperArchive,
    Infrastructure,
    WelfareTechnology,
};
inline constexpr int AssetTypeCount = 11;

// 003 Vedlegg 1 asks "sensitive personal data (yes/no)"; GDPR distinguishes ordinary and sensitive.
enum class PersonalData { None, Ordinary, Sensitive };
inline constexpr int PersonalDataCount = 3;

// One entry of the asset register (002 §30, 003 Vedlegg 1, 004).
struct Asset {
    Id id = 0;
    std::string name;
    AssetType type = AssetType::ItSystem;
    std::optional<Id> unitId;
    std::optional<Id> ownerId;  // system owner / information owner
    std::optional<Id> deputyId; // 002 §12 stk. 6: stedfortræder
    std::string purpose;
    std::string information; // the type of information it holds (002 §30)
    PersonalData personalData = PersonalData::None;
    std::optional<long long> persons;     // number of persons registered
    std::string legalBasis;               // hjemmel
    std::string operatorName;             // driftsoperatør / supplier
    bool dataProcessingAgreement = false; // 002 §23
    // Confidentiality, integrity, availability (KLASSA style 0-4); empty when not classified.
    std::optional<int> confidentiality;
    std::optional<int> integrity;
    std::optional<int> availability;
    std::string classification; // 003 section 7: ÅPEN / UNNTATT OFFENTLIGHET ...
    std::string archiving;      // archiving and deletion decision (002 §30)
    std::string safeguards;     // sikringstiltak
    std::string storage;        // storage and communication
    std::string notes;
    std::string notification; // 003 Vedlegg 1: melding/konsesjon (notified to or licensed by the authority)

    bool operator==(const Asset &) const = default;
};

inline constexpr int ClassificationLevelMax = 4;

} // namespace trygg
