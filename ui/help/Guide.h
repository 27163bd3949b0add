// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace trygg::ui {

// The user guide (issue 13): HTML pages shipped in the program's resources under :/guide/<language>/, the
// same pages with the same anchors in every language (GuideTest checks it).

// The guide's pages in the order of its contents, the contents page first.
QStringList guidePages();
// The language the guide is shown in for the program's language: that language if the guide has it, else
// English.
QString guideLanguage(const QString &language);
// The address of a section ("risk-form.html", "yearly-cycle.html#due") in a language's guide.
QUrl guideUrl(const QString &language, const QString &section);

} // namespace trygg::ui
