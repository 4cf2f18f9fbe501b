// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include "demo/demogenerator.h"
#include "demo/demonames.h"
#include "storage/participantrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "testidentities.h"
#include "util/clock.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace samsyn;

namespace {

struct Demo
{
    QTemporaryDir dir;
    FixedClock clock{QDate(2026, 11, 24)};
    std::unique_ptr<TeamFile> team;

    Demo(int participants, int years, quint32 seed)
    {
        team = DemoGenerator::create(dir.filePath(QStringLiteral("demo.samsyn")), DemoOptions{participants, years, seed}, clock);
    }

    QList<Participant> participants()
    {
        ParticipantRepository repository(team->database());
        QList<Participant> result;
        for (const ParticipantRow &row : repository.rows())
            result << *repository.get(row.id);
        return result;
    }
};

} // namespace

TEST_CASE("demo: the file is marked as demo data and has the team the seeds describe", "[demo]")
{
    Demo demo(50, 3, 1);
    SettingsRepository settings(demo.team->database());
    CHECK(settings.teamInfo().demo);
    CHECK(settings.teamInfo().name.contains(QStringLiteral("demo")));
    QStringList municipalities;
    for (const Municipality &m : settings.municipalities())
        municipalities << m.name;
    CHECK(municipalities.contains(QStringLiteral("Jönköping")));
    CHECK(municipalities.contains(QStringLiteral("Mullsjö")));
    CHECK(settings.members().size() >= 6);
    bool quotas = false;
    for (const Programme &p : settings.programmes())
        quotas = quotas || (p.capacity == 15 && !p.quotas.isEmpty());
    CHECK(quotas);
}

TEST_CASE("demo: the same seed gives the same people, another seed other people", "[demo]")
{
    Demo a(120, 3, 42);
    Demo b(120, 3, 42);
    Demo c(120, 3, 43);
    CHECK(a.participants() == b.participants());
    CHECK(a.participants() != c.participants());
}

TEST_CASE("demo: identities only from Skatteverket's test lists; names match gender; ages plausible", "[demo]")
{
    Demo demo(600, 10, 7);
    const QList<Participant> people = demo.participants();
    REQUIRE(people.size() == 600);
    QSet<QString> allowed(test::testPersonnummer().cbegin(), test::testPersonnummer().cend());
    for (const QString &n : test::testSamordningsnummer())
        allowed.insert(n);
    QSet<QString> seen;
    for (const Participant &p : people) {
        INFO(p.identity.toStdString());
        CHECK(allowed.contains(p.identity));
        seen.insert(p.identity);
        REQUIRE(p.gender.has_value());
        CHECK(DemoNames::givenNames(*p.gender).contains(p.givenName));
        // 18-64 when referred, at most 10 years ago.
        const int age = p.personnummer()->ageAt(demo.clock.today()).value_or(0);
        CHECK(age >= 18);
        CHECK(age <= 64 + 10);
    }
    CHECK(seen.size() == people.size());
}

TEST_CASE("demo: statuses and income sources in plausible proportions", "[demo]")
{
    Demo demo(1000, 10, 1);
    QMap<ParticipantStatus, int> statuses;
    int commonIncome = 0;
    int young = 0;
    for (const Participant &p : demo.participants()) {
        ++statuses[p.status];
        for (const QString &code : {QStringLiteral("sjukpenning"), QStringLiteral("aktivitetsersattning"),
                                    QStringLiteral("forsorjningsstod")}) {
            if (p.incomeSources.contains(code)) {
                ++commonIncome;
                break;
            }
        }
        if (p.personnummer()->ageAt(demo.clock.today()).value_or(99) < 40)
            ++young;
    }
    CHECK(statuses.value(ParticipantStatus::Exited) > 900);
    CHECK(statuses.value(ParticipantStatus::Active) == 15);
    CHECK(statuses.value(ParticipantStatus::Referred) >= 1);
    CHECK(statuses.value(ParticipantStatus::Waiting) >= 1);
    CHECK(statuses.value(ParticipantStatus::Passive) >= 1);
    CHECK(commonIncome > 600);
    CHECK(young > 500);
}

TEST_CASE("demo: refuses to overwrite a file", "[demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.samsyn"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    FixedClock clock(QDate(2026, 11, 24));
    CHECK_THROWS_AS(DemoGenerator::create(path, DemoOptions{}, clock), Error);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "keep me");
}

TEST_CASE("demo: no demo name comes from the project's source documents", "[demo]")
{
    const QDir seeds(QStringLiteral(SAMSYN_SHARED_DATA_DIR "/../seeds"));
    QString text;
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        QFile file(seeds.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        text += QString::fromUtf8(file.readAll());
    }
    REQUIRE(text.size() > 1000);
    QStringList names = DemoNames::familyNames() + DemoNames::givenNames(Gender::Female) + DemoNames::givenNames(Gender::Male);
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name)),
                                                     QRegularExpression::UseUnicodePropertiesOption)));
    }
}
