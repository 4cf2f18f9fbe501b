// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/enrollment.h"

#include <QDialog>

class QDateEdit;

namespace samsyn {

class CorrectionFooter;
class ExitFields;
class TeamFile;

// Corrects a recorded exit (Mode::Correct: the exit's fields prefilled, plus the two
// follow-up due dates) or takes back an exit recorded by mistake (Mode::Undo: the fields
// shown read-only). Either needs a reason. What is wrong is checked as the user types (the
// rules of recording an exit, a changed field, a reason) and the accept button waits for
// it; save() writes one action through ExitService and shows a refusal in the dialog.
class CorrectExitDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Correct, Undo };

    CorrectExitDialog(TeamFile &team, const Enrollment &enrollment, Mode mode, QWidget *parent = nullptr);

    ExitFields *fields() const { return m_fields; }
    CorrectionFooter *footer() const { return m_footer; }
    EnrollmentExit corrected() const;
    // What stands in the way of accepting now; empty when nothing does.
    QString problem() const;
    bool save();

    void accept() override;

private:
    void revalidate();
    void followEndDate();

    TeamFile &m_team;
    Enrollment m_enrollment;
    Mode m_mode;
    QDate m_shownEnd;
    ExitFields *m_fields;
    QDateEdit *m_due1;
    QDateEdit *m_due2;
    CorrectionFooter *m_footer;
};

} // namespace samsyn
