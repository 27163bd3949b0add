// SPDX-License-Identifier: EUPL-1.2
#include "ServerDialog.h"

#include "storage/Connect.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace trygg::ui {

namespace {
const QString Key = QStringLiteral("serverAddresses");
constexpr int MaxAddresses = 8;

QString withoutPassword(const QString &address)
{
    return QString::fromStdString(addressWithoutPassword(address.trimmed().toStdString()));
}
} // namespace

ServerDialog::ServerDialog(QWidget *parent)
    : QDialog(parent), m_address(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open server register"));
    m_address->setEditable(true);
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->addItems(rememberedAddresses());
    m_address->setMinimumContentsLength(48);
    m_address->lineEdit()->setPlaceholderText(QStringLiteral("postgresql://db.kommune.no/risiko"));

    auto *label = new QLabel(tr("&Address of the register on a PostgreSQL server:"), this);
    label->setBuddy(m_address);
    auto *examples = new QLabel(
        tr("For example:<br><tt>postgresql://db.kommune.no/risiko</tt><br>"
           "<tt>postgresql://db.kommune.no:5433/risiko?user=kari</tt><br>"
           "<tt>postgresql:///risiko?host=/var/run/postgresql</tt> (on this machine)<br>"
           "The password is never kept: it is taken from ~/.pgpass or PGPASSWORD, Kerberos signs you in, or you are asked for it."),
        this);
    examples->setTextFormat(Qt::RichText);
    examples->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_address);
    layout->addWidget(examples);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QComboBox::editTextChanged, this, &ServerDialog::updateState);
    updateState();
}

QString ServerDialog::address() const
{
    return m_address->currentText().trimmed();
}

void ServerDialog::updateState()
{
    const bool valid = isServerAddress(address().toStdString());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(valid);
    m_address->setToolTip(valid || address().isEmpty() ? QString()
                                                       : tr("An address begins with postgresql:// (or postgres://)"));
}

QStringList ServerDialog::rememberedAddresses()
{
    return QSettings().value(Key).toStringList();
}

void ServerDialog::remember(const QString &address)
{
    const QString kept = withoutPassword(address);
    QStringList list = rememberedAddresses();
    list.removeAll(kept);
    list.prepend(kept);
    while (list.size() > MaxAddresses)
        list.removeLast();
    QSettings().setValue(Key, list);
}

} // namespace trygg::ui
