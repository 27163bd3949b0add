// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace trygg::ui {

// File > Open server register... (issue 16): the address of a register on a PostgreSQL server, a libpq URI,
// with examples and the addresses opened before. A password is never kept: libpq asks ~/.pgpass,
// PGPASSWORD or Kerberos; one typed into the address is left out of what is remembered and shown.
class ServerDialog : public QDialog {
    Q_OBJECT

public:
    explicit ServerDialog(QWidget *parent = nullptr);
    QString address() const;

    // The addresses opened before, newest first (without passwords).
    static QStringList rememberedAddresses();
    static void remember(const QString &address);

private:
    void updateState();

    QComboBox *m_address;
    QDialogButtonBox *m_buttons;
};

} // namespace trygg::ui
