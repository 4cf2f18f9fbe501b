// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QTableWidget;

namespace samsyn {

class TeamFile;

// The card's Logg tab: who opened and changed this participant's data, and when (the
// audit rows, newest first). Read again whenever the tab is shown or the participant changes.
class ParticipantLogTab : public QWidget
{
    Q_OBJECT

public:
    ParticipantLogTab(TeamFile &team, qint64 participantId, QWidget *parent = nullptr);

    void reload();
    static QString actionLabel(const QString &action);

protected:
    void showEvent(QShowEvent *event) override;

private:
    TeamFile &m_team;
    qint64 m_id;
    QTableWidget *m_table;
};

} // namespace samsyn
