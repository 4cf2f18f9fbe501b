// SPDX-License-Identifier: EUPL-1.2
#include "storage/noterepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QSqlQuery>

namespace samsyn {

namespace {

const QString kArea = QStringLiteral("notes");

Note fromRow(const QSqlQuery &q)
{
    Note n;
    n.id = q.value(0).toLongLong();
    n.participantId = q.value(1).toLongLong();
    n.date = sql::toDate(q.value(2));
    n.kind = NoteKinds::fromCode(q.value(3).toString()).value_or(NoteKind::Individual);
    n.authorId = sql::optionalId(q.value(4));
    n.text = q.value(5).toString();
    n.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    return n;
}

const QString kSelect = QStringLiteral("SELECT id, participant_id, note_date, kind, author_id, text, created_at FROM participant_notes ");

} // namespace

std::optional<Note> NoteRepository::get(qint64 id) const
{
    QSqlQuery q = m_db.exec(kSelect + QStringLiteral("WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<Note> NoteRepository::list(qint64 participantId, const NoteFilter &filter) const
{
    QString where = QStringLiteral("WHERE participant_id = ?");
    QVariantList binds{participantId};
    if (filter.kind) {
        where += QStringLiteral(" AND kind = ?");
        binds << NoteKinds::code(*filter.kind);
    }
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND note_date >= ?");
        binds << sql::date(filter.from);
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND note_date <= ?");
        binds << sql::date(filter.to);
    }
    QList<Note> result;
    QSqlQuery q = m_db.exec(kSelect + where + QStringLiteral(" ORDER BY note_date DESC, id DESC"), binds);
    while (q.next())
        result << fromRow(q);
    return result;
}

void NoteRepository::validate(WriteContext &ctx, const Note &note)
{
    const QStringList problems = note.problems(ctx.now().date());
    if (!problems.isEmpty())
        throw Error(ErrorCode::Validation, problems.join(QLatin1Char('\n')));
    sql::requireId(ctx.db(), QStringLiteral("members"), note.authorId, tr("author"));
}

Note NoteRepository::require(WriteContext &ctx, qint64 id)
{
    const std::optional<Note> note = NoteRepository(ctx.db()).get(id);
    if (!note)
        throw Error(ErrorCode::Validation, tr("The note no longer exists."));
    ctx.setParticipant(note->participantId);
    ctx.touch(kArea, note->participantId);
    return *note;
}

QString NoteRepository::detail(const QString &verb, const Note &note)
{
    // Kind and date only: enough to find the note, nothing of what it says.
    return QStringLiteral("%1 note %2 (%3, %4)").arg(verb).arg(note.id).arg(NoteKinds::code(note.kind), note.date.toString(Qt::ISODate));
}

qint64 NoteRepository::add(WriteContext &ctx, Note &note)
{
    validate(ctx, note);
    sql::requireId(ctx.db(), QStringLiteral("participants"), note.participantId, tr("participant"));
    QSqlQuery q = ctx.db().exec(QStringLiteral("INSERT INTO participant_notes(participant_id, note_date, kind, author_id, text, created_at) "
                                               "VALUES (?, ?, ?, ?, ?, ?)"),
                                {note.participantId, sql::date(note.date), NoteKinds::code(note.kind), sql::id(note.authorId),
                                 note.text.trimmed(), ctx.nowText()});
    note.id = q.lastInsertId().toLongLong();
    note.createdAt = ctx.now();
    ctx.setParticipant(note.participantId);
    ctx.touch(kArea, note.participantId);
    ctx.setDetail(detail(QStringLiteral("added"), note));
    return note.id;
}

void NoteRepository::update(WriteContext &ctx, const Note &note)
{
    const Note old = require(ctx, note.id);
    if (old.participantId != note.participantId && note.participantId != 0)
        throw Error(ErrorCode::Validation, tr("A note cannot be moved to another participant."));
    validate(ctx, note);
    ctx.db().exec(QStringLiteral("UPDATE participant_notes SET note_date = ?, kind = ?, author_id = ?, text = ? WHERE id = ?"),
                  {sql::date(note.date), NoteKinds::code(note.kind), sql::id(note.authorId), note.text.trimmed(), note.id});
    ctx.setDetail(detail(QStringLiteral("changed"), note));
}

void NoteRepository::remove(WriteContext &ctx, qint64 id)
{
    const Note old = require(ctx, id);
    ctx.db().exec(QStringLiteral("DELETE FROM participant_notes WHERE id = ?"), {id});
    ctx.setDetail(detail(QStringLiteral("deleted"), old));
}

} // namespace samsyn
