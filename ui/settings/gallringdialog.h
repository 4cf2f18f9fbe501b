// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "retention/gallringplan.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace samsyn {

class TeamFile;
class UserPrompts;

// "Gallring…" from the team settings: lists the participants due for gallring today (masked
// personnummer, name, last entry, deadline), each with a check box (all checked), warns that
// deletion is permanent and what the backups still hold, asks once more, then deletes the
// checked ones through GallringPlan::execute. Borrows the team file and the prompts.
class GallringDialog : public QDialog
{
    Q_OBJECT

public:
    GallringDialog(TeamFile &team, UserPrompts &prompts, QWidget *parent = nullptr);

    // The participants whose box is checked, in list order.
    QList<qint64> checkedIds() const;
    // Asks for confirmation and deletes the checked participants; false when nothing was deleted.
    bool deleteChecked();

private:
    void reload();
    void updateButton();

    TeamFile &m_team;
    UserPrompts &m_prompts;
    GallringPlan m_plan;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_delete;
};

} // namespace samsyn
