// SPDX-License-Identifier: EUPL-1.2
#include "commands/participantcommands.h"
#include "models/participantfilter.h"
#include "models/participanttablemodel.h"
#include "participantfactory.h"
#include "storage/participantrepository.h"
#include "tempteam.h"
#include "testidentities.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace samsyn;
using samsyn::test::insertParticipants;
using samsyn::test::makeParticipant;

namespace {

const QSet<ParticipantStatus> kAllStatuses{ParticipantStatus::Referred, ParticipantStatus::Waiting, ParticipantStatus::Active,
                                           ParticipantStatus::Passive, ParticipantStatus::Exited};

int countMatches(const ParticipantTableModel &model, const QString &query, const QSet<ParticipantStatus> &statuses = kAllStatuses)
{
    const ParticipantFilter filter(query, statuses);
    int n = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        n += filter.matches(model.entry(row).searchKey, model.entry(row).row.status) ? 1 : 0;
    return n;
}

QStringList namesInRankOrder(const ParticipantTableModel &model)
{
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << row;
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        return model.data(model.index(a, ParticipantTableModel::Name), ParticipantTableModel::SortRole).toLongLong()
               < model.data(model.index(b, ParticipantTableModel::Name), ParticipantTableModel::SortRole).toLongLong();
    });
    QStringList names;
    for (int row : rows)
        names << model.entry(row).row.familyName;
    return names;
}

} // namespace

TEST_CASE("Participant model loads 1,000 participants and passes the model tester", "[participants][model]")
{
    test::TempTeam t;
    QList<Participant> list;
    for (int i = 0; i < 1000; ++i)
        list << makeParticipant(i, QStringLiteral("Given%1").arg(i), QStringLiteral("Family%1").arg(i),
                                ParticipantStatuses::all().at(i % 5));
    insertParticipants(t.team(), list);

    ParticipantTableModel model(t.team());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 1000);
    REQUIRE(model.columnCount() == ParticipantTableModel::Count);

    const QModelIndex first = model.index(0, ParticipantTableModel::Identity);
    const QString masked = model.data(first).toString();
    CHECK(masked.endsWith(QStringLiteral("-****")));
    model.setMasked(false);
    CHECK_FALSE(model.data(first).toString().contains(QLatin1Char('*')));

    SECTION("status filter")
    {
        CHECK(countMatches(model, {}, {ParticipantStatus::Exited}) == 200);
        CHECK(countMatches(model, {}, {ParticipantStatus::Active, ParticipantStatus::Passive}) == 400);
        CHECK(countMatches(model, QStringLiteral("family999"), {ParticipantStatus::Exited}) == 1);
        CHECK(countMatches(model, QStringLiteral("family999"), {ParticipantStatus::Active}) == 0);
    }
    SECTION("a change of many participants resets, and the tester stays happy")
    {
        QList<Participant> more;
        for (int i = 1000; i < 1100; ++i)
            more << makeParticipant(i, QStringLiteral("More"), QStringLiteral("People"));
        insertParticipants(t.team(), more);
        CHECK(model.rowCount() == 1100);
    }
}

TEST_CASE("Search ignores case and diacritics and matches personnummer digits", "[participants][model]")
{
    test::TempTeam t;
    const QString pnr = test::testPnr(3);
    insertParticipants(t.team(), {makeParticipant(3, QStringLiteral("José"), QStringLiteral("Östlund")),
                                  makeParticipant(4, QStringLiteral("Jose"), QStringLiteral("Berg"), ParticipantStatus::Exited),
                                  makeParticipant(5, QStringLiteral("Lena"), QStringLiteral("Ek"))});
    ParticipantTableModel model(t.team());

    CHECK(countMatches(model, QStringLiteral("ostlund")) == 1);
    CHECK(countMatches(model, QStringLiteral("ÖSTLUND")) == 1);
    CHECK(countMatches(model, QStringLiteral("jose")) == 2);
    CHECK(countMatches(model, QStringLiteral("josé östl")) == 1);
    CHECK(countMatches(model, QStringLiteral("jose"), {ParticipantStatus::Active}) == 1);
    CHECK(countMatches(model, QStringLiteral("nobody")) == 0);
    CHECK(countMatches(model, {}) == 3);
    // Full 12 digits, the birth date, and the ten-digit form with its dash.
    CHECK(countMatches(model, pnr) == 1);
    CHECK(countMatches(model, pnr.left(8)) >= 1);
    CHECK(countMatches(model, pnr.mid(2, 6) + QLatin1Char('-') + pnr.right(4)) == 1);
}

TEST_CASE("Other identities are searchable by their text", "[participants][model]")
{
    ParticipantRow row;
    row.identityKind = Personnummer::Kind::Other;
    row.identity = QStringLiteral("R-000123");
    row.familyName = QStringLiteral("Åkesson");
    row.givenName = QStringLiteral("Ann");
    const QSet<ParticipantStatus> referred{ParticipantStatus::Referred};
    CHECK(ParticipantFilter(QStringLiteral("r-000123"), referred).matches(row));
    CHECK(ParticipantFilter(QStringLiteral("000123"), referred).matches(row));
    CHECK(ParticipantFilter(QStringLiteral("akesson ann"), referred).matches(row));
    CHECK_FALSE(ParticipantFilter(QStringLiteral("akesson"), {ParticipantStatus::Active}).matches(row));
    CHECK_FALSE(ParticipantFilter(QStringLiteral("bengt"), referred).matches(row));
}

TEST_CASE("Names rank in Swedish order: Å, Ä, Ö after Z", "[participants][model]")
{
    test::TempTeam t;
    insertParticipants(t.team(), {makeParticipant(1, QStringLiteral("A"), QStringLiteral("Åberg")),
                                  makeParticipant(2, QStringLiteral("A"), QStringLiteral("Ödman")),
                                  makeParticipant(3, QStringLiteral("A"), QStringLiteral("Zetterlund")),
                                  makeParticipant(4, QStringLiteral("A"), QStringLiteral("Andersson")),
                                  makeParticipant(5, QStringLiteral("A"), QStringLiteral("Ärlig"))});
    ParticipantTableModel model(t.team());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList expected{QStringLiteral("Andersson"), QStringLiteral("Zetterlund"), QStringLiteral("Åberg"),
                               QStringLiteral("Ärlig"), QStringLiteral("Ödman")};
    CHECK(namesInRankOrder(model) == expected);

    SECTION("an edit re-ranks just that row")
    {
        const qint64 id = model.entry(model.rowCount() - 1).row.id; // Ärlig
        const Participant before = *ParticipantRepository(t->database()).get(id);
        Participant after = before;
        after.familyName = QStringLiteral("Björk");
        editParticipant(t.team(), before, after);
        CHECK(model.rowCount() == 5);
        CHECK(model.data(model.index(model.rowOf(id), ParticipantTableModel::Name)).toString() == QStringLiteral("Björk, A"));
        CHECK(namesInRankOrder(model)
              == QStringList({QStringLiteral("Andersson"), QStringLiteral("Björk"), QStringLiteral("Zetterlund"),
                              QStringLiteral("Åberg"), QStringLiteral("Ödman")}));
    }
    SECTION("add and undo insert and remove single rows")
    {
        Participant p = makeParticipant(6, QStringLiteral("Bo"), QStringLiteral("Älv"));
        addParticipant(t.team(), p);
        REQUIRE(model.rowCount() == 6);
        CHECK(model.rowOf(p.id) >= 0);
        CHECK(namesInRankOrder(model).at(3) == QStringLiteral("Älv"));
        t->undoStack()->undo();
        CHECK(model.rowCount() == 5);
        CHECK(model.rowOf(p.id) == -1);
        CHECK(namesInRankOrder(model) == expected);
    }
}
