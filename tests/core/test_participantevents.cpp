// SPDX-License-Identifier: EUPL-1.2
#include "domain/participantevent.h"
#include "rawsqlite.h"
#include "reportfixtures.h"
#include "storage/database.h"
#include "storage/participanteventrepository.h"
#include "storage/settingsrepository.h"
#include "tempteam.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace samsyn;
using samsyn::test::ReportFixtures;
using samsyn::test::TempTeam;

namespace {

qint64 addNote(TempTeam &t, qint64 participantId)
{
    qint64 id = 0;
    t->write(QStringLiteral("note.add"), [&](WriteContext &ctx) {
        id = ctx.db()
                 .exec(QStringLiteral("INSERT INTO participant_notes(participant_id, note_date, kind, text, created_at) "
                                      "VALUES (?, '2026-10-01', 'individual', 'Har börjat på Komvux', ?)"),
                       {participantId, ctx.nowText()})
                 .lastInsertId()
                 .toLongLong();
    });
    return id;
}

void add(TempTeam &t, ParticipantEvent &e)
{
    t->write(QStringLiteral("event.add"), [&](WriteContext &ctx) { ParticipantEventRepository::add(ctx, e); });
}

qint64 eventCount(TempTeam &t)
{
    return t->database().scalar(QStringLiteral("SELECT count(*) FROM participant_events")).toLongLong();
}

qint64 auditCount(TempTeam &t)
{
    return t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
}

} // namespace

TEST_CASE("reports: the event categories are a code table with the Vinka IN outcomes", "[reports][events]")
{
    TempTeam t;
    const QList<CodeEntry> codes = SettingsRepository(t->database()).codes(ParticipantEvent::kCategoryTable);
    QStringList names;
    for (const CodeEntry &c : codes)
        names << c.code;
    CHECK(names == QStringList{QStringLiteral("studier"), QStringLiteral("praktik"), QStringLiteral("daglig_verksamhet"),
                               QStringLiteral("lonearbete"), QStringLiteral("lonearbete_stod"),
                               QStringLiteral("ny_forsorjning"), QStringLiteral("lss"), QStringLiteral("bryta_isolering"),
                               QStringLiteral("hjalp_bostad"), QStringLiteral("hjalp_hemmet"),
                               QStringLiteral("hjalp_vardkontakt"), QStringLiteral("behandling")});
    for (const CodeEntry &c : codes)
        CHECK(!c.labelEn.isEmpty());
}

TEST_CASE("reports: events are added with their note and enrollment, listed by person and period, removed", "[reports][events]")
{
    TempTeam t;
    ReportFixtures f(t);
    const qint64 anna = f.person(QDate(1990, 5, 10), Gender::Female);
    const qint64 bo = f.person(QDate(1990, 5, 10), Gender::Male);
    const qint64 stay = f.enrol(anna, QStringLiteral("Steget"), QDate(2026, 9, 1));
    const qint64 note = addNote(t, anna);

    ParticipantEvent studies{0, anna, stay, QStringLiteral("studier"), QDate(2026, 10, 1), note};
    const qint64 audits = auditCount(t);
    add(t, studies);
    CHECK(studies.id > 0);
    CHECK(auditCount(t) == audits + 1);
    f.event(anna, QStringLiteral("praktik"), QDate(2026, 11, 24)); // today is allowed
    f.event(bo, QStringLiteral("praktik"), QDate(2026, 10, 15));

    ParticipantEventRepository events(t->database());
    CHECK(events.get(studies.id) == studies);
    CHECK(events.forParticipant(anna).size() == 2);
    // Boundaries: both ends of the period are included.
    CHECK(events.forParticipant(anna, QDate(2026, 10, 1), QDate(2026, 11, 23)).size() == 1);
    CHECK(events.forParticipant(anna, QDate(2026, 10, 2), QDate(2026, 11, 24)).size() == 1);
    CHECK(events.between(QDate(2026, 10, 1), QDate(2026, 10, 31)).size() == 2);

    t->write(QStringLiteral("event.remove"), [&](WriteContext &ctx) { ParticipantEventRepository::remove(ctx, studies.id); });
    CHECK(!events.get(studies.id).has_value());
    CHECK_THROWS_AS(t->write(QStringLiteral("event.remove"),
                             [&](WriteContext &ctx) { ParticipantEventRepository::remove(ctx, studies.id); }),
                    Error);

    // Removing the note or the enrollment keeps the event (what happened still happened).
    ParticipantEvent housing{0, anna, stay, QStringLiteral("hjalp_bostad"), QDate(2026, 10, 2), note};
    add(t, housing);
    t->write(QStringLiteral("note.remove"),
             [&](WriteContext &ctx) { ctx.db().exec(QStringLiteral("DELETE FROM participant_notes WHERE id = ?"), {note}); });
    CHECK(!events.get(housing.id)->noteId.has_value());
}

TEST_CASE("reports: a wrong event is refused with a reason and nothing is written", "[reports][events]")
{
    TempTeam t;
    ReportFixtures f(t);
    const qint64 anna = f.person(QDate(1990, 5, 10), Gender::Female);
    const qint64 bo = f.person(QDate(1990, 5, 10), Gender::Male);
    const qint64 bosStay = f.enrol(bo, QStringLiteral("Steget"), QDate(2026, 9, 1));
    const qint64 bosNote = addNote(t, bo);
    f.event(anna, QStringLiteral("studier"), QDate(2026, 10, 1));
    const qint64 before = eventCount(t);
    const qint64 audits = auditCount(t);

    auto refused = [&](ParticipantEvent e, const char *why) {
        INFO(why);
        REQUIRE_THROWS_WITH(add(t, e), Catch::Contains(why));
    };
    refused({0, anna, {}, QStringLiteral("okand_kategori"), QDate(2026, 10, 1), {}}, "Unknown event category");
    refused({0, anna, {}, QString(), QDate(2026, 10, 1), {}}, "event category");
    refused({0, anna, {}, QStringLiteral("praktik"), QDate(), {}}, "needs a date");
    refused({0, anna, {}, QStringLiteral("praktik"), QDate(2026, 11, 25), {}}, "in the future");
    refused({0, anna, bosStay, QStringLiteral("praktik"), QDate(2026, 10, 1), {}}, "not this participant's");
    refused({0, anna, {}, QStringLiteral("praktik"), QDate(2026, 10, 1), bosNote}, "not this participant's");
    refused({0, anna, {}, QStringLiteral("studier"), QDate(2026, 10, 1), {}}, "already recorded");
    refused({0, 999999, {}, QStringLiteral("studier"), QDate(2026, 10, 1), {}}, "no longer exists");

    // A category the team has retired cannot be used for new events.
    CodeEntry retired = *SettingsRepository(t->database()).code(ParticipantEvent::kCategoryTable, QStringLiteral("lss"));
    retired.active = false;
    t->write(QStringLiteral("settings.code"), [&](WriteContext &ctx) { SettingsRepository::saveCode(ctx, retired); });
    refused({0, anna, {}, QStringLiteral("lss"), QDate(2026, 10, 1), {}}, "no longer in use");

    CHECK(eventCount(t) == before);
    CHECK(auditCount(t) == audits + 1); // only the settings change
}

TEST_CASE("reports: the file itself refuses an event tied to someone else's enrollment", "[reports][events]")
{
    TempTeam t;
    ReportFixtures f(t);
    const qint64 anna = f.person(QDate(1990, 5, 10), Gender::Female);
    const qint64 bo = f.person(QDate(1990, 5, 10), Gender::Male);
    const qint64 bosStay = f.enrol(bo, QStringLiteral("Steget"), QDate(2026, 9, 1));
    const QString path = t.path();
    t.close();
    auto insert = [&](const QString &values) {
        return QStringLiteral("INSERT INTO participant_events(participant_id, enrollment_id, category_code, event_date, "
                              "created_at) VALUES (%1)")
            .arg(values);
    };
    CHECK_THROWS(test::rawExec(path, {insert(QStringLiteral("%1, %2, 'praktik', '2026-10-01', '2026-10-01T09:00:00'").arg(anna).arg(bosStay))}));
    CHECK_THROWS(test::rawExec(path, {insert(QStringLiteral("%1, NULL, 'praktik', '2026-02-30', '2026-10-01T09:00:00'").arg(anna))}));
    const QString foreignKeys = QStringLiteral("PRAGMA foreign_keys = ON");
    CHECK_THROWS(test::rawExec(path, {foreignKeys, insert(QStringLiteral("%1, NULL, 'no_such', '2026-10-01', '2026-10-01T09:00:00'").arg(anna))}));
    CHECK_NOTHROW(test::rawExec(path, {insert(QStringLiteral("%1, %2, 'praktik', '2026-10-01', '2026-10-01T09:00:00'").arg(bo).arg(bosStay))}));
}
