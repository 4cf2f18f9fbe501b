// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/enrollment.h"

#include <QWidget>

class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace samsyn {

class CorrectExitDialog;
class ExitFields;
class TeamFile;

// The exit (utskrivning) of one enrolment: end date, reason, income and occupation after,
// extent of work or studies, onward plan and handover, the person's own view. While the
// enrolment is open the form is editable and "Record exit" writes it in one action (refused
// with the core's message when the reason is missing or the end is before the start). Once
// exited it shows what was recorded, read-only, and the two follow-ups after exit (90 days
// and six months by default) take their date and result; "Correct exit…" and "Undo exit…"
// open CorrectExitDialog, and the corrections made so far are listed under the heading.
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
    // Open the correction dialog (non-modal, deleted on close); nullptr without an exit.
    CorrectExitDialog *openCorrection();
    CorrectExitDialog *openUndo();

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
    void setEditable(bool editable);
    void showCorrections();
    CorrectExitDialog *openDialog(bool undo);

    TeamFile &m_team;
    qint64 m_participantId;
    std::optional<Enrollment> m_enrollment;
    QLabel *m_heading;
    QLabel *m_corrections;
    ExitFields *m_fields = nullptr;
    QPushButton *m_record = nullptr;
    QWidget *m_correctRow = nullptr;
    QGroupBox *m_followupBox = nullptr;
    Followup m_followups[2];
    QLabel *m_error;
};

} // namespace samsyn
