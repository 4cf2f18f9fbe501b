// SPDX-License-Identifier: EUPL-1.2
// ExitReportData::gather: the enrollment's history, read from the team file and resolved to
// the words the document prints.
#include "exit/exitreportdata.h"

#include "storage/assessmentrepository.h"
#include "storage/attendancerepository.h"
#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"
#include "storage/settingsrepository.h"
#include "storage/siprepository.h"
#include "util/error.h"

namespace samsyn {

namespace {

// Ratings made up to a month before the start still describe the start: the form is often
// filled in at the first meeting, before the formal start date.
constexpr int kStartRatingSlackDays = 31;

QString codeLabel(const SettingsRepository &settings, const QString &table, const QString &code)
{
    if (code.isEmpty())
        return {};
    const std::optional<CodeEntry> entry = settings.code(table, code);
    return entry ? entry->displayLabel() : code;
}

QString partyName(const SettingsRepository &settings, const std::optional<qint64> &id)
{
    const std::optional<Party> p = id ? settings.party(*id) : std::nullopt;
    return p ? p->name : QString();
}

// The referral that led to this stay: the newest one received on or before its start.
std::optional<Referral> referralFor(Database &db, const Enrollment &e)
{
    std::optional<Referral> best;
    for (const Referral &r : ReferralRepository(db).forParticipant(e.participantId)) {
        if (r.receivedOn <= e.startDate && (!best || r.receivedOn >= best->receivedOn))
            best = r;
    }
    return best;
}

void addMeasures(ExitReportData &d, Database &db)
{
    const AssessmentRepository assessments(db);
    for (Instrument instrument : {Instrument::Who5, Instrument::Kasam13, Instrument::Kasam29}) {
        QList<Assessment> inPeriod;
        for (const Assessment &a : assessments.list(d.participantId, instrument)) {
            if (a.total && a.date >= d.start.addDays(-kStartRatingSlackDays) && a.date <= d.end)
                inPeriod << a;
        }
        if (inPeriod.isEmpty())
            continue;
        std::stable_sort(inPeriod.begin(), inPeriod.end(), [](const Assessment &a, const Assessment &b) { return a.date < b.date; });
        ExitReportMeasure m;
        m.instrument = AssessmentScoring::code(instrument);
        m.startDate = inPeriod.constFirst().date;
        m.startTotal = *inPeriod.constFirst().total;
        if (inPeriod.size() > 1) {
            m.latestDate = inPeriod.constLast().date;
            m.latestTotal = *inPeriod.constLast().total;
        }
        d.measures << m;
    }
}

void addPlan(ExitReportData &d, Database &db, const SettingsRepository &settings)
{
    const SipRepository sips(db);
    std::optional<qint64> plan = sips.planForEnrollment(d.enrollmentId);
    if (!plan) {
        const QList<qint64> plans = sips.plans(d.participantId);
        if (!plans.isEmpty())
            plan = plans.constLast();
    }
    const std::optional<SipVersion> v = plan ? sips.current(*plan) : std::nullopt;
    if (!v)
        return;
    for (const SipGoal &g : v->goals)
        d.goals << ExitReportGoal{g.text, g.reached};
    for (const SipAction &a : v->actions)
        d.actions << ExitReportAction{partyName(settings, a.partyId), a.contact, a.what, a.start, a.due, a.status};
}

} // namespace

ExitReportData ExitReportData::gather(Database &db, qint64 enrollmentId)
{
    const std::optional<Enrollment> e = EnrollmentRepository(db).get(enrollmentId);
    if (!e)
        throw Error(ErrorCode::NotFound, tr("The enrollment is no longer in the team file."));
    if (!e->exit)
        throw Error(ErrorCode::NotFound, tr("The enrollment has not ended yet; record the exit before the slutdokumentation."));
    const std::optional<Participant> person = ParticipantRepository(db).get(e->participantId);
    if (!person)
        throw Error(ErrorCode::NotFound, tr("The participant is no longer in the team file."));
    const SettingsRepository settings(db);
    const EnrollmentExit &x = *e->exit;

    ExitReportData d;
    d.enrollmentId = e->id;
    d.participantId = e->participantId;
    d.name = person->displayName();
    const std::optional<Personnummer> pnr = person->personnummer();
    d.identity = pnr ? (pnr->isSwedish() ? pnr->twelveWithDash() : pnr->canonical()) : QString();
    const std::optional<Programme> programme = settings.programme(e->programmeId);
    d.programme = programme ? programme->name : QString();
    const std::optional<Member> coordinator = e->coordinatorId ? settings.member(*e->coordinatorId) : std::nullopt;
    d.coordinator = coordinator ? coordinator->name : QString();
    d.start = e->startDate;
    d.end = x.endDate;

    if (const std::optional<Referral> r = referralFor(db, *e)) {
        d.hasReferral = true;
        d.referringParty = partyName(settings, r->referringPartyId);
        d.referredOn = r->receivedOn;
        d.referralReason = r->reason.trimmed();
        d.ownWish = r->ownWish.trimmed();
    }
    addPlan(d, db, settings);

    const AttendanceRate rate = AttendanceRepository(db).rate(d.participantId, d.start, d.end);
    d.sessions = rate.sessions;
    d.present = rate.present;
    d.absentNotified = rate.absentNotified;
    d.absent = rate.absent + rate.unmarked;
    addMeasures(d, db);

    d.exitReason = codeLabel(settings, CodeTable::ExitReason, x.reason);
    d.occupationAfter = codeLabel(settings, CodeTable::Occupation, x.occupationAfter);
    for (const QString &code : x.incomeAfter)
        d.incomeAfter << codeLabel(settings, CodeTable::IncomeSource, code);
    d.extentPercent = x.extentPercent;
    d.readier = x.readier;
    d.onwardPlan = x.onwardPlan.trimmed();
    d.handoverParty = partyName(settings, x.handoverPartyId);
    d.handoverContact = x.handoverContact.trimmed();
    d.sipContinues = x.sipContinues;
    d.ownView = x.ownView.trimmed();
    d.followup1Due = x.followup1Due;
    d.followup2Due = x.followup2Due;
    return d;
}

} // namespace samsyn
