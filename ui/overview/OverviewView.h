// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Ids.h"

#include <QWidget>

#include <optional>
#include <vector>

class QGridLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace trygg::ui {

class MatrixWidget;
class TrendChart;
class RegisterDocument;

// The first page: how many risks in each zone, the matrix, measures overdue and due soon,
// assessments due and register warnings. Each figure leads to the list it summarises.
class OverviewView : public QWidget {
    Q_OBJECT

public:
    explicit OverviewView(RegisterDocument *document, QWidget *parent = nullptr);

    // For tests: the figures as shown.
    QString overdueText() const;
    QString zoneText(int zone) const;
    MatrixWidget *matrix() const { return m_matrix; }
    TrendChart *trendChart() const { return m_trend; }

signals:
    void zoneActivated(int zone);
    void cellActivated(int probability, int consequence);
    void overdueActivated();
    void dueSoonActivated();
    void assessmentActivated(trygg::Id assessmentId);
    void newAssessmentRequested(std::optional<trygg::Id> unitId);
    void warningsActivated();
    void dueActivated(); // the yearly cycle's due list (the Due page)

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Edits come in bursts (an import, an undo of many lines): refresh once after them.
    void scheduleRefresh();
    void onLink(const QString &link);
    void onReviewActivated(QListWidgetItem *item);

    RegisterDocument *m_document;
    QLabel *m_title;
    QGridLayout *m_zones;
    std::vector<QLabel *> m_zoneLabels;
    MatrixWidget *m_matrix;
    QLabel *m_plan;
    QLabel *m_warnings;
    QListWidget *m_reviews;
    TrendChart *m_trend;
    QTimer *m_refreshTimer;
    bool m_stale = false;
};

} // namespace trygg::ui
