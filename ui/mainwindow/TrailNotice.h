// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace trygg {
class RegisterFile;
} // namespace trygg

namespace trygg::ui {

class NoticeBar;

// Issue 12: what the audit trail's chain finds changed behind Trygg's back (RegisterFile::trailProblems),
// shown on opening in a notice bar of its own, with a button listing every finding.
class TrailNotice {
    Q_DECLARE_TR_FUNCTIONS(TrailNotice)

public:
    // Shows the findings for `file` in `bar`, or hides it when there are none; returns how many.
    static int show(NoticeBar *bar, QWidget *parent, const RegisterFile &file, const QString &fileName);
};

} // namespace trygg::ui
