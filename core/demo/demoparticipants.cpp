// SPDX-License-Identifier: EUPL-1.2
// The first demo stage: the team's settings that TeamSetup does not carry, and the people.
#include "demo/demogenerator.h"
#include "demo/demoidentities.h"
#include "demo/demonames.h"
#include "demo/demostages.h"
#include "demo/demoteam.h"
#include "storage/participantrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <algorithm>

namespace samsyn {

namespace {

using Weights = QList<QPair<QString, int>>;

const QString &weighted(const Weights &weights, QRandomGenerator &random)
{
    int total = 0;
    for (const auto &w : weights)
        total += w.second;
    int roll = random.bounded(total);
    for (const auto &w : weights) {
        if (roll < w.second)
            return w.first;
        roll -= w.second;
    }
    return weights.constLast().first;
}

// Proportions as the seeds describe the people the teams meet: mostly on sjukpenning,
// aktivitetsersättning or försörjningsstöd, little education beyond gymnasiet, long in support.
const Weights kIncome{{QStringLiteral("sjukpenning"), 24}, {QStringLiteral("aktivitetsersattning"), 20},
                      {QStringLiteral("forsorjningsstod"), 26}, {QStringLiteral("aktivitetsstod"), 8},
                      {QStringLiteral("a_kassa"), 3}, {QStringLiteral("sjukersattning"), 4},
                      {QStringLiteral("etableringsersattning"), 3}, {QStringLiteral("ingen"), 5},
                      {QStringLiteral("annan"), 2}, {QStringLiteral("okand"), 5}};
const Weights kOccupation{{QStringLiteral("ingen"), 34}, {QStringLiteral("sjukskriven"), 24},
                          {QStringLiteral("arbetssokande"), 15}, {QStringLiteral("annan_insats"), 10},
                          {QStringLiteral("rehabilitering"), 5}, {QStringLiteral("studier"), 3},
                          {QStringLiteral("arbete_med_stod"), 2}, {QStringLiteral("okand"), 7}};
const Weights kEducation{{QStringLiteral("forgymnasial_kort"), 8}, {QStringLiteral("forgymnasial"), 30},
                         {QStringLiteral("gymnasial"), 44}, {QStringLiteral("eftergymnasial_kort"), 8},
                         {QStringLiteral("eftergymnasial"), 5}, {QStringLiteral("okand"), 5}};
const Weights kSupportTime{{QStringLiteral("under_1"), 18}, {QStringLiteral("ar_1_2"), 25},
                           {QStringLiteral("ar_2_5"), 30}, {QStringLiteral("over_5"), 17}, {QStringLiteral("okand"), 10}};
const QStringList kInterpreterLanguages{QStringLiteral("arabiska"), QStringLiteral("somaliska"), QStringLiteral("dari"),
                                        QStringLiteral("tigrinja")};

struct Planned
{
    Participant participant;
    QDate referred;
};

// Age at referral: mostly young adults, then older people on sick leave (18-64 in all).
int ageAtReferral(QRandomGenerator &random)
{
    const int roll = random.bounded(100);
    if (roll < 55)
        return random.bounded(19, 30);
    if (roll < 80)
        return random.bounded(30, 45);
    return random.bounded(45, 65);
}

QStringList incomeSources(int age, QRandomGenerator &random)
{
    QString first = weighted(kIncome, random);
    // Aktivitetsersättning is for people under 30, sjukersättning from 30.
    if (age < 30 && first == QLatin1String("sjukersattning"))
        first = QStringLiteral("aktivitetsersattning");
    if (age >= 30 && first == QLatin1String("aktivitetsersattning"))
        first = QStringLiteral("sjukpenning");
    QStringList sources{first};
    if (first != QLatin1String("forsorjningsstod") && first != QLatin1String("ingen") && first != QLatin1String("okand")
        && random.bounded(100) < 12)
        sources << QStringLiteral("forsorjningsstod"); // topped up by social assistance
    return sources;
}

Planned plan(DemoContext &context, DemoIdentities &identities, const QMap<QString, qint64> &municipalities)
{
    QRandomGenerator &random = context.random;
    Planned planned;
    planned.referred = context.firstDay.addDays(random.bounded(int(context.firstDay.daysTo(context.today)) + 1));
    const int age = ageAtReferral(random);
    const int year = planned.referred.year();
    // Born in [year-64, year-19]: whole years at the referral date are then 18-64.
    const auto identity = identities.take(year - age, year - 64, year - 19, random.bounded(100) < 4, random);

    Participant &p = planned.participant;
    p.setIdentity(identity.number);
    p.gender = identity.gender;
    p.birthDate = identity.birthDate;
    p.givenName = DemoNames::givenName(identity.gender, random);
    p.familyName = DemoNames::familyName(random);
    p.protectedIdentity = random.bounded(100) < 1;
    p.municipalityId = municipalities.value(weighted(DemoTeam::municipalityWeights(), random));
    if (random.bounded(100) < 60) // PTS's series reserved for fiction: 070-174 06 05 to 99
        p.phone = QStringLiteral("070-174 06 %1").arg(random.bounded(5, 100), 2, 10, QLatin1Char('0'));
    p.interpreterNeeded = random.bounded(100) < 5;
    if (p.interpreterNeeded)
        p.interpreterLanguage = kInterpreterLanguages.at(random.bounded(int(kInterpreterLanguages.size())));
    p.incomeSources = incomeSources(age, random);
    p.occupation = weighted(kOccupation, random);
    p.education = weighted(kEducation, random);
    p.supportTime = weighted(kSupportTime, random);
    return planned;
}

// Newest referrals are still referred or waiting, then those in the programmes, the rest
// have exited: the shape of a team history with about 15 people active at a time.
void assignStatuses(QList<Planned> &people, const QList<qint64> &coordinators, QRandomGenerator &random)
{
    std::stable_sort(people.begin(), people.end(), [](const Planned &a, const Planned &b) { return a.referred > b.referred; });
    const qsizetype n = people.size();
    auto share = [n](double fraction, qsizetype low, qsizetype high) {
        return std::clamp(qsizetype(double(n) * fraction + 0.5), std::min(low, n), high);
    };
    const QList<QPair<ParticipantStatus, qsizetype>> bands{{ParticipantStatus::Referred, share(0.02, 1, 5)},
                                                          {ParticipantStatus::Waiting, share(0.03, 1, 6)},
                                                          {ParticipantStatus::Active, share(0.10, 1, 15)},
                                                          {ParticipantStatus::Passive, share(0.03, 0, 5)}};
    qsizetype index = 0;
    for (const auto &band : bands) {
        for (qsizetype i = 0; i < band.second && index < n; ++i)
            people[index++].participant.status = band.first;
    }
    for (; index < n; ++index)
        people[index].participant.status = ParticipantStatus::Exited;
    for (Planned &planned : people) {
        const ParticipantStatus status = planned.participant.status;
        if (status != ParticipantStatus::Referred && status != ParticipantStatus::Waiting && !coordinators.isEmpty())
            planned.participant.coordinatorId = coordinators.at(random.bounded(int(coordinators.size())));
    }
}

} // namespace

void demoTeamAndParticipants(DemoContext &context)
{
    TeamFile &team = context.team;
    SettingsRepository settings(team.database());
    QMap<QString, qint64> municipalities;
    for (const Municipality &m : settings.municipalities())
        municipalities.insert(m.name, m.id);
    QList<qint64> coordinators;
    for (const Member &member : settings.members()) {
        if (member.role == DemoTeam::coordinatorRole())
            coordinators << member.id;
    }

    DemoIdentities identities;
    QList<Planned> people;
    people.reserve(context.options.participants);
    for (int i = 0; i < context.options.participants; ++i)
        people << plan(context, identities, municipalities);
    assignStatuses(people, coordinators, context.random);
    // Oldest first, so ids follow the order in which people came to the team.
    std::reverse(people.begin(), people.end());

    QString note = DemoGenerator::tr("Invented demo data. Identities are Skatteverket's test numbers, never assigned to "
                                     "a real person.");
    if (identities.reservnummerUsed() > 0)
        note += QLatin1Char(' ')
              + DemoGenerator::tr("The test numbers ran out: %n participants have an invented reservnummer (RES-...) instead.",
                                  nullptr, identities.reservnummerUsed());
    team.write(QStringLiteral("demo.generate"), [&](WriteContext &ctx) {
        DemoTeam::setQuotas(ctx);
        SettingsRepository::setMeta(ctx, QStringLiteral("demo_note"), note);
        ctx.setDetail(QStringLiteral("team settings"));
    });

    // A few large transactions: one per batch rather than one per person keeps 1,000s fast.
    constexpr qsizetype kBatch = 500;
    for (qsizetype start = 0; start < people.size(); start += kBatch) {
        const qsizetype end = std::min(start + kBatch, people.size());
        team.write(QStringLiteral("demo.generate"), [&](WriteContext &ctx) {
            for (qsizetype i = start; i < end; ++i) {
                const qint64 id = ParticipantRepository::insert(ctx, people[i].participant);
                ctx.audit(QStringLiteral("participant.create"), id, QStringLiteral("demo"));
                context.referred.insert(id, people.at(i).referred);
            }
            ctx.setDetail(QStringLiteral("participants %1-%2").arg(start + 1).arg(end));
        });
    }
}

} // namespace samsyn
