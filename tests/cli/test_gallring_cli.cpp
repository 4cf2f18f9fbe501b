// SPDX-License-Identifier: EUPL-1.2
// `samsyn-cli gallring` as the real binary: lists by masked identity, deletes only with --yes.
#include "clirunner.h"
#include "reportscenario.h"
#include "storage/database.h"
#include "tempteam.h"
#include "testidentities.h"

#include <catch2/catch.hpp>

using namespace samsyn;

namespace {

int participants(test::TempTeam &t)
{
    t.reopen();
    const int n = t->database().scalar(QStringLiteral("SELECT count(*) FROM participants")).toInt();
    t.close();
    return n;
}

} // namespace

TEST_CASE("cli: gallring lists who is due, deletes only with --yes and prints how many", "[cli][gallring]")
{
    test::TempTeam t;
    test::buildMarchScenario(t);
    const QString file = t.path();
    t.close();

    // Before the five years have passed: nobody.
    test::CliResult early = test::runCli({QStringLiteral("gallring"), file, QStringLiteral("--date"), QStringLiteral("2031-11-23")});
    INFO(early.err.toStdString());
    REQUIRE(early.code == 0);
    CHECK(early.out.contains(QStringLiteral("Due for gallring on 2031-11-23: 0 participant")));

    // Without --yes: the list (masked identities, last entry, deadline) and how to confirm.
    const test::CliResult list = test::runCli({QStringLiteral("gallring"), file, QStringLiteral("--date"), QStringLiteral("2032-01-10")});
    INFO(list.err.toStdString());
    REQUIRE(list.code == 0);
    CHECK(list.out.contains(QStringLiteral("Due for gallring on 2032-01-10: 6 participant")));
    CHECK(list.out.contains(QStringLiteral("2026-11-24")));
    CHECK(list.out.contains(QStringLiteral("2032-12-31")));
    CHECK(list.out.contains(QStringLiteral("-****")));
    CHECK_FALSE(list.out.contains(QStringLiteral("Rapport"))); // no names on the terminal
    CHECK(list.out.contains(QStringLiteral("run again with --yes")));
    const int before = participants(t);

    // --dry-run wins over --yes.
    const test::CliResult dry = test::runCli({QStringLiteral("gallring"), file, QStringLiteral("--date"), QStringLiteral("2032-01-10"),
                                             QStringLiteral("--dry-run"), QStringLiteral("--yes")});
    REQUIRE(dry.code == 0);
    CHECK(participants(t) == before);

    const test::CliResult done = test::runCli({QStringLiteral("gallring"), file, QStringLiteral("--date"), QStringLiteral("2032-01-10"),
                                              QStringLiteral("--yes")});
    INFO(done.err.toStdString());
    REQUIRE(done.code == 0);
    CHECK(done.out.contains(QStringLiteral("Deleted 6 participant")));
    CHECK(done.out.contains(QStringLiteral("monthly backups for 12 months")));
    CHECK(participants(t) == before - 6);

    const test::CliResult again = test::runCli({QStringLiteral("gallring"), file, QStringLiteral("--date"), QStringLiteral("2032-01-10")});
    CHECK(again.out.contains(QStringLiteral("0 participant")));
}
