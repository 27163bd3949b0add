// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Date.h"
#include "model/Ids.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace trygg {
struct AuditEntry;
struct RegisterData;
} // namespace trygg

namespace trygg::ui {

enum class ReportKind { Plan, Form, Matrix, Assets, Review, Comparison };

struct ReportRequest {
    ReportKind kind = ReportKind::Plan;
    std::optional<Id> unitId;                       // plan, matrix, assets: one unit; none = the whole register
    std::optional<Id> assessmentId;                 // form (required), plan and matrix: one assessment
    Date today;                                     // what "overdue" is measured against, and the printed date
    std::string language;                           // da, nb, sv or en; empty: the register's own language
    int year = 0;                                   // review: the calendar year (0: today's)
    const std::vector<AuditEntry> *trail = nullptr; // review: the register's history (measures done)
    // The hash of the register's last audit entry (RegisterFile::trailFingerprint), printed in the footer
    // of every page, so that a signed paper copy pins the state it approved (issue 12). Empty: none.
    std::string trailFingerprint = {};
    bool openOnly = false; // plan: only the measures not done or cancelled (issue 14)
    // comparison (issue 15): the assessments of the earlier and the later round, and one asset's lines only
    std::vector<Id> fromRound = {};
    std::vector<Id> toRound = {};
    std::optional<Id> assetId = {};
};

// Builds the content of a printed report from the register (DOMAIN.md "What gets printed"), in the
// register's own language, whatever language the program speaks. The measures and risks come in
// the order of core/plan/Prioritisation, the same ranking as the GUI, the CLI and the CSV export.
class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    // Throws InputError when the request does not fit the register (a form without an assessment,
    // a unit or assessment that is not there).
    static report::ReportDocument build(const RegisterData &data, const ReportRequest &request);

    // The first 16 hex digits of a trail fingerprint in groups of four: "3f2a 9c01 77be 0d4e".
    static QString fingerprintText(const std::string &fingerprint);

    // "Action plan", "Risk assessment form"... in the program's language, for menus.
    static QString kindName(ReportKind kind);
};

} // namespace trygg::ui
