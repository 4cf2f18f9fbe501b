// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/decision.h"

#include <QDialog>

namespace samsyn {

class CorrectionFooter;
class DecisionFields;
class TeamFile;

// Corrects a decision recorded at a meeting: the decision and its details prefilled, a
// mandatory reason, checked as the user types (later facts that forbid the correction, what
// the decision needs, a change, a reason) with the accept button waiting for it. save()
// writes one action through DecisionService::correct and shows a refusal in the dialog.
class CorrectDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    CorrectDecisionDialog(TeamFile &team, const ReferralAssessment &recorded, QWidget *parent = nullptr);

    DecisionFields *fields() const { return m_fields; }
    CorrectionFooter *footer() const { return m_footer; }
    ReferralAssessment corrected() const;
    // What stands in the way of accepting now; empty when nothing does.
    QString problem() const;
    bool save();

    void accept() override;

private:
    void revalidate();

    TeamFile &m_team;
    ReferralAssessment m_recorded;
    QString m_blocked; // later facts, checked once when the dialog opens
    DecisionFields *m_fields;
    CorrectionFooter *m_footer;
};

} // namespace samsyn
