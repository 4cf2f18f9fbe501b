// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace samsyn {

class TeamFile;
struct ChangeSet;

// The side panel of Möten: per programme, places in use against capacity, the places per
// party against their quota (from Capacity), the waiting list in queue order and who is
// next in line. Follows the team file's changes.
class CapacityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CapacityPanel(TeamFile &team, QWidget *parent = nullptr);

    void reload();
    // The text shown for one programme (for tests): plain text of its label.
    QString programmeText(qint64 programmeId) const;

private:
    TeamFile &m_team;
    QVBoxLayout *m_content;
    QList<QLabel *> m_labels;
};

} // namespace samsyn
