#include "ImportDialog.h"

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
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace trygg::ui {
namespace {

// More rows are checked and imported, but not shown.
constexpr int MaxShownRows = 5000;

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
    : QDialog(parent), m_document(document), m_path(path), m_table(std::move(table)), m_kind(new QComboBox(this)),
      m_mapping(new QTableWidget(this)), m_rows(new QTableWidget(this)), m_status(new QLabel(this)),
      m_skip(new QCheckBox(tr("&Skip the rows with problems and import the others"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_importButton(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    m_kind->addItem(tr("Assets (the asset register)"), static_cast<int>(ImportKind::Assets));
    m_kind->addItem(tr("Risks (lines of risk assessments, with their measures)"), static_cast<int>(ImportKind::Risks));
    m_kind->setCurrentIndex(guessKind(m_table.header) == ImportKind::Risks ? 1 : 0);

    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as")});
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

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
    layout->addWidget(m_status);
    layout->addWidget(m_skip);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::rebuildMapping);
    connect(m_skip, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::runImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rebuildMapping();
    resize(900, 700);
}

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
    QComboBox *box = m_columnBoxes.at(static_cast<std::size_t>(field));
    box->setCurrentIndex(box->findData(column));
}

std::vector<int> ImportDialog::columnFor() const
{
    std::vector<int> result;
    for (const QComboBox *box : m_columnBoxes)
        result.push_back(box->currentData().toInt());
    return result;
}

void ImportDialog::setSkipInvalidRows(bool skip)
{
    m_skip->setChecked(skip);
}

void ImportDialog::rebuildMapping()
{
    m_updating = true;
    const auto &columns = columnsOf(kind());
    const std::vector<int> suggested = suggestColumns(m_table.header, columns);
    m_mapping->setRowCount(static_cast<int>(m_table.header.size()));
    m_columnBoxes.clear();
    for (std::size_t field = 0; field < m_table.header.size(); ++field) {
        const int row = static_cast<int>(field);
        m_mapping->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(m_table.header[field])));
        auto *box = new QComboBox(m_mapping);
        box->addItem(tr("(ignore)"), -1);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const QString name =
                QString::fromUtf8(columns[c].name.data(), static_cast<qsizetype>(columns[c].name.size()));
            box->addItem(columns[c].required ? tr("%1 (required)").arg(name) : name, static_cast<int>(c));
        }
        box->setCurrentIndex(box->findData(suggested[field]));
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);
        m_mapping->setCellWidget(row, 1, box);
        m_columnBoxes.push_back(box);
    }
    m_updating = false;
    updatePreview();
}

void ImportDialog::updatePreview()
{
    if (m_updating)
        return;
    // A dry run of the real import: every check the import makes, then rolled back.
    ImportOptions options;
    options.columnFor = columnFor();
    options.skipInvalidRows = true;
    options.dryRun = true;
    std::map<int, QStringList> problems;
    QString mappingError;
    m_goodRows = 0;
    try {
        const ImportSummary preview = importTable(m_document->file(), kind(), m_table, m_path.toStdString(), options);
        m_goodRows = preview.rows;
        for (const ImportProblem &problem : preview.problems)
            problems[problem.row].append(
                problem.column.empty()
                    ? messageText(problem.message)
                    : tr("%1: %2").arg(QString::fromStdString(problem.column), messageText(problem.message)));
        m_mappingValid = true;
    } catch (const std::exception &error) {
        mappingError = errorText(error);
        m_mappingValid = false;
    }
    m_badRows = static_cast<int>(problems.size());

    const int fileColumns = static_cast<int>(m_table.header.size());
    const int shown = std::min(static_cast<int>(m_table.records.size()), MaxShownRows);
    m_rows->clear();
    m_rows->setColumnCount(fileColumns + 2);
    QStringList labels{tr("Row")};
    for (const std::string &cell : m_table.header)
        labels.append(QString::fromStdString(cell));
    labels.append(tr("Problems"));
    m_rows->setHorizontalHeaderLabels(labels);
    m_rows->setRowCount(shown);
    const QBrush bad(QColor(255, 215, 215));
    for (int r = 0; r < shown; ++r) {
        const CsvRecord &record = m_table.records[static_cast<std::size_t>(r)];
        const auto found = problems.find(record.row);
        auto *number = new QTableWidgetItem(QString::number(record.row));
        m_rows->setItem(r, 0, number);
        for (std::size_t c = 0; c < record.fields.size() && static_cast<int>(c) < fileColumns; ++c)
            m_rows->setItem(r, static_cast<int>(c) + 1, new QTableWidgetItem(QString::fromStdString(record.fields[c])));
        auto *problemItem =
            new QTableWidgetItem(found == problems.end() ? QString() : found->second.join(QStringLiteral("\n")));
        m_rows->setItem(r, fileColumns + 1, problemItem);
        if (found != problems.end()) {
            for (int c = 0; c < fileColumns + 2; ++c) {
                if (!m_rows->item(r, c))
                    m_rows->setItem(r, c, new QTableWidgetItem);
                m_rows->item(r, c)->setBackground(bad);
                m_rows->item(r, c)->setToolTip(problemItem->text());
            }
        }
    }
    m_rows->resizeColumnsToContents();
    m_rows->resizeRowsToContents();

    if (!m_mappingValid) {
        m_status->setText(mappingError);
    } else {
        QString text = tr("Rows in the file: %1. Can be imported: %2. With problems: %3.")
                           .arg(m_table.records.size())
                           .arg(m_goodRows)
                           .arg(m_badRows);
        if (static_cast<int>(m_table.records.size()) > shown)
            text += QLatin1Char(' ') + tr("The first %1 rows are shown.").arg(shown);
        m_status->setText(text);
    }
    updateButtons();
}

QString ImportDialog::status() const
{
    return m_status->text();
}

bool ImportDialog::canImport() const
{
    return m_mappingValid && m_goodRows > 0 && (m_badRows == 0 || m_skip->isChecked()) && !m_document->readOnly();
}

void ImportDialog::updateButtons()
{
    m_skip->setEnabled(m_badRows > 0);
    m_importButton->setEnabled(canImport());
    if (m_mappingValid && m_badRows > 0 && !m_skip->isChecked())
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
        m_summary = m_document->importRows(kind(), m_table, m_path, options);
    } catch (const std::exception &error) {
        m_status->setText(errorText(error));
        return false;
    }
    accept();
    return true;
}

} // namespace trygg::ui
