// SPDX-License-Identifier: EUPL-1.2
#include "ActionPlanModel.h"

#include "common/DomainTexts.h"
#include "common/Numbers.h"
#include "document/RegisterDocument.h"
#include "model/Clock.h"
#include "plan/Prioritisation.h"

#include <QDate>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace trygg::ui {
namespace {

constexpr int MaxRisksInToolTip = 12;
constexpr int DayCheckInterval = 5 * 60 * 1000;

const QColor OverdueText(0xb7, 0x1c, 0x1c);
const QColor DueSoonText(0xa8, 0x5d, 0x00);
const QColor OverdueRow(0xfd, 0xec, 0xea);

QDate toQDate(const Date &date)
{
    return QDate(date.year, date.month, date.day);
}

bool isEditable(int column)
{
    switch (column) {
    case ActionPlanModel::WhatColumn:
    case ActionPlanModel::ResponsibleColumn:
    case ActionPlanModel::DeadlineColumn:
    case ActionPlanModel::StatusColumn:
    case ActionPlanModel::HoursColumn:
    case ActionPlanModel::CostColumn:
    case ActionPlanModel::FollowUpColumn: return true;
    default: return false;
    }
}

} // namespace

QString ActionPlanModel::numberText(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

ActionPlanModel::ActionPlanModel(RegisterDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_active)
            recompute();
        else
            m_stale = true;
    });
    m_dayTimer.setInterval(DayCheckInterval);
    connect(&m_dayTimer, &QTimer::timeout, this, [this] {
        if (Clock::todayLocal() != m_today) {
            m_allChanged = true; // due states move with the date
            m_refreshTimer.start();
        }
    });
    m_dayTimer.start();

    connect(document, &RegisterDocument::edited, this, &ActionPlanModel::editWritten);
    connect(document, &RegisterDocument::reloaded, this, [this] {
        m_allChanged = true;
        m_refreshTimer.start();
    });
    m_allChanged = true;
    recompute();
}

int ActionPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActionPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ActionPlanModel::Totals ActionPlanModel::totals(const std::vector<int> *rows) const
{
    const RegisterData &data = m_document->data();
    Totals totals;
    const auto add = [&](const Row &row) {
        if (row.due == DueState::Overdue)
            ++totals.overdue;
        if (const Measure *measure = RegisterData::findById(data.measures, row.measureId)) {
            totals.hours += measure->hours;
            totals.cost += measure->cost;
        }
    };
    if (!rows) {
        for (const Row &row : m_rows)
            add(row);
    } else {
        for (int row : *rows)
            if (row >= 0 && row < rowCount())
                add(m_rows[static_cast<std::size_t>(row)]);
    }
    return totals;
}

Id ActionPlanModel::measureIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].measureId : Id{0};
}

int ActionPlanModel::rowOf(Id measureId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].measureId == measureId)
            return static_cast<int>(i);
    return -1;
}

QVariant ActionPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const RegisterData &data = m_document->data();
    const Measure *measure = RegisterData::findById(data.measures, row.measureId);
    if (!measure) // removed; the plan follows in this event-loop turn
        return {};
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole: return displayData(row, *measure, column);
    case Qt::EditRole: return editData(*measure, column);
    case Qt::ToolTipRole: return toolTipData(row, *measure, column);
    case SortRole: return sortData(row, *measure, column);
    case MeasureIdRole: return QVariant::fromValue<qlonglong>(row.measureId);
    case DueStateRole: return static_cast<int>(row.due);
    case StatusRole: return static_cast<int>(measure->status);
    case UnitIdRole:
        if (const auto unit = data.unitOf(*measure))
            return QVariant::fromValue<qlonglong>(*unit);
        return {};
    case ResponsibleIdRole:
        return measure->responsibleId ? QVariant::fromValue<qlonglong>(*measure->responsibleId) : QVariant();
    case Qt::TextAlignmentRole:
        switch (column) {
        case PriorityColumn:
        case HoursColumn:
        case CostColumn:
        case RisksColumn:
        case TopScoreColumn: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case ZoneColumn: return QVariant::fromValue(Qt::AlignCenter);
        default: return {};
        }
    case Qt::BackgroundRole:
        if (column == ZoneColumn && !row.risks.empty())
            return zoneColour(topRiskMatrix(row), row.risks.front().score.zone);
        if (row.due == DueState::Overdue)
            return OverdueRow;
        return {};
    case Qt::ForegroundRole:
        if (column == ZoneColumn && !row.risks.empty())
            return textColourOn(zoneColour(topRiskMatrix(row), row.risks.front().score.zone));
        if (column == DeadlineColumn && row.due == DueState::Overdue)
            return OverdueText;
        if (column == DeadlineColumn && row.due == DueState::DueSoon)
            return DueSoonText;
        return {};
    case Qt::FontRole:
        if (column == DeadlineColumn && row.due == DueState::Overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

const RiskMatrix &ActionPlanModel::topRiskMatrix(const Row &row) const
{
    const RegisterData &data = m_document->data();
    if (const Risk *risk = RegisterData::findById(data.risks, row.risks.front().riskId))
        return data.matrixOf(*risk);
    return data.currentMatrix();
}

QVariant ActionPlanModel::displayData(const Row &row, const Measure &measure, int column) const
{
    const RegisterData &data = m_document->data();
    switch (column) {
    case PriorityColumn: return row.priority;
    case WhatColumn: return toQString(measure.what);
    case ResponsibleColumn: return toQString(data.personName(measure.responsibleId));
    case DeadlineColumn: return measure.deadline ? dateText(*measure.deadline) : QString();
    case StatusColumn: return DomainTexts::measureStatus(measure.status);
    case HoursColumn: return numberText(measure.hours);
    case CostColumn: return costText(measure.cost);
    case FollowUpColumn: return toQString(measure.followUp).section(QLatin1Char('\n'), 0, 0);
    case RisksColumn: return static_cast<int>(row.risks.size());
    case TopScoreColumn:
        return row.risks.empty() || !row.risks.front().score.scored() ? QVariant()
                                                                       : QVariant(row.risks.front().score.score);
    case ZoneColumn:
        return row.risks.empty() ? QString() : DomainTexts::zoneName(topRiskMatrix(row), row.risks.front().score.zone);
    case UnitColumn: return toQString(data.unitName(data.unitOf(measure)));
    case AssessmentColumn: {
        const RiskAssessment *assessment = RegisterData::findById(data.assessments, measure.assessmentId);
        return assessment ? toQString(assessment->name) : QString();
    }
    default: return {};
    }
}

QVariant ActionPlanModel::editData(const Measure &measure, int column) const
{
    switch (column) {
    case WhatColumn: return toQString(measure.what);
    case ResponsibleColumn:
        return measure.responsibleId ? QVariant::fromValue<qlonglong>(*measure.responsibleId) : QVariant();
    case DeadlineColumn: return measure.deadline ? toQDate(*measure.deadline) : QDate();
    case StatusColumn: return static_cast<int>(measure.status);
    case HoursColumn: return measure.hours;
    case CostColumn: return measure.cost;
    case FollowUpColumn: return toQString(measure.followUp);
    default: return {};
    }
}

QVariant ActionPlanModel::sortData(const Row &row, const Measure &measure, int column) const
{
    switch (column) {
    case PriorityColumn: return row.priority;
    case DeadlineColumn: return measure.deadline ? toQDate(*measure.deadline) : QDate(9999, 12, 31);
    case StatusColumn: return static_cast<int>(measure.status);
    case HoursColumn: return measure.hours;
    case CostColumn: return measure.cost;
    case RisksColumn: return static_cast<int>(row.risks.size());
    case TopScoreColumn:
    case ZoneColumn: return row.risks.empty() ? -1 : row.risks.front().score.score;
    default: return displayData(row, measure, column);
    }
}

QVariant ActionPlanModel::toolTipData(const Row &row, const Measure &measure, int column) const
{
    const QString deadline = measure.deadline ? dateText(*measure.deadline) : QString();
    switch (column) {
    case WhatColumn: return toQString(measure.what);
    case FollowUpColumn: return measure.followUp.empty() ? QVariant() : editData(measure, column);
    case DeadlineColumn:
    case StatusColumn: {
        QString text = DomainTexts::measureStatus(measure.status).toHtmlEscaped();
        if (row.due == DueState::Overdue)
            text += QStringLiteral("<br><b>%1</b> ").arg(tr("Overdue")) +
                    tr("The deadline %1 has passed.").arg(deadline).toHtmlEscaped();
        else if (row.due == DueState::DueSoon)
            text += QStringLiteral("<br>") + tr("Due soon: the deadline is %1.").arg(deadline).toHtmlEscaped();
        else if (row.due == DueState::NoDeadline)
            text += QStringLiteral("<br>") + tr("No deadline set.").toHtmlEscaped();
        return text;
    }
    case RisksColumn:
    case TopScoreColumn:
    case ZoneColumn: return risksToolTip(row);
    default: return {};
    }
}

QString ActionPlanModel::risksToolTip(const Row &row) const
{
    if (row.risks.empty())
        return tr("This measure treats no risk.");
    const RegisterData &data = m_document->data();
    QStringList lines;
    for (const RiskEntry &entry : row.risks) {
        if (lines.size() == MaxRisksInToolTip) {
            const int more = static_cast<int>(row.risks.size()) - MaxRisksInToolTip;
            lines << tr("and %n more", nullptr, more).toHtmlEscaped();
            break;
        }
        const Risk *risk = RegisterData::findById(data.risks, entry.riskId);
        if (!risk)
            continue;
        QString what = toQString(risk->threat);
        if (const Asset *asset = RegisterData::findById(data.assets, risk->assetId))
            what = tr("%1 (%2)").arg(what, toQString(asset->name));
        const QString zone = DomainTexts::zoneName(data.matrixOf(*risk), entry.score.zone);
        lines << (entry.score.scored() ? tr("%1: %2, %3").arg(what).arg(entry.score.score).arg(zone)
                                       : tr("%1: not scored").arg(what))
                     .toHtmlEscaped();
    }
    return QStringLiteral("<p style='white-space:pre'>%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

QVariant ActionPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PriorityColumn: return tr("Priority");
        case WhatColumn: return tr("Measure");
        case ResponsibleColumn: return tr("Responsible");
        case DeadlineColumn: return tr("Deadline");
        case StatusColumn: return tr("Status");
        case HoursColumn: return tr("Hours");
        case CostColumn: return tr("Cost");
        case FollowUpColumn: return tr("Follow-up");
        case RisksColumn: return tr("Risks");
        case TopScoreColumn: return tr("Top score");
        case ZoneColumn: return tr("Zone");
        case UnitColumn: return tr("Unit");
        case AssessmentColumn: return tr("Assessment");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PriorityColumn: return tr("Place in the action plan: measures for the most urgent risks first");
        case WhatColumn: return tr("What is done");
        case ResponsibleColumn: return tr("Who is responsible");
        case DeadlineColumn: return tr("By when it is done");
        case HoursColumn: return tr("Personnel resources, in hours");
        case CostColumn: return tr("Economic resources");
        case FollowUpColumn: return tr("How the measure is followed up");
        case RisksColumn: return tr("How many risks the measure treats");
        case TopScoreColumn: return tr("Score (probability x consequence) of the most urgent risk it treats");
        case ZoneColumn: return tr("Acceptance zone of the most urgent risk it treats");
        default: return {};
        }
    }
    return {};
}

Qt::ItemFlags ActionPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditable(index.column()) && !m_document->readOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ActionPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !isEditable(index.column()))
        return false;
    return applyEdit(m_rows[static_cast<std::size_t>(index.row())].measureId, index.column(), value);
}

bool ActionPlanModel::applyEdit(Id measureId, int column, const QVariant &value)
{
    const RegisterData &data = m_document->data();
    const Measure *current = RegisterData::findById(data.measures, measureId);
    if (!current)
        return false;
    Measure changed = *current;
    bool ok = true;
    switch (column) {
    case WhatColumn: changed.what = toStdString(value.toString().trimmed()); break;
    case FollowUpColumn: changed.followUp = toStdString(value.toString().trimmed()); break;
    case DeadlineColumn: {
        const QDate date = value.toDate();
        if (date.isValid())
            changed.deadline = Date{date.year(), date.month(), date.day()};
        else
            changed.deadline.reset();
        break;
    }
    case StatusColumn: {
        const int status = value.toInt(&ok);
        if (!ok || status < static_cast<int>(MeasureStatus::Planned) ||
            status > static_cast<int>(MeasureStatus::Cancelled))
            return false;
        changed.status = static_cast<MeasureStatus>(status);
        break;
    }
    case HoursColumn: changed.hours = value.toDouble(&ok); break;
    case CostColumn: changed.cost = value.toDouble(&ok); break;
    case ResponsibleColumn:
        if (value.typeId() == QMetaType::QString)
            return setResponsibleByName(changed, value.toString().trimmed());
        if (value.isValid()) {
            const Id person = value.toLongLong(&ok);
            if (!ok || !RegisterData::findById(data.people, person))
                return false;
            changed.responsibleId = person;
        } else {
            changed.responsibleId.reset();
        }
        break;
    default: return false;
    }
    if (!ok)
        return false;
    if (changed.what == current->what && changed.followUp == current->followUp &&
        changed.deadline == current->deadline && changed.status == current->status && changed.hours == current->hours &&
        changed.cost == current->cost && changed.responsibleId == current->responsibleId)
        return true; // nothing to store, nothing to undo
    return m_document->editMeasure(changed);
}

bool ActionPlanModel::setResponsibleByName(Measure changed, const QString &name)
{
    const RegisterData &data = m_document->data();
    if (name.isEmpty()) {
        changed.responsibleId.reset();
        return m_document->editMeasure(changed);
    }
    for (const Person &person : data.people)
        if (toQString(person.name).compare(name, Qt::CaseInsensitive) == 0) {
            if (changed.responsibleId == person.id)
                return true;
            changed.responsibleId = person.id;
            return m_document->editMeasure(changed);
        }
    // A name nobody has yet: the person is added to the register, in the same undo step.
    return m_document->editMeasure(changed, Person{0, toStdString(name), {}, false, false});
}

} // namespace trygg::ui
