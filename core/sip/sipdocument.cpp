// SPDX-License-Identifier: EUPL-1.2
#include "sip/sipdocument.h"

#include "documents/documentmeta.h"
#include "storage/database.h"
#include "storage/enrolmentsettings.h"
#include "storage/participantrepository.h"
#include "storage/settingsrepository.h"
#include "storage/siprepository.h"
#include "teamfile.h"
#include "util/error.h"

namespace samsyn {

namespace {

QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// An empty field prints as a quiet line rather than a bare heading, so a reader sees it was
// left open rather than lost.
void textOrNote(Document &d, const QString &text)
{
    if (text.trimmed().isEmpty())
        d.paragraph(SipDocument::tr("Nothing written here yet."), doc::Emphasis::Note);
    else
        d.paragraph(text.trimmed());
}

QString partyName(const SettingsRepository &settings, const std::optional<qint64> &id)
{
    if (!id)
        return {};
    const std::optional<Party> p = settings.party(*id);
    return p ? p->name : QString();
}

QString twoLines(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return first + QLatin1Char('\n') + second;
}

void goalsSection(Document &d, const SipVersion &v)
{
    d.heading(SipDocument::tr("My goals"), 2);
    if (v.goals.isEmpty()) {
        d.paragraph(SipDocument::tr("No goals written yet."), doc::Emphasis::Note);
        return;
    }
    QStringList goals;
    for (const SipGoal &g : v.goals) {
        const QString reached = SipDocument::goalReachedLabel(g.reached);
        goals << (reached.isEmpty() ? g.text : SipDocument::tr("%1 (%2)").arg(g.text, reached.toLower()));
    }
    d.bullets(goals);
}

void actionsSection(Document &d, const SipVersion &v, const SettingsRepository &settings)
{
    d.heading(SipDocument::tr("Who does what, by when"));
    if (v.actions.isEmpty()) {
        d.paragraph(SipDocument::tr("No actions agreed yet."), doc::Emphasis::Note);
        return;
    }
    doc::Table t{{SipDocument::tr("What"), SipDocument::tr("Who"), SipDocument::tr("From"), SipDocument::tr("By"),
                  SipDocument::tr("Status")},
                 {},
                 {34, 25, 14, 14, 13},
                 {}};
    for (const SipAction &a : v.actions)
        t.rows << QStringList{a.what, twoLines(partyName(settings, a.partyId), a.contact), iso(a.start), iso(a.due),
                              SipDocument::actionStatusLabel(a.status)};
    d.table(t);
}

void responsibilitySection(Document &d, const SipVersion &v, const SettingsRepository &settings)
{
    d.heading(SipDocument::tr("Who holds the overall responsibility"));
    const QString lead = partyName(settings, v.leadPartyId);
    d.keyValues({{SipDocument::tr("Lead responsibility"), lead.isEmpty() ? SipDocument::tr("Not decided yet") : lead},
                 {SipDocument::tr("Contact person"), v.leadContact.trimmed().isEmpty() ? SipDocument::tr("Not named yet")
                                                                                       : v.leadContact.trimmed()}});
    d.heading(SipDocument::tr("My consent"), 2);
    d.paragraph(v.consentGiven ? SipDocument::tr("I agree to this plan, and that those who take part in it may share the "
                                                 "information the plan needs with each other.")
                               : SipDocument::tr("My consent to the plan has not been recorded."));
}

void meetingSection(Document &d, const SipVersion &v)
{
    d.heading(SipDocument::tr("Next follow-up"));
    d.paragraph(v.nextFollowup.isValid() ? SipDocument::tr("We meet again to follow up the plan on %1.").arg(iso(v.nextFollowup))
                                         : SipDocument::tr("The date of the next follow-up is not set yet."));
    d.heading(SipDocument::tr("Who took part in the meeting"));
    if (v.participants.isEmpty()) {
        d.paragraph(SipDocument::tr("Not recorded."), doc::Emphasis::Note);
        return;
    }
    doc::Table t{{SipDocument::tr("Name"), SipDocument::tr("Organisation"), SipDocument::tr("Role")}, {}, {34, 36, 30}, {}};
    for (const SipMeetingParticipant &p : v.participants)
        t.rows << QStringList{p.name, p.organisation, p.role};
    d.table(t);
}

void followupSection(Document &d, const QList<SipFollowup> &log)
{
    d.heading(SipDocument::tr("Follow-ups so far"));
    if (log.isEmpty()) {
        d.paragraph(SipDocument::tr("This is the first version of the plan; it has not been followed up yet."), doc::Emphasis::Note);
        return;
    }
    doc::Table t{{SipDocument::tr("Date"), SipDocument::tr("Version"), SipDocument::tr("What we said"), SipDocument::tr("Written by")},
                 {},
                 {14, 10, 54, 22},
                 {}};
    for (const SipFollowup &f : log)
        t.rows << QStringList{iso(f.date), QString::number(f.version), f.text, f.authorName};
    d.table(t);
}

} // namespace

std::optional<qint64> SipDocument::latestPlan(Database &db, qint64 participantId)
{
    const QList<qint64> plans = SipRepository(db).plans(participantId);
    if (plans.isEmpty())
        return std::nullopt;
    return plans.constLast();
}

Document SipDocument::build(TeamFile &team, qint64 planId, int number)
{
    Database &db = team.database();
    const SipRepository sips(db);
    const std::optional<SipVersion> found = number > 0 ? sips.version(planId, number) : sips.current(planId);
    if (!found) {
        if (number > 0)
            throw Error(ErrorCode::NotFound, tr("The SIP has no version %1; it has %n version(s).", nullptr, sips.versionCount(planId))
                                                 .arg(number));
        throw Error(ErrorCode::NotFound, tr("There is no SIP with id %1 in this team file.").arg(planId));
    }
    const SipVersion &v = *found;
    const std::optional<Participant> person = ParticipantRepository(db).get(sips.planParticipant(planId).value_or(0));
    if (!person)
        throw Error(ErrorCode::NotFound, tr("The person this SIP belongs to is no longer in the team file."));
    const SettingsRepository settings(db);
    const std::optional<Personnummer> pnr = person->personnummer();

    Document d;
    d.title = tr("Coordinated individual plan (SIP)");
    d.subtitle = tr("%1 · version %2 · %3").arg(person->displayName()).arg(v.version).arg(iso(v.meetingDate));
    d.meta = DocumentMeta::forTeam(team);
    d.keyValues({{tr("Name"), person->displayName()},
                 {tr("Personal identity number"), pnr ? (pnr->isSwedish() ? pnr->twelveWithDash() : pnr->canonical()) : QString()},
                 {tr("Date of the SIP meeting"), iso(v.meetingDate)},
                 {tr("Version of the plan"), QString::number(v.version)}});

    d.heading(tr("What matters to me"));
    textOrNote(d, v.ownDescription);
    goalsSection(d, v);

    d.heading(tr("What I need"));
    textOrNote(d, v.needs);

    actionsSection(d, v, settings);
    d.heading(tr("What I do myself"), 2);
    textOrNote(d, v.ownActions);
    d.heading(tr("What Försäkringskassan, Arbetsförmedlingen and others do"), 2);
    textOrNote(d, v.othersActions);

    responsibilitySection(d, v, settings);
    meetingSection(d, v);
    followupSection(d, sips.followups(planId, v.version));

    const QString legal = EnrolmentSettings::load(db).sipLegalReference.trimmed();
    d.spacer(6).paragraph(legal.isEmpty() ? defaultLegalReference() : legal, doc::Emphasis::Note);
    d.spacer(10).signatures({tr("Signature: %1").arg(person->displayName()), tr("Signature: lead responsibility")});
    return d;
}

QString SipDocument::defaultLegalReference()
{
    // The SIP duty is in both the Social Services Act and the Health and Medical Services Act.
    // The Social Services Act was replaced in 2025 (SFS 2025:400) and its paragraphs were
    // renumbered, so the team sets its own wording (meta key sip_legal_reference) to follow the
    // law in force; this default names the laws and the paragraphs as most forms still cite them.
    return tr("The plan is drawn up under 2 kap. 7 § socialtjänstlagen and 16 kap. 4 § hälso- och sjukvårdslagen "
              "(the paragraphs as numbered before the new Social Services Act of 2025; the law in force applies).");
}

QString SipDocument::actionStatusLabel(const QString &status)
{
    if (status == QLatin1String("planned"))
        return tr("Planned");
    if (status == QLatin1String("ongoing"))
        return tr("Ongoing");
    if (status == QLatin1String("done"))
        return tr("Done");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

QString SipDocument::goalReachedLabel(const QString &reached)
{
    if (reached == QLatin1String("fully"))
        return tr("Reached");
    if (reached == QLatin1String("partly"))
        return tr("Partly reached");
    if (reached == QLatin1String("not"))
        return tr("Not reached");
    return {};
}

} // namespace samsyn
