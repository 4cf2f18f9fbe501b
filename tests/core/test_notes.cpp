// SPDX-License-Identifier: EUPL-1.2
#include "enrolmentfixtures.h"
#include "notefixtures.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

QString lastAuditDetail(TempTeam &t)
{
    return t->database().scalar(QStringLiteral("SELECT action || ' ' || detail FROM audit_log ORDER BY seq DESC LIMIT 1")).toString();
}

} // namespace

TEST_CASE("Notes: listed newest first, filtered by kind and period", "[notes]")
{
    TempTeam t;
    const qint64 p = addTestParticipant(t, 11);
    const qint64 other = addTestParticipant(t, 12);
    addNote(t, p, QDate(2026, 9, 1), NoteKind::Phone, QStringLiteral("Ringde om tiden"));
    addNote(t, p, QDate(2026, 10, 5), NoteKind::Individual, QStringLiteral("Samtal om målen"));
    addNote(t, p, QDate(2026, 10, 20), NoteKind::WorkplaceVisit, QStringLiteral("Besök på snickeriet"));
    addNote(t, p, QDate(2026, 11, 2), NoteKind::Individual, QStringLiteral("Uppföljning"));
    addNote(t, other, QDate(2026, 10, 6), NoteKind::Individual, QStringLiteral("Någon annans"));

    const NoteRepository notes(t->database());
    const QList<Note> all = notes.list(p);
    REQUIRE(all.size() == 4);
    CHECK(all[0].date == QDate(2026, 11, 2));
    CHECK(all[3].date == QDate(2026, 9, 1));

    const QList<Note> individual = notes.list(p, NoteFilter{NoteKind::Individual, {}, {}});
    REQUIRE(individual.size() == 2);
    CHECK(individual[0].text == QStringLiteral("Uppföljning"));

    // Both ends of the period are included.
    const QList<Note> october = notes.list(p, NoteFilter{std::nullopt, QDate(2026, 10, 5), QDate(2026, 10, 20)});
    REQUIRE(october.size() == 2);
    CHECK(october[0].kind == NoteKind::WorkplaceVisit);
    CHECK(october[1].kind == NoteKind::Individual);
    CHECK(notes.list(p, NoteFilter{NoteKind::Individual, QDate(2026, 10, 6), QDate(2026, 11, 1)}).isEmpty());
}

TEST_CASE("Notes: edit and delete go through the write path; the audit never holds the text", "[notes]")
{
    TempTeam t;
    const qint64 p = addTestParticipant(t, 13);
    Note n = addNote(t, p, QDate(2026, 11, 20), NoteKind::Phone, QStringLiteral("Hemligt: berättade om skulderna"));
    CHECK(lastAuditDetail(t) == QStringLiteral("note.add added note %1 (phone, 2026-11-20)").arg(n.id));

    n.text = QStringLiteral("Hemligt: ändrad text");
    n.kind = NoteKind::Individual;
    t->write(QStringLiteral("note.edit"), [&](WriteContext &ctx) { NoteRepository::update(ctx, n); });
    const Note read = *NoteRepository(t->database()).get(n.id);
    CHECK(read.text == QStringLiteral("Hemligt: ändrad text"));
    CHECK(read.kind == NoteKind::Individual);
    CHECK(lastAuditDetail(t).startsWith(QStringLiteral("note.edit changed note")));

    t->write(QStringLiteral("note.delete"), [&](WriteContext &ctx) { NoteRepository::remove(ctx, n.id); });
    CHECK_FALSE(NoteRepository(t->database()).get(n.id));
    CHECK(t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE '%Hemligt%'")).toInt() == 0);
    CHECK(t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'note.%' AND participant_id = ?"),
                               {p}).toInt() == 3);
}

TEST_CASE("Notes: empty text, a future date or an unknown author are refused and nothing is written", "[notes]")
{
    TempTeam t; // today is 2026-11-24
    const qint64 p = addTestParticipant(t, 14);
    Note n;
    n.participantId = p;
    n.kind = NoteKind::Group;
    n.date = QDate(2026, 11, 25);
    n.text = QStringLiteral("I morgon");
    CHECK_THROWS_AS(t->write(QStringLiteral("note.add"), [&](WriteContext &ctx) { NoteRepository::add(ctx, n); }), Error);
    n.date = QDate(2026, 11, 24); // today is fine
    n.text = QStringLiteral("   ");
    CHECK_THROWS_AS(t->write(QStringLiteral("note.add"), [&](WriteContext &ctx) { NoteRepository::add(ctx, n); }), Error);
    n.text = QStringLiteral("Gruppträff");
    n.authorId = 9999;
    CHECK_THROWS_AS(t->write(QStringLiteral("note.add"), [&](WriteContext &ctx) { NoteRepository::add(ctx, n); }), Error);
    CHECK(NoteRepository(t->database()).list(p).isEmpty());
    n.authorId.reset();
    t->write(QStringLiteral("note.add"), [&](WriteContext &ctx) { NoteRepository::add(ctx, n); });
    CHECK(NoteRepository(t->database()).list(p).size() == 1);
}
