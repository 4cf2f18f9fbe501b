// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/meeting.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace samsyn {

class TeamFile;

// Creates a season of meetings ahead: every N weeks on a weekday between two dates, at a
// time and place with a chair. Shows how many meetings that makes before OK; created
// through MeetingService (dates that already have a meeting at that time are skipped).
class MeetingSeriesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MeetingSeriesDialog(TeamFile &team, QWidget *parent = nullptr);

    void setSeries(const MeetingSeries &series);
    MeetingSeries series() const;
    int created() const { return m_created; }

    void accept() override;

private:
    void updatePreview();

    TeamFile &m_team;
    QComboBox *m_weekday;
    QSpinBox *m_interval;
    QDateEdit *m_first;
    QDateEdit *m_last;
    QTimeEdit *m_time;
    QLineEdit *m_place;
    QComboBox *m_chair;
    QLabel *m_preview;
    QLabel *m_error;
    int m_created = 0;
};

} // namespace samsyn
