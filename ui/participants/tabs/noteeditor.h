// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/note.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace samsyn {

class TeamFile;

// The form under the notes list: date, kind, author and the text of one note. Holds the
// note it edits (id 0 for a new one); saving is the tab's job.
class NoteEditor : public QWidget
{
    Q_OBJECT

public:
    explicit NoteEditor(TeamFile &team, QWidget *parent = nullptr);

    // Shows a stored note for editing.
    void setNote(const Note &note);
    // A new, empty note dated `today` and written by the team's current member.
    void startNew(qint64 participantId, QDate today);
    // The note as the form has it now (id and participant of the one being edited).
    Note note() const;
    bool isNew() const { return m_note.id == 0; }

    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *authorCombo() const { return m_author; }
    QPlainTextEdit *textEdit() const { return m_text; }

private:
    TeamFile &m_team;
    Note m_note;
    QDateEdit *m_date;
    QComboBox *m_kind;
    QComboBox *m_author;
    QPlainTextEdit *m_text;
};

} // namespace samsyn
