// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Error.h"
#include "model/Ids.h"
#include "model/Message.h"

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace trygg {

class RegisterFile;

// What the security officer decides for a conflict: take the section's version over the combined
// register's, keep the combined register's, or keep both (the section's as an object of its own). The
// decision is remembered in the combined register (the section's content it was made for is kept as
// the object's origin fingerprint), so the next combine does not raise the same conflict again; a later
// change in the section raises it anew.
enum class CombineResolution { Section, Combined, Both };

// Something in a section register that was not taken over because the combined register holds the
// same object with other content (002 §27: the security officer combines the sections' registers).
struct CombineConflict {
    std::string section;     // the section register's file
    std::string sectionName; // its name
    std::string objectType;  // asset, assessment, risk, measure, incident, exception, document, ...
    std::string name;
    Message reason;
    Id sectionId = 0;                            // the object's id in the section register
    Id combinedId = 0;                           // the object of the combined register it conflicts with
    bool gone = false;                           // no longer in the section
    std::optional<int> sectionScore;             // a risk line's score (S x K) in the section
    std::optional<int> combinedScore;            // and in the combined register
    std::optional<CombineResolution> resolution; // how it was resolved in this combine, if it was
};

struct CombineSummary {
    int sections = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int removed = 0;                        // taken over before, gone from the section since
    std::vector<CombineConflict> conflicts; // resolved ones too, with their resolution
};

// A section that cannot be told apart from another (the same register id, from another file): combined
// only when the officer chooses to combine it as a new section (combineRegisters' `asNewSections`).
class SameRegisterError : public InputError {
public:
    SameRegisterError(Message message, std::string section)
        : InputError(std::move(message)), m_section(std::move(section))
    {
    }
    const std::string &section() const { return m_section; } // the file to combine as a new section

private:
    std::string m_section;
};

// Decides a conflict while combining; nullopt leaves it open (listed, nothing overwritten).
using CombineResolver = std::function<std::optional<CombineResolution>(const CombineConflict &)>;

// Combines section registers into `target` in one transaction: units and people by name; assets,
// assessments with their risks and measures, incidents and approved exceptions by origin (the
// section's identity here, which is its register uid, and the object's id there, kept in the target),
// so that combining again updates what changed instead of adding it twice. Only what has no origin yet
// is matched by name, and only with an object of the target that no other object of the same section
// already stands for: two identical lines of a section (the form's Duplicate button) become two lines;
// every line arrives. An object the target already holds with other content (the same asset in two
// sections, or edited in the combined register and in the section since the last combine) is a
// conflict: left as it is, unless `resolve` decides it. Policy documents, reviews and risk acceptances
// come along too, so the combined register's due list and reports know what the sections reviewed and
// accepted. An object taken over before that its section no longer holds is removed, unless it was
// changed in the combined register since (a conflict) or another section still holds it.
//
// Sections you can trust (issue 19): the target keeps each section's file with its identity (origin
// rows of type "section"). Throws InputError naming both files for a section that is the target itself,
// two sections of the run with one register id (copies of one register), or a section whose register id
// the target knows from another file that still exists (a section whose file moved is the same
// section), unless the section's file is in `asNewSections`: then it is combined as a section of its
// own, under a fresh identity kept for its file. Objects taken from a combined register keep their
// first origin, but a section speaks only for its own objects: what its origin table says it carries
// is believed only for a register that is no section of this run or of an earlier combine and not the
// target (registers carried so are remembered in origin rows of type "carried"); anything else is the
// section's own object.
CombineSummary combineRegisters(RegisterFile &target, const std::vector<std::string> &sectionPaths,
                                const CombineResolver &resolve = {}, const std::set<std::string> &asNewSections = {});

// Resolves one conflict of an earlier combine: combines its section again (in one transaction) with
// that decision. Throws InputError when the conflict cannot be resolved so (taking the section's
// removal of an assessment that holds lines from elsewhere).
CombineSummary resolveConflict(RegisterFile &target, const CombineConflict &conflict, CombineResolution resolution);

// "section", "combined", "both" (the CLI's --resolve words).
std::string_view toToken(CombineResolution resolution);
std::optional<CombineResolution> parseCombineResolution(std::string_view text);

} // namespace trygg
