// SPDX-License-Identifier: EUPL-1.2
#include "MatrixEditorDialog.h"

#include "MatrixWidget.h"
#include "common/DomainTexts.h"
#include "common/Translations.h"
#include "document/RegisterDocument.h"

#include "exchange/ExportTable.h"
#include "exchange/Json.h"
#include "exchange/MatrixJson.h"
#include "model/Error.h"
#include "platform/SafeFiles.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace trygg::ui {
namespace {

enum ZoneColumn { ZoneName, ZoneColour, ZoneFrom, ZoneTo, ZoneAcceptable, ZoneColumnCount };

// Everything a user can change: the id and the informational preset do not count.
bool sameMatrix(const RiskMatrix &a, const RiskMatrix &b)
{
    auto sameLevels = [](const std::vector<Level> &x, const std::vector<Level> &y) {
        return std::equal(x.begin(), x.end(), y.begin(), y.end(), [](const Level &l, const Level &r) {
            return l.label == r.label && l.definition == r.definition;
        });
    };
    auto sameZones =
        std::equal(a.zones.begin(), a.zones.end(), b.zones.begin(), b.zones.end(), [](const Zone &l, const Zone &r) {
            return l.name == r.name && l.colour == r.colour && l.minScore == r.minScore && l.maxScore == r.maxScore &&
                   l.acceptable == r.acceptable;
        });
    if (!sameLevels(a.probability, b.probability) || !sameLevels(a.consequence, b.consequence) || !sameZones ||
        a.manyAffectedRaises != b.manyAffectedRaises)
        return false;
    for (int p = 1; p <= a.probabilityLevels(); ++p)
        for (int c = 1; c <= a.consequenceLevels(); ++c)
            if (a.cellZone(p, c) != b.cellZone(p, c))
                return false;
    return true;
}

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable);
    return item;
}

} // namespace

MatrixEditorDialog::MatrixEditorDialog(RegisterDocument *document, QWidget *parent)
    : EditDialog(parent), m_document(document), m_original(document->data().currentMatrix()), m_matrix(m_original),
      m_probabilityCount(new QSpinBox(this)), m_consequenceCount(new QSpinBox(this)),
      m_probabilityTable(new QTableWidget(this)), m_consequenceTable(new QTableWidget(this)),
      m_zoneTable(new QTableWidget(this)), m_cellZone(new QComboBox(this)), m_preview(new MatrixWidget(this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Risk matrix"));
    m_matrix.id = 0;

    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildScaleTab(Axis::Probability), tr("&Probability"));
    tabs->addTab(buildScaleTab(Axis::Consequence), tr("&Consequence"));
    tabs->addTab(buildZonesTab(), tr("&Zones"));

    auto *manyAffected = new QCheckBox(tr("An event that affects &many people raises the consequence one level"), this);
    manyAffected->setObjectName(QStringLiteral("manyAffected"));
    manyAffected->setChecked(m_matrix.manyAffectedRaises);
    connect(manyAffected, &QCheckBox::toggled, this, [this](bool on) {
        m_matrix.manyAffectedRaises = on;
        refresh();
    });

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setToolTip(tr("Click a cell to put it in the zone chosen under Zones"));
    connect(m_preview, &MatrixWidget::cellClicked, this, &MatrixEditorDialog::cellClicked);
    auto *previewTitle = new QLabel(tr("Preview"), this);
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(previewTitle);
    previewColumn->addWidget(m_preview, 1);

    auto *editColumn = new QVBoxLayout;
    editColumn->addWidget(tabs, 1);
    editColumn->addWidget(manyAffected);

    auto *columns = new QHBoxLayout;
    columns->addLayout(editColumn, 3);
    columns->addLayout(previewColumn, 2);

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *importButton = m_buttons->addButton(tr("&Import..."), QDialogButtonBox::ActionRole);
    auto *exportButton = m_buttons->addButton(tr("&Export..."), QDialogButtonBox::ActionRole);
    importButton->setObjectName(QStringLiteral("import"));
    exportButton->setObjectName(QStringLiteral("export"));
    importButton->setToolTip(tr("Read a matrix definition (JSON) shared by another municipality"));
    exportButton->setToolTip(tr("Write this matrix as a JSON definition others can import"));
    connect(importButton, &QPushButton::clicked, this, &MatrixEditorDialog::chooseImport);
    connect(exportButton, &QPushButton::clicked, this, &MatrixEditorDialog::chooseExport);
    m_buttons->button(QDialogButtonBox::Save)
        ->setToolTip(tr("Save as a new version of the matrix: new assessments use it, assessments already made "
                        "keep theirs"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *note = new QLabel(tr("Assessments already made keep the criteria they were scored against; a saved change "
                               "applies to new assessments."),
                            this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    setMatrix(m_matrix);
    resize(1000, 640);
}

QWidget *MatrixEditorDialog::buildScaleTab(Axis axis)
{
    const bool probability = axis == Axis::Probability;
    auto *page = new QWidget(this);
    QSpinBox *count = probability ? m_probabilityCount : m_consequenceCount;
    QTableWidget *table = probability ? m_probabilityTable : m_consequenceTable;
    count->setObjectName(probability ? QStringLiteral("probabilityCount") : QStringLiteral("consequenceCount"));
    table->setObjectName(probability ? QStringLiteral("probabilityLevels") : QStringLiteral("consequenceLevels"));
    count->setRange(RiskMatrix::MinLevels, RiskMatrix::MaxLevels);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Label"), tr("Definition")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    connect(count, &QSpinBox::valueChanged, this, [this, axis](int value) { scaleCountChanged(axis, value); });
    connect(table, &QTableWidget::itemChanged, this,
            [this, axis](QTableWidgetItem *item) { scaleItemChanged(axis, item); });

    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Number of &levels:"), count);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(probability ? tr("Level 1 is the least likely.") : tr("Level 1 is the least severe."), page));
    layout->addWidget(table, 1);
    return page;
}

QWidget *MatrixEditorDialog::buildZonesTab()
{
    auto *page = new QWidget(this);
    m_zoneTable->setObjectName(QStringLiteral("zones"));
    m_zoneTable->setColumnCount(ZoneColumnCount);
    m_zoneTable->setHorizontalHeaderLabels(
        {tr("Zone"), tr("Colour"), tr("From score"), tr("To score"), tr("Acceptable")});
    m_zoneTable->horizontalHeader()->setSectionResizeMode(ZoneName, QHeaderView::Stretch);
    m_zoneTable->horizontalHeaderItem(ZoneAcceptable)
        ->setToolTip(tr("Below the acceptance line: no measure or acceptance by management needed"));
    m_zoneTable->horizontalHeaderItem(ZoneColour)->setToolTip(tr("Double-click to choose the colour"));
    connect(m_zoneTable, &QTableWidget::itemChanged, this, &MatrixEditorDialog::zoneItemChanged);
    connect(m_zoneTable, &QTableWidget::cellDoubleClicked, this, &MatrixEditorDialog::zoneCellDoubleClicked);

    auto *add = new QPushButton(tr("&Add zone"), page);
    auto *remove = new QPushButton(tr("&Remove zone"), page);
    add->setObjectName(QStringLiteral("addZone"));
    remove->setObjectName(QStringLiteral("removeZone"));
    connect(add, &QPushButton::clicked, this, &MatrixEditorDialog::addZone);
    connect(remove, &QPushButton::clicked, this, &MatrixEditorDialog::removeZone);
    auto *zoneButtons = new QHBoxLayout;
    zoneButtons->addWidget(add);
    zoneButtons->addWidget(remove);
    zoneButtons->addStretch(1);

    m_cellZone->setObjectName(QStringLiteral("cellZone"));
    auto *clear = new QPushButton(tr("Colour every cell by &score"), page);
    clear->setObjectName(QStringLiteral("clearCells"));
    connect(clear, &QPushButton::clicked, this, &MatrixEditorDialog::clearCellZones);
    auto *cellRow = new QHBoxLayout;
    cellRow->addWidget(new QLabel(tr("A click on a cell in the preview puts it in:"), page));
    cellRow->addWidget(m_cellZone, 1);
    cellRow->addWidget(clear);

    auto *layout = new QVBoxLayout(page);
    auto *explanation = new QLabel(tr("Zones from the least to the most severe. A cell is in the zone whose scores "
                                      "cover probability x consequence, unless it is put in a zone of its own."),
                                   page);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    layout->addWidget(m_zoneTable, 1);
    layout->addLayout(zoneButtons);
    layout->addLayout(cellRow);
    return page;
}

void MatrixEditorDialog::setMatrix(const RiskMatrix &matrix)
{
    m_matrix = matrix;
    m_matrix.id = 0;
    m_filling = true;
    m_probabilityCount->setValue(m_matrix.probabilityLevels());
    m_consequenceCount->setValue(m_matrix.consequenceLevels());
    if (auto *manyAffected = findChild<QCheckBox *>(QStringLiteral("manyAffected")))
        manyAffected->setChecked(m_matrix.manyAffectedRaises);
    m_filling = false;
    fillScale(Axis::Probability);
    fillScale(Axis::Consequence);
    fillZones();
    refresh();
}

void MatrixEditorDialog::fillScale(Axis axis)
{
    const std::vector<Level> &levels = axis == Axis::Probability ? m_matrix.probability : m_matrix.consequence;
    QTableWidget *table = axis == Axis::Probability ? m_probabilityTable : m_consequenceTable;
    m_filling = true;
    table->setRowCount(static_cast<int>(levels.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const Level &level = levels[static_cast<std::size_t>(row)];
        table->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(row + 1)));
        table->setItem(row, 0, textItem(toQString(level.label)));
        table->setItem(row, 1, textItem(toQString(level.definition)));
    }
    table->resizeRowsToContents();
    m_filling = false;
}

void MatrixEditorDialog::fillZones()
{
    m_filling = true;
    m_zoneTable->setRowCount(static_cast<int>(m_matrix.zones.size()));
    for (int row = 0; row < m_zoneTable->rowCount(); ++row) {
        const Zone &zone = m_matrix.zones[static_cast<std::size_t>(row)];
        m_zoneTable->setItem(row, ZoneName, textItem(toQString(zone.name)));
        auto *colour = new QTableWidgetItem(toQString(zone.colour));
        colour->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        const QColor background(toQString(zone.colour));
        if (background.isValid()) {
            colour->setBackground(background);
            colour->setForeground(textColourOn(background));
        }
        m_zoneTable->setItem(row, ZoneColour, colour);
        m_zoneTable->setItem(row, ZoneFrom, textItem(QString::number(zone.minScore)));
        m_zoneTable->setItem(row, ZoneTo, textItem(QString::number(zone.maxScore)));
        auto *acceptable = new QTableWidgetItem;
        acceptable->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        acceptable->setCheckState(zone.acceptable ? Qt::Checked : Qt::Unchecked);
        m_zoneTable->setItem(row, ZoneAcceptable, acceptable);
    }
    m_filling = false;
    fillCellZoneChoices();
}

void MatrixEditorDialog::fillCellZoneChoices()
{
    const int chosen = m_cellZone->currentIndex();
    m_cellZone->clear();
    m_cellZone->addItem(tr("its zone by score"), -1);
    for (std::size_t i = 0; i < m_matrix.zones.size(); ++i)
        m_cellZone->addItem(toQString(m_matrix.zones[i].name), static_cast<int>(i));
    m_cellZone->setCurrentIndex(std::clamp(chosen, 0, m_cellZone->count() - 1));
}

void MatrixEditorDialog::scaleCountChanged(Axis axis, int count)
{
    if (m_filling)
        return;
    std::vector<Level> &levels = axis == Axis::Probability ? m_matrix.probability : m_matrix.consequence;
    while (static_cast<int>(levels.size()) < count)
        levels.push_back({toStdString(tr("Level %1").arg(static_cast<int>(levels.size()) + 1)), std::string()});
    levels.resize(static_cast<std::size_t>(count));
    // The top zone keeps covering the top of the larger or smaller grid.
    if (!m_matrix.zones.empty())
        m_matrix.zones.back().maxScore = std::max(m_matrix.zones.back().minScore, m_matrix.maxScore());
    // Overrides of cells that no longer exist are dropped; the others stay where they were.
    const std::optional<int> keep = m_matrix.cellZone(1, 1);
    m_matrix.setCellZone(1, 1, keep);
    fillScale(axis);
    fillZones();
    refresh();
}

void MatrixEditorDialog::scaleItemChanged(Axis axis, QTableWidgetItem *item)
{
    if (m_filling)
        return;
    std::vector<Level> &levels = axis == Axis::Probability ? m_matrix.probability : m_matrix.consequence;
    const auto row = static_cast<std::size_t>(item->row());
    if (row >= levels.size())
        return;
    const std::string text = toStdString(item->text().trimmed());
    if (item->column() == 0)
        levels[row].label = text;
    else
        levels[row].definition = text;
    refresh();
}

void MatrixEditorDialog::zoneItemChanged(QTableWidgetItem *item)
{
    if (m_filling)
        return;
    const auto row = static_cast<std::size_t>(item->row());
    if (row >= m_matrix.zones.size())
        return;
    Zone &zone = m_matrix.zones[row];
    switch (item->column()) {
    case ZoneName:
        zone.name = toStdString(item->text().trimmed());
        fillCellZoneChoices();
        break;
    case ZoneColour: {
        // Only this item changes: refilling the table would delete the item this signal is about.
        const QColor colour(item->text().trimmed());
        if (colour.isValid())
            zone.colour = toStdString(colour.name());
        const QColor shown(toQString(zone.colour));
        m_filling = true;
        item->setText(toQString(zone.colour));
        if (shown.isValid()) {
            item->setBackground(shown);
            item->setForeground(textColourOn(shown));
        }
        m_filling = false;
        break;
    }
    case ZoneFrom:
    case ZoneTo: {
        bool ok = false;
        const int score = item->text().trimmed().toInt(&ok);
        int &target = item->column() == ZoneFrom ? zone.minScore : zone.maxScore;
        if (ok && score >= 1 && score <= RiskMatrix::MaxLevels * RiskMatrix::MaxLevels)
            target = score;
        else
            showMessage(
                tr("A score is a whole number from 1 to %1.").arg(RiskMatrix::MaxLevels * RiskMatrix::MaxLevels), true);
        m_filling = true;
        item->setText(QString::number(target));
        m_filling = false;
        break;
    }
    case ZoneAcceptable: zone.acceptable = item->checkState() == Qt::Checked; break;
    default: break;
    }
    refresh();
}

void MatrixEditorDialog::zoneCellDoubleClicked(int row, int column)
{
    if (column != ZoneColour || row < 0 || row >= static_cast<int>(m_matrix.zones.size()))
        return;
    const QColor chosen = QColorDialog::getColor(
        QColor(toQString(m_matrix.zones[static_cast<std::size_t>(row)].colour)), this, tr("Colour of the zone"));
    if (chosen.isValid())
        m_zoneTable->item(row, ZoneColour)->setText(chosen.name());
}

void MatrixEditorDialog::addZone()
{
    if (m_matrix.zones.size() >= static_cast<std::size_t>(RiskMatrix::MaxZones)) {
        showMessage(tr("A matrix has at most %1 zones.").arg(RiskMatrix::MaxZones), true);
        return;
    }
    Zone zone;
    zone.name = toStdString(tr("New zone"));
    zone.colour = "#9e9e9e";
    const int top = m_matrix.maxScore();
    zone.minScore = top;
    zone.maxScore = top;
    m_matrix.zones.push_back(zone);
    fillZones();
    refresh();
    m_zoneTable->setCurrentCell(m_zoneTable->rowCount() - 1, ZoneName);
}

void MatrixEditorDialog::removeZone()
{
    const int row = m_zoneTable->currentRow();
    if (row < 0 || row >= static_cast<int>(m_matrix.zones.size()))
        return;
    // Cells put in a later zone follow it to its new place; cells in the removed one go by score.
    for (int p = 1; p <= m_matrix.probabilityLevels(); ++p)
        for (int c = 1; c <= m_matrix.consequenceLevels(); ++c)
            if (const std::optional<int> zone = m_matrix.cellZone(p, c); zone && *zone >= row)
                m_matrix.setCellZone(p, c, *zone == row ? std::nullopt : std::optional<int>(*zone - 1));
    m_matrix.zones.erase(m_matrix.zones.begin() + row);
    fillZones();
    refresh();
}

void MatrixEditorDialog::cellClicked(int probability, int consequence)
{
    const int zone = m_cellZone->currentData().toInt();
    m_matrix.setCellZone(probability, consequence, zone < 0 ? std::nullopt : std::optional<int>(zone));
    refresh();
}

void MatrixEditorDialog::clearCellZones()
{
    for (int p = 1; p <= m_matrix.probabilityLevels(); ++p)
        for (int c = 1; c <= m_matrix.consequenceLevels(); ++c)
            m_matrix.setCellZone(p, c, std::nullopt);
    refresh();
}

void MatrixEditorDialog::refresh()
{
    m_preview->setMatrix(m_matrix);
    const std::vector<Message> problems = m_matrix.problems();
    QStringList lines;
    for (const Message &problem : problems)
        lines << messageText(problem);
    if (!lines.isEmpty())
        showMessage(tr("Not yet a valid matrix: %1.").arg(lines.join(QStringLiteral("; "))), true);
    else
        showMessage(QString(), false);
    const bool changed = !sameMatrix(m_matrix, m_original);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.empty() && changed && !m_document->readOnly());
    if (auto *exportButton = findChild<QPushButton *>(QStringLiteral("export")))
        exportButton->setEnabled(problems.empty());
}

void MatrixEditorDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
    m_message->setVisible(!text.isEmpty());
}

bool MatrixEditorDialog::hasChanges() const
{
    return !sameMatrix(m_matrix, m_original) || EditDialog::hasChanges();
}

QString MatrixEditorDialog::message() const
{
    return m_message->text();
}

bool MatrixEditorDialog::importFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    try {
        // Bounded, never waiting on a FIFO (issue 12).
        const std::string bytes =
            files::readBoundedFile(path.toStdString(), json::MaxDocumentBytes, trygg::trMsg("a matrix definition"));
        RiskMatrix imported = matrixFromJson(bytes, name.toStdString());
        setMatrix(imported);
        return true;
    } catch (const InputError &error) {
        showMessage(tr("Nothing was imported: %1").arg(errorText(error)), true);
        return false;
    }
}

bool MatrixEditorDialog::exportFile(const QString &path)
{
    try {
        writeFileWhole(path.toStdString(), matrixToJson(m_matrix));
    } catch (const std::exception &error) {
        showMessage(errorText(error), true);
        return false;
    }
    return true;
}

void MatrixEditorDialog::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a matrix"), QString(),
                                                      tr("Matrix definitions (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void MatrixEditorDialog::chooseExport()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export the matrix"), QStringLiteral("matrix.json"),
                                                tr("Matrix definitions (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    exportFile(path);
}

bool MatrixEditorDialog::save()
{
    if (!m_matrix.problems().empty() || sameMatrix(m_matrix, m_original))
        return false;
    // The document reports a refusal through editFailed; the dialog stays open with the edit.
    QString failure;
    const auto connection = connect(m_document, &RegisterDocument::editFailed, this,
                                    [&failure](const QString &message) { failure = message; });
    const bool saved = m_document->addMatrixVersion(m_matrix);
    disconnect(connection);
    if (!saved)
        showMessage(failure.isEmpty() ? tr("The matrix was not saved.") : failure, true);
    return saved;
}

} // namespace trygg::ui
