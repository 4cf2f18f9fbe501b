// SPDX-License-Identifier: EUPL-1.2
#include "commands/participantcommand.h"
#include "commands/participantcommands.h"
#include "participantfactory.h"
#include "storage/auditlog.h"
#include "storage/participantrepository.h"
#include "tempteam.h"
#include "util/error.h"

#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace samsyn;
using samsyn::test::makeParticipant;

namespace {

std::optional<Participant> stored(test::TempTeam &t, qint64 id)
{
    return ParticipantRepository(t->database()).get(id);
}

} // namespace

TEST_CASE("Adding a participant is one undoable command", "[participants][commands]")
{
    test::TempTeam t;
    Participant p = makeParticipant(1, QStringLiteral("Sara"), QStringLiteral("Åström"));
    addParticipant(t.team(), p);
    REQUIRE(p.id > 0);
    CHECK(t->undoStack()->count() == 1);
    CHECK(stored(t, p.id)->familyName == QStringLiteral("Åström"));

    t->undoStack()->undo();
    CHECK_FALSE(stored(t, p.id).has_value());
    t->undoStack()->redo();
    REQUIRE(stored(t, p.id).has_value()); // the same id comes back
    CHECK(stored(t, p.id)->givenName == QStringLiteral("Sara"));
    CHECK(stored(t, p.id)->createdAt == p.createdAt);
}

TEST_CASE("Editing a participant can be undone and redone", "[participants][commands]")
{
    test::TempTeam t;
    Participant p = makeParticipant(2, QStringLiteral("Omar"), QStringLiteral("Lind"));
    addParticipant(t.team(), p);
    Participant after = p;
    after.familyName = QStringLiteral("Lindqvist");
    after.incomeSources = {QStringLiteral("sjukpenning")};
    editParticipant(t.team(), p, after);
    CHECK(t->undoStack()->count() == 2);
    CHECK(stored(t, p.id)->familyName == QStringLiteral("Lindqvist"));

    t->undoStack()->undo();
    CHECK(stored(t, p.id)->familyName == QStringLiteral("Lind"));
    CHECK(stored(t, p.id)->incomeSources.isEmpty());
    t->undoStack()->redo();
    CHECK(stored(t, p.id)->familyName == QStringLiteral("Lindqvist"));

    // The audit trail names the fields, never the values.
    const QList<AuditRecord> audit = AuditLog::forParticipant(t->database(), p.id);
    bool sawUpdate = false;
    for (const AuditRecord &r : audit) {
        if (r.action == QLatin1String("participant.update")) {
            sawUpdate = true;
            CHECK(r.detail.contains(QStringLiteral("familyName")));
            CHECK_FALSE(r.detail.contains(QStringLiteral("Lindqvist")));
        }
    }
    CHECK(sawUpdate);

    SECTION("an edit that changes nothing pushes nothing")
    {
        const Participant now = *stored(t, p.id);
        editParticipant(t.team(), now, now);
        CHECK(t->undoStack()->count() == 2);
    }
}

TEST_CASE("A refused edit pushes nothing and changes nothing", "[participants][commands]")
{
    test::TempTeam t;
    Participant p = makeParticipant(3, QStringLiteral("Eva"), QStringLiteral("Holm"));
    addParticipant(t.team(), p);
    const int auditRows = AuditLog::forParticipant(t->database(), p.id).size();

    Participant bad = p;
    bad.familyName.clear();
    bad.email = QStringLiteral("not-an-address");
    CHECK_THROWS_AS(editParticipant(t.team(), p, bad), Error);
    Participant unknownCode = p;
    unknownCode.occupation = QStringLiteral("no_such_code");
    CHECK_THROWS_AS(editParticipant(t.team(), p, unknownCode), Error);

    CHECK(t->undoStack()->count() == 1);
    CHECK(*stored(t, p.id) == p);
    CHECK(AuditLog::forParticipant(t->database(), p.id).size() == auditRows);

    Participant duplicate = makeParticipant(3, QStringLiteral("Other"), QStringLiteral("Person"));
    CHECK_THROWS_AS(addParticipant(t.team(), duplicate), Error);
    CHECK(t->undoStack()->count() == 1);
    CHECK(ParticipantRepository(t->database()).count() == 1);
}

TEST_CASE("An undo that can no longer be applied leaves the data alone and drops the command",
          "[participants][commands]")
{
    test::TempTeam t;
    QStringList messages;
    ParticipantCommand::setFailureHandler([&messages](const QString &m) { messages << m; });

    Participant p = makeParticipant(4, QStringLiteral("Nils"), QStringLiteral("Berg"));
    addParticipant(t.team(), p);
    Participant after = p;
    after.phone = QStringLiteral("070-123 45 67");
    editParticipant(t.team(), p, after);

    // Removed behind the undo stack's back (as gallring would).
    t->write(QStringLiteral("participant.delete"), [&](WriteContext &ctx) { ParticipantRepository::remove(ctx, p.id); });
    REQUIRE(t->undoStack()->count() == 2);

    t->undoStack()->undo(); // the edit's undo fails
    CHECK(messages.size() == 1);
    CHECK_FALSE(stored(t, p.id).has_value());
    CHECK(t->undoStack()->count() == 1); // obsolete command dropped

    ParticipantCommand::setFailureHandler({});
}
