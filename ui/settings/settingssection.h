// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QPushButton;
class QVBoxLayout;
class QHBoxLayout;

namespace samsyn {

class TeamFile;
class UserPrompts;
class WriteContext;
struct ChangeSet;

// One tab of the team settings: a title, the section's own editor, and Save / Undo changes
// buttons. Save is one TeamFile::write() (one transaction, one audit row); a refusal from the
// core is shown in plain words and the file is unchanged, the user's edits stay for fixing.
// Reloads when the file's settings change while nothing is being edited. Borrows the file.
class SettingsSection : public QWidget
{
    Q_OBJECT

public:
    SettingsSection(TeamFile &team, UserPrompts &prompts, const QString &title, const QString &explanation,
                    QWidget *parent = nullptr);

    void reload();
    bool save();
    bool hasUnsavedChanges() const { return m_dirty; }

protected:
    virtual void load() = 0;
    virtual QString action() const = 0;
    virtual void store(WriteContext &ctx) = 0;

    TeamFile &team() { return m_team; }
    UserPrompts &prompts() { return m_prompts; }
    QVBoxLayout *body() { return m_body; }
    QHBoxLayout *buttonRow() { return m_buttons; }
    void markDirty();
    bool isReadOnly() const;

private:
    void onTeamChanged(const ChangeSet &changes);

    TeamFile &m_team;
    UserPrompts &m_prompts;
    QString m_title;
    QVBoxLayout *m_body;
    QHBoxLayout *m_buttons;
    QPushButton *m_save;
    QPushButton *m_revert;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace samsyn
