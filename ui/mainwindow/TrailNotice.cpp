// SPDX-License-Identifier: EUPL-1.2
#include "TrailNotice.h"

#include "NoticeBar.h"
#include "common/Translations.h"
#include "storage/RegisterFile.h"

#include <QMessageBox>
#include <QStringList>

namespace trygg::ui {

int TrailNotice::show(NoticeBar *bar, QWidget *parent, const RegisterFile &file, const QString &fileName)
{
    bar->hide();
    QStringList findings;
    try {
        for (const Message &problem : file.trailProblems())
            findings << messageText(problem);
    } catch (const std::exception &) {
        return 0; // a damaged file: opening and check say so
    }
    if (findings.isEmpty())
        return 0;
    QString text = tr("%1 was changed outside Trygg: %2").arg(fileName, findings.first());
    if (findings.size() > 1)
        text += QLatin1Char(' ') + tr("(%n more finding(s))", nullptr, static_cast<int>(findings.size() - 1));
    // Not modal: the register stays open to look at what changed.
    bar->showMessage(NoticeBar::Kind::Error, text, true, tr("Details"), [parent, fileName, findings] {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Changed outside Trygg"),
                                    tr("%1 was changed since Trygg last recorded it, by a program other than Trygg "
                                       "or by hand. Ask who can write its folder, and compare it with the printed "
                                       "reports, which carry the trail's fingerprint.")
                                        .arg(fileName),
                                    QMessageBox::Close, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setDetailedText(findings.join(QLatin1Char('\n')));
        box->setModal(false);
        box->show();
    });
    return static_cast<int>(findings.size());
}

} // namespace trygg::ui
