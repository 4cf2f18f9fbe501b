// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/enrollment.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace samsyn {

class EnrolmentDialog;
class TeamFile;

// The participant's enrolments over the years (programme, period, phase, coordinator) with
// the actions on them: enrol (opens EnrolmentDialog), make the selected one passive from a
// date, or active again. The exit itself is the ExitForm below it. Borrows the TeamFile.
class EnrolmentsPanel : public QWidget
{
    Q_OBJECT

public:
    EnrolmentsPanel(TeamFile &team, qint64 participantId, QWidget *parent = nullptr);

    void reload();
    const QList<Enrollment> &enrollments() const { return m_enrollments; }
    // The selected enrolment (the newest open one after a reload); nullopt when none.
    std::optional<Enrollment> selected() const;
    void select(qint64 enrollmentId);

    bool makePassive(QDate from);
    bool reactivate();
    void openEnrolDialog();
    // Corrects what was recorded at the start of the selected enrolment; `field` (an object
    // name such as "enrolOccupation") gets the cursor. Returns the dialog, opened.
    EnrolmentDialog *openEditDialog(const QString &field = {});

Q_SIGNALS:
    void selectionChanged();

private:
    void updateButtons();

    TeamFile &m_team;
    qint64 m_participantId;
    QList<Enrollment> m_enrollments;
    QTableWidget *m_table;
    QPushButton *m_enrol;
    QPushButton *m_edit;
    QDateEdit *m_passiveFrom;
    QPushButton *m_passive;
    QPushButton *m_reactivate;
    QLabel *m_error;
};

} // namespace samsyn
