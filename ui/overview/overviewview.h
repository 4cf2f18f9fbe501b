// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "overview/duelist.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace samsyn {

class TeamFile;

// The Översikt view (today): DueList's lines grouped by kind, each with its date, the
// participant and what is due; overdue lines in a calm warning colour; a group with nothing
// in it says so. Enter or a double-click on a line asks for the participant's card at the
// tab the line names (openParticipant). Refreshes whenever the team file changes. Borrows
// the TeamFile; the main window owns the view and opens the cards.
class OverviewView : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewView(TeamFile &team, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *tree() const { return m_tree; }
    // Opens what the line is about; false for group headings and team-level lines.
    bool activate(QTreeWidgetItem *item);

    static QString groupTitle(const QString &kind);

Q_SIGNALS:
    void openParticipant(qint64 participantId, const QString &tab);

private:
    TeamFile &m_team;
    QLabel *m_today;
    QTreeWidget *m_tree;
};

} // namespace samsyn
