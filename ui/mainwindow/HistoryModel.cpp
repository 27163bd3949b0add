// SPDX-License-Identifier: EUPL-1.2
#include "HistoryModel.h"

#include "common/DomainTexts.h"
#include "common/Today.h"
#include "common/Numbers.h"
#include "common/Translations.h"
#include "cycle/CycleTexts.h"
#include "model/Clock.h"
#include "model/Date.h"
#include "model/DateTime.h"
#include "model/RegisterData.h"
#include "model/Tokens.h"
#include "model/TrailWords.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <charconv>

namespace trygg::ui {

namespace {

// Ids written as text in the trail ("12"); nullopt for anything else.
std::optional<Id> idOf(std::string_view text)
{
    Id id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    return ec == std::errc() && end == text.data() + text.size() ? std::optional<Id>(id) : std::nullopt;
}

// The kind of record a column of the file points to, or empty.
std::string pointsTo(const std::string &field)
{
    static const std::map<std::string, std::string, std::less<>> references = {
        {"unit_id", "unit"},          {"parent_id", "unit"},
        {"owner_id", "person"},       {"deputy_id", "person"},
        {"assessor_id", "person"},    {"approved_by_id", "person"},
        {"responsible_id", "person"}, {"asset_id", "asset"},
        {"assets", "asset"},          {"assessment_id", "assessment"},
        {"risk_id", "risk"},          {"risks", "risk"},
        {"measures", "measure"},
    };
    const auto it = references.find(field);
    return it == references.end() ? std::string() : it->second;
}

bool isYesNo(const std::string &field)
{
    return field == "many_affected" || field == "many_affected_raises" || field == "security_leader" ||
           field == "it_responsible" || field == "authority_notified" || field == "dpa";
}

bool isDate(const std::string &field)
{
    return field == "date" || field == "deadline" || field == "approved_on" || field == "expires" ||
           field == "valid_until";
}

} // namespace

HistoryModel::HistoryModel(std::vector<AuditEntry> entries, const RegisterData &data, QObject *parent)
    : QAbstractTableModel(parent), m_entries(std::move(entries)), m_levels(data.info.classificationLevels)
{
    groupCreations();
    for (const OrgUnit &unit : data.units)
        m_names["unit"][unit.id] = toQString(unit.name);
    for (const Person &person : data.people)
        m_names["person"][person.id] = toQString(person.name);
    for (const Asset &asset : data.assets)
        m_names["asset"][asset.id] = toQString(asset.name);
    for (const RiskAssessment &assessment : data.assessments)
        m_names["assessment"][assessment.id] = toQString(assessment.name);
    for (const Risk &risk : data.risks)
        m_names["risk"][risk.id] = toQString(risk.threat);
    for (const Measure &measure : data.measures)
        m_names["measure"][measure.id] = toQString(measure.what);
}

void HistoryModel::groupCreations()
{
    // The trail is oldest first: an edit joins the row of the creation just before it.
    auto minutesApart = [](const std::string &from, const std::string &to) {
        const QDateTime a = QDateTime::fromString(toQString(from), Qt::ISODate);
        const QDateTime b = QDateTime::fromString(toQString(to), Qt::ISODate);
        return a.isValid() && b.isValid() ? a.secsTo(b) / 60 : std::numeric_limits<qint64>::max();
    };
    std::vector<std::vector<std::size_t>> rows;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const AuditEntry &entry = m_entries[i];
        if (entry.action == "edit" && !rows.empty()) {
            std::vector<std::size_t> &last = rows.back();
            const AuditEntry &created = m_entries[last.front()];
            const AuditEntry &before = m_entries[last.back()];
            const qint64 apart = minutesApart(before.at, entry.at);
            if (created.action == "create" && created.objectType == entry.objectType &&
                created.objectId == entry.objectId && created.osUser == entry.osUser &&
                created.person == entry.person && apart >= 0 && apart <= GroupMinutes) {
                last.push_back(i);
                continue;
            }
        }
        rows.push_back({i});
    }
    // Newest first, the entries as the rows point to them.
    const std::size_t count = m_entries.size();
    std::reverse(m_entries.begin(), m_entries.end());
    std::reverse(rows.begin(), rows.end());
    for (std::vector<std::size_t> &row : rows)
        for (std::size_t &index : row)
            index = count - 1 - index;
    m_rows = std::move(rows);
}

std::vector<const AuditEntry *> HistoryModel::entriesOf(int row) const
{
    std::vector<const AuditEntry *> entries;
    if (row >= 0 && row < rowCount())
        for (std::size_t index : m_rows[static_cast<std::size_t>(row)])
            entries.push_back(&m_entries[index]);
    return entries;
}

QString HistoryModel::filledInText(const std::vector<std::size_t> &row, const QString &separator) const
{
    // The last value each field was given, in the order the fields were first filled in.
    std::vector<std::string> fields;
    std::map<std::string, const AuditEntry *> last;
    for (std::size_t i = 1; i < row.size(); ++i) {
        const AuditEntry &edit = m_entries[row[i]];
        if (!last.count(edit.field))
            fields.push_back(edit.field);
        last[edit.field] = &edit;
    }
    QStringList parts;
    for (const std::string &field : fields) {
        const AuditEntry &edit = *last[field];
        parts << tr("%1: %2").arg(fieldText(field), valueText(edit, edit.newValue));
    }
    return parts.join(separator);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::actionText(const AuditEntry &entry)
{
    if (entry.action == "create")
        return tr("Created");
    if (entry.action == "edit")
        return tr("Changed");
    if (entry.action == "delete")
        return tr("Deleted");
    if (entry.action == "import")
        return tr("Imported");
    if (entry.action == "approve")
        return tr("Approved");
    if (entry.action == "chain")
        return tr("Trail chain started by the upgrade");
    return toQString(entry.action);
}

QString HistoryModel::fieldText(const std::string &field)
{
    return messageText(fieldWord(field)); // the core's words, which trygg-cli history prints too
}

QString HistoryModel::nameOf(const std::string &kind, const std::string &id) const
{
    const std::optional<Id> number = idOf(id);
    if (!number)
        return toQString(id);
    if (const auto names = m_names.find(kind); names != m_names.end())
        if (const auto it = names->second.find(*number); it != names->second.end())
            return it->second;
    return QStringLiteral("#%1").arg(*number); // a record deleted since: its number, as the file has it
}

QString HistoryModel::valueText(const AuditEntry &entry, const std::optional<std::string> &value) const
{
    if (!value)
        return {};
    const std::string &v = *value;
    const std::string &field = entry.field;
    const std::string &type = entry.objectType;
    if (const std::string kind = pointsTo(field); !kind.empty()) {
        // One id, or a list of them ("3,7,12").
        QStringList names;
        for (const QString &id : toQString(v).split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << nameOf(kind, toStdString(id));
        return names.join(QStringLiteral("; "));
    }
    if (isYesNo(field)) {
        if (const auto yes = parseBool(v))
            return DomainTexts::yesNo(*yes);
    }
    if (isDate(field)) {
        if (const auto date = Date::parse(v))
            return dateText(*date);
    }
    if (const auto instant = DateTime::parseUtcText(v)) // an incident's times: shown as wall-clock time
        return dateTimeText(Clock::toLocal(*instant));
    if (entry.action == "import") // the counts as the core wrote them, in words
        return messageText(trailValueWord(entry, v));
    if (type == "acceptance" && field.empty())
        return messageText(trailValueWord(entry, v)); // "Kari until 2027-01-01" in words
    if (field == "cost" && type == "measure") {
        bool ok = false;
        const double kroner = toQString(v).toDouble(&ok);
        if (ok)
            return costText(kroner);
    }
    if (field == "language")
        return languageName(toQString(v));
    if (field == "personal_data") {
        if (const auto personalData = parsePersonalData(v))
            return DomainTexts::personalData(*personalData);
    }
    if (field == "knowledge") {
        if (const auto knowledge = parseKnowledge(v))
            return DomainTexts::knowledge(*knowledge);
    }
    if (field == "aspects") {
        if (const auto bits = idOf(v))
            return DomainTexts::aspects(static_cast<unsigned>(*bits));
    }
    if (field == "severity") {
        if (const auto severity = parseSeverity(v))
            return CycleTexts::severity(*severity);
    }
    if (field == "confidentiality" || field == "integrity" || field == "availability") {
        if (const auto level = idOf(v); level && *level <= static_cast<Id>(ClassificationLevelMax))
            return DomainTexts::classificationLevel(m_levels, static_cast<int>(*level));
    }
    if (field == "type" && type == "asset") {
        if (const auto assetType = parseAssetType(v))
            return DomainTexts::assetType(*assetType);
    }
    if (field == "type" && type == "incident") {
        if (const auto incidentType = parseIncidentType(v))
            return CycleTexts::incidentType(*incidentType);
    }
    if (field == "status" && type == "measure") {
        if (const auto status = parseMeasureStatus(v))
            return DomainTexts::measureStatus(*status);
    }
    if (field == "status" && type == "assessment") {
        if (const auto status = parseAssessmentStatus(v))
            return DomainTexts::assessmentStatus(*status);
    }
    if (field == "status" && type == "incident") {
        if (const auto status = parseIncidentStatus(v))
            return CycleTexts::incidentStatus(*status);
    }
    if (field == "kind" && type == "review") {
        if (const auto kind = parseReviewKind(v))
            return CycleTexts::reviewKind(*kind);
    }
    if (field == "subject" && type == "approval") {
        if (const auto subject = parseApprovalSubject(v))
            return *subject == Approval::Subject::Plan ? tr("Action plan") : tr("Assessment");
    }
    return toQString(v);
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const std::vector<std::size_t> &row = m_rows[static_cast<std::size_t>(index.row())];
    const AuditEntry &e = m_entries[row.front()];
    const bool filledIn = row.size() > 1;
    if (role == Qt::ToolTipRole && filledIn && index.column() == NewValue)
        return filledInText(row, QStringLiteral("\n"));
    if (role == Qt::ToolTipRole && (index.column() == Object || index.column() == OldValue || index.column() == NewValue))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    if (filledIn) {
        switch (index.column()) {
        case Object: { // named as it was when filled in
            const AuditEntry &latest = m_entries[row.back()];
            return QStringLiteral("%1 %2").arg(DomainTexts::objectType(e.objectType), toQString(latest.objectName));
        }
        case Field: return tr("%n field(s) filled in", nullptr, static_cast<int>(row.size()) - 1);
        case OldValue: return QString();
        case NewValue: return filledInText(row, QStringLiteral("; "));
        default: break;
        }
    }
    switch (index.column()) {
    case When: {
        // Stored in UTC; shown in the user's time zone and locale.
        const QDateTime at = QDateTime::fromString(toQString(e.at), Qt::ISODate);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : toQString(e.at);
    }
    case User:
        return e.person.empty() ? toQString(e.osUser)
                                : QStringLiteral("%1 (%2)").arg(toQString(e.person), toQString(e.osUser));
    case Action: return actionText(e);
    case Object: return QStringLiteral("%1 %2").arg(DomainTexts::objectType(e.objectType), toQString(e.objectName));
    case Field: return e.field.empty() ? QString() : fieldText(e.field);
    case OldValue: return valueText(e, e.oldValue);
    case NewValue: return valueText(e, e.newValue);
    default: return {};
    }
}
QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case User: return tr("Who");
    case Action: return tr("What");
    case Object: return tr("Object");
    case Field: return tr("Field");
    case OldValue: return tr("Before");
    case NewValue: return tr("After");
    default: return {};
    }
}

} // namespace trygg::ui
