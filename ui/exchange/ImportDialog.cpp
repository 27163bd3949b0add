// SPDX-License-Identifier: EUPL-1.2
#include "ImportDialog.h"

#include "ColumnChoiceDelegate.h"
#include "ImportMappingModel.h"
#include "ImportRowsModel.h"

#include "common/Translations.h"
#include "document/RegisterDocument.h"
#include "exchange/Columns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace trygg::ui {
namespace {

// Columns are sized to what the first rows hold: measuring every row of a long file would freeze it.
constexpr int RowsMeasured = 50;

const std::vector<ColumnSpec> &columnsOf(ImportKind kind)
{
    return kind == ImportKind::Assets ? assetColumns() : riskColumns();
}

int mappedCount(const std::vector<int> &columns)
{
    int count = 0;
    for (int column : columns)
        count += column >= 0;
    return count;
}

// A file that names what can happen and its assessment is a risk file; otherwise assets.
ImportKind guessKind(const std::vector<std::string> &header)
{
    const std::vector<int> asRisks = suggestColumns(header, riskColumns());
    const std::vector<int> asAssets = suggestColumns(header, assetColumns());
    const bool hasThreat =
        std::find(asRisks.begin(), asRisks.end(), static_cast<int>(riskcol::Threat)) != asRisks.end();
    return hasThreat && mappedCount(asRisks) > mappedCount(asAssets) ? ImportKind::Risks : ImportKind::Assets;
}

} // namespace

ImportDialog::ImportDialog(RegisterDocument *document, const QString &path, CsvTable table, QWidget *parent)
    : QDialog(parent), m_document(document), m_path(path), m_table(std::make_shared<const CsvTable>(std::move(table))),
      m_kind(new QComboBox(this)), m_mappingModel(new ImportMappingModel(m_table->header, this)),
      m_mapping(new QTableView(this)), m_rowsModel(new ImportRowsModel(m_table, this)), m_rows(new QTableView(this)),
      m_status(new QLabel(this)), m_ignored(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_progressTimer(new QTimer(this)),
      m_skip(new QCheckBox(tr("&Skip the rows with problems and import the others"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_importButton(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole)),
      m_check(new ImportCheck(document->path().toStdString(), this))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    m_kind->addItem(tr("Assets (the asset register)"), static_cast<int>(ImportKind::Assets));
    m_kind->addItem(tr("Risks (lines of risk assessments, with their measures)"), static_cast<int>(ImportKind::Risks));
    m_kind->setCurrentIndex(guessKind(m_table->header) == ImportKind::Risks ? 1 : 0);

    m_mapping->setModel(m_mappingModel);
    m_mapping->setItemDelegateForColumn(ImportMappingModel::ImportedAs, new ColumnChoiceDelegate(m_mappingModel, this));
    m_mapping->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_rows->setModel(m_rowsModel);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->hide();
    m_rows->verticalHeader()->setResizeContentsPrecision(RowsMeasured); // the rows a column's width is measured on
    m_rows->horizontalHeader()->setResizeContentsPrecision(RowsMeasured);
    m_rows->resizeColumnsToContents();
    m_status->setWordWrap(true);
    m_ignored->setWordWrap(true);
    m_ignored->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setVisible(false);
    m_progress->setFormat(tr("Checking the rows: %p%"));
    m_progressTimer->setInterval(100);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), new QLabel(QDir::toNativeSeparators(path), this));
    form->addRow(tr("&Import:"), m_kind);
    auto *mappingBox = new QGroupBox(tr("Columns: choose what each column of the file is, or ignore it"), this);
    (new QVBoxLayout(mappingBox))->addWidget(m_mapping);
    auto *rowsBox = new QGroupBox(tr("Rows"), this);
    (new QVBoxLayout(rowsBox))->addWidget(m_rows);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mappingBox);
    splitter->addWidget(rowsBox);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_ignored);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_skip);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::rebuildMapping);
    connect(m_mappingModel, &ImportMappingModel::choicesChanged, this, &ImportDialog::startCheck);
    connect(m_check, &ImportCheck::finished, this, &ImportDialog::showCheck);
    connect(m_progressTimer, &QTimer::timeout, this, &ImportDialog::showProgress);
    connect(m_skip, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::runImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rebuildMapping();
    resize(900, 700);
}

ImportDialog::~ImportDialog() = default;

ImportKind ImportDialog::kind() const
{
    return static_cast<ImportKind>(m_kind->currentData().toInt());
}

void ImportDialog::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(kind == ImportKind::Risks ? 1 : 0);
}

void ImportDialog::setColumnFor(int field, int column)
{
    m_mappingModel->setData(m_mappingModel->index(field, ImportMappingModel::ImportedAs), column);
}

std::vector<int> ImportDialog::columnFor() const
{
    return m_mappingModel->choices();
}

void ImportDialog::setSkipInvalidRows(bool skip)
{
    m_skip->setChecked(skip);
}

void ImportDialog::rebuildMapping()
{
    const auto &columns = columnsOf(kind());
    m_mappingModel->setColumns(columns, suggestColumns(m_table->header, columns));
    startCheck();
}

void ImportDialog::updateIgnored()
{
    QStringList ignored;
    const std::vector<int> &choices = m_mappingModel->choices();
    for (std::size_t i = 0; i < choices.size() && i < m_table->header.size(); ++i)
        if (choices[i] < 0 && !QString::fromStdString(m_table->header[i]).trimmed().isEmpty())
            ignored << QString::fromStdString(m_table->header[i]).trimmed();
    constexpr qsizetype Named = 20; // a file of 100,000 columns is not listed whole
    const qsizetype count = ignored.size();
    if (count > Named) {
        ignored.erase(ignored.begin() + Named, ignored.end());
        ignored << tr("and %n more", nullptr, static_cast<int>(count - Named));
    }
    m_ignored->setText(count == 0 ? QString()
                                  : tr("%n column(s) of the file will be ignored: %1", nullptr, static_cast<int>(count))
                                        .arg(ignored.join(QStringLiteral(", "))));
    m_ignored->setVisible(count > 0);
}

QString ImportDialog::ignoredNote() const
{
    return m_ignored->text();
}

void ImportDialog::startCheck()
{
    updateIgnored();
    // The rows stay as they are until the check is done; nothing can be imported meanwhile.
    m_check->start(kind(), m_table, m_path.toStdString(), columnFor());
    m_status->setText(tr("Checking %n row(s)...", nullptr, static_cast<int>(m_table->records.size())));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_progressTimer->start();
    updateButtons();
}

void ImportDialog::showProgress()
{
    const auto [done, total] = m_check->progress();
    m_progress->setMaximum(std::max(total, 1));
    m_progress->setValue(done);
}

bool ImportDialog::checking() const
{
    return m_check->running();
}

void ImportDialog::waitForCheck()
{
    m_check->wait();
}

void ImportDialog::showCheck(const ImportCheck::Result &result)
{
    m_progressTimer->stop();
    m_progress->setVisible(false);
    m_mappingValid = result.mappingValid;
    m_goodRows = result.goodRows;
    m_badRows = static_cast<int>(result.problems.size());
    m_rowsModel->setProblems(result.problems);
    if (!m_mappingValid)
        m_status->setText(result.mappingError);
    else
        m_status->setText(tr("Rows in the file: %1. Can be imported: %2. With problems: %3.")
                              .arg(m_table->records.size())
                              .arg(m_goodRows)
                              .arg(m_badRows));
    updateButtons();
}

QString ImportDialog::status() const
{
    return m_status->text();
}

bool ImportDialog::canImport() const
{
    return !checking() && m_mappingValid && m_goodRows > 0 && (m_badRows == 0 || m_skip->isChecked()) &&
           !m_document->readOnly();
}

void ImportDialog::updateButtons()
{
    m_skip->setEnabled(!checking() && m_badRows > 0);
    m_importButton->setEnabled(canImport());
    if (!checking() && m_mappingValid && m_badRows > 0 && !m_skip->isChecked())
        m_importButton->setToolTip(tr("Nothing is imported while rows have problems: correct the file, or choose "
                                      "to skip those rows."));
    else
        m_importButton->setToolTip(QString());
}

bool ImportDialog::runImport()
{
    if (!canImport())
        return false;
    ImportOptions options;
    options.columnFor = columnFor();
    options.skipInvalidRows = m_skip->isChecked();
    try {
        m_summary = m_document->importRows(kind(), *m_table, m_path, options);
    } catch (const std::exception &error) {
        m_status->setText(errorText(error));
        return false;
    }
    accept();
    return true;
}

} // namespace trygg::ui
