// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QList>
#include <QPointer>
#include <QString>

class QAction;

class QMenu;
class QWidget;

namespace trygg {
struct Date;
}
namespace trygg::report {
struct ReportDocument;
}

namespace trygg::ui {

class RegisterDocument;
struct ReportRequest;

// The name Export suggests: report, scope and date, "Handlingsplan-Stab-2026-12-06" (issue 14).
QString reportFileName(const report::ReportDocument &document, const Date &date);

// File > Print, Print preview and Export report: the same laid-out pages on the printer, in the
// preview and in the PDF (STYLE.md "Reports"), after choosing the report and its scope.
class ReportActions : public QObject {
    Q_OBJECT

public:
    explicit ReportActions(QWidget *window);

    // Adds the actions to `menu` in the program's current language (menus are rebuilt on a switch).
    void addTo(QMenu *menu);
    void setDocument(RegisterDocument *document);

    void print();
    void preview();
    void exportReport();
    // Print preview of a report already chosen (the comparison beside the risk form).
    void previewReport(const ReportRequest &request);

signals:
    void failed(const QString &message);
    void exported(const QString &path);

private:
    bool choose(const QString &actionText, ReportRequest &request);
    report::ReportDocument build(ReportRequest request) const;

    QWidget *m_window;
    QPointer<RegisterDocument> m_document;
    QList<QPointer<QAction>> m_actions;
};

} // namespace trygg::ui
