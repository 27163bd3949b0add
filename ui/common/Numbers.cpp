// SPDX-License-Identifier: EUPL-1.2
#include "Numbers.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace trygg::ui {

QString costText(double kroner)
{
    const double whole = std::round(kroner);
    return QCoreApplication::translate("trygg::ui::Numbers", "%1 kr")
        .arg(QLocale().toString(whole == 0 ? 0.0 : whole, 'f', 0));
}

} // namespace trygg::ui
