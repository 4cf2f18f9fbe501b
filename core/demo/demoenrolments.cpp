// SPDX-License-Identifier: EUPL-1.2
// Demo stage: the stays of everyone the meetings offered a place. An enrollment from the
// planned start, a SIP with one to three follow-ups for most, notes, WHO-5 (and for some
// KASAM-13) at the start and at the end (improving for most), attendance for the group
// programme, and for those the first stage made exited an exit in the seeds' proportions
// (about a third to work or studies; 75 % feel readier) with the follow-ups that are due.
#include "demo/demoenrolmenttexts.h"
#include "demo/demogenerator.h"
#include "demo/demostages.h"
#include "demo/demoteam.h"

#include "domain/decision.h"
#include "domain/note.h"
#include "domain/participant.h"
#include "storage/assessmentrepository.h"
#include "storage/attendancerepository.h"
#include "storage/enrollmentrepository.h"
#include "storage/noterepository.h"
#include "storage/participantrepository.h"
#include "storage/referralassessmentrepository.h"
#include "storage/referralrepository.h"
#include "storage/settingsrepository.h"
#include "storage/siprepository.h"
#include "teamfile.h"

#include <QMap>

#include <algorithm>

namespace samsyn {

namespace {

using T = DemoEnrolmentTexts;

struct Stay
{
    Participant person;
    qint64 programmeId = 0;
    std::optional<qint64> coordinatorId;
    QDate start;
    QDate horizon; // the end of the stay, or today for one still open
    bool group = false;
    qint64 enrollmentId = 0;
};

struct Pools
{
    QMap<PartyKind, QList<Party>> parties;
    QMap<qint64, QString> memberNames;
    QString groupName;
};

// The exit reasons and how often they happen: a third to work or studies (the seeds aim for
// 30-40 %), most others onward to another programme or back to the referring party.
struct ExitShape
{
    QString reason;
    int weight;
    QString occupation;
    QString income; // empty: the income at the start continues
};
const QList<ExitShape> kExits{
    {QStringLiteral("arbete"), 24, QStringLiteral("forvarvsarbete"), QStringLiteral("lon")},
    {QStringLiteral("studier"), 11, QStringLiteral("studier"), QStringLiteral("studiemedel")},
    {QStringLiteral("rehab_af"), 14, QStringLiteral("rehabilitering"), QString()},
    {QStringLiteral("forstarkt_samarbete"), 8, QStringLiteral("rehabilitering"), QString()},
    {QStringLiteral("annan_insats"), 10, QStringLiteral("annan_insats"), QString()},
    {QStringLiteral("ater_remittent"), 13, QStringLiteral("arbetssokande"), QString()},
    {QStringLiteral("flytt"), 5, QStringLiteral("okand"), QString()},
    {QStringLiteral("avbrott"), 8, QStringLiteral("ingen"), QString()},
    {QStringLiteral("sjukdom"), 6, QStringLiteral("sjukskriven"), QString()},
    {QStringLiteral("annat"), 1, QStringLiteral("okand"), QString()},
};

const ExitShape &exitShape(QRandomGenerator &random)
{
    int total = 0;
    for (const ExitShape &e : kExits)
        total += e.weight;
    int roll = random.bounded(total);
    for (const ExitShape &e : kExits) {
        if (roll < e.weight)
            return e;
        roll -= e.weight;
    }
    return kExits.constLast();
}

bool workOrStudies(const ExitShape &e)
{
    return e.reason == QLatin1String("arbete") || e.reason == QLatin1String("studier");
}

std::optional<qint64> partyOf(const Pools &pools, PartyKind kind, QRandomGenerator &random)
{
    const QList<Party> list = pools.parties.value(kind);
    if (list.isEmpty())
        return std::nullopt;
    return list.at(random.bounded(int(list.size()))).id;
}

// The offer that put the person in a programme, from the referrals stage.
std::optional<ReferralAssessment> offerFor(Database &db, qint64 participantId)
{
    for (const Referral &r : ReferralRepository(db).forParticipant(participantId)) {
        for (const ReferralAssessment &a : ReferralAssessmentRepository(db).forReferral(r.id)) {
            if (a.decision == DecisionKind::Offer && a.programmeId)
                return a;
        }
    }
    return std::nullopt;
}

QList<Stay> plannedStays(DemoContext &context, const Pools &pools)
{
    Database &db = context.team.database();
    const ParticipantRepository participants(db);
    QList<qint64> ids = context.referred.keys();
    std::sort(ids.begin(), ids.end()); // QHash order is not stable across runs; the draws must be
    QMap<qint64, QString> programmes;
    for (const Programme &p : SettingsRepository(db).programmes())
        programmes.insert(p.id, p.name);
    QList<Stay> stays;
    for (qint64 id : ids) {
        const std::optional<Participant> p = participants.get(id);
        if (!p || p->status == ParticipantStatus::Referred || p->status == ParticipantStatus::Waiting)
            continue;
        const std::optional<ReferralAssessment> offer = offerFor(db, id);
        if (!offer)
            continue; // declined: the person left without a stay
        Stay s;
        s.person = *p;
        s.programmeId = *offer->programmeId;
        s.coordinatorId = offer->coordinatorId;
        s.start = std::min(offer->plannedStart.isValid() ? offer->plannedStart : offer->decidedOn, context.today);
        s.group = programmes.value(s.programmeId) == pools.groupName;
        stays << s;
    }
    return stays;
}

SipVersion firstPlan(const Stay &s, const Pools &pools, QDate meeting, QRandomGenerator &random)
{
    SipVersion v;
    v.meetingDate = meeting;
    v.ownDescription = T::pick(T::ownDescriptions(), random);
    v.needs = T::pick(T::needs(), random);
    v.ownActions = T::pick(T::ownActions(), random);
    v.othersActions = T::pick(T::othersActions(), random);
    v.leadPartyId = partyOf(pools, random.bounded(2) == 0 ? PartyKind::Municipality : PartyKind::Region, random);
    v.leadContact = s.coordinatorId ? pools.memberNames.value(*s.coordinatorId) : QString();
    v.consentGiven = random.bounded(100) < 95;
    v.participants << SipMeetingParticipant{s.person.displayName(), QString(), QStringLiteral("Den planen gäller"), QStringLiteral("person")};
    if (s.coordinatorId)
        v.participants << SipMeetingParticipant{pools.memberNames.value(*s.coordinatorId), QStringLiteral("Samverkansteamet"),
                                                QStringLiteral("Koordinator"), QStringLiteral("team_member")};
    v.participants << SipMeetingParticipant{QStringLiteral("Handläggare %1").arg(random.bounded(1, 40)), PartyKinds::label(PartyKind::Fk),
                                            QStringLiteral("Handläggare"), QStringLiteral("case_officer")};
    QStringList goals = T::goals();
    for (int i = 0, n = random.bounded(1, 4); i < n && !goals.isEmpty(); ++i)
        v.goals << SipGoal{goals.takeAt(random.bounded(int(goals.size()))), QStringLiteral("not_assessed")};
    QList<T::ActionText> actions = T::actions();
    for (int i = 0, n = random.bounded(2, 5); i < n && !actions.isEmpty(); ++i) {
        const T::ActionText a = actions.takeAt(random.bounded(int(actions.size())));
        const QDate from = meeting.addDays(random.bounded(7, 30));
        v.actions << SipAction{a.what, partyOf(pools, a.party, random), QStringLiteral("Kontaktperson %1").arg(random.bounded(1, 60)),
                               from, from.addMonths(random.bounded(2, 7)), QStringLiteral("planned")};
    }
    return v;
}

// Actions move on at each follow-up: planned ones start, started ones get done.
void progress(SipVersion &v, QRandomGenerator &random)
{
    for (SipAction &a : v.actions) {
        if (a.status == QLatin1String("planned"))
            a.status = random.bounded(10) < 8 ? QStringLiteral("ongoing") : QStringLiteral("cancelled");
        else if (a.status == QLatin1String("ongoing") && random.bounded(2) == 0)
            a.status = QStringLiteral("done");
    }
}

void demoPlan(WriteContext &ctx, const Stay &s, const Pools &pools, std::optional<const ExitShape *> exit, QRandomGenerator &random)
{
    const QDate meeting = s.start.addDays(random.bounded(14, 36));
    if (meeting > s.horizon)
        return;
    SipVersion v = firstPlan(s, pools, meeting, random);
    const qint64 plan = SipRepository::createPlan(ctx, s.person.id, s.enrollmentId, v);
    const int followups = random.bounded(1, 4);
    for (int i = 0; i < followups; ++i) {
        const QDate date = v.nextFollowup.addDays(random.bounded(-7, 15));
        if (date > s.horizon || date < v.meetingDate)
            break;
        v = SipRepository::followUp(ctx, plan, date, T::pick(T::followupLog(), random), s.coordinatorId);
        progress(v, random);
        SipRepository::updateCurrent(ctx, v);
    }
    if (!exit)
        return;
    // At the end, how far each goal was reached follows how the stay ended.
    const bool good = workOrStudies(**exit);
    for (SipGoal &g : v.goals) {
        const int roll = random.bounded(10);
        g.reached = roll < (good ? 6 : 2) ? QStringLiteral("fully") : roll < (good ? 9 : 6) ? QStringLiteral("partly") : QStringLiteral("not");
    }
    for (SipAction &a : v.actions) {
        if (a.status == QLatin1String("ongoing") || a.status == QLatin1String("planned"))
            a.status = random.bounded(10) < 7 ? QStringLiteral("done") : QStringLiteral("cancelled");
    }
    SipRepository::updateCurrent(ctx, v);
}

void demoNotes(WriteContext &ctx, const Stay &s, QRandomGenerator &random)
{
    const int days = int(s.start.daysTo(s.horizon));
    const int count = std::clamp(days / 45, 1, 6);
    const QList<NoteKind> kinds = NoteKinds::all();
    for (int i = 0; i < count; ++i) {
        Note n;
        n.participantId = s.person.id;
        n.date = s.start.addDays(random.bounded(days + 1));
        const int k = s.group ? random.bounded(int(kinds.size())) : random.bounded(10) < 5 ? 0 : random.bounded(1, 5);
        n.kind = kinds.at(k == 3 && !s.group ? 0 : k);
        n.authorId = s.coordinatorId;
        n.text = T::notes().at(int(n.kind));
        NoteRepository::add(ctx, n);
    }
}

void rateWho5(WriteContext &ctx, qint64 participantId, QDate date, int raw, QRandomGenerator &random)
{
    // Spread the raw score over the five items (0-5 each) in a shuffled order.
    QList<int> items(5, 0);
    for (int left = std::clamp(raw, 0, 25); left > 0;) {
        const int i = random.bounded(5);
        if (items[i] < 5) {
            ++items[i];
            --left;
        }
    }
    Assessment a;
    a.participantId = participantId;
    a.date = date;
    a.instrument = Instrument::Who5;
    a.items = items;
    AssessmentRepository::add(ctx, a);
}

void rateKasam(WriteContext &ctx, qint64 participantId, QDate date, int total)
{
    Assessment a;
    a.participantId = participantId;
    a.date = date;
    a.instrument = Instrument::Kasam13;
    a.total = std::clamp(total, 13, 91);
    AssessmentRepository::add(ctx, a);
}

// WHO-5 at the start and, when the stay has lasted, at its end: most improve.
void demoRatings(WriteContext &ctx, const Stay &s, QRandomGenerator &random)
{
    const QDate first = std::min(s.start.addDays(random.bounded(0, 15)), s.horizon);
    const int startRaw = random.bounded(5, 15);
    const bool kasam = random.bounded(2) == 0;
    const int startKasam = random.bounded(38, 62);
    rateWho5(ctx, s.person.id, first, startRaw, random);
    if (kasam)
        rateKasam(ctx, s.person.id, first, startKasam);
    if (s.start.daysTo(s.horizon) < 90)
        return;
    const bool better = random.bounded(100) < 72;
    const int change = better ? random.bounded(2, 9) : -random.bounded(0, 4);
    rateWho5(ctx, s.person.id, s.horizon, startRaw + change, random);
    if (kasam)
        rateKasam(ctx, s.person.id, s.horizon, startKasam + (better ? random.bounded(3, 15) : -random.bounded(0, 6)));
}

void demoExit(WriteContext &ctx, const Stay &s, const ExitShape &shape, const Pools &pools, const DemoContext &context,
              QRandomGenerator &random)
{
    EnrollmentExit x;
    x.endDate = s.horizon;
    x.reason = shape.reason;
    x.occupationAfter = shape.occupation;
    x.incomeAfter = shape.income.isEmpty() ? s.person.incomeSources : QStringList{shape.income};
    if (shape.reason == QLatin1String("arbete"))
        x.extentPercent = QList<int>{25, 50, 50, 75, 100, 100}.at(random.bounded(6));
    else if (shape.reason == QLatin1String("studier"))
        x.extentPercent = random.bounded(2) == 0 ? 50 : 100;
    x.readier = random.bounded(100) < (workOrStudies(shape) ? 92 : 65);
    x.onwardPlan = T::onwardPlans().at(shape.reason == QLatin1String("arbete") ? 0 : shape.reason == QLatin1String("studier") ? 1
                                       : shape.reason.startsWith(QLatin1String("rehab")) || shape.reason == QLatin1String("forstarkt_samarbete") ? 2
                                       : shape.reason == QLatin1String("ater_remittent") ? 3 : 4);
    if (!workOrStudies(shape) && shape.reason != QLatin1String("flytt")) {
        x.handoverPartyId = partyOf(pools, shape.reason == QLatin1String("sjukdom") ? PartyKind::Region : PartyKind::Af, random);
        x.handoverContact = QStringLiteral("Handläggare %1").arg(random.bounded(1, 40));
        x.sipContinues = random.bounded(3) == 0;
    }
    x.ownView = T::ownViews().at(workOrStudies(shape) ? random.bounded(3) : 3);
    EnrollmentRepository::exit(ctx, s.enrollmentId, x);
    const std::optional<Enrollment> e = EnrollmentRepository(ctx.db()).get(s.enrollmentId);
    const QList<QDate> due{e->exit->followup1Due, e->exit->followup2Due};
    for (int which = 1; which <= 2; ++which) {
        const QDate done = due.at(which - 1).addDays(random.bounded(0, 12));
        if (done > context.today || random.bounded(100) >= 85)
            continue; // not yet due, or not done: Översikt shows it
        const int result = workOrStudies(shape) ? random.bounded(2) : random.bounded(2, 4);
        EnrollmentRepository::recordFollowup(ctx, s.enrollmentId, which, done, T::followupResults().at(result));
    }
}

void live(WriteContext &ctx, Stay &s, const Pools &pools, DemoContext &context)
{
    QRandomGenerator &random = context.random;
    Enrollment e;
    e.participantId = s.person.id;
    e.programmeId = s.programmeId;
    e.coordinatorId = s.coordinatorId;
    e.startDate = s.start;
    e.method = s.group ? QStringLiteral("grupp") : random.bounded(10) < 7 ? QStringLiteral("individuellt") : QStringLiteral("kombination");
    e.registration = s.person.protectedIdentity ? QStringLiteral("anonymous_protected")
                   : random.bounded(100) < 8    ? QStringLiteral("anonymous_no_consent")
                                                : QStringLiteral("consent");
    e.incomeAtStart = s.person.incomeSources;
    e.occupation = s.person.occupation;
    e.education = s.person.education;
    e.supportTime = s.person.supportTime;
    s.enrollmentId = EnrollmentRepository::enrol(ctx, e);

    // How long the stay lasts: the group programme is shorter, everything ends by today.
    const int days = s.group ? random.bounded(60, 200) : random.bounded(90, 420);
    const ParticipantStatus status = s.person.status;
    s.horizon = status == ParticipantStatus::Exited ? std::min(s.start.addDays(days), context.today) : context.today;
    const ExitShape *shape = status == ParticipantStatus::Exited ? &exitShape(random) : nullptr;

    if (random.bounded(100) < 80)
        demoPlan(ctx, s, pools, shape ? std::optional<const ExitShape *>(shape) : std::nullopt, random);
    demoNotes(ctx, s, random);
    demoRatings(ctx, s, random);
    if (status == ParticipantStatus::Passive)
        EnrollmentRepository::makePassive(ctx, s.enrollmentId, std::min(s.start.addDays(random.bounded(150, 300)), context.today));
    if (shape)
        demoExit(ctx, s, *shape, pools, context, random);
    ctx.audit(QStringLiteral("enrollment.create"), s.person.id, QStringLiteral("demo"));
}

// Three mornings a week for the group programme: a session on every Monday, Wednesday and
// Friday someone belonged to the group, each member marked by how reliably they come.
void demoAttendance(DemoContext &context, const QList<Stay> &stays)
{
    QList<const Stay *> members;
    for (const Stay &s : stays) {
        if (s.group && s.enrollmentId > 0)
            members << &s;
    }
    if (members.isEmpty())
        return;
    QMap<QDate, QList<const Stay *>> byDay;
    QHash<qint64, int> reliability;
    for (const Stay *s : members) {
        reliability.insert(s->person.id, context.random.bounded(55, 96));
        for (QDate d = s->start; d <= s->horizon; d = d.addDays(1)) {
            const int weekday = d.dayOfWeek();
            if (weekday == 1 || weekday == 3 || weekday == 5)
                byDay[d] << s;
        }
    }
    context.team.write(QStringLiteral("demo.attendance"), [&](WriteContext &ctx) {
        const qint64 activity = AttendanceRepository::addActivity(ctx, QStringLiteral("Gruppen, förmiddagar"), QStringLiteral("135"),
                                                                  QStringLiteral("09:00"));
        for (const Stay *s : members)
            AttendanceRepository::addMember(ctx, activity, s->person.id, s->start, s->horizon);
        for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
            const qint64 session = AttendanceRepository::addSession(ctx, activity, it.key());
            for (const Stay *s : it.value()) {
                const int roll = context.random.bounded(100);
                const QString status = roll < reliability.value(s->person.id) ? QStringLiteral("present")
                                     : roll % 3 == 0                          ? QStringLiteral("absent")
                                                                              : QStringLiteral("absent_notified");
                AttendanceRepository::mark(ctx, session, s->person.id, status);
            }
        }
        ctx.setDetail(QStringLiteral("group attendance"));
    });
}

} // namespace

void demoEnrolmentsAndPlans(DemoContext &context)
{
    TeamFile &team = context.team;
    const SettingsRepository settings(team.database());
    Pools pools;
    for (const Party &p : settings.parties())
        pools.parties[p.kind] << p;
    for (const Member &m : settings.members())
        pools.memberNames.insert(m.id, m.name);
    pools.groupName = DemoTeam::groupProgramme();

    QList<Stay> stays = plannedStays(context, pools);
    // A few large transactions: each commit waits for the disk, each statement does not.
    constexpr qsizetype kBatch = 250;
    for (qsizetype from = 0; from < stays.size(); from += kBatch) {
        const qsizetype to = std::min(from + kBatch, stays.size());
        team.write(QStringLiteral("demo.enrolments"), [&](WriteContext &ctx) {
            for (qsizetype i = from; i < to; ++i)
                live(ctx, stays[i], pools, context);
            ctx.setDetail(QStringLiteral("enrolments %1-%2").arg(from + 1).arg(to));
        });
    }
    demoAttendance(context, stays);
}

} // namespace samsyn
