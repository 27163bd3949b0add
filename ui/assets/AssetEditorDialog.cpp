// SPDX-License-Identifier: EUPL-1.2
#include "AssetEditorDialog.h"

#include "AssetTableModel.h"

#include "common/DomainTexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace trygg::ui {
namespace {

constexpr int NewUnitRole = Qt::UserRole + 1;

bool sameAsset(const Asset &a, const Asset &b)
{
    auto fields = [](const Asset &x) {
        return std::tie(x.name, x.type, x.unitId, x.ownerId, x.deputyId, x.purpose, x.information, x.personalData,
                        x.persons, x.legalBasis, x.operatorName, x.dataProcessingAgreement, x.confidentiality,
                        x.integrity, x.availability, x.classification, x.archiving, x.safeguards, x.storage, x.notes,
                        x.notification);
    };
    return fields(a) == fields(b);
}

std::optional<Id> idOf(const QVariant &value)
{
    return value.isValid() ? std::optional<Id>(value.value<qint64>()) : std::nullopt;
}

QPlainTextEdit *textEdit(int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (lines > 0)
        edit->setFixedHeight(QFontMetrics(edit->font()).lineSpacing() * lines + 12);
    return edit;
}

// A form at the top of its tab page, however tall the dialog is.
QFormLayout *topForm(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    layout->addStretch(1);
    return form;
}

// The levels 0-4 under the register's names for them (KLASSA style in the `se` preset), each with
// its definition as tooltip.
QComboBox *levelCombo(QWidget *parent, const std::vector<Level> &levels)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(AssetEditorDialog::tr("Not classified"));
    for (int level = 0; level <= ClassificationLevelMax; ++level) {
        combo->addItem(DomainTexts::classificationLevel(levels, level), level);
        if (level < static_cast<int>(levels.size()))
            combo->setItemData(combo->count() - 1, toQString(levels[static_cast<std::size_t>(level)].definition),
                               Qt::ToolTipRole);
    }
    return combo;
}

void setLevel(QComboBox *combo, const std::optional<int> &level)
{
    combo->setCurrentIndex(level ? std::max(0, combo->findData(*level)) : 0);
}

std::optional<int> levelOf(const QComboBox *combo)
{
    const QVariant value = combo->currentData();
    return value.isValid() ? std::optional<int>(value.toInt()) : std::nullopt;
}

} // namespace

bool AssetEditorDialog::editAsset(RegisterDocument *document, std::optional<Id> assetId, QWidget *parent)
{
    if (assetId && !RegisterData::findById(document->data().assets, *assetId))
        return false;
    AssetEditorDialog dialog(document, assetId, parent);
    return dialog.exec() == QDialog::Accepted;
}

AssetEditorDialog::AssetEditorDialog(RegisterDocument *document, std::optional<Id> assetId, QWidget *parent)
    : EditDialog(parent), m_document(document), m_assetId(assetId)
{
    if (const Asset *asset = RegisterData::findById(document->data().assets, assetId))
        m_original = *asset;
    else
        m_assetId.reset();
    setWindowTitle(m_assetId ? tr("Asset %1").arg(toQString(m_original.name)) : tr("New asset"));

    m_warningPanel = new QWidget(this);
    m_warningPanel->setObjectName(QStringLiteral("warningPanel"));
    m_warningPanel->setAttribute(Qt::WA_StyledBackground);
    m_warningPanel->setStyleSheet(
        QStringLiteral("#warningPanel { background: #fff4ce; border: 1px solid #e0b000; border-radius: 3px; }"));
    m_warningIcon = new QLabel(m_warningPanel);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_warningIcon->setAlignment(Qt::AlignTop);
    m_warnings = new QLabel(m_warningPanel);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #4a3b00;"));
    auto *warningLayout = new QHBoxLayout(m_warningPanel);
    warningLayout->setContentsMargins(8, 6, 8, 6);
    warningLayout->addWidget(m_warningIcon);
    warningLayout->addWidget(m_warnings, 1);
    // Issue 13: the banner keeps its place while warnings come and go (three lines of them), so the fields
    // below it never move under the pointer while typing.
    m_warnings->setMinimumHeight(m_warnings->fontMetrics().lineSpacing() * 3);
    QSizePolicy keepPlace = m_warningPanel->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true);
    m_warningPanel->setSizePolicy(keepPlace);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildAssetTab(), tr("Asset"));
    m_tabs->addTab(buildPersonalDataTab(), tr("Personal data"));
    m_tabs->addTab(buildClassificationTab(), tr("Classification"));
    m_tabs->addTab(buildProtectionTab(), tr("Protection"));
    m_tabs->addTab(buildNotesTab(), tr("Notes"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssetEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AssetEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warningPanel);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    load(m_original);
    connect(m_document, &RegisterDocument::editFailed, this, &AssetEditorDialog::showError);
    connect(m_name, &QLineEdit::textChanged, this, &AssetEditorDialog::updateState);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AssetEditorDialog::updateState);
    for (QComboBox *combo : {m_owner, m_deputy})
        connect(combo, &QComboBox::currentTextChanged, this, &AssetEditorDialog::updateState);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &AssetEditorDialog::unitChosen);
    updateState();
    resize(640, 520);
    m_name->setFocus();
}

QWidget *AssetEditorDialog::buildAssetTab()
{
    auto *page = new QWidget(this);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("Required, for example \"Fagsystem barnevern\""));
    m_type = new QComboBox(page);
    m_type->setObjectName(QStringLiteral("type"));
    for (int type = 0; type < AssetTypeCount; ++type)
        m_type->addItem(DomainTexts::assetType(static_cast<AssetType>(type)), type);
    m_unit = new QComboBox(page);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_owner = new QComboBox(page);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_deputy = new QComboBox(page);
    m_deputy->setObjectName(QStringLiteral("deputy"));
    for (QComboBox *combo : {m_owner, m_deputy}) {
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->lineEdit()->setPlaceholderText(tr("Choose, or type a new name"));
    }
    m_owner->setToolTip(
        tr("System owner or information owner. A new name is added to the register's people."));
    m_deputy->setToolTip(
        tr("Deputy of the system owner. A new name is added to the register's people."));
    m_purpose = textEdit(3, page);
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_information = textEdit(3, page);
    m_information->setObjectName(QStringLiteral("information"));
    m_information->setPlaceholderText(tr("The type of information the asset holds"));
    m_operator = new QLineEdit(page);
    m_operator->setObjectName(QStringLiteral("operator"));

    auto *form = topForm(page);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Deputy:"), m_deputy);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("Type of &information:"), m_information);
    form->addRow(tr("O&perator or supplier:"), m_operator);
    return page;
}

QWidget *AssetEditorDialog::buildPersonalDataTab()
{
    auto *page = new QWidget(this);
    m_personalData = new QComboBox(page);
    m_personalData->setObjectName(QStringLiteral("personalData"));
    for (PersonalData level : {PersonalData::None, PersonalData::Ordinary, PersonalData::Sensitive})
        m_personalData->addItem(DomainTexts::personalData(level), static_cast<int>(level));
    m_persons = new QLineEdit(page);
    m_persons->setObjectName(QStringLiteral("persons"));
    m_persons->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_persons));
    m_persons->setPlaceholderText(tr("Not known"));
    m_persons->setMaximumWidth(160);
    m_legalBasis = new QLineEdit(page);
    m_legalBasis->setObjectName(QStringLiteral("legalBasis"));
    m_legalBasis->setPlaceholderText(tr("The law or consent the processing rests on (hjemmel)"));
    m_notification = new QLineEdit(page);
    m_notification->setObjectName(QStringLiteral("notification"));
    m_notification->setPlaceholderText(tr("Notified to or licensed by the authority, and when"));
    m_agreement = new QCheckBox(tr("A data processing agreement with the operator is in place"), page);
    m_agreement->setObjectName(QStringLiteral("agreement"));

    auto *form = topForm(page);
    form->addRow(tr("&Personal data:"), m_personalData);
    form->addRow(tr("Number of p&ersons registered:"), m_persons);
    form->addRow(tr("&Legal basis:"), m_legalBasis);
    form->addRow(tr("Notification or li&cence:"), m_notification);
    form->addRow(QString(), m_agreement);
    return page;
}

QWidget *AssetEditorDialog::buildClassificationTab()
{
    auto *page = new QWidget(this);
    m_confidentiality = levelCombo(page, m_document->data().info.classificationLevels);
    m_confidentiality->setObjectName(QStringLiteral("confidentiality"));
    m_integrity = levelCombo(page, m_document->data().info.classificationLevels);
    m_integrity->setObjectName(QStringLiteral("integrity"));
    m_availability = levelCombo(page, m_document->data().info.classificationLevels);
    m_availability->setObjectName(QStringLiteral("availability"));
    m_classification = new QComboBox(page);
    m_classification->setObjectName(QStringLiteral("classification"));
    m_classification->setEditable(true);
    m_classification->setInsertPolicy(QComboBox::NoInsert);
    m_classification->setMinimumContentsLength(24);

    auto *hint =
        new QLabel(tr("Levels from 0 (lowest) to 4 (highest): how much harm a breach of each would do."), page);
    hint->setWordWrap(true);
    auto *form = topForm(page);
    form->addRow(hint);
    form->addRow(tr("&Confidentiality:"), m_confidentiality);
    form->addRow(tr("&Integrity:"), m_integrity);
    form->addRow(tr("&Availability:"), m_availability);
    form->addRow(tr("&Document classification:"), m_classification);
    return page;
}

QWidget *AssetEditorDialog::buildProtectionTab()
{
    auto *page = new QWidget(this);
    m_safeguards = textEdit(4, page);
    m_safeguards->setObjectName(QStringLiteral("safeguards"));
    m_storage = textEdit(4, page);
    m_storage->setObjectName(QStringLiteral("storage"));
    m_archiving = textEdit(4, page);
    m_archiving->setObjectName(QStringLiteral("archiving"));
    auto *form = topForm(page);
    form->addRow(tr("&Safeguards:"), m_safeguards);
    form->addRow(tr("S&torage and communication:"), m_storage);
    form->addRow(tr("A&rchiving and deletion decision:"), m_archiving);
    return page;
}

QWidget *AssetEditorDialog::buildNotesTab()
{
    auto *page = new QWidget(this);
    m_notes = textEdit(0, page);
    m_notes->setObjectName(QStringLiteral("notes"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_notes);
    return page;
}

void AssetEditorDialog::fillUnits(std::optional<Id> selected)
{
    const QSignalBlocker blocker(m_unit);
    m_unit->clear();
    m_unit->addItem(tr("(none)"));
    std::vector<const OrgUnit *> units;
    for (const OrgUnit &unit : m_document->data().units)
        units.push_back(&unit);
    std::sort(units.begin(), units.end(), [](const OrgUnit *a, const OrgUnit *b) {
        return QString::localeAwareCompare(toQString(a->name), toQString(b->name)) < 0;
    });
    for (const OrgUnit *unit : units)
        m_unit->addItem(toQString(unit->name), QVariant::fromValue<qint64>(unit->id));
    m_unit->insertSeparator(m_unit->count());
    m_unit->addItem(tr("New unit..."));
    m_unit->setItemData(m_unit->count() - 1, true, NewUnitRole);
    m_unitIndex = selected ? std::max(0, m_unit->findData(QVariant::fromValue<qint64>(*selected))) : 0;
    m_unit->setCurrentIndex(m_unitIndex);
}

void AssetEditorDialog::fillPeople(QComboBox *combo, std::optional<Id> selected)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(QString());
    std::vector<const Person *> people;
    for (const Person &person : m_document->data().people)
        people.push_back(&person);
    std::sort(people.begin(), people.end(), [](const Person *a, const Person *b) {
        return QString::localeAwareCompare(toQString(a->name), toQString(b->name)) < 0;
    });
    for (const Person *person : people) {
        combo->addItem(toQString(person->name), QVariant::fromValue<qint64>(person->id));
        combo->setItemData(combo->count() - 1, toQString(person->role), Qt::ToolTipRole);
    }
    combo->setCurrentIndex(selected ? std::max(0, combo->findData(QVariant::fromValue<qint64>(*selected))) : 0);
}

void AssetEditorDialog::fillClassifications()
{
    QStringList values = AssetTableModel::classificationWords(m_document->data().info.language);
    // What the register already uses, so the same words are chosen again.
    for (const Asset &asset : m_document->data().assets) {
        const QString used = toQString(asset.classification);
        if (!used.isEmpty() && !values.contains(used, Qt::CaseInsensitive))
            values << used;
    }
    m_classification->clear();
    m_classification->addItem(QString());
    m_classification->addItems(values);
}

void AssetEditorDialog::load(const Asset &asset)
{
    m_name->setText(toQString(asset.name));
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(asset.type)));
    fillUnits(asset.unitId);
    fillPeople(m_owner, asset.ownerId);
    fillPeople(m_deputy, asset.deputyId);
    m_purpose->setPlainText(toQString(asset.purpose));
    m_information->setPlainText(toQString(asset.information));
    m_operator->setText(toQString(asset.operatorName));
    m_personalData->setCurrentIndex(m_personalData->findData(static_cast<int>(asset.personalData)));
    m_persons->setText(asset.persons ? QString::number(*asset.persons) : QString());
    m_legalBasis->setText(toQString(asset.legalBasis));
    m_notification->setText(toQString(asset.notification));
    m_agreement->setChecked(asset.dataProcessingAgreement);
    setLevel(m_confidentiality, asset.confidentiality);
    setLevel(m_integrity, asset.integrity);
    setLevel(m_availability, asset.availability);
    fillClassifications();
    m_classification->setCurrentText(toQString(asset.classification));
    m_archiving->setPlainText(toQString(asset.archiving));
    m_safeguards->setPlainText(toQString(asset.safeguards));
    m_storage->setPlainText(toQString(asset.storage));
    m_notes->setPlainText(toQString(asset.notes));
}

AssetEditorDialog::PersonChoice AssetEditorDialog::personChoice(const QComboBox *combo) const
{
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return {};
    int index = combo->currentIndex();
    if (index < 0 || combo->itemText(index) != text)
        index = combo->findText(text, Qt::MatchFixedString); // exact, ignoring case
    if (index > 0)
        return {idOf(combo->itemData(index)), QString()};
    return {std::nullopt, text};
}

Asset AssetEditorDialog::formAsset() const
{
    Asset asset = m_original;
    asset.name = toStdString(m_name->text().trimmed());
    asset.type = static_cast<AssetType>(m_type->currentData().toInt());
    asset.unitId = m_unit->currentData(NewUnitRole).toBool() ? std::nullopt : idOf(m_unit->currentData());
    const PersonChoice owner = personChoice(m_owner);
    const PersonChoice deputy = personChoice(m_deputy);
    asset.ownerId = owner.newName.isEmpty() ? owner.id : std::optional<Id>(-1);
    asset.deputyId = deputy.id;
    if (!deputy.newName.isEmpty())
        asset.deputyId = deputy.newName.compare(owner.newName, Qt::CaseInsensitive) == 0 ? -1 : -2;
    asset.purpose = toStdString(m_purpose->toPlainText().trimmed());
    asset.information = toStdString(m_information->toPlainText().trimmed());
    asset.operatorName = toStdString(m_operator->text().trimmed());
    asset.personalData = static_cast<PersonalData>(m_personalData->currentData().toInt());
    bool isNumber = false;
    const qlonglong persons = m_persons->text().toLongLong(&isNumber);
    asset.persons = isNumber ? std::optional<long long>(persons) : std::nullopt;
    asset.legalBasis = toStdString(m_legalBasis->text().trimmed());
    asset.notification = toStdString(m_notification->text().trimmed());
    asset.dataProcessingAgreement = m_agreement->isChecked();
    asset.confidentiality = levelOf(m_confidentiality);
    asset.integrity = levelOf(m_integrity);
    asset.availability = levelOf(m_availability);
    asset.classification = toStdString(m_classification->currentText().trimmed());
    asset.archiving = toStdString(m_archiving->toPlainText().trimmed());
    asset.safeguards = toStdString(m_safeguards->toPlainText().trimmed());
    asset.storage = toStdString(m_storage->toPlainText().trimmed());
    asset.notes = toStdString(m_notes->toPlainText().trimmed());
    return asset;
}

std::vector<QString> AssetEditorDialog::warnings() const
{
    return assetWarnings(m_document->data(), formAsset());
}

void AssetEditorDialog::updateState()
{
    const std::vector<QString> found = warnings();
    QStringList lines;
    for (const QString &warning : found)
        lines << warning;
    m_warnings->setText(lines.join(QLatin1Char('\n')));
    m_warningPanel->setVisible(!found.empty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty() && !m_document->readOnly());
    if (m_document->readOnly())
        showError(tr("The register is open read-only; changes cannot be saved."));
}

void AssetEditorDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void AssetEditorDialog::unitChosen(int index)
{
    if (!m_unit->itemData(index, NewUnitRole).toBool()) {
        m_unitIndex = index;
        return;
    }
    const QString name = askForText(this, tr("New unit"), tr("Name of the new unit:")).value_or(QString()).trimmed();
    std::optional<Id> unitId;
    if (!name.isEmpty()) {
        if (const OrgUnit *existing = m_document->data().unitByName(toStdString(name)))
            unitId = existing->id;
        else
            unitId = m_document->addUnit(OrgUnit{0, toStdString(name), std::nullopt});
    }
    if (unitId) {
        fillUnits(unitId);
    } else {
        const QSignalBlocker blocker(m_unit);
        m_unit->setCurrentIndex(m_unitIndex);
    }
}

std::optional<Id> AssetEditorDialog::storePerson(const QString &name)
{
    Person person;
    person.name = toStdString(name);
    const std::optional<Id> id = m_document->addPerson(person);
    if (!id)
        return std::nullopt;
    // Both lists learn the new person, so a second OK after a refusal does not add it twice.
    for (QComboBox *combo : {m_owner, m_deputy}) {
        const QSignalBlocker blocker(combo);
        const QString text = combo->currentText();
        combo->addItem(name, QVariant::fromValue<qint64>(*id));
        combo->setEditText(text);
    }
    return id;
}

void AssetEditorDialog::accept()
{
    m_error->hide();
    Asset asset = formAsset();
    if (asset.name.empty())
        return;
    const PersonChoice owner = personChoice(m_owner);
    if (!owner.newName.isEmpty()) {
        asset.ownerId = storePerson(owner.newName);
        if (!asset.ownerId)
            return;
    }
    const PersonChoice deputy = personChoice(m_deputy); // may be the owner just added
    if (!deputy.newName.isEmpty()) {
        asset.deputyId = storePerson(deputy.newName);
        if (!asset.deputyId)
            return;
    } else {
        asset.deputyId = deputy.id;
    }
    if (!m_assetId) {
        const std::optional<Id> id = m_document->addAsset(asset);
        if (!id)
            return; // editFailed has put the reason in the dialog
        m_assetId = id;
        m_original = asset;
        m_original.id = *id;
    } else if (!sameAsset(asset, m_original)) {
        if (!m_document->editAsset(asset))
            return;
        m_original = asset;
    }
    QDialog::accept();
}

} // namespace trygg::ui
