// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "extract/registerextract.h"

#include <QWidget>

class QTableWidget;
class QToolButton;

namespace samsyn {

class TeamFile;
class UserPrompts;

// The card's Logg tab: who opened and changed this participant's data, and when (the
// audit rows, newest first). Read again whenever the tab is shown or the participant changes.
// Above the log, the extracts a person may ask for (GDPR art. 15): the register extract and
// the log extract, each to print preview or PDF; producing one is itself logged.
class ParticipantLogTab : public QWidget
{
    Q_OBJECT

public:
    ParticipantLogTab(TeamFile &team, UserPrompts &prompts, qint64 participantId, QWidget *parent = nullptr);

    void reload();
    // True when the extract was printed (and recorded) / saved.
    bool previewExtract(RegisterExtract::Part part);
    bool saveExtract(RegisterExtract::Part part);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QToolButton *extractButton(RegisterExtract::Part part);

    TeamFile &m_team;
    UserPrompts &m_prompts;
    qint64 m_id;
    QTableWidget *m_table;
};

} // namespace samsyn
