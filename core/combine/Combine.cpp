// SPDX-License-Identifier: EUPL-1.2
#include "combine/Combine.h"

#include "combine/Combiner.h"
#include "combine/OfflineCopy.h"

#include "model/Error.h"
#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

namespace trygg {
namespace {

using combine::Combiner;

void add(CombineSummary &summary, const CombineSummary &more)
{
    summary.sections += more.sections;
    summary.created += more.created;
    summary.updated += more.updated;
    summary.unchanged += more.unchanged;
    summary.removed += more.removed;
    summary.conflicts.insert(summary.conflicts.end(), more.conflicts.begin(), more.conflicts.end());
}

CombineSummary runCombine(RegisterFile &target, const std::vector<std::string> &sectionPaths,
                          const CombineResolver &resolve, const std::set<std::string> &asNewSections = {})
{
    try {
        Transaction transaction(target.database());
        // Issue 16: an offline copy of a register on a server comes back by its audit trail, not as a section.
        std::vector<std::string> sections;
        CombineSummary summary;
        for (const std::string &path : sectionPaths) {
            const bool offline =
                !asNewSections.count(path) &&
                isOfflineCopy(target, RegisterFile::open(path, RegisterFile::Access::ReadOnly).info().uid, path);
            if (offline)
                add(summary, bringBackOfflineCopy(target, path, resolve));
            else
                sections.push_back(path);
        }
        if (!sections.empty()) {
            Combiner combiner(target, resolve);
            combiner.combineAll(sections, asNewSections);
            add(summary, combiner.summary());
        }
        transaction.commit();
        return summary;
    } catch (...) {
        target.discardCachedMatrices(); // a matrix version added before the failure was rolled back
        throw;
    }
}

bool sameConflict(const CombineConflict &a, const CombineConflict &b)
{
    return a.objectType == b.objectType && a.sectionId == b.sectionId && a.gone == b.gone;
}

} // namespace

CombineSummary combineRegisters(RegisterFile &target, const std::vector<std::string> &sectionPaths,
                                const CombineResolver &resolve, const std::set<std::string> &asNewSections)
{
    return runCombine(target, sectionPaths, resolve, asNewSections);
}

CombineSummary resolveConflict(RegisterFile &target, const CombineConflict &conflict, CombineResolution resolution)
{
    Transaction transaction(target.database()); // the combine below commits only into this one
    const CombineSummary summary =
        runCombine(target, {conflict.section}, [&](const CombineConflict &found) -> std::optional<CombineResolution> {
            if (sameConflict(found, conflict))
                return resolution;
            return std::nullopt;
        });
    for (const CombineConflict &found : summary.conflicts)
        if (sameConflict(found, conflict) && !found.resolution) {
            target.discardCachedMatrices();
            throw InputError(trygg::trMsg("%1: %2 '%3' holds risk lines or measures that are not from the section; "
                                          "move or remove them before taking the section's removal",
                                          conflict.section, conflict.objectType, conflict.name));
        }
    transaction.commit();
    return summary;
}

std::string_view toToken(CombineResolution resolution)
{
    switch (resolution) {
    case CombineResolution::Section: return "section";
    case CombineResolution::Combined: return "combined";
    case CombineResolution::Both: return "both";
    }
    return "section";
}

std::optional<CombineResolution> parseCombineResolution(std::string_view text)
{
    for (CombineResolution resolution :
         {CombineResolution::Section, CombineResolution::Combined, CombineResolution::Both})
        if (text == toToken(resolution))
            return resolution;
    return std::nullopt;
}

} // namespace trygg
