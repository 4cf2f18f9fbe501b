// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace samsyn {

class Clock;
class TeamFile;
class UserPrompts;

// Opens a team file for the GUI and talks the user through what can go wrong: who holds a
// locked file (and, for another computer, whether to break the lock), a damaged file (and
// whether to restore the newest backup), any other refusal in plain words. Returns null when
// nothing was opened; the file on disk is then unchanged. Borrows the clock and the prompts.
class TeamOpener
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::TeamOpener)

public:
    TeamOpener(const Clock &clock, UserPrompts &prompts, QWidget *parent = nullptr);

    std::unique_ptr<TeamFile> open(const QString &path);
    // Replaces the file with a backup after asking; the caller has closed the file.
    std::unique_ptr<TeamFile> restore(const QString &path, const QString &backupPath);

private:
    std::unique_ptr<TeamFile> offerRestore(const QString &path);

    const Clock &m_clock;
    UserPrompts &m_prompts;
    QWidget *m_parent;
};

} // namespace samsyn
