// SPDX-License-Identifier: EUPL-1.2
#include "DueView.h"

#include "DueModel.h"
#include "CycleTexts.h"
#include "ReviewRulesDialog.h"
#include "SignOffDialog.h"

#include "common/DomainTexts.h"
#include "common/EditDialog.h"
#include "common/Translations.h"
#include "document/RegisterDocument.h"
#include "model/Tokens.h"
#include "risk/RiskRules.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <tuple>

namespace trygg::ui {
namespace {

// Issue 13: the Due page's filters: kind, unit and state chosen from lists (-1: any), and a text searched in
// every column.
class DueFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setKind(int kind) { m_kind = kind; invalidateFilter(); }
    void setUnit(qlonglong unit) { m_unit = unit; invalidateFilter(); }
    void setState(int state) { m_state = state; invalidateFilter(); }
    void setText(const QString &text) { m_text = text.trimmed(); invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (m_kind >= 0 && first.data(DueModel::KindRole).toInt() != m_kind)
            return false;
        if (m_unit >= 0 && first.data(DueModel::UnitRole).toLongLong() != m_unit)
            return false;
        if (m_state >= 0 && first.data(DueModel::StateRole).toInt() != m_state)
            return false;
        if (m_text.isEmpty())
            return true;
        for (int column = 0; column < sourceModel()->columnCount(parent); ++column) {
            const QModelIndex cell = sourceModel()->index(row, column, parent);
            if (cell.data().toString().contains(m_text, Qt::CaseInsensitive) ||
                cell.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    int m_kind = -1;
    qlonglong m_unit = -1;
    int m_state = -1;
    QString m_text;
};

} // namespace

DueView::DueView(RegisterDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new DueModel(document, this)), m_summary(new QLabel(this)),
      m_window(new QComboBox(this)), m_table(new QTableView(this)), m_filter(new DueFilter(this)),
      m_kind(new QComboBox(this)), m_unit(new QComboBox(this)), m_state(new QComboBox(this)),
      m_search(new QLineEdit(this)), m_empty(new QLabel(this)),
      m_review(new QPushButton(tr("Record &review..."), this)), m_accept(new QPushButton(tr("&Accept risk..."), this)),
      m_approve(new QPushButton(tr("Approve a&gain..."), this)),
      m_approvePlan(new QPushButton(tr("Approve action &plan..."), this)),
      m_rules(new QPushButton(tr("Review r&ules..."), this)),
      m_documents(new QPushButton(tr("Add policy &document..."), this))
{
    for (int days : {30, 90, 365})
        m_window->addItem(tr("Due within %n day(s)", nullptr, days), days);
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setWithinDays(m_window->currentData().toInt());
        updateSummary();
        updateEmptyText();
    });
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(DueModel::SortRole);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    // The list's own order (most urgent first) until a column is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_filter->sort(-1);
    m_kind->addItem(tr("All kinds"), -1);
    for (DueItem::Kind kind : {DueItem::Kind::Review, DueItem::Kind::Deadline, DueItem::Kind::Treatment,
                               DueItem::Kind::Unscored, DueItem::Kind::Reassess, DueItem::Kind::Residual, DueItem::Kind::Acceptance,
                               DueItem::Kind::Approval, DueItem::Kind::Notification, DueItem::Kind::Exception})
        m_kind->addItem(CycleTexts::dueKind(static_cast<int>(kind)), static_cast<int>(kind));
    m_state->addItem(tr("Overdue and due soon"), -1);
    m_state->addItem(tr("Overdue"), static_cast<int>(DueState::Overdue));
    m_state->addItem(tr("Due soon"), static_cast<int>(DueState::DueSoon));
    fillUnits();
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_kind->setToolTip(tr("Show one kind of task only"));
    m_unit->setToolTip(tr("Show one unit's tasks only, or the whole register's"));
    m_state->setToolTip(tr("Show what is overdue, or what falls due soon"));
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { static_cast<DueFilter *>(m_filter)->setKind(m_kind->currentData().toInt()); });
    connect(m_unit, &QComboBox::currentIndexChanged, this,
            [this] { static_cast<DueFilter *>(m_filter)->setUnit(m_unit->currentData().toLongLong()); });
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { static_cast<DueFilter *>(m_filter)->setState(m_state->currentData().toInt()); });
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { static_cast<DueFilter *>(m_filter)->setText(text); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &DueView::updateEmptyText);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &DueView::updateEmptyText);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DueView::updateEmptyText);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &DueView::updateEmptyText);
    connect(m_document, &RegisterDocument::recordChanged, this, [this](RecordKind kind) {
        if (kind == RecordKind::Unit)
            fillUnits();
    });
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setMargin(12);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DueModel::DueColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DueModel::WhatColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DueModel::ObjectColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DueModel::UnitColumn, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_review->setToolTip(tr("The object was looked through: its next review is counted from today"));
    m_accept->setToolTip(tr("Management accepts the residual risk until a date"));
    m_approve->setToolTip(tr("Management approves the plan or assessment as it is now"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_window);
    top->addWidget(m_rules);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_review, m_accept, m_approve})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_documents);
    buttons->addWidget(m_approvePlan);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_unit);
    filters->addWidget(m_state);
    filters->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    connect(m_review, &QPushButton::clicked, this, &DueView::recordReview);
    connect(m_accept, &QPushButton::clicked, this, &DueView::acceptRisk);
    connect(m_approve, &QPushButton::clicked, this, &DueView::approveAgain);
    connect(m_approvePlan, &QPushButton::clicked, this, &DueView::approvePlan);
    connect(m_rules, &QPushButton::clicked, this, &DueView::editRules);
    connect(m_documents, &QPushButton::clicked, this, &DueView::addPolicyDocument);
    m_documents->setToolTip(tr("A policy, instruction or guideline revised on the policy documents' review rule"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DueView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        updateSummary();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_review->isEnabled())
            recordReview();
        else if (m_accept->isEnabled())
            acceptRisk();
        else if (m_approve->isEnabled())
            approveAgain();
    });
    updateActions();
    updateSummary();
    updateEmptyText();
    m_model->setActive(false); // until shown
}

void DueView::fillUnits()
{
    const QVariant chosen = m_unit->currentData();
    const QSignalBlocker blocker(m_unit);
    m_unit->clear();
    m_unit->addItem(tr("All units"), qlonglong{-1});
    m_unit->addItem(tr("Whole register"), qlonglong{0});
    for (const OrgUnit &unit : m_document->data().units)
        m_unit->addItem(toQString(unit.name), static_cast<qlonglong>(unit.id));
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(chosen)));
}

void DueView::updateEmptyText()
{
    const bool empty = m_filter->rowCount() == 0;
    if (empty && m_model->rowCount() > 0)
        m_empty->setText(tr("Nothing matches the filter. %n task(s) are hidden by it.", nullptr, m_model->rowCount()));
    else if (empty)
        m_empty->setText(
            tr("Nothing is overdue and nothing falls due within %n day(s). The list covers reviews of assessments, "
               "assets, measures and policy documents; measure deadlines; risks above the acceptance line that need "
               "a measure or management's acceptance; risk lines not scored yet; residual risks to score or "
               "accept; acceptances that run out; approvals outdated by a change; personal data breaches to "
               "report; and exceptions that run out.",
               nullptr, m_model->withinDays()));
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
}

void DueView::showEvent(QShowEvent *event)
{
    m_model->setActive(true);
    QWidget::showEvent(event);
}

void DueView::hideEvent(QHideEvent *event)
{
    m_model->setActive(false);
    QWidget::hideEvent(event);
}

namespace {

// Management may accept a risk above the acceptance line instead of treating it, or accept what is left
// after its measures (DOMAIN.md rule 7).
bool acceptable(const DueItem &item)
{
    return item.kind == DueItem::Kind::Acceptance || item.kind == DueItem::Kind::Treatment;
}

// Issue 13: what management accepts, in full: the line, its asset and unit, its score and zone.
QString acceptedRisk(const RegisterData &data, Id riskId, const QString &fallback)
{
    const Risk *risk = RegisterData::findById(data.risks, riskId);
    if (!risk)
        return fallback;
    const RiskMatrix &matrix = data.matrixOf(*risk);
    const RiskScore score = standingScoreOf(matrix, *risk);
    const Asset *asset = RegisterData::findById(data.assets, risk->assetId);
    const std::string unit = data.unitName(data.unitOf(*risk));
    QString text = QStringLiteral("\u201c%1\u201d").arg(toQString(risk->threat));
    if (asset)
        text += QStringLiteral(" (%1)").arg(toQString(asset->name));
    text += QStringLiteral(", ") + (unit.empty() ? DueView::tr("whole register") : toQString(unit));
    if (score.scored())
        text += QStringLiteral(", ") + DueView::tr("score %1 (%2 × %3), zone %4")
                                           .arg(score.score)
                                           .arg(score.probability)
                                           .arg(score.effectiveConsequence)
                                           .arg(DomainTexts::zoneName(matrix, score.zone));
    return text;
}

// Issue 13: the approver and role of the last sign-off of its kind, offered again.
template <typename T, typename Who> void prefillSigner(SignOffDialog &dialog, const std::vector<T> &records, Who who)
{
    const T *last = nullptr;
    for (const T &record : records)
        if (!last || std::tie(record.date, record.id) > std::tie(last->date, last->id))
            last = &record;
    if (!last)
        return;
    dialog.whoEdit()->setText(toQString(who(*last)));
    dialog.roleEdit()->setText(toQString(last->role));
}

} // namespace

int DueView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_filter->mapToSource(rows.front()).row();
}

void DueView::updateActions()
{
    const int row = selectedRow();
    const DueItem *item = row >= 0 ? &m_model->item(row) : nullptr;
    const bool writable = !m_document->readOnly();
    m_review->setEnabled(writable && item && item->kind == DueItem::Kind::Review && item->objectType != "unit");
    m_accept->setEnabled(writable && item && acceptable(*item));
    m_approve->setEnabled(writable && item && item->kind == DueItem::Kind::Approval);
    m_approvePlan->setEnabled(writable);
    m_rules->setEnabled(writable);
    m_documents->setEnabled(writable);
}

void DueView::updateSummary()
{
    const int overdue = m_model->overdueCount();
    const int soon = m_model->rowCount() - overdue;
    m_summary->setText(tr("%n overdue", nullptr, overdue) + QStringLiteral(", ") +
                       tr("%n due within %1 days", nullptr, soon).arg(m_model->withinDays()));
}

bool DueView::recordReview()
{
    const int row = selectedRow();
    if (row < 0 || m_model->item(row).kind != DueItem::Kind::Review || !m_model->item(row).objectId)
        return false;
    const DueItem item = m_model->item(row);
    const std::optional<ReviewKind> kind = parseReviewKind(item.objectType);
    if (!kind)
        return false;
    SignOffDialog dialog(SignOffDialog::Mode::Review, messageText(item.name), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return m_document->addReview(dialog.review(*kind, *item.objectId)).has_value();
}

bool DueView::acceptRisk()
{
    const int row = selectedRow();
    if (row < 0 || !acceptable(m_model->item(row)) || !m_model->item(row).objectId)
        return false;
    const DueItem item = m_model->item(row);
    SignOffDialog dialog(SignOffDialog::Mode::Acceptance,
                         acceptedRisk(m_document->data(), *item.objectId, messageText(item.name)), this);
    prefillSigner(dialog, m_document->data().acceptances,
                  [](const RiskAcceptance &acceptance) { return acceptance.acceptedBy; });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return m_document->addAcceptance(dialog.acceptance(*item.objectId)).has_value();
}

bool DueView::approveAgain()
{
    const int row = selectedRow();
    if (row < 0 || m_model->item(row).kind != DueItem::Kind::Approval)
        return false;
    const DueItem item = m_model->item(row);
    const auto subject = parseApprovalSubject(item.objectType).value_or(Approval::Subject::Plan);
    SignOffDialog dialog(SignOffDialog::Mode::Approval,
                         tr("%1 (%2)").arg(messageText(item.name),
                                           item.unitId ? toQString(m_document->data().unitName(item.unitId))
                                                       : tr("whole register")),
                         this);
    prefillSigner(dialog, m_document->data().approvals, [](const Approval &approval) { return approval.approvedBy; });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return m_document->addApproval(dialog.approval(subject, item.objectId)).has_value();
}

bool DueView::approvePlan()
{
    // The whole register's plan or one unit's (002 §25 stk. 6).
    QStringList choices{tr("The whole register")};
    std::vector<std::optional<Id>> units{std::nullopt};
    for (const OrgUnit &unit : m_document->data().units) {
        choices << toQString(unit.name);
        units.push_back(unit.id);
    }
    bool chosen = false;
    const QString choice =
        QInputDialog::getItem(this, tr("Approve action plan"), tr("Action plan of:"), choices, 0, false, &chosen);
    if (!chosen)
        return false;
    const std::optional<Id> unit = units[static_cast<std::size_t>(choices.indexOf(choice))];
    SignOffDialog dialog(SignOffDialog::Mode::Approval, tr("the action plan of %1").arg(choice), this);
    prefillSigner(dialog, m_document->data().approvals, [](const Approval &approval) { return approval.approvedBy; });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return m_document->addApproval(dialog.approval(Approval::Subject::Plan, unit)).has_value();
}

bool DueView::editRules()
{
    const RegisterData &data = m_document->data();
    ReviewRules current = data.reviewRules;
    current.rules[static_cast<std::size_t>(ReviewKind::Assessment)] = data.info.reviewRule;
    ReviewRulesDialog dialog(current, data.currentMatrix(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return m_document->setReviewRules(dialog.rules());
}

bool DueView::addPolicyDocument()
{
    const QString name = askForText(this, tr("Add policy document"),
                                    tr("Name of the document (e.g. \"Informasjonssikkerhetspolicy\"):"))
                             .value_or(QString())
                             .trimmed();
    if (name.isEmpty())
        return false;
    return m_document->addPolicyDocument(PolicyDocument{0, toStdString(name), std::nullopt}).has_value();
}

} // namespace trygg::ui
