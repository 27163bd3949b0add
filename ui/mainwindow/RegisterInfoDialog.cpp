// SPDX-License-Identifier: EUPL-1.2
#include "RegisterInfoDialog.h"

#include "common/DomainTexts.h"
#include "common/Translations.h"
#include "document/RegisterDocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <tuple>

namespace trygg::ui {

RegisterInfoDialog::RegisterInfoDialog(RegisterDocument *document, QWidget *parent)
    : EditDialog(parent), m_document(document), m_name(new QLineEdit(this)), m_language(new QComboBox(this)),
      m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Register"));
    const RegisterInfo &info = document->data().info;
    m_name->setText(toQString(info.name));
    for (const QString &language : availableLanguages())
        m_language->addItem(languageName(language), language);
    m_language->setCurrentIndex(m_language->findData(toQString(info.language)));
    m_language->setToolTip(tr("Printed reports of this register are in this language, whatever language the "
                              "program speaks"));

    auto *general = new QFormLayout;
    general->addRow(tr("&Name:"), m_name);
    general->addRow(tr("&Language of reports:"), m_language);

    auto *levels = new QGroupBox(tr("Classification levels of assets"), this);
    auto *grid = new QGridLayout(levels);
    grid->addWidget(new QLabel(tr("Level"), levels), 0, 0);
    grid->addWidget(new QLabel(tr("Name"), levels), 0, 1);
    grid->addWidget(new QLabel(tr("Definition"), levels), 0, 2);
    for (std::size_t i = 0; i < info.classificationLevels.size(); ++i) {
        const int row = static_cast<int>(i) + 1;
        auto *label = new QLineEdit(toQString(info.classificationLevels[i].label), levels);
        auto *definition = new QLineEdit(toQString(info.classificationLevels[i].definition), levels);
        grid->addWidget(new QLabel(QString::number(i), levels), row, 0);
        grid->addWidget(label, row, 1);
        grid->addWidget(definition, row, 2);
        m_levelLabels.push_back(label);
        m_levelDefinitions.push_back(definition);
    }
    grid->setColumnStretch(2, 1);
    auto *hint = new QLabel(tr("The levels rate an asset's confidentiality, integrity and availability. Renaming a "
                               "level keeps the ratings already given."),
                            levels);
    hint->setWordWrap(true);
    grid->addWidget(hint, grid->rowCount(), 0, 1, 3);

    // Made after the levels' fields, so the dialog's fields come in the order they are shown.
    m_ownerReference = new QLineEdit(this);
    m_deputyReference = new QLineEdit(this);
    m_separationReference = new QLineEdit(this);
    m_manyAffectedReference = new QLineEdit(this);
    auto *references = new QGroupBox(tr("References to your policy"), this);
    auto *referenceForm = new QFormLayout(references);
    auto *referenceHint = new QLabel(tr("Where your municipality's own documents state a rule, its reference is "
                                        "cited by the warnings and printed forms, e.g. \"Internkontroll pkt. "
                                        "5.1\". Leave empty to state the rule in words only."),
                                     references);
    referenceHint->setWordWrap(true);
    referenceForm->addRow(referenceHint);
    const PolicyReferences &cite = info.policyReferences;
    for (const auto &[edit, value, label] :
         {std::tuple{m_ownerReference, &cite.owner, tr("Every asset has an &owner:")},
          std::tuple{m_deputyReference, &cite.deputy, tr("An IT system has a de&puty for its owner:")},
          std::tuple{m_separationReference, &cite.separation, tr("Roles held by different people:")},
          std::tuple{m_manyAffectedReference, &cite.manyAffected, tr("Many affected raises the &consequence:")}}) {
        edit->setText(toQString(*value));
        referenceForm->addRow(label, edit);
    }

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(levels);
    layout->addWidget(references);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    const bool writable = !document->readOnly();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(writable);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RegisterInfoDialog::save);
    connect(document, &RegisterDocument::editFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, sizeHint().height());
}

void RegisterInfoDialog::save()
{
    RegisterInfo info = m_document->data().info;
    info.name = toStdString(m_name->text().trimmed());
    info.language = toStdString(m_language->currentData().toString());
    for (std::size_t i = 0; i < m_levelLabels.size() && i < info.classificationLevels.size(); ++i) {
        info.classificationLevels[i].label = toStdString(m_levelLabels[i]->text().trimmed());
        info.classificationLevels[i].definition = toStdString(m_levelDefinitions[i]->text().trimmed());
    }
    info.policyReferences.owner = toStdString(m_ownerReference->text().trimmed());
    info.policyReferences.deputy = toStdString(m_deputyReference->text().trimmed());
    info.policyReferences.separation = toStdString(m_separationReference->text().trimmed());
    info.policyReferences.manyAffected = toStdString(m_manyAffectedReference->text().trimmed());
    if (m_document->editInfo(info))
        accept(); // else editFailed said why, below the fields
}

} // namespace trygg::ui
