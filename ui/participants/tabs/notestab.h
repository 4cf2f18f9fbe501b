// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/note.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace samsyn {

class NoteEditor;
class TeamFile;
class UserPrompts;
struct ChangeSet;

// The card's Notes tab (anteckningar): the person's notes newest first (date, kind, author,
// text), filtered by kind and period; the chosen note below in an editor. "New note" starts
// an empty one, "Save" adds or changes it, "Delete" asks first. Each is one action through
// NoteRepository, whose audit row names the note but never its text. Borrows the team file
// and the prompts.
class NotesTab : public QWidget
{
    Q_OBJECT

public:
    NotesTab(TeamFile &team, UserPrompts &prompts, qint64 participantId, QWidget *parent = nullptr);

    void setFilter(const NoteFilter &filter);
    NoteFilter filter() const;
    // The notes listed now, in the order shown.
    const QList<Note> &shown() const { return m_notes; }
    // Puts the note in the editor and selects its row; false when it is not listed.
    bool selectNote(qint64 id);
    void startNew();
    // Adds or changes the editor's note; false (message shown) when refused.
    bool save();
    // Deletes the note in the editor after asking; false when refused or cancelled.
    bool deleteCurrent();

    NoteEditor *editor() const { return m_editor; }
    QTableWidget *table() const { return m_table; }

private:
    void reload();
    void onTeamChanged(const ChangeSet &changes);
    void updateButtons();

    TeamFile &m_team;
    UserPrompts &m_prompts;
    qint64 m_participantId;
    QList<Note> m_notes;
    QComboBox *m_kindFilter;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_count;
    QTableWidget *m_table;
    NoteEditor *m_editor;
    QLabel *m_editorTitle;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_error;
};

} // namespace samsyn
