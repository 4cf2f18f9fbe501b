// SPDX-License-Identifier: EUPL-1.2
#include "exit/exitreport.h"

#include "domain/assessmentscoring.h"
#include "sip/sipdocument.h"

#include <QLocale>
#include <QMap>

namespace samsyn {

namespace {

QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString orNotRecorded(const QString &text)
{
    return text.trimmed().isEmpty() ? ExitReport::tr("Not recorded") : text.trimmed();
}

QString yesNo(bool value)
{
    return value ? ExitReport::tr("Yes") : ExitReport::tr("No");
}

QString signedNumber(int n)
{
    return n > 0 ? QStringLiteral("+%1").arg(n) : QString::number(n); // U+2212 would not survive copy and paste into forms
}

void textOrNote(Document &d, const QString &text)
{
    if (text.trimmed().isEmpty())
        d.paragraph(ExitReport::tr("Nothing written here."), doc::Emphasis::Note);
    else
        d.paragraph(text.trimmed());
}

void referralSection(Document &d, const ExitReportData &r)
{
    d.heading(ExitReport::tr("Why we started working together"));
    if (!r.hasReferral) {
        d.paragraph(ExitReport::tr("No referral is recorded for this period."), doc::Emphasis::Note);
        return;
    }
    d.paragraph(ExitReport::tr("Referred to the team by %1 on %2.").arg(orNotRecorded(r.referringParty), iso(r.referredOn)));
    if (!r.referralReason.isEmpty())
        d.paragraph(r.referralReason);
    if (!r.ownWish.isEmpty()) {
        d.heading(ExitReport::tr("What I wished for"), 2);
        d.paragraph(r.ownWish);
    }
}

void goalsSection(Document &d, const ExitReportData &r)
{
    d.heading(ExitReport::tr("My goals and how far I reached them"));
    if (r.goals.isEmpty()) {
        d.paragraph(ExitReport::tr("No goals were written down in a plan."), doc::Emphasis::Note);
        return;
    }
    doc::Table t{{ExitReport::tr("Goal"), ExitReport::tr("How far")}, {}, {72, 28}, {}};
    for (const ExitReportGoal &g : r.goals) {
        const QString reached = SipDocument::goalReachedLabel(g.reached);
        t.rows << QStringList{g.text, reached.isEmpty() ? ExitReport::tr("Not assessed") : reached};
    }
    d.table(t);
}

// Grouped by party so each party's part reads together; actions without a party come last.
void actionsSection(Document &d, const ExitReportData &r)
{
    d.heading(ExitReport::tr("What was done, and by whom"));
    if (r.actions.isEmpty()) {
        d.paragraph(ExitReport::tr("No actions were written down in a plan."), doc::Emphasis::Note);
        return;
    }
    QStringList parties;
    for (const ExitReportAction &a : r.actions) {
        if (!parties.contains(a.party))
            parties << a.party;
    }
    if (parties.removeAll(QString()) > 0)
        parties << QString();
    for (const QString &party : parties) {
        d.heading(party.isEmpty() ? ExitReport::tr("No party named") : party, 2);
        QStringList items;
        for (const ExitReportAction &a : r.actions) {
            if (a.party != party)
                continue;
            QString when;
            if (a.start.isValid() || a.due.isValid())
                when = QStringLiteral(" (%1 – %2)").arg(iso(a.start), iso(a.due));
            QString contact = a.contact.isEmpty() ? QString() : ExitReport::tr(", contact %1").arg(a.contact);
            items << ExitReport::tr("%1%2: %3%4").arg(a.what, when, SipDocument::actionStatusLabel(a.status).toLower(), contact);
        }
        d.bullets(items);
    }
}

void attendanceSection(Document &d, const ExitReportData &r)
{
    d.heading(ExitReport::tr("Group activities"));
    if (r.sessions == 0) {
        d.paragraph(ExitReport::tr("No group activity during this period."), doc::Emphasis::Note);
        return;
    }
    const QString percent = QLocale().toString(100.0 * r.present / r.sessions, 'f', 0);
    d.paragraph(ExitReport::tr("Took part in %1 of %2 group sessions (%3 %).").arg(r.present).arg(r.sessions).arg(percent));
    if (r.absentNotified + r.absent > 0)
        d.paragraph(ExitReport::tr("Absences: %1 with notice, %2 without notice.").arg(r.absentNotified).arg(r.absent),
                    doc::Emphasis::Note);
}

void measuresSection(Document &d, const ExitReportData &r)
{
    d.heading(ExitReport::tr("Self-ratings"));
    if (r.measures.isEmpty()) {
        d.paragraph(ExitReport::tr("No self-ratings were made during this period."), doc::Emphasis::Note);
        return;
    }
    doc::Table t{{ExitReport::tr("Rating"), ExitReport::tr("At the start"), ExitReport::tr("Latest"), ExitReport::tr("Change")},
                 {},
                 {24, 22, 22, 32},
                 {}};
    bool who5 = false;
    for (const ExitReportMeasure &m : r.measures) {
        const std::optional<Instrument> instrument = AssessmentScoring::fromCode(m.instrument);
        if (!instrument)
            continue;
        const bool isWho5 = *instrument == Instrument::Who5;
        who5 = who5 || isWho5;
        auto value = [&](int total, QDate date) {
            const QString number = isWho5 ? QStringLiteral("%1 %").arg(AssessmentScoring::who5Percent(total)) : QString::number(total);
            return QStringLiteral("%1 (%2)").arg(number, iso(date));
        };
        const bool twice = m.latestDate.isValid();
        QString change = ExitReport::tr("Rated once");
        if (twice)
            change = isWho5 ? ExitReport::who5Change(m.startTotal, m.latestTotal) : signedNumber(m.latestTotal - m.startTotal);
        t.rows << QStringList{AssessmentScoring::label(*instrument), value(m.startTotal, m.startDate),
                              twice ? value(m.latestTotal, m.latestDate) : QString(), change};
    }
    d.table(t);
    if (who5)
        d.paragraph(ExitReport::tr("WHO-5 is shown in percent (0-100). A change of 10 percentage points or more is a clear change."),
                    doc::Emphasis::Note);
}

void outcomeSection(Document &d, const ExitReportData &r)
{
    d.heading(ExitReport::tr("How it ended"));
    d.keyValues({{ExitReport::tr("Reason for ending"), orNotRecorded(r.exitReason)},
                 {ExitReport::tr("Occupation after"), orNotRecorded(r.occupationAfter)},
                 {ExitReport::tr("Income after"), orNotRecorded(r.incomeAfter.join(QStringLiteral(", ")))},
                 {ExitReport::tr("Extent of work or studies"),
                  r.extentPercent ? QStringLiteral("%1 %").arg(*r.extentPercent) : ExitReport::tr("Not recorded")},
                 {ExitReport::tr("Feels readier for work or studies"), r.readier ? yesNo(*r.readier) : ExitReport::tr("Not asked")}});
}

void futureSection(Document &d, const ExitReportData &r)
{
    d.heading(ExitReport::tr("The plan ahead"));
    textOrNote(d, r.onwardPlan);
    if (!r.handoverParty.isEmpty() || !r.handoverContact.isEmpty() || r.sipContinues)
        d.keyValues({{ExitReport::tr("Handed over to"), orNotRecorded(r.handoverParty)},
                     {ExitReport::tr("Contact person"), orNotRecorded(r.handoverContact)},
                     {ExitReport::tr("The SIP continues"), yesNo(r.sipContinues)}});
    if (r.followup1Due.isValid() && r.followup2Due.isValid())
        d.paragraph(ExitReport::tr("The team will get in touch around %1 and again around %2 to hear how things are going.")
                        .arg(iso(r.followup1Due), iso(r.followup2Due)));
}

} // namespace

QString ExitReport::who5Change(int rawFrom, int rawTo)
{
    const int points = AssessmentScoring::who5Percent(rawTo) - AssessmentScoring::who5Percent(rawFrom);
    const QString text = tr("%1 percentage points").arg(signedNumber(points));
    if (!AssessmentScoring::who5ChangeMarked(rawFrom, rawTo))
        return text;
    return points > 0 ? tr("%1: a clear improvement").arg(text) : tr("%1: a clear decline").arg(text);
}

Document ExitReport::build(const ExitReportData &r, const DocumentMeta &meta)
{
    Document d;
    d.title = tr("Final report (slutdokumentation)");
    d.subtitle = tr("%1 · %2 – %3").arg(r.name, iso(r.start), iso(r.end));
    if (!r.final)
        d.subtitle += tr(" · draft");
    d.meta = meta;
    if (!r.final)
        d.paragraph(tr("Draft. The text can still be changed; the final version is kept unchanged once it is printed."),
                    doc::Emphasis::Italic);
    d.keyValues({{tr("Name"), r.name},
                 {tr("Personal identity number"), r.identity},
                 {tr("Programme"), orNotRecorded(r.programme)},
                 {tr("Period"), QStringLiteral("%1 – %2").arg(iso(r.start), iso(r.end))},
                 {tr("Coordinator"), orNotRecorded(r.coordinator)}});

    referralSection(d, r);
    goalsSection(d, r);
    actionsSection(d, r);
    attendanceSection(d, r);
    measuresSection(d, r);
    outcomeSection(d, r);
    futureSection(d, r);
    d.heading(tr("In my own words"));
    textOrNote(d, r.ownView);

    d.spacer(8).paragraph(tr("Written by %1 on %2.").arg(orNotRecorded(r.writtenBy), iso(r.writtenAt.toLocalTime().date())),
                          doc::Emphasis::Strong);
    d.spacer(6).signatures({tr("Signature: %1").arg(r.name), tr("Signature: coordinator")});
    return d;
}

} // namespace samsyn
