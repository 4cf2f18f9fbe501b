// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/enrollment.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;

namespace samsyn {

class TeamFile;

// Enrols a participant in a programme (inskrivning): start, coordinator, method, planned end
// (start + the programme's months until the user picks another date), registration for the
// national follow-up, and the situation at start, prefilled from the participant's record.
// save() writes one action; a refusal (already open in the programme, planned end before
// start) is shown in the dialog and nothing is written.
class EnrolmentDialog : public QDialog
{
    Q_OBJECT

public:
    EnrolmentDialog(TeamFile &team, qint64 participantId, QWidget *parent = nullptr);

    Enrollment enrollment() const;
    bool save();
    qint64 createdId() const { return m_createdId; }

    void accept() override;

private:
    void updatePlannedEnd();

    TeamFile &m_team;
    qint64 m_participantId;
    qint64 m_createdId = 0;
    bool m_plannedEndTouched = false;
    QComboBox *m_programme;
    QDateEdit *m_start;
    QDateEdit *m_plannedEnd;
    QComboBox *m_coordinator;
    QComboBox *m_method;
    QComboBox *m_registration;
    QListWidget *m_income;
    QComboBox *m_occupation;
    QComboBox *m_education;
    QComboBox *m_supportTime;
    QLabel *m_error;
};

} // namespace samsyn
