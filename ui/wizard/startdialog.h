// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QListWidget;

namespace samsyn {

// What Samsyn shows when no team file is open: create a new team, open a file, open the
// demo team, or one of the recent files. It only records the choice; the main window acts.
class StartDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { NewTeam, OpenFile, OpenDemo, OpenRecent };

    explicit StartDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString recentPath() const { return m_recentPath; }

private:
    void choose(Choice choice);

    QListWidget *m_recent;
    Choice m_choice = Choice::NewTeam;
    QString m_recentPath;
};

} // namespace samsyn
