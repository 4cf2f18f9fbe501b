// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/meeting.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimeEdit;

namespace samsyn {

class EditableTable;
class TeamFile;

// A meeting's date, time, place and chair, and who attends: team members (ticked, shown
// with their party) and guests by name and organisation. New or edited; saved through
// MeetingService on OK.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    MeetingDialog(TeamFile &team, const Meeting &meeting, QWidget *parent = nullptr);

    void setMeeting(const Meeting &meeting);
    Meeting meeting() const;
    qint64 savedId() const { return m_saved.id; }

    void accept() override;

private:
    TeamFile &m_team;
    Meeting m_saved;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QLineEdit *m_place;
    QComboBox *m_chair;
    QListWidget *m_members;
    EditableTable *m_guests;
    QLabel *m_error;
};

} // namespace samsyn
