// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>
#include <QStringList>

#include <optional>

namespace trygg::ui {

// The base of every dialog that edits something (issue 13: "Escape in a dialog with changes asks first").
// Escape, Cancel and the window's close button close it at once while nothing was changed; with changes they
// ask whether to throw them away, and "Keep editing" leaves the dialog open as it is.
//
// What counts as a change: any input field below the dialog (text, choice, tick, number, date, ticked list
// item, table cell) holding something else than when the dialog was first shown. A dialog with state of
// its own beyond its fields overrides hasChanges().
class EditDialog : public QDialog {
    Q_OBJECT

public:
    explicit EditDialog(QWidget *parent = nullptr);

    virtual bool hasChanges() const;
    // Takes the fields as they are now as the unchanged state (done when the dialog is first shown).
    void rememberFields();
    void reject() override;

    // What the input fields below `root` hold, one entry per field in the order they were made.
    static QStringList fieldState(const QWidget *root);
    // Asks whether to throw away the changes made in `dialog`; true for "Discard".
    static bool askDiscard(QWidget *dialog);

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::optional<QStringList> m_remembered;
};

// A one-line question as QInputDialog::getText asks it (or getItem with an editable list of `suggestions`),
// which asks as EditDialog does before a typed text is thrown away (issue 13). Nothing when cancelled.
std::optional<QString> askForText(QWidget *parent, const QString &title, const QString &label,
                                  const QString &text = QString(), const QStringList &suggestions = {});

} // namespace trygg::ui
