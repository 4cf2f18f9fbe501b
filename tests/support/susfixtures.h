// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "tempteam.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace samsyn::test {

// Builders for the quarter-end export tests: participants with a municipality, referrals,
// registration consents, enrollments with the SUS fields and exits, each written the way a
// user action would write it.
class SusFixtures
{
public:
    explicit SusFixtures(TempTeam &team) : m_t(team) {}

    // Test personnummer n (even n: women, odd n: men, in Skatteverket's list for 1980-2004).
    qint64 person(int n, const QString &given, const QString &family, const QString &municipality = QStringLiteral("Åsele"),
                  bool protectedIdentity = false);
    void referral(qint64 participantId, const QString &party, QDate received, const QString &programme = QStringLiteral("Steget"));
    qint64 registrationConsent(qint64 participantId, QDate given, QDate validUntil = QDate(2028, 12, 31));

    struct Start
    {
        QString registration = QStringLiteral("consent");
        QStringList income{QStringLiteral("sjukpenning")};
        QString occupation = QStringLiteral("sjukskriven");
        QString education = QStringLiteral("gymnasial");
        QString supportTime = QStringLiteral("ar_1_2");
    };
    qint64 enrol(qint64 participantId, const QString &programme, QDate start, const Start &values);
    qint64 enrol(qint64 participantId, const QString &programme, QDate start) { return enrol(participantId, programme, start, Start{}); }

    struct End
    {
        QString reason = QStringLiteral("arbete");
        QStringList income{QStringLiteral("lon")};
        QString occupation = QStringLiteral("forvarvsarbete");
        std::optional<int> extent = 100;
    };
    void exit(qint64 enrollmentId, QDate end, const End &values);
    void exit(qint64 enrollmentId, QDate end) { exit(enrollmentId, end, End{}); }

    // Renames a code's Swedish label (the team may; the export writes labels).
    void relabel(const QString &table, const QString &code, const QString &label);

    // The hand-built team of test_susexport.cpp, for Q3 2026 (2026-07-01..2026-09-30):
    //   Anna  (F) Steget  2026-03-10 -         started before, ongoing
    //   Bo    (M) Steget  2026-08-03 -         started in the period
    //   Cissi (F) Steget  2026-02-01 - 09-15   protected identity (anonymous), ended in the period
    //   David (M) Gruppen 2026-01-15 - 06-30   ended the day before: excluded
    //   Eva   (F) Gruppen 2026-10-01 -         starts the day after: excluded (and incomplete)
    //   Frida (F) Gruppen 2026-07-01 - 09-30   the period's first to last day
    struct Standard
    {
        qint64 anna = 0, bo = 0, cissi = 0, david = 0, eva = 0, frida = 0;
        qint64 annaSteget = 0, boSteget = 0, cissiSteget = 0, davidGruppen = 0, evaGruppen = 0, fridaGruppen = 0;
    };
    Standard standard();

private:
    TempTeam &m_t;
};

} // namespace samsyn::test
