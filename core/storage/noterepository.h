// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/note.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// The participant's notes (anteckningar). Writes validate first and record in the audit
// trail which note changed, of what kind and date, but never the note's text: the audit
// log is kept longer and read more widely than the notes themselves.
class NoteRepository
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::NoteRepository)

public:
    explicit NoteRepository(Database &db) : m_db(db) {}

    std::optional<Note> get(qint64 id) const;
    // Newest first (date, then the order they were written).
    QList<Note> list(qint64 participantId, const NoteFilter &filter = {}) const;

    static qint64 add(WriteContext &ctx, Note &note);
    // Changes date, kind, author and text; the participant of a note never changes.
    static void update(WriteContext &ctx, const Note &note);
    static void remove(WriteContext &ctx, qint64 id);

private:
    static void validate(WriteContext &ctx, const Note &note);
    static Note require(WriteContext &ctx, qint64 id);
    static QString detail(const QString &verb, const Note &note);

    Database &m_db;
};

} // namespace samsyn
