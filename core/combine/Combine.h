#pragma once

#include "model/Message.h"

#include <string>
#include <vector>

namespace trygg {

class RegisterFile;

// Something in a section register that was not taken over because the combined register holds the
// same object with other content (002 §27: the security officer combines the sections' registers).
struct CombineConflict {
    std::string section;    // the section register's file
    std::string objectType; // asset, assessment, risk, measure, incident, exception
    std::string name;
    Message reason;
};

struct CombineSummary {
    int sections = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int removed = 0; // taken over before, gone from the section since
    std::vector<CombineConflict> conflicts;
};

// Combines section registers into `target` in one transaction: units and people by name; assets,
// assessments with their risks and measures, incidents and approved exceptions by origin (the
// section's register uid and the object's id there, kept in the target), so that combining again
// updates what changed instead of adding it twice. An object the target already holds with other
// content (the same asset in two sections, or edited in the combined register and in the section
// since the last combine) is listed as a conflict and left as it is. Objects taken from a combined
// register keep their first origin. Policy documents, reviews and risk acceptances come along too, so
// the combined register's due list and reports know what the sections reviewed and accepted. An object
// taken over before that its section no longer holds is removed, unless it was changed in the combined
// register since (a conflict). Throws InputError for a section that is the target itself.
CombineSummary combineRegisters(RegisterFile &target, const std::vector<std::string> &sectionPaths);

} // namespace trygg
