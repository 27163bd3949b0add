// SPDX-License-Identifier: EUPL-1.2
// The main window's combining of section registers into the open one (002 §27; issue 19: a section copied
// from another is combined only as a new section, when the officer says so).
#include "MainWindow.h"
#include "NoticeBar.h"
#include "combine/Combine.h"
#include "combine/CombineConflictsDialog.h"
#include "common/Translations.h"
#include "document/RegisterDocument.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include <set>
#include <string>
#include <vector>

namespace trygg::ui {

void MainWindow::chooseRegistersToCombine()
{
    if (!m_document)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Combine registers into %1").arg(QFileInfo(m_document->path()).fileName()),
        QFileInfo(m_document->path()).absolutePath(), tr("Trygg registers (*.trygg)"));
    if (!paths.isEmpty())
        combineRegisters(paths);
}

bool MainWindow::combineRegisters(const QStringList &sectionPaths)
{
    if (!m_document)
        return false;
    std::vector<std::string> paths;
    for (const QString &path : sectionPaths)
        paths.push_back(path.toStdString());
    CombineSummary summary;
    std::set<std::string> asNewSections;
    for (;;) {
        try {
            summary = m_document->combine(paths, asNewSections);
            break;
        } catch (const SameRegisterError &error) {
            // Issue 19: a section with another's register id (a copy of one template, say) is combined only
            // when the officer says it is a section of its own.
            if (asNewSections.count(error.section()) || !askCombineAsNewSection(error)) {
                showError(tr("Nothing was combined: %1").arg(errorText(error)));
                return false;
            }
            asNewSections.insert(error.section());
        } catch (const std::exception &error) {
            showError(tr("Nothing was combined: %1").arg(errorText(error)));
            return false;
        }
    }
    QString result = tr("Combined %n register(s): %1 new, %2 updated, %3 unchanged.", nullptr, summary.sections)
                         .arg(summary.created)
                         .arg(summary.updated)
                         .arg(summary.unchanged);
    if (summary.removed > 0)
        result += QLatin1Char(' ') + tr("%n removed: no longer in their section.", nullptr, summary.removed);
    if (summary.conflicts.empty()) {
        m_notice->showMessage(NoticeBar::Kind::Information, result);
        return true;
    }
    m_notice->showMessage(NoticeBar::Kind::Warning,
                          result + QLatin1Char(' ') +
                              tr("%n conflict(s) were left as they are in this register.", nullptr,
                                 static_cast<int>(summary.conflicts.size())),
                          false);
    // Not modal for the program: the user may want to look at the objects it names.
    auto *dialog = new CombineConflictsDialog(m_document.get(), summary.conflicts, this);
    dialog->setObjectName(QStringLiteral("combineConflicts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return true;
}

bool MainWindow::askCombineAsNewSection(const SameRegisterError &error)
{
    QMessageBox box(QMessageBox::Question, tr("Combine as a new section?"), errorText(error),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("combineAsNewSection"));
    box.setInformativeText(tr("If %1 is a section of its own (made from a copy of another register), combine it "
                              "as a new section: it gets an identity of its own in this register, kept for its "
                              "file. If it is a copy of the same section, cancel: nothing is combined.")
                               .arg(QString::fromStdString(error.section())));
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Combine as a new section"));
    return box.exec() == QMessageBox::Yes;
}

} // namespace trygg::ui
