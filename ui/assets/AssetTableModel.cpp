// SPDX-License-Identifier: EUPL-1.2
#include "AssetTableModel.h"

#include "common/DomainTexts.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStringList>
#include <QStyle>

namespace trygg::ui {
namespace {

// 002 §12 stk. 6 and §20 speak of IT systems; applications and databases are owned the same way.
bool isSystem(AssetType type)
{
    return type == AssetType::ItSystem || type == AssetType::Application || type == AssetType::Database;
}

QVariant textOrEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant levelOrEmpty(const std::optional<int> &level)
{
    return level ? QVariant(*level) : QVariant();
}

const QIcon &warningIcon()
{
    static const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return icon;
}

} // namespace

std::vector<QString> assetWarnings(const RegisterData &data, const Asset &asset)
{
    // Each rule cites the register's own policy where it has a reference for it (Settings > Register).
    const PolicyReferences &cite = data.info.policyReferences;
    const auto citing = [](const QString &warning, const std::string &reference) {
        return reference.empty() ? warning : QStringLiteral("%1 (%2)").arg(warning, toQString(reference));
    };
    std::vector<QString> warnings;
    if (!asset.ownerId)
        warnings.push_back(citing(AssetTableModel::tr("No owner"), cite.owner));
    if (isSystem(asset.type) && !asset.deputyId)
        warnings.push_back(citing(AssetTableModel::tr("No deputy for the system owner"), cite.deputy));
    if (asset.ownerId && asset.ownerId == asset.deputyId)
        warnings.push_back(AssetTableModel::tr("Owner and deputy are the same person"));
    if (const Person *owner = RegisterData::findById(data.people, asset.ownerId); owner && isSystem(asset.type)) {
        const QString name = toQString(owner->name);
        if (owner->securityLeader && owner->itResponsible)
            warnings.push_back(citing(AssetTableModel::tr("%1 is system owner, IT security leader and IT-responsible "
                                                          "at once (separation of duties)")
                                          .arg(name),
                                      cite.separation));
        else if (owner->securityLeader)
            warnings.push_back(
                citing(AssetTableModel::tr("%1 is system owner and IT security leader at once (separation of duties)")
                           .arg(name),
                       cite.separation));
        else if (owner->itResponsible)
            warnings.push_back(citing(
                AssetTableModel::tr("%1 is system owner and IT-responsible at once (separation of duties)").arg(name),
                cite.separation));
    }
    return warnings;
}

AssetTableModel::AssetTableModel(RegisterDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    m_rowCount = static_cast<int>(m_document->data().assets.size());
    recomputeWarnings();
    connect(m_document, &RegisterDocument::recordChanged, this, &AssetTableModel::onRecordChanged);
    connect(m_document, &RegisterDocument::recordsReset, this, &AssetTableModel::onRecordsReset);
}

int AssetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int AssetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Asset *AssetTableModel::assetAt(int row) const
{
    const auto &assets = m_document->data().assets;
    if (row < 0 || row >= m_rowCount || row >= static_cast<int>(assets.size()))
        return nullptr;
    return &assets[static_cast<std::size_t>(row)];
}

int AssetTableModel::rowOf(Id assetId) const
{
    const auto &assets = m_document->data().assets;
    const Asset *asset = RegisterData::findById(assets, assetId);
    return asset ? static_cast<int>(asset - assets.data()) : -1;
}

const std::vector<QString> &AssetTableModel::warningsAt(int row) const
{
    static const std::vector<QString> none;
    return row >= 0 && row < static_cast<int>(m_warnings.size()) ? m_warnings[static_cast<std::size_t>(row)] : none;
}

QVariant AssetTableModel::data(const QModelIndex &index, int role) const
{
    const Asset *asset = index.isValid() ? assetAt(index.row()) : nullptr;
    if (!asset)
        return {};
    const int column = index.column();
    const std::vector<QString> &warnings = warningsAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(*asset, index.row(), column);
    case Qt::EditRole:
        return column == NameColumn ? QVariant(toQString(asset->name)) : displayData(*asset, index.row(), column);
    case Qt::DecorationRole:
        if (column == NameColumn && !warnings.empty())
            return warningIcon();
        return {};
    case Qt::ToolTipRole: {
        const RegisterInfo &info = m_document->data().info;
        if (column == ConfidentialityColumn)
            return DomainTexts::classificationLevel(info.classificationLevels, asset->confidentiality, true);
        if (column == IntegrityColumn)
            return DomainTexts::classificationLevel(info.classificationLevels, asset->integrity, true);
        if (column == AvailabilityColumn)
            return DomainTexts::classificationLevel(info.classificationLevels, asset->availability, true);
        if ((column != NameColumn && column != WarningsColumn) || warnings.empty())
            return {};
        QStringList lines;
        for (const QString &warning : warnings)
            lines << warning;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (column == PersonsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (column == AgreementColumn || column == ConfidentialityColumn || column == IntegrityColumn ||
            column == AvailabilityColumn)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        return {};
    case SortRole: return sortData(*asset, index.row(), column);
    case AssetIdRole: return QVariant::fromValue<qint64>(asset->id);
    case WarningCountRole: return static_cast<int>(warnings.size());
    default: return {};
    }
}

QVariant AssetTableModel::displayData(const Asset &asset, int row, int column) const
{
    const RegisterData &data = m_document->data();
    switch (column) {
    case NameColumn: return toQString(asset.name);
    case TypeColumn: return DomainTexts::assetType(asset.type);
    case UnitColumn: return toQString(data.unitName(asset.unitId));
    case OwnerColumn: return toQString(data.personName(asset.ownerId));
    case DeputyColumn: return toQString(data.personName(asset.deputyId));
    case PersonalDataColumn: return DomainTexts::personalData(asset.personalData);
    case PersonsColumn: return asset.persons ? QLocale().toString(static_cast<qlonglong>(*asset.persons)) : QString();
    case AgreementColumn: return DomainTexts::yesNo(asset.dataProcessingAgreement);
    case ConfidentialityColumn:
        return DomainTexts::classificationLevel(data.info.classificationLevels, asset.confidentiality, false);
    case IntegrityColumn:
        return DomainTexts::classificationLevel(data.info.classificationLevels, asset.integrity, false);
    case AvailabilityColumn:
        return DomainTexts::classificationLevel(data.info.classificationLevels, asset.availability, false);
    case ClassificationColumn: return toQString(asset.classification);
    case OperatorColumn: return toQString(asset.operatorName);
    case WarningsColumn: {
        QStringList warnings;
        for (const QString &warning : warningsAt(row))
            warnings << warning;
        return warnings.join(QStringLiteral("; "));
    }
    default: return {};
    }
}

QVariant AssetTableModel::sortData(const Asset &asset, int row, int column) const
{
    switch (column) {
    case PersonalDataColumn: return static_cast<int>(asset.personalData);
    case PersonsColumn: return asset.persons ? QVariant(static_cast<qlonglong>(*asset.persons)) : QVariant();
    case AgreementColumn: return asset.dataProcessingAgreement ? 1 : 0;
    case ConfidentialityColumn: return levelOrEmpty(asset.confidentiality);
    case IntegrityColumn: return levelOrEmpty(asset.integrity);
    case AvailabilityColumn: return levelOrEmpty(asset.availability);
    case WarningsColumn: return static_cast<int>(warningsAt(row).size());
    default: return textOrEmpty(displayData(asset, row, column).toString());
    }
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Name");
        case TypeColumn: return tr("Type");
        case UnitColumn: return tr("Unit");
        case OwnerColumn: return tr("Owner");
        case DeputyColumn: return tr("Deputy");
        case PersonalDataColumn: return tr("Personal data");
        case PersonsColumn: return tr("Persons");
        case AgreementColumn: return tr("DPA");
        //: Confidentiality, one letter
        case ConfidentialityColumn: return tr("C");
        //: Integrity, one letter
        case IntegrityColumn: return tr("I");
        //: Availability, one letter
        case AvailabilityColumn: return tr("A");
        case ClassificationColumn: return tr("Classification");
        case OperatorColumn: return tr("Operator");
        case WarningsColumn: return tr("Warnings");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn: return tr("The asset's name (F2 renames it; double-click opens the editor)");
        case OwnerColumn: return tr("System owner or information owner");
        case DeputyColumn: return tr("Deputy of the system owner");
        case PersonsColumn: return tr("Number of persons registered");
        case AgreementColumn: return tr("Data processing agreement with the operator");
        case ConfidentialityColumn: return tr("Confidentiality, 0-4");
        case IntegrityColumn: return tr("Integrity, 0-4");
        case AvailabilityColumn: return tr("Availability, 0-4");
        case ClassificationColumn: {
            const QStringList words = classificationWords(m_document->data().info.language);
            return tr("Document classification, for example %1 or %2").arg(words.front(), words.back());
        }
        case OperatorColumn: return tr("Operator or supplier");
        case WarningsColumn: return tr("What the register lacks for this asset");
        default: return {};
        }
    }
    return {};
}

QStringList AssetTableModel::classificationWords(const std::string &language)
{
    if (language == "da")
        return {QStringLiteral("Offentlig"), QStringLiteral("Undtaget fra offentliggørelse"), QStringLiteral("Fortroligt")};
    if (language == "sv")
        return {QStringLiteral("Öppen"), QStringLiteral("Ej för publicering"), QStringLiteral("Sekretess")};
    if (language == "en")
        return {QStringLiteral("Public"), QStringLiteral("Not for publication"), QStringLiteral("Confidential")};
    return {QStringLiteral("ÅPEN"), QStringLiteral("UNNTATT PUBLISERING"), QStringLiteral("UNNTATT OFFENTLIGHET")};
}

Qt::ItemFlags AssetTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn && !m_document->readOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool AssetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Asset *asset = index.isValid() ? assetAt(index.row()) : nullptr;
    if (!asset || role != Qt::EditRole || index.column() != NameColumn)
        return false;
    const std::string name = toStdString(value.toString().trimmed());
    if (name.empty())
        return false;
    if (name == asset->name)
        return true;
    Asset changed = *asset;
    changed.name = name;
    // The document emits recordChanged, which repaints the row.
    return m_document->editAsset(changed);
}

void AssetTableModel::onRecordChanged(RecordKind kind, Id id)
{
    switch (kind) {
    case RecordKind::Asset: {
        const int row = rowOf(id);
        if (row < 0 || row >= m_rowCount || m_rowCount != static_cast<int>(m_document->data().assets.size())) {
            onRecordsReset(RecordKind::Asset);
            return;
        }
        m_warnings[static_cast<std::size_t>(row)] = assetWarnings(m_document->data(), *assetAt(row));
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    case RecordKind::Person:
        // A name or a role (002 §20) changed: owners, deputies and warnings of every row may differ.
        recomputeWarnings();
        emitColumnsChanged(0, ColumnCount - 1);
        return;
    case RecordKind::Unit: emitColumnsChanged(UnitColumn, UnitColumn); return;
    default: return;
    }
}

void AssetTableModel::onRecordsReset(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Asset:
        beginResetModel();
        m_rowCount = static_cast<int>(m_document->data().assets.size());
        recomputeWarnings();
        endResetModel();
        return;
    case RecordKind::Person:
        recomputeWarnings();
        emitColumnsChanged(0, ColumnCount - 1);
        return;
    case RecordKind::Unit: emitColumnsChanged(UnitColumn, UnitColumn); return;
    default: return;
    }
}

void AssetTableModel::recomputeWarnings()
{
    const RegisterData &data = m_document->data();
    m_warnings.clear();
    m_warnings.reserve(data.assets.size());
    for (const Asset &asset : data.assets)
        m_warnings.push_back(assetWarnings(data, asset));
}

void AssetTableModel::emitColumnsChanged(int first, int last)
{
    if (m_rowCount > 0)
        emit dataChanged(index(0, first), index(m_rowCount - 1, last));
}

} // namespace trygg::ui
