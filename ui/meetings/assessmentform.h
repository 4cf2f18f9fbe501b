// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "meetings/agendaentry.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace samsyn {

class TeamFile;

// What the meeting says about one referral item: the three questions (yes / no / unclear,
// each with a comment) and the decision with what it needs (offer: programme, coordinator,
// planned start; waiting list: programme; decline: the recommendation to the referring
// party; postpone: what is missing). "Save answers" and "Record decision" each are one
// action through DecisionService. A decided item is shown read-only.
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
    QComboBox *m_decision;
    QStackedWidget *m_details;
    QComboBox *m_offerProgramme;
    QComboBox *m_coordinator;
    QDateEdit *m_plannedStart;
    QComboBox *m_waitProgramme;
    QPlainTextEdit *m_recommendation;
    QPlainTextEdit *m_missing;
    QLabel *m_decided;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_decide;
    QWidget *m_editor;
};

} // namespace samsyn
