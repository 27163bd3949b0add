// SPDX-License-Identifier: EUPL-1.2
#include "ExportDialog.h"

#include "common/Translations.h"
#include "model/Clock.h"
#include "model/Date.h"
#include "model/RegisterData.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace trygg::ui {

ExportDialog::ExportDialog(const RegisterData &data, QWidget *parent)
    : QDialog(parent), m_data(data), m_kind(new QComboBox(this)), m_format(new QComboBox(this)),
      m_unit(new QComboBox(this))
{
    setWindowTitle(tr("Export"));
    m_kind->addItem(tr("Asset register"), static_cast<int>(ExportKind::Assets));
    m_kind->addItem(tr("Risks in priority order"), static_cast<int>(ExportKind::Risks));
    m_kind->addItem(tr("Action plan"), static_cast<int>(ExportKind::Plan));
    m_format->addItem(tr("Excel workbook (XLSX)"), static_cast<int>(ExportFormat::Xlsx));
    m_format->addItem(tr("CSV for spreadsheets (UTF-8, semicolons)"), static_cast<int>(ExportFormat::Csv));
    m_unit->addItem(tr("All units"), QVariant());
    for (const OrgUnit &unit : data.units)
        m_unit->addItem(QString::fromStdString(unit.name), QVariant::fromValue<qlonglong>(unit.id));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Export:"), m_kind);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ExportKind ExportDialog::kind() const
{
    return static_cast<ExportKind>(m_kind->currentData().toInt());
}

ExportFormat ExportDialog::format() const
{
    return static_cast<ExportFormat>(m_format->currentData().toInt());
}

std::optional<Id> ExportDialog::unit() const
{
    const QVariant id = m_unit->currentData();
    if (!id.isValid())
        return std::nullopt;
    return static_cast<Id>(id.toLongLong());
}

void ExportDialog::setChoice(ExportKind kind, ExportFormat format)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

QString ExportDialog::suggestedFileName() const
{
    const QString what = kind() == ExportKind::Assets  ? tr("assets")
                         : kind() == ExportKind::Risks ? tr("risks")
                                                       : tr("action plan");
    QString name = QString::fromStdString(m_data.info.name);
    if (const auto id = unit())
        name += QStringLiteral(" - ") + QString::fromStdString(m_data.unitName(id));
    return name + QStringLiteral(" - ") + what +
           (format() == ExportFormat::Xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"));
}

QString ExportDialog::fileFilter() const
{
    return format() == ExportFormat::Xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)");
}

QString ExportDialog::exportTo(const QString &path, const QString &registerPath) const
{
    try {
        ExportTable table = exportTable(m_data, kind(), Clock::todayLocal(), unit());
        if (format() == ExportFormat::Xlsx) // for people, in the register's language (issue 13)
            localiseExport(table, kind(), m_data.info.language);
        writeExport(table, format(), path.toStdString(), registerPath.toStdString());
    } catch (const std::exception &error) {
        return errorText(error);
    }
    return {};
}

} // namespace trygg::ui
