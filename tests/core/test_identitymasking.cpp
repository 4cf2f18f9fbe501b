// SPDX-License-Identifier: EUPL-1.2
#include "domain/identitymasking.h"
#include "domain/participant.h"
#include "testidentities.h"

#include <catch2/catch.hpp>

using namespace samsyn;

namespace {

Participant person(const QString &given, const QString &family)
{
    Participant p;
    p.givenName = given;
    p.familyName = family;
    return p;
}

} // namespace

TEST_CASE("identity masking: the person's names become initials in free text", "[meetings][privacy]")
{
    const Participant p = person(QStringLiteral("Anna-Karin"), QStringLiteral("Öberg"));
    CHECK(IdentityMasking::mask(QStringLiteral("Anna-Karin har varit sjukskriven. Öberg vill arbeta."), p)
          == QStringLiteral("A.-K. har varit sjukskriven. Ö. vill arbeta."));
    // Any case, and the genitive.
    CHECK(IdentityMasking::mask(QStringLiteral("ANNA önskar; Karins läkare och öbergs mamma"), p)
          == QStringLiteral("A. önskar; K:s läkare och Ö:s mamma"));
    // Whole words only: other words that contain a name stay as written.
    CHECK(IdentityMasking::mask(QStringLiteral("Annars Karinsson Öbergsgatan"), p)
          == QStringLiteral("Annars Karinsson Öbergsgatan"));
    // Å, Ä, Ö count as letters at word boundaries.
    const Participant ake = person(QStringLiteral("Åke"), QStringLiteral("Ärlig"));
    CHECK(IdentityMasking::mask(QStringLiteral("Åkes mål: Åke Ärlig vill plugga, inte Åkerman."), ake)
          == QStringLiteral("Å:s mål: Å. Ä. vill plugga, inte Åkerman."));
}

TEST_CASE("identity masking: personnummer in free text are hidden in every form", "[meetings][privacy]")
{
    const Participant p = person(QStringLiteral("Eva"), QStringLiteral("Lund"));
    const QString twelve = test::testPnr(1);                         // YYYYMMDDNNNN
    const QString ten = twelve.mid(2, 6) + QLatin1Char('-') + twelve.mid(8); // YYMMDD-NNNN
    for (const QString &number : QStringList{twelve, ten, twelve.left(8) + QLatin1Char('-') + twelve.mid(8),
                                  twelve.mid(2, 6) + QLatin1Char('+') + twelve.mid(8), twelve.mid(2)}) {
        INFO(number.toStdString());
        const QString masked = IdentityMasking::mask(QStringLiteral("Pnr %1, ring 0701234567.").arg(number), p);
        CHECK_FALSE(masked.contains(twelve.mid(2, 6)));
        CHECK(masked.startsWith(QStringLiteral("Pnr ******-****, ring")));
    }
    // Short numbers (dates, phone extensions, years) are left alone.
    CHECK(IdentityMasking::mask(QStringLiteral("Sedan 2024-03-01, 12 timmar/vecka"), p)
          == QStringLiteral("Sedan 2024-03-01, 12 timmar/vecka"));
}

TEST_CASE("identity masking: a one-letter or empty name masks nothing", "[meetings][privacy]")
{
    const Participant p = person(QStringLiteral("A"), QString());
    CHECK(IdentityMasking::mask(QStringLiteral("A och B"), p) == QStringLiteral("A och B"));
}
