// SPDX-License-Identifier: EUPL-1.2
// ExtractHistory: what happened during the stays: plans, notes, group attendance, self-ratings
// and events. Summaries, not copies: the SIP and the slutdokumentation print in full on their own.
#include "extract/extracthistory.h"

#include "documents/documentmodel.h"
#include "domain/assessmentscoring.h"
#include "domain/note.h"
#include "domain/participantevent.h"
#include "sip/sipdocument.h"
#include "storage/assessmentrepository.h"
#include "storage/attendancerepository.h"
#include "storage/noterepository.h"
#include "storage/participanteventrepository.h"
#include "storage/settingsrepository.h"
#include "storage/siprepository.h"

#include <algorithm>

namespace samsyn {

namespace {

using H = ExtractHistory;

QString goalsText(const SipVersion &v)
{
    QStringList goals;
    for (const SipGoal &g : v.goals) {
        const QString reached = SipDocument::goalReachedLabel(g.reached);
        goals << (reached.isEmpty() ? g.text : ExtractHistory::tr("%1 (%2)").arg(g.text, reached.toLower()));
    }
    return goals.join(QLatin1Char('\n'));
}

QString actionsText(const SipVersion &v, const SettingsRepository &settings)
{
    QStringList actions;
    for (const SipAction &a : v.actions) {
        const QString who = settings.partyName(a.partyId);
        QString line = who.isEmpty() ? a.what : ExtractHistory::tr("%1 (%2)").arg(a.what, who);
        if (a.due.isValid())
            line = ExtractHistory::tr("%1, by %2").arg(line, H::iso(a.due));
        actions << line;
    }
    return actions.join(QLatin1Char('\n'));
}

QString ratingValue(const Assessment &a, const SettingsRepository &settings)
{
    if (a.instrument == Instrument::Steps)
        return settings.codeLabel(QStringLiteral("step_scale"), a.step);
    if (!a.total)
        return {};
    if (a.instrument == Instrument::Who5)
        return ExtractHistory::tr("%1 % (raw score %2 of 25)").arg(AssessmentScoring::who5Percent(*a.total)).arg(*a.total);
    return ExtractHistory::tr("%1 (total)").arg(*a.total);
}

QString itemAnswers(const QList<int> &items)
{
    QStringList answers;
    for (int item : items)
        answers << QString::number(item);
    return answers.join(QStringLiteral(", "));
}

} // namespace

void ExtractHistory::plans(Document &d, const Source &s)
{
    d.heading(tr("Coordinated individual plans (SIP)"));
    const SipRepository sips(s.db);
    const QList<qint64> planIds = sips.plans(s.participantId);
    if (planIds.isEmpty())
        return nothing(d, tr("No SIP has been written."));
    d.paragraph(tr("Each version of a plan in short. A plan can be printed in full; ask us if you want a copy."));
    doc::Table t{{tr("Version"), tr("Meeting"), tr("Goals"), tr("Who does what")}, {}, {10, 14, 34, 42}, {}};
    for (qint64 plan : planIds) {
        for (int version = 1; version <= sips.versionCount(plan); ++version) {
            const std::optional<SipVersion> v = sips.version(plan, version);
            if (v)
                t.rows << QStringList{QString::number(v->version), iso(v->meetingDate), goalsText(*v), actionsText(*v, s.settings)};
        }
    }
    d.table(t);
}

void ExtractHistory::notes(Document &d, const Source &s)
{
    d.heading(tr("Notes"));
    QList<Note> list = NoteRepository(s.db).list(s.participantId);
    if (list.isEmpty())
        return nothing(d, tr("No notes are written."));
    std::reverse(list.begin(), list.end()); // oldest first: the extract reads as a story
    doc::Table t{{tr("Date"), tr("Kind of contact"), tr("Written by"), tr("Note")}, {}, {13, 16, 21, 50}, {}};
    for (const Note &n : list)
        t.rows << QStringList{iso(n.date), NoteKinds::label(n.kind), orNotRecorded(s.settings.memberName(n.authorId)), n.text};
    d.table(t);
}

void ExtractHistory::attendance(Document &d, const Source &s)
{
    d.heading(tr("Group activities"));
    const AttendanceRepository repository(s.db);
    const QList<GroupMembership> groups = repository.memberships(s.participantId);
    if (groups.isEmpty())
        return nothing(d, tr("You have not taken part in any group activity."));
    doc::Table t{{tr("Group"), tr("From"), tr("Until"), tr("Present"), tr("Absent with notice"), tr("Absent")},
                 {},
                 {28, 14, 14, 14, 16, 14},
                 {3, 4, 5}};
    for (const GroupMembership &g : groups) {
        const AttendanceRate r = repository.rate(s.participantId, g.from, g.to.isValid() ? g.to : s.today);
        t.rows << QStringList{g.name, iso(g.from), g.to.isValid() ? iso(g.to) : tr("Ongoing"),
                              tr("%1 of %2").arg(r.present).arg(r.sessions), QString::number(r.absentNotified),
                              QString::number(r.absent)};
    }
    d.table(t);
}

void ExtractHistory::assessments(Document &d, const Source &s)
{
    d.heading(tr("Self-ratings"));
    const AssessmentRepository repository(s.db);
    QList<Assessment> all;
    for (Instrument instrument : {Instrument::Who5, Instrument::Kasam13, Instrument::Kasam29, Instrument::Steps})
        all << repository.list(s.participantId, instrument);
    if (all.isEmpty())
        return nothing(d, tr("No self-ratings are recorded."));
    std::stable_sort(all.begin(), all.end(), [](const Assessment &a, const Assessment &b) { return a.date < b.date; });
    doc::Table t{{tr("Date"), tr("Rating"), tr("Result"), tr("Answers per item")}, {}, {14, 20, 36, 30}, {}};
    for (const Assessment &a : all)
        t.rows << QStringList{iso(a.date), AssessmentScoring::label(a.instrument), ratingValue(a, s.settings),
                              itemAnswers(a.items)};
    d.table(t);
}

void ExtractHistory::events(Document &d, const Source &s)
{
    const QList<ParticipantEvent> list = ParticipantEventRepository(s.db).forParticipant(s.participantId);
    if (list.isEmpty())
        return; // optional: most teams record none
    d.heading(tr("Steps on the way"));
    doc::Table t{{tr("Date"), tr("What happened")}, {}, {20, 80}, {}};
    for (const ParticipantEvent &e : list)
        t.rows << QStringList{iso(e.date), s.settings.codeLabel(ParticipantEvent::kCategoryTable, e.category)};
    d.table(t);
}

} // namespace samsyn
