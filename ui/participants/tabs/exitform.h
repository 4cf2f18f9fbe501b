// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/enrollment.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace samsyn {

class TeamFile;

// The exit (utskrivning) of one enrolment: end date, reason, income and occupation after,
// extent of work or studies, onward plan and handover, the person's own view. While the
// enrolment is open the form is editable and "Record exit" writes it in one action (refused
// with the core's message when the reason is missing or the end is before the start). Once
// exited it shows what was recorded, read-only, and the two follow-ups after exit (90 days
// and six months by default) take their date and result.
class ExitForm : public QWidget
{
    Q_OBJECT

public:
    ExitForm(TeamFile &team, qint64 participantId, QWidget *parent = nullptr);

    void setEnrollment(const std::optional<Enrollment> &enrollment);
    EnrollmentExit values() const;
    bool recordExit();
    // which: 1 = first follow-up, 2 = second.
    bool recordFollowup(int which);

private:
    struct Followup
    {
        QLabel *due = nullptr;
        QDateEdit *done = nullptr;
        QLineEdit *result = nullptr;
        QPushButton *record = nullptr;
    };

    QWidget *buildExitFields();
    QGroupBox *buildFollowups();
    void showValues(const EnrollmentExit &x);
    void setEditable(bool editable);

    TeamFile &m_team;
    qint64 m_participantId;
    std::optional<Enrollment> m_enrollment;
    QLabel *m_heading;
    QWidget *m_fields = nullptr;
    QDateEdit *m_endDate = nullptr;
    QComboBox *m_reason = nullptr;
    QListWidget *m_incomeAfter = nullptr;
    QComboBox *m_occupationAfter = nullptr;
    QSpinBox *m_extent = nullptr;
    QPlainTextEdit *m_onwardPlan = nullptr;
    QComboBox *m_handoverParty = nullptr;
    QLineEdit *m_handoverContact = nullptr;
    QCheckBox *m_sipContinues = nullptr;
    QPlainTextEdit *m_ownView = nullptr;
    QComboBox *m_readier = nullptr;
    QPushButton *m_record = nullptr;
    QGroupBox *m_followupBox = nullptr;
    Followup m_followups[2];
    QLabel *m_error;
};

} // namespace samsyn
