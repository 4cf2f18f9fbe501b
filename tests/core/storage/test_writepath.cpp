// SPDX-License-Identifier: EUPL-1.2
// The one write path: all or nothing, an audit row per action, rules enforced by the file
// itself (reliability A12, D1-D3).
#include "tempteam.h"
#include "testidentities.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/participantrepository.h"
#include "storage/sqliteerrors.h"
#include "storage/transaction.h"

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

Participant person(int n, const QString &given, const QString &family)
{
    Participant p;
    p.setIdentity(*Personnummer::parse(testPnr(n), QDate(2026, 11, 24)).value);
    p.givenName = given;
    p.familyName = family;
    return p;
}

int auditRows(TempTeam &t)
{
    return t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}

} // namespace

TEST_CASE("write path: a failure in the middle of an action leaves nothing behind", "[storage][writepath]")
{
    TempTeam t;
    const int auditBefore = auditRows(t);
    Participant first = person(1, QStringLiteral("Ella"), QStringLiteral("Berg"));
    Participant second = person(2, QStringLiteral("Omar"), QStringLiteral("Lind"));
    second.identity = first.identity; // the second insert breaks UNIQUE(identity)

    CHECK_THROWS_AS(t->write(QStringLiteral("test.two"), [&](WriteContext &ctx) {
        ParticipantRepository::insert(ctx, first);
        // Straight to SQL so the file's own UNIQUE rule is what refuses it.
        ctx.db().exec(QStringLiteral("INSERT INTO participants(identity_kind, identity, given_name, family_name, gender, "
                                     "created_at, updated_at) VALUES ('personnummer', ?, 'X', 'Y', 'F', '', '')"),
                      {second.identity});
    }),
                    Error);
    CHECK(ParticipantRepository(t->database()).count() == 0);
    CHECK(auditRows(t) == auditBefore);
}

TEST_CASE("write path: each action appends one audit row naming who, what and whose", "[storage][writepath][audit]")
{
    TempTeam t;
    Participant p = person(3, QStringLiteral("Nora"), QStringLiteral("Ek"));
    t->write(QStringLiteral("participant.create"), [&](WriteContext &ctx) { ParticipantRepository::insert(ctx, p); });
    const auto records = AuditLog::forParticipant(t->database(), p.id);
    REQUIRE(records.size() == 1);
    CHECK(records.first().action == QStringLiteral("participant.create"));
    CHECK(records.first().actor == QStringLiteral("Karin Koordinator"));
    CHECK(records.first().timestamp == t.clock().now().toUTC());
    t->logView(p.id, QStringLiteral("card"));
    CHECK(AuditLog::forParticipant(t->database(), p.id).size() == 2);
}

TEST_CASE("write path: the audit log cannot be changed or deleted", "[storage][audit]")
{
    TempTeam t;
    try {
        t->write(QStringLiteral("test.tamper"), [](WriteContext &ctx) {
            ctx.db().exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'"));
        });
        FAIL("the audit log was updated");
    } catch (const Error &error) {
        CHECK(error.code() == ErrorCode::Constraint);
    }
    CHECK_THROWS_AS(t->write(QStringLiteral("test.tamper"),
                             [](WriteContext &ctx) { ctx.db().exec(QStringLiteral("DELETE FROM audit_log")); }),
                    Error);
    CHECK(AuditLog::verify(t->database()).ok);
}

TEST_CASE("audit chain: verification finds the first altered row", "[storage][audit]")
{
    auto db = Database::openInMemory();
    Migrator::migrate(*db);
    db->exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('file_uuid', 'test-uuid')"));
    for (int i = 0; i < 10; ++i)
        AuditLog::append(*db, AuditRecord{0, QDateTime(QDate(2026, 1, 1), QTime(9, i), Qt::UTC), QStringLiteral("Karin"),
                                          QStringLiteral("karin"), QStringLiteral("participant.view"), i, {}});
    const auto good = AuditLog::verify(*db);
    CHECK(good.ok);
    CHECK(good.rows == 10);
    CHECK(good.headSeq == 10);

    db->exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
    SECTION("a changed field")
    {
        db->exec(QStringLiteral("UPDATE audit_log SET actor = 'Mallory' WHERE seq = 4"));
        const auto bad = AuditLog::verify(*db);
        CHECK_FALSE(bad.ok);
        CHECK(bad.firstBadSeq == 4);
    }
    SECTION("a removed row")
    {
        db->exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        db->exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 6"));
        const auto bad = AuditLog::verify(*db);
        CHECK_FALSE(bad.ok);
        CHECK(bad.firstBadSeq == 7);
    }
}

TEST_CASE("write path: foreign keys and CHECK constraints hold in the file itself", "[storage][schema]")
{
    TempTeam t;
    auto attempt = [&](const QString &sql) {
        try {
            t->write(QStringLiteral("test.raw"), [&](WriteContext &ctx) { ctx.db().exec(sql); });
        } catch (const Error &error) {
            return error.code();
        }
        return ErrorCode::Internal;
    };
    const QString insert = QStringLiteral("INSERT INTO participants(identity_kind, identity, given_name, family_name, gender, %1 "
                                          "created_at, updated_at) VALUES ('personnummer', '%2', 'A', 'B', 'F', %3 '', '')");
    const QString pnr = testPnr(5);
    CHECK(attempt(insert.arg(QStringLiteral("municipality_id,"), pnr, QStringLiteral("9999,"))) == ErrorCode::Constraint);
    CHECK(attempt(insert.arg(QStringLiteral("status,"), pnr, QStringLiteral("'dancing',"))) == ErrorCode::Constraint);
    CHECK(attempt(insert.arg(QStringLiteral("occupation_code,"), pnr, QStringLiteral("'astronaut',"))) == ErrorCode::Constraint);
    CHECK(attempt(insert.arg(QStringLiteral("birth_date,"), pnr, QStringLiteral("'2001-02-30',"))) == ErrorCode::Constraint);
    CHECK(attempt(insert.arg(QString(), QStringLiteral("12345"), QString())) == ErrorCode::Constraint);
    CHECK(ParticipantRepository(t->database()).count() == 0);
}

TEST_CASE("write path: the core validates before SQL and names the problem", "[storage][participants]")
{
    TempTeam t;
    Participant p = person(6, QString(), QStringLiteral("Ström"));
    try {
        t->write(QStringLiteral("participant.create"), [&](WriteContext &ctx) { ParticipantRepository::insert(ctx, p); });
        FAIL("an unnamed participant was saved");
    } catch (const Error &error) {
        CHECK(error.code() == ErrorCode::Validation);
        CHECK(error.message().contains(QStringLiteral("given name")));
    }
    p.givenName = QStringLiteral("Åsa");
    p.incomeSources = {QStringLiteral("lottery")};
    CHECK_THROWS_AS(t->write(QStringLiteral("participant.create"),
                             [&](WriteContext &ctx) { ParticipantRepository::insert(ctx, p); }),
                    Error);
    p.incomeSources = {QStringLiteral("sjukpenning"), QStringLiteral("forsorjningsstod")};
    t->write(QStringLiteral("participant.create"), [&](WriteContext &ctx) { ParticipantRepository::insert(ctx, p); });
    const auto stored = ParticipantRepository(t->database()).get(p.id);
    REQUIRE(stored);
    CHECK(stored->givenName == QStringLiteral("Åsa"));
    CHECK(stored->incomeSources == QStringList{QStringLiteral("sjukpenning"), QStringLiteral("forsorjningsstod")});
    CHECK(stored->gender.has_value());
}

TEST_CASE("errors: SQLite result codes map to what the user is told", "[storage][errors]")
{
    CHECK(SqliteErrors::codeFor(5) == ErrorCode::Busy);
    CHECK(SqliteErrors::codeFor(8) == ErrorCode::ReadOnly);
    CHECK(SqliteErrors::codeFor(10) == ErrorCode::IoError);
    CHECK(SqliteErrors::codeFor(266) == ErrorCode::IoError); // SQLITE_IOERR_READ
    CHECK(SqliteErrors::codeFor(11) == ErrorCode::Corrupt);
    CHECK(SqliteErrors::codeFor(13) == ErrorCode::DiskFull);
    CHECK(SqliteErrors::codeFor(14) == ErrorCode::CannotOpen);
    CHECK(SqliteErrors::codeFor(26) == ErrorCode::NotADatabase);
    CHECK(SqliteErrors::codeFor(2067) == ErrorCode::Constraint); // SQLITE_CONSTRAINT_UNIQUE
    CHECK(SqliteErrors::messageFor(ErrorCode::DiskFull).contains(QStringLiteral("full")));
}

TEST_CASE("migrator: statements split at line ends, triggers at END;", "[storage][migrations]")
{
    const QStringList statements = Migrator::splitStatements(QStringLiteral(
        "-- comment\nCREATE TABLE a (x TEXT DEFAULT ';');\nCREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n"
        "    SELECT RAISE(ABORT, 'no');\nEND;\nINSERT INTO a VALUES ('1'),\n    ('2');\n"));
    REQUIRE(statements.size() == 3);
    CHECK(statements[1].startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(statements[1].endsWith(QStringLiteral("END")));
}
