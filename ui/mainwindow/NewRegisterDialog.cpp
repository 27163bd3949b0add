// SPDX-License-Identifier: EUPL-1.2
#include "NewRegisterDialog.h"

#include "common/DomainTexts.h"
#include "common/Translations.h"
#include "matrix/Presets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace trygg::ui {

NewRegisterDialog::NewRegisterDialog(const QString &folder, QWidget *parent)
    : EditDialog(parent), m_name(new QLineEdit(this)), m_preset(new QComboBox(this)),
      m_presetDescription(new QLabel(this)), m_path(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)), m_folder(folder)
{
    setWindowTitle(tr("New register"));
    m_name->setPlaceholderText(tr("e.g. Ibestad kommune, or a section of it"));
    m_preset->addItem(tr("Norway: 5 x 5"), QStringLiteral("no"));
    m_preset->addItem(tr("Norway: DSB-style labels, 5 x 5"), QStringLiteral("no-dsb"));
    m_preset->addItem(tr("Denmark: 5 x 5"), QStringLiteral("dk"));
    m_preset->addItem(tr("Sweden: MSB-inspired, 4 x 4"), QStringLiteral("se"));
    m_preset->addItem(tr("Neutral: ISO-style 5 x 5, English"), QStringLiteral("iso"));
    // The matrix of the reader's country first (issue 18): a Swedish window proposes the Swedish preset.
    if (const QString language = currentLanguage(); language != QLatin1String("en"))
        m_preset->setCurrentIndex(std::max(0, m_preset->findData(toQString(presetForLanguage(toStdString(language))))));
    m_presetDescription->setWordWrap(true);
    auto *browse = new QPushButton(tr("Browse..."), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Risk matrix:"), m_preset);
    form->addRow(QString(), m_presetDescription);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path); // a row of two widgets gets no buddy by itself, and the & would show
    form->addRow(pathLabel, pathRow);
    form->addRow(m_buttons);

    connect(browse, &QPushButton::clicked, this, &NewRegisterDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_path->isModified() && !name.trimmed().isEmpty())
            m_path->setText(QDir(m_folder).filePath(name.trimmed() + QStringLiteral(".trygg")));
        updateState();
    });
    connect(m_path, &QLineEdit::textChanged, this, &NewRegisterDialog::updateState);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &NewRegisterDialog::updateState);
    updateState();
    resize(560, sizeHint().height());
}

QString NewRegisterDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewRegisterDialog::preset() const
{
    return m_preset->currentData().toString();
}

QString NewRegisterDialog::path() const
{
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".trygg");
    return path;
}

void NewRegisterDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New register"), path().isEmpty() ? m_folder : path(),
                                                        tr("Trygg registers (*.trygg)"));
    if (!chosen.isEmpty()) {
        m_path->setText(chosen);
        m_path->setModified(true);
    }
}

void NewRegisterDialog::updateState()
{
    const QString preset = this->preset();
    m_presetDescription->setText(
        preset == QLatin1String("no")
            ? tr("Probability Meget liten ... Svært stor and consequence Ubetydelig ... Svært "
                 "alvorlig; zones 1-4, 5-9, 10-25.")
        : preset == QLatin1String("no-dsb")
            ? tr("Probability Lite sannsynlig ... Svært sannsynlig and consequence Ubetydelig ... Svært "
                 "alvorlig in the style of DSB; zones 1-4, 5-9, 10-25.")
        : preset == QLatin1String("dk")
            ? tr("Sandsynlighed Meget lav ... Meget høj, konsekvens Ubetydelig ... Kritisk.")
        : preset == QLatin1String("se")
            ? tr("Sannolikhet Sällsynt ... Mycket sannolik, konsekvens Liten ... Mycket stor; zones Låg, Medel, Hög, "
                 "Extremt hög.")
            : tr("Rare ... Almost certain, Insignificant ... Severe."));
    const QString file = path();
    const bool exists = !file.isEmpty() && QFileInfo::exists(file);
    m_path->setToolTip(exists ? tr("A file with this name already exists.") : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty() && !file.isEmpty() && !exists);
}

} // namespace trygg::ui
