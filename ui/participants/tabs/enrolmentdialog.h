// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/enrollment.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;

namespace samsyn {

class TeamFile;

// Enrols a participant in a programme (inskrivning): start, coordinator, method, planned end
// (start + the programme's months until the user picks another date), registration for the
// national follow-up, and the situation at start, prefilled from the participant's record.
// save() writes one action; a refusal (already open in the programme, planned end before
// start) is shown in the dialog and nothing is written. Opened on an existing enrolment it
// corrects what was recorded at the start (the programme stays): the quarter-end export asks
// for these fields, so a gap found there is filled here.
class EnrolmentDialog : public QDialog
{
    Q_OBJECT

public:
    EnrolmentDialog(TeamFile &team, qint64 participantId, QWidget *parent = nullptr);
    // Edits `existing`.
    EnrolmentDialog(TeamFile &team, const Enrollment &existing, QWidget *parent = nullptr);

    bool isEdit() const { return m_editId != 0; }
    // Puts the cursor in the field named by its object name ("enrolOccupation", ...).
    void focusField(const QString &objectName);

    Enrollment enrollment() const;
    bool save();
    qint64 createdId() const { return m_createdId; }

    void accept() override;

private:
    void updatePlannedEnd();

    void fill(const Enrollment &e);

    TeamFile &m_team;
    qint64 m_participantId;
    qint64 m_createdId = 0;
    qint64 m_editId = 0;
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
    QPushButton *m_ok;
};

} // namespace samsyn
