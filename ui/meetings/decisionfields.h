// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/decision.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace samsyn {

class TeamFile;

// The decision on a referral and what it needs (offer: programme, coordinator, planned start;
// waiting list: programme; decline: the recommendation; postpone: what is missing), one page
// per kind. Shared by the assessment form, where the meeting records the decision, and the
// dialog that corrects it. Emits edited() on every change.
class DecisionFields : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionFields(TeamFile &team, QWidget *parent = nullptr);

    void showDecision(const ReferralAssessment &assessment);
    // Writes the chosen kind and the details into `assessment` (not normalised).
    void applyTo(ReferralAssessment &assessment) const;
    bool hasDecision() const;

Q_SIGNALS:
    void edited();

private:
    QComboBox *m_decision;
    QStackedWidget *m_details;
    QComboBox *m_offerProgramme;
    QComboBox *m_coordinator;
    QDateEdit *m_plannedStart;
    QComboBox *m_waitProgramme;
    QPlainTextEdit *m_recommendation;
    QPlainTextEdit *m_missing;
};

} // namespace samsyn
