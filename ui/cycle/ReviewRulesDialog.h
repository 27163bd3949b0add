// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "common/EditDialog.h"

#include "model/Review.h"

#include <vector>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace trygg {
class RiskMatrix;
}

namespace trygg::ui {

// The register's review rules per kind of object and the days between reviews per zone (higher
// zones more often), as the preset set them and the municipality changes them.
class ReviewRulesDialog : public EditDialog {
    Q_OBJECT

public:
    ReviewRulesDialog(const ReviewRules &rules, const RiskMatrix &matrix, QWidget *parent = nullptr);

    ReviewRules rules() const;

    QLineEdit *ruleEdit(ReviewKind kind) const { return m_rules[static_cast<std::size_t>(kind)]; }
    QSpinBox *zoneDays(int zone) const { return m_zoneDays[static_cast<std::size_t>(zone)]; }

private:
    void validate();
    std::vector<QLineEdit *> m_rules;
    std::vector<QSpinBox *> m_zoneDays;
    QLabel *m_error;
};

} // namespace trygg::ui
