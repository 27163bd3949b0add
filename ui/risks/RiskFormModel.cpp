// SPDX-License-Identifier: EUPL-1.2
#include "RiskFormModel.h"

#include "common/DomainTexts.h"

#include "cycle/RoundComparison.h"
#include "plan/Prioritisation.h"
#include "risk/RiskRules.h"

#include <QFont>

#include <algorithm>
#include <tuple>

namespace trygg::ui {
namespace {

bool sameRisk(const Risk &a, const Risk &b)
{
    return std::tie(a.assessmentId, a.assetId, a.position, a.threat, a.aspects, a.probability, a.consequence,
                    a.manyAffected, a.knowledge, a.existingMeasures, a.residualProbability, a.residualConsequence,
                    a.carriedFromId, a.notReassessed) ==
           std::tie(b.assessmentId, b.assetId, b.position, b.threat, b.aspects, b.probability, b.consequence,
                    b.manyAffected, b.knowledge, b.existingMeasures, b.residualProbability, b.residualConsequence,
                    b.carriedFromId, b.notReassessed);
}

} // namespace

RiskFormModel::RiskFormModel(RegisterDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(m_document, &RegisterDocument::recordChanged, this, &RiskFormModel::onRecordChanged);
    connect(m_document, &RegisterDocument::recordsReset, this, &RiskFormModel::onRecordsReset);
}

void RiskFormModel::setAssessment(std::optional<Id> assessmentId)
{
    beginResetModel();
    m_assessmentId = assessmentId;
    m_rows = collectRows();
    indexRows();
    m_priorities.assign(m_rows.size(), 0);
    endResetModel();
    // The caches are filled after the reset, so their change signals find the rows in place.
    recomputePriorities();
    recomputeMeasures();
}

const RiskMatrix *RiskFormModel::matrix() const
{
    const RegisterData &data = m_document->data();
    const RiskAssessment *assessment = RegisterData::findById(data.assessments, m_assessmentId);
    if (!assessment)
        return nullptr;
    if (const RiskMatrix *own = RegisterData::findById(data.matrices, assessment->matrixId))
        return own;
    return &data.currentMatrix();
}

Id RiskFormModel::riskIdAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[static_cast<std::size_t>(row)] : Id{0};
}

int RiskFormModel::rowOf(Id id) const
{
    const auto it = m_rowOf.find(id);
    return it == m_rowOf.end() ? -1 : it->second;
}

int RiskFormModel::priorityOf(Id id) const
{
    const int row = rowOf(id);
    return row < 0 ? 0 : m_priorities[static_cast<std::size_t>(row)];
}

int RiskFormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RiskFormModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Risk *RiskFormModel::riskAt(int row) const
{
    return RegisterData::findById(m_document->data().risks, riskIdAt(row));
}

bool RiskFormModel::isLevel(int column) const
{
    return column == ProbabilityColumn || column == ConsequenceColumn || column == ResidualProbabilityColumn ||
           column == ResidualConsequenceColumn;
}

QVariant RiskFormModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Risk *risk = riskAt(index.row());
    if (!risk)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return displayData(*risk, index.row(), column);
    case Qt::EditRole:
    case ValueRole: return valueData(*risk, index.row(), column);
    case Qt::ToolTipRole: return toolTipData(*risk, column);
    case Qt::CheckStateRole:
        if (column == ManyAffectedColumn)
            return risk->manyAffected ? Qt::Checked : Qt::Unchecked;
        return {};
    case ChoiceTextsRole:
    case ChoiceValuesRole:
    case DigitEntryRole:
    case MultipleChoiceRole: return choiceData(*risk, column, role);
    case Qt::TextAlignmentRole:
        if (column == ThreatColumn || column == AssetColumn || column == AspectsColumn ||
            column == ExistingMeasuresColumn || column == MeasuresColumn || column == ProbabilityColumn ||
            column == ConsequenceColumn)
            return static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter);
        return static_cast<int>(Qt::AlignCenter);
    case Qt::DecorationRole: return column == NumberColumn ? roundMark(*risk) : QVariant();
    case Qt::FontRole: {
        if (column == ThreatColumn && risk->notReassessed) { // carried over, not reassessed (issue 15)
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (column != EffectiveConsequenceColumn && column != ScoreColumn)
            return {};
        const RiskScore score = scoreOf(m_document->data().matrixOf(*risk), *risk);
        QFont font;
        font.setBold(column == ScoreColumn || score.effectiveConsequence != score.consequence);
        return font;
    }
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: return colourData(*risk, column, role);
    default: return {};
    }
}

QVariant RiskFormModel::displayData(const Risk &risk, int row, int column) const
{
    const RegisterData &data = m_document->data();
    const RiskMatrix &matrix = data.matrixOf(risk);
    switch (column) {
    case NumberColumn: return row + 1;
    case ThreatColumn: return toQString(risk.threat);
    case AssetColumn: {
        const Asset *asset = RegisterData::findById(data.assets, risk.assetId);
        return asset ? toQString(asset->name) : QString();
    }
    case AspectsColumn: return DomainTexts::aspects(risk.aspects);
    // Issue 13: a level not entered yet is an empty cell; the line is "not scored".
    case ProbabilityColumn:
        return risk.probability ? DomainTexts::probabilityLevel(matrix, *risk.probability) : QString();
    case ConsequenceColumn:
        return risk.consequence ? DomainTexts::consequenceLevel(matrix, *risk.consequence) : QString();
    case ManyAffectedColumn: return {};
    case EffectiveConsequenceColumn: {
        const RiskScore score = scoreOf(matrix, risk);
        if (!score.scored())
            return QString();
        // Rule 1: the raised value is shown beside the entered one, marked so it cannot be missed.
        if (score.effectiveConsequence != score.consequence)
            return QString::number(score.effectiveConsequence) + QChar(0x2191);
        return score.effectiveConsequence;
    }
    case ScoreColumn: {
        const RiskScore score = scoreOf(matrix, risk);
        return score.scored() ? QVariant(score.score) : QVariant(QString());
    }
    case PriorityColumn: {
        // Issue 13: a line not scored yet has no priority to show (it ranks after every scored line).
        const int priority = m_priorities[static_cast<std::size_t>(row)];
        return priority > 0 && scoreOf(matrix, risk).scored() ? QVariant(priority) : QVariant(QString());
    }
    case ZoneColumn: {
        const RiskScore score = scoreOf(matrix, risk);
        return score.scored() ? DomainTexts::zoneName(matrix, score.zone) : tr("not scored");
    }
    case KnowledgeColumn: return DomainTexts::knowledge(risk.knowledge);
    case ExistingMeasuresColumn: return toQString(risk.existingMeasures);
    case ResidualProbabilityColumn:
        return risk.residualProbability ? QVariant(*risk.residualProbability) : QVariant(QString());
    case ResidualConsequenceColumn:
        return risk.residualConsequence ? QVariant(*risk.residualConsequence) : QVariant(QString());
    case MeasuresColumn: {
        const auto it = m_measures.find(risk.id);
        return it == m_measures.end() ? QString() : it->second.join(QStringLiteral("; "));
    }
    default: return {};
    }
}

QVariant RiskFormModel::valueData(const Risk &risk, int row, int column) const
{
    const RiskMatrix &matrix = m_document->data().matrixOf(risk);
    switch (column) {
    case AssetColumn: return static_cast<qlonglong>(risk.assetId.value_or(0));
    case AspectsColumn: return risk.aspects;
    // 0 = not scored yet (issue 13), the first choice of the level editors.
    case ProbabilityColumn: return risk.probability.value_or(0);
    case ConsequenceColumn: return risk.consequence.value_or(0);
    case ScoreColumn: return scoreOf(matrix, risk).score;
    case PriorityColumn: return m_priorities[static_cast<std::size_t>(row)];
    case ManyAffectedColumn: return risk.manyAffected;
    case EffectiveConsequenceColumn: return scoreOf(matrix, risk).effectiveConsequence;
    case ZoneColumn: return scoreOf(matrix, risk).zone;
    case KnowledgeColumn: return static_cast<int>(risk.knowledge);
    // 0 = not assessed yet, the first choice of the residual editors.
    case ResidualProbabilityColumn: return risk.residualProbability.value_or(0);
    case ResidualConsequenceColumn: return risk.residualConsequence.value_or(0);
    case MeasuresColumn: {
        const auto it = m_measures.find(risk.id);
        return it == m_measures.end() ? 0 : static_cast<int>(it->second.size());
    }
    default: return displayData(risk, row, column);
    }
}

bool RiskFormModel::closedRound() const
{
    const RiskAssessment *assessment = RegisterData::findById(m_document->data().assessments, m_assessmentId);
    return assessment && assessment->frozen;
}

QVariant RiskFormModel::choiceData(const Risk &risk, int column, int role) const
{
    if (role == DigitEntryRole)
        return isLevel(column);
    if (role == MultipleChoiceRole)
        return column == AspectsColumn;
    const RegisterData &data = m_document->data();
    const RiskMatrix &matrix = data.matrixOf(risk);
    QStringList texts;
    QVariantList values;
    auto add = [&](const QString &text, const QVariant &value) {
        texts << text;
        values << value;
    };
    if (column == ResidualProbabilityColumn || column == ResidualConsequenceColumn)
        add(tr("\u2013 not assessed"), 0);
    else if (column == ProbabilityColumn || column == ConsequenceColumn)
        add(tr("\u2013 not scored"), 0);
    if (column == ProbabilityColumn || column == ResidualProbabilityColumn) {
        for (int level = 1; level <= matrix.probabilityLevels(); ++level)
            add(DomainTexts::probabilityLevel(matrix, level), level);
    } else if (column == ConsequenceColumn || column == ResidualConsequenceColumn) {
        for (int level = 1; level <= matrix.consequenceLevels(); ++level)
            add(DomainTexts::consequenceLevel(matrix, level), level);
    } else if (column == AspectsColumn) {
        for (Aspect aspect : {AspectPrivacy, AspectConfidentiality, AspectIntegrity, AspectAvailability})
            add(DomainTexts::aspect(aspect), static_cast<uint>(aspect));
    } else if (column == KnowledgeColumn) {
        for (Knowledge knowledge : {Knowledge::Low, Knowledge::Medium, Knowledge::High})
            add(DomainTexts::knowledge(knowledge), static_cast<int>(knowledge));
    } else if (column == AssetColumn) {
        // The assets of the assessment's unit and scope, and the line's own asset wherever it belongs.
        const RiskAssessment *assessment = RegisterData::findById(data.assessments, risk.assessmentId);
        std::vector<const Asset *> assets;
        for (const Asset &asset : data.assets) {
            const bool inScope = assessment && (std::find(assessment->assetIds.begin(), assessment->assetIds.end(),
                                                          asset.id) != assessment->assetIds.end() ||
                                                (assessment->unitId && asset.unitId == assessment->unitId));
            if (inScope || !assessment || !assessment->unitId || risk.assetId == asset.id)
                assets.push_back(&asset);
        }
        std::sort(assets.begin(), assets.end(), [](const Asset *a, const Asset *b) {
            return QString::localeAwareCompare(toQString(a->name), toQString(b->name)) < 0;
        });
        add(tr("(no asset)"), qlonglong{0});
        for (const Asset *asset : assets)
            add(toQString(asset->name), static_cast<qlonglong>(asset->id));
    } else {
        return {};
    }
    return role == ChoiceTextsRole ? QVariant(texts) : QVariant(values);
}

Qt::ItemFlags RiskFormModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_document->readOnly() || closedRound())
        return flags;
    switch (index.column()) {
    case ManyAffectedColumn: return flags | Qt::ItemIsUserCheckable;
    case ThreatColumn:
    case AssetColumn:
    case AspectsColumn:
    case ProbabilityColumn:
    case ConsequenceColumn:
    case KnowledgeColumn:
    case ExistingMeasuresColumn:
    case ResidualProbabilityColumn:
    case ResidualConsequenceColumn: return flags | Qt::ItemIsEditable;
    default: return flags;
    }
}

bool RiskFormModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    if (role != Qt::EditRole && !(role == Qt::CheckStateRole && index.column() == ManyAffectedColumn))
        return false;
    const Risk *risk = riskAt(index.row());
    if (!risk || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const std::optional<Risk> changed = changedRisk(*risk, index.column(), value, role);
    if (!changed)
        return false;
    // Tabbing through the form commits every editor it passes: no undo step for an unchanged value.
    if (sameRisk(*changed, *risk))
        return true;
    return m_document->editRisk(*changed); // recordChanged() repaints the row
}

std::optional<Risk> RiskFormModel::changedRisk(const Risk &risk, int column, const QVariant &value, int role) const
{
    const RiskMatrix &matrix = m_document->data().matrixOf(risk);
    Risk changed = risk;
    bool ok = true;
    // A level off the assessment's scale never reaches the core; 0 or empty clears a residual level.
    auto level = [&](int levels, bool optional) -> std::optional<int> {
        const int number = value.toInt(&ok);
        if (optional && (value.isNull() || value.toString().trimmed().isEmpty() || (ok && number == 0)))
            return std::nullopt;
        if (!ok || number < 1 || number > levels)
            ok = false;
        return number;
    };
    switch (column) {
    case ThreatColumn: changed.threat = toStdString(value.toString().trimmed()); break;
    case AssetColumn: {
        const qlonglong id = value.toLongLong(&ok);
        changed.assetId = id > 0 ? std::optional<Id>(id) : std::nullopt;
        break;
    }
    case AspectsColumn: changed.aspects = value.toUInt(&ok); break;
    // Issue 13: 0 or empty takes the level back out: the line is not scored again.
    case ProbabilityColumn: changed.probability = level(matrix.probabilityLevels(), true); break;
    case ConsequenceColumn: changed.consequence = level(matrix.consequenceLevels(), true); break;
    case ManyAffectedColumn:
        changed.manyAffected = role == Qt::CheckStateRole ? value.toInt() == Qt::Checked : value.toBool();
        break;
    case KnowledgeColumn: {
        const int knowledge = value.toInt(&ok);
        ok = ok && knowledge >= static_cast<int>(Knowledge::Low) && knowledge <= static_cast<int>(Knowledge::High);
        changed.knowledge = static_cast<Knowledge>(knowledge);
        break;
    }
    case ExistingMeasuresColumn: changed.existingMeasures = toStdString(value.toString().trimmed()); break;
    case ResidualProbabilityColumn: changed.residualProbability = level(matrix.probabilityLevels(), true); break;
    case ResidualConsequenceColumn: changed.residualConsequence = level(matrix.consequenceLevels(), true); break;
    default: return std::nullopt;
    }
    return ok ? std::optional<Risk>(changed) : std::nullopt;
}

void RiskFormModel::onRecordChanged(RecordKind kind, Id id)
{
    switch (kind) {
    case RecordKind::Risk: {
        if (!m_assessmentId)
            return;
        const Risk *risk = RegisterData::findById(m_document->data().risks, id);
        const int row = rowOf(id);
        const bool belongs = risk && risk->assessmentId == *m_assessmentId;
        if (row < 0 || !belongs) {
            if (row >= 0 || belongs)
                rebuild(); // moved into or out of this assessment
            return;
        }
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        sortRowsIfNeeded(); // moveRisk swaps positions
        recomputePriorities();
        return;
    }
    case RecordKind::Measure: recomputeMeasures(); return;
    case RecordKind::Asset: emitColumnChanged(AssetColumn); return;
    case RecordKind::Assessment:
        if (m_assessmentId == id && !m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    default: return;
    }
}

void RiskFormModel::onRecordsReset(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Register:
    case RecordKind::Assessment:
    case RecordKind::Risk: rebuild(); return;
    case RecordKind::Measure: recomputeMeasures(); return;
    case RecordKind::Asset: emitColumnChanged(AssetColumn); return;
    default: return;
    }
}

std::vector<Id> RiskFormModel::collectRows() const
{
    std::vector<Id> rows;
    if (!m_assessmentId)
        return rows;
    std::vector<std::pair<int, Id>> lines;
    for (const Risk &risk : m_document->data().risks)
        if (risk.assessmentId == *m_assessmentId)
            lines.emplace_back(risk.position, risk.id);
    std::sort(lines.begin(), lines.end());
    rows.reserve(lines.size());
    for (const auto &line : lines)
        rows.push_back(line.second);
    return rows;
}

void RiskFormModel::indexRows()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        m_rowOf.emplace(m_rows[row], static_cast<int>(row));
}

// Lines added or removed at the end keep the other rows (and the view's current cell and editor) in place.
// A line removed or restored in the middle renumbers the lines after it, so that resets the form.
void RiskFormModel::rebuild()
{
    std::vector<Id> rows = collectRows();
    const bool grown = rows.size() > m_rows.size() && std::equal(m_rows.begin(), m_rows.end(), rows.begin());
    const bool shrunk = rows.size() < m_rows.size() && std::equal(rows.begin(), rows.end(), m_rows.begin());
    if (grown) {
        beginInsertRows({}, rowCount(), static_cast<int>(rows.size()) - 1);
        m_rows = std::move(rows);
        m_priorities.resize(m_rows.size(), 0);
        indexRows();
        endInsertRows();
    } else if (shrunk) {
        beginRemoveRows({}, static_cast<int>(rows.size()), rowCount() - 1);
        m_rows = std::move(rows);
        m_priorities.resize(m_rows.size());
        indexRows();
        endRemoveRows();
    } else if (rows != m_rows) {
        beginResetModel();
        m_rows = std::move(rows);
        m_priorities.assign(m_rows.size(), 0);
        indexRows();
        endResetModel();
    }
    recomputePriorities();
    recomputeMeasures();
}

void RiskFormModel::sortRowsIfNeeded()
{
    const RegisterData &data = m_document->data();
    auto key = [&](Id id) {
        const Risk *risk = RegisterData::findById(data.risks, id);
        return std::make_pair(risk ? risk->position : 0, id);
    };
    auto before = [&](Id a, Id b) { return key(a) < key(b); };
    if (std::is_sorted(m_rows.begin(), m_rows.end(), before))
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const std::vector<Id> old = m_rows;
    std::sort(m_rows.begin(), m_rows.end(), before);
    indexRows();
    QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : std::as_const(from))
        to.append(this->index(rowOf(old[static_cast<std::size_t>(index.row())]), index.column()));
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RiskFormModel::recomputePriorities()
{
    std::vector<int> priorities(m_rows.size(), 0);
    if (m_assessmentId) {
        const RegisterData &data = m_document->data();
        // DOMAIN.md rule 3 within this form, as the Prioritet column of 003 Vedlegg 2.
        for (const RankedRisk &ranked : prioritiseRisks(data, RiskScope{std::nullopt, m_assessmentId}))
            if (const int row = rowOf(data.risks[ranked.index].id); row >= 0)
                priorities[static_cast<std::size_t>(row)] = ranked.priority;
    }
    int first = -1;
    int last = -1;
    for (std::size_t row = 0; row < priorities.size(); ++row)
        if (row >= m_priorities.size() || priorities[row] != m_priorities[row]) {
            if (first < 0)
                first = static_cast<int>(row);
            last = static_cast<int>(row);
        }
    m_priorities = std::move(priorities);
    if (first >= 0)
        emit dataChanged(index(first, PriorityColumn), index(last, PriorityColumn), {Qt::DisplayRole, ValueRole});
}

void RiskFormModel::recomputeMeasures()
{
    std::unordered_map<Id, QStringList> measures;
    for (const Measure &measure : m_document->data().measures)
        for (Id riskId : measure.riskIds)
            if (m_rowOf.count(riskId))
                measures[riskId].append(toQString(measure.what));
    if (measures == m_measures)
        return;
    m_measures = std::move(measures);
    emitColumnChanged(MeasuresColumn);
}

void RiskFormModel::emitColumnChanged(int column)
{
    if (!m_rows.empty())
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
}

} // namespace trygg::ui
