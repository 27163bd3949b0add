// SPDX-License-Identifier: EUPL-1.2
#include "EditDialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextEdit>

namespace trygg::ui {

EditDialog::EditDialog(QWidget *parent) : QDialog(parent) {}

QStringList EditDialog::fieldState(const QWidget *root)
{
    QStringList state;
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        // A popup (a date field's calendar, made when first opened) is no field of the dialog.
        if (widget->window() != root->window())
            continue;
        if (const auto *line = qobject_cast<const QLineEdit *>(widget))
            state << line->text();
        else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
            state << plain->toPlainText();
        else if (const auto *rich = qobject_cast<const QTextEdit *>(widget))
            state << rich->toPlainText();
        else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
            state << QString::number(combo->currentIndex()) + QLatin1Char(':') + combo->currentText();
        else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
            state << spin->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            if (button->isCheckable())
                state << QString::number(button->isChecked());
        } else if (const auto *table = qobject_cast<const QTableWidget *>(widget)) {
            for (int row = 0; row < table->rowCount(); ++row)
                for (int column = 0; column < table->columnCount(); ++column)
                    if (const QTableWidgetItem *item = table->item(row, column))
                        state << item->text() + QString::number(item->checkState());
        } else if (const auto *list = qobject_cast<const QListWidget *>(widget)) {
            for (int row = 0; row < list->count(); ++row)
                state << QString::number(list->item(row)->checkState()) + list->item(row)->text();
        }
    }
    return state;
}

void EditDialog::rememberFields()
{
    m_remembered = fieldState(this);
}

bool EditDialog::hasChanges() const
{
    return m_remembered && fieldState(this) != *m_remembered;
}

void EditDialog::showEvent(QShowEvent *event)
{
    if (!m_remembered)
        rememberFields();
    QDialog::showEvent(event);
}

bool EditDialog::askDiscard(QWidget *dialog)
{
    QMessageBox box(QMessageBox::Question, tr("Discard changes"), tr("Throw away the changes made in this dialog?"),
                    QMessageBox::Discard | QMessageBox::Cancel, dialog);
    box.button(QMessageBox::Cancel)->setText(tr("Keep editing"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

void EditDialog::reject()
{
    if (hasChanges() && !askDiscard(this))
        return;
    QDialog::reject();
}

namespace {

// QInputDialog's one line (or editable list), asking as EditDialog does before a typed text is thrown away.
class TextPrompt : public QInputDialog {
public:
    using QInputDialog::QInputDialog;
    void reject() override
    {
        if (textValue() != m_initial && !EditDialog::askDiscard(this))
            return;
        QInputDialog::reject();
    }
    QString m_initial;
};

} // namespace

std::optional<QString> askForText(QWidget *parent, const QString &title, const QString &label, const QString &text,
                                  const QStringList &suggestions)
{
    TextPrompt prompt(parent);
    prompt.setWindowTitle(title);
    prompt.setLabelText(label);
    if (!suggestions.isEmpty()) {
        prompt.setComboBoxItems(suggestions);
        prompt.setComboBoxEditable(true);
    }
    prompt.setTextValue(text);
    prompt.m_initial = prompt.textValue();
    if (prompt.exec() != QDialog::Accepted)
        return std::nullopt;
    return prompt.textValue();
}

} // namespace trygg::ui
