// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QTabWidget;

namespace samsyn {

class TeamFile;
class UserPrompts;
class SettingsSection;

// The Team view: every team setting, one tab per section (team, municipalities, parties,
// members, programmes, code tables). Borrows the TeamFile.
class TeamSettingsView : public QWidget
{
    Q_OBJECT

public:
    TeamSettingsView(TeamFile &team, UserPrompts &prompts, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    SettingsSection *section(int index) const;

private:
    QTabWidget *m_tabs;
};

} // namespace samsyn
