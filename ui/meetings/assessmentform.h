// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "meetings/agendaentry.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace samsyn {

class CorrectDecisionDialog;
class DecisionFields;
class TeamFile;

// What the meeting says about one referral item: the three questions (yes / no / unclear,
// each with a comment) and the decision with what it needs (offer: programme, coordinator,
// planned start; waiting list: programme; decline: the recommendation to the referring
// party; postpone: what is missing). "Save answers" and "Record decision" each are one
// action through DecisionService. A decided item is shown read-only, with the corrections made
// to its decision and "Correct decision…" (CorrectDecisionDialog).
class AssessmentForm : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentForm(TeamFile &team, QWidget *parent = nullptr);

    // Shows the item (a non-referral item hides the form).
    void setEntry(const std::optional<AgendaEntry> &entry, QDate meetingDate);
    ReferralAssessment assessment() const;
    void setAssessment(const ReferralAssessment &a);
    QString errorText() const;

    bool saveAnswers();
    bool recordDecision();
    // Opens the correction dialog for the decided item (non-modal, deleted on close);
    // nullptr when the item is not decided.
    CorrectDecisionDialog *openCorrection();

Q_SIGNALS:
    void saved();

private:
    bool run(bool decide);
    void updateDecisionPage();

    TeamFile &m_team;
    std::optional<AgendaEntry> m_entry;
    QLabel *m_heading;
    QLabel *m_summary;
    QList<QComboBox *> m_answers;
    QList<QLineEdit *> m_comments;
    DecisionFields *m_fields;
    QLabel *m_decided;
    QPushButton *m_correct;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_decide;
    QWidget *m_editor;
};

} // namespace samsyn
