// SPDX-License-Identifier: EUPL-1.2
#include "reportscenario.h"

#include "reportfixtures.h"

namespace samsyn::test {

void buildMarchScenario(TempTeam &t)
{
    ReportFixtures f(t);
    const QString fk = QStringLiteral("Försäkringskassan");
    const QString steget = QStringLiteral("Steget");
    const QString gruppen = QStringLiteral("Gruppen");
    const qint64 a = f.person(QDate(1990, 5, 10), Gender::Female);
    const qint64 b = f.person(QDate(1990, 5, 10), Gender::Male);
    const qint64 c = f.person(QDate(2000, 1, 15), Gender::Female);
    const qint64 d = f.person(QDate(2000, 1, 15), Gender::Male);
    const qint64 e = f.person(QDate(1995, 3, 1), Gender::Female);
    const qint64 fp = f.person(QDate(1995, 3, 1), Gender::Male);
    const qint64 g = f.person(QDate(1985, 12, 31), Gender::Female);
    const qint64 h = f.person(QDate(1985, 12, 31), Gender::Male);
    const qint64 j = f.person(QDate(2001, 7, 1), Gender::Female);
    const qint64 k = f.person(QDate(2001, 7, 1), Gender::Male);
    const qint64 l = f.person(QDate(1992, 8, 20), Gender::Female);
    const qint64 m = f.person(QDate(1992, 8, 20), Gender::Male);

    const qint64 ra = f.referral(a, fk, QDate(2026, 3, 2));
    const qint64 rb = f.referral(b, fk, QDate(2026, 3, 31));
    const qint64 rc = f.referral(c, QStringLiteral("Arbetsförmedlingen"), QDate(2026, 3, 10));
    const qint64 rd = f.referral(d, QStringLiteral("Åsele"), QDate(2026, 3, 15));
    f.referral(e, QStringLiteral("Vilhelmina"), QDate(2026, 4, 1));
    const qint64 rf = f.referral(fp, QStringLiteral("Region Test"), QDate(2026, 2, 28));

    f.meeting(QDate(2026, 3, 3));
    const qint64 march17 = f.meeting(QDate(2026, 3, 17));
    f.meeting(QDate(2026, 3, 31));
    const qint64 april7 = f.meeting(QDate(2026, 4, 7));
    f.decide(march17, ra, DecisionKind::Offer);
    f.decide(march17, rc, DecisionKind::WaitingList);
    f.decide(march17, rd, DecisionKind::Decline);
    f.decide(march17, rf, DecisionKind::Postpone);
    f.decide(april7, rb, DecisionKind::Offer);

    f.consultation(fk, QDate(2026, 3, 5));
    f.consultation(QStringLiteral("Arbetsförmedlingen"), QDate(2026, 3, 31));
    f.consultation(QStringLiteral("Region Test"), QDate(2026, 4, 1));

    f.enrol(a, steget, QDate(2026, 3, 20));
    f.enrol(g, steget, QDate(2026, 2, 28));
    f.enrol(g, gruppen, QDate(2026, 3, 1));
    f.enrol(h, gruppen, QDate(2026, 4, 1));
    f.exit(f.enrol(j, steget, QDate(2025, 10, 1)), QDate(2026, 3, 31), QStringLiteral("arbete"), true);
    f.exit(f.enrol(k, gruppen, QDate(2025, 9, 1)), QDate(2026, 3, 12), QStringLiteral("flytt"), false);
    f.exit(f.enrol(l, gruppen, QDate(2025, 11, 1)), QDate(2026, 4, 1), QStringLiteral("arbete"));
    f.exit(f.enrol(m, steget, QDate(2026, 2, 1)), QDate(2026, 3, 15), QStringLiteral("felregistrering"));

    f.who5(j, QDate(2025, 10, 5), 10);
    f.who5(j, QDate(2026, 3, 25), 17);
    f.who5(k, QDate(2025, 7, 1), 5);
    f.who5(k, QDate(2026, 3, 1), 12);
}

} // namespace samsyn::test
