// SPDX-License-Identifier: EUPL-1.2
#include "extract/registerextract.h"

#include "documents/documentmeta.h"
#include "extract/auditactions.h"
#include "extract/extracthistory.h"
#include "storage/auditlog.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/clock.h"
#include "util/error.h"

#include <algorithm>

namespace samsyn {

namespace {

using H = ExtractHistory;

QString fullIdentity(const Participant &p)
{
    const std::optional<Personnummer> number = p.personnummer();
    if (!number)
        return p.identity;
    return number->isSwedish() ? number->twelveWithDash() : number->canonical();
}

doc::LetterHead letterHead(TeamFile &team, const Participant &p, const TeamInfo &info)
{
    const SettingsRepository settings(team.database());
    doc::LetterHead head;
    head.sender << info.name;
    if (!info.association.trimmed().isEmpty())
        head.sender << info.association.trimmed();
    if (const std::optional<Member> me = team.currentMember() ? settings.member(*team.currentMember()) : std::nullopt) {
        head.sender << me->name;
        if (!me->phone.trimmed().isEmpty())
            head.sender << RegisterExtract::tr("Phone %1").arg(me->phone.trimmed());
        if (!me->email.trimmed().isEmpty())
            head.sender << me->email.trimmed();
    }
    head.reference = {{RegisterExtract::tr("Date"), H::iso(team.clock().today())},
                      {RegisterExtract::tr("Regarding"), RegisterExtract::tr("GDPR article 15")}};
    head.recipient << p.displayName();
    for (const QString &line : p.address.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            head.recipient << line.trimmed();
    }
    return head;
}

void identity(Document &d, const Participant &p, const SettingsRepository &settings)
{
    d.heading(RegisterExtract::tr("About you"));
    QStringList income;
    for (const QString &code : p.incomeSources)
        income << settings.codeLabel(CodeTable::IncomeSource, code);
    const bool other = p.identityKind == Personnummer::Kind::Other;
    H::keptValues(d, {{RegisterExtract::tr("Name"), p.displayName()},
                      {RegisterExtract::tr("Personal identity number"), fullIdentity(p)},
                      {RegisterExtract::tr("Protected personal data"), p.protectedIdentity ? RegisterExtract::tr("Yes") : QString()},
                      {RegisterExtract::tr("Gender"), other && p.gender ? GenderText::label(*p.gender) : QString()},
                      {RegisterExtract::tr("Date of birth"), other ? H::iso(p.birthDate) : QString()},
                      {RegisterExtract::tr("Phone"), p.phone},
                      {RegisterExtract::tr("Email"), p.email},
                      {RegisterExtract::tr("Address"), p.address},
                      {RegisterExtract::tr("Municipality"), p.municipalityId ? settings.municipality(*p.municipalityId).value_or(Municipality{}).name : QString()},
                      {RegisterExtract::tr("Interpreter"),
                       p.interpreterNeeded ? H::lines({RegisterExtract::tr("Needed"), p.interpreterLanguage}) : QString()},
                      {RegisterExtract::tr("Income"), income.join(QStringLiteral(", "))},
                      {RegisterExtract::tr("Occupation"), settings.codeLabel(CodeTable::Occupation, p.occupation)},
                      {RegisterExtract::tr("Education"), settings.codeLabel(CodeTable::Education, p.education)},
                      {RegisterExtract::tr("Time on public support"), settings.codeLabel(CodeTable::PublicSupportTime, p.supportTime)},
                      {RegisterExtract::tr("Where you are with the team"), ParticipantStatuses::label(p.status)},
                      {RegisterExtract::tr("Your coordinator"), settings.memberName(p.coordinatorId)},
                      {RegisterExtract::tr("Registered"), H::iso(p.createdAt.toLocalTime().date())},
                      {RegisterExtract::tr("Last changed"), H::iso(p.updatedAt.toLocalTime().date())}});
}

} // namespace

QString RegisterExtract::purposes()
{
    return tr("To coordinate the support you get from Försäkringskassan, Arbetsförmedlingen, the region and your municipality "
              "on your way towards work or studies; to plan and follow up that support together with you (SIP); and to report "
              "figures without names to the samordningsförbund that funds the team.");
}

void RegisterExtract::aboutRegister(Document &d, TeamFile &team, qint64 participantId)
{
    const SettingsRepository settings(team.database());
    const TeamInfo info = settings.teamInfo();
    QStringList sources;
    for (const Referral &r : ReferralRepository(team.database()).forParticipant(participantId)) {
        const QString party = settings.partyName(r.referringPartyId);
        if (!party.isEmpty() && !sources.contains(party))
            sources << party;
    }
    d.heading(tr("How we handle your information"));
    d.keyValues({{tr("Responsible for your personal data (personuppgiftsansvarig)"),
                  info.controller.trimmed().isEmpty() ? tr("Not named in the team's settings; ask us") : info.controller.trimmed()},
                 {tr("Why we keep it"), purposes()},
                 {tr("Where it comes from"),
                  sources.isEmpty() ? tr("From you. The team adds its own notes, plans and decisions.")
                                    : tr("From you, and from those who referred you to the team: %1. The team adds its own notes, "
                                         "plans and decisions.")
                                          .arg(sources.join(QStringLiteral(", ")))},
                 {tr("Who may share it"), tr("Only the parties named in your consents below, for the purpose you agreed to.")},
                 {tr("How long we keep it"), tr("%n year(s) after the last entry about you, until the end of that calendar year. "
                                                "Then it is deleted; only figures without names remain.",
                                                nullptr, info.retentionYears)}});
}

void RegisterExtract::accessLog(Document &d, TeamFile &team, qint64 participantId)
{
    d.heading(tr("Who has read or changed your information"));
    d.paragraph(tr("Samsyn records every time someone on the team opens, prints or changes information about you. "
                   "This is the whole record, oldest first."));
    QList<AuditRecord> rows = AuditLog::forParticipant(team.database(), participantId, -1);
    if (rows.isEmpty())
        return H::nothing(d, tr("Nothing is recorded."));
    std::reverse(rows.begin(), rows.end());
    doc::Table t{{tr("When"), tr("Who"), tr("What"), tr("Read or change")}, {}, {20, 26, 38, 16}, {}};
    for (const AuditRecord &r : rows) {
        QString who = r.actor.trimmed();
        if (who.isEmpty()) // no team member chosen (a command line without --as): the computer account, if known
            who = r.osUser.trimmed().isEmpty() ? tr("Not recorded") : tr("Computer account %1").arg(r.osUser.trimmed());
        t.rows << QStringList{r.timestamp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), who,
                              AuditActions::describe(r.action, r.detail), AuditActions::kindLabel(AuditActions::kind(r.action))};
    }
    d.table(t);
}

Document RegisterExtract::build(TeamFile &team, qint64 participantId, Part part)
{
    Database &db = team.database();
    const std::optional<Participant> person = ParticipantRepository(db).get(participantId);
    if (!person)
        throw Error(ErrorCode::NotFound, tr("The participant is not in this team file."));
    const SettingsRepository settings(db);
    const TeamInfo info = settings.teamInfo();
    const bool log = part == Part::LogOnly;

    Document d;
    d.title = log ? tr("Log extract") : tr("Register extract");
    d.subtitle = tr("%1 · %2").arg(person->displayName(), H::iso(team.clock().today()));
    d.meta = DocumentMeta::forTeam(team);
    d.letterHead = letterHead(team, *person, info);
    if (log) {
        d.paragraph(tr("You have asked who has read or changed the information %1 keeps about you. Under article 15 of the "
                       "General Data Protection Regulation (GDPR) you have the right to know. Here is the record as of %2.")
                        .arg(info.name, H::iso(team.clock().today())));
        d.keyValues({{tr("Name"), person->displayName()}, {tr("Personal identity number"), fullIdentity(*person)}});
        accessLog(d, team, participantId);
    } else {
        d.paragraph(tr("You have asked what information %1 keeps about you. Under article 15 of the General Data Protection "
                       "Regulation (GDPR) you have the right to know. This extract shows everything recorded about you in the "
                       "team's register as of %2, and who has read or changed it.")
                        .arg(info.name, H::iso(team.clock().today())));
        aboutRegister(d, team, participantId);
        identity(d, *person, settings);
        const ExtractHistory::Source source{db, settings, participantId, team.clock().today()};
        ExtractHistory::referrals(d, source);
        ExtractHistory::consents(d, source);
        ExtractHistory::enrolments(d, source);
        ExtractHistory::plans(d, source);
        ExtractHistory::notes(d, source);
        ExtractHistory::attendance(d, source);
        ExtractHistory::assessments(d, source);
        ExtractHistory::events(d, source);
        ExtractHistory::corrections(d, source);
        accessLog(d, team, participantId);
    }

    d.heading(tr("Your rights"));
    d.paragraph(tr("You may ask us to correct information that is wrong, and in some cases to delete it or limit its use. "
                   "If you think we handle your information wrongly, you can complain to Integritetsskyddsmyndigheten (IMY)."));
    const QString me = team.currentMemberName();
    d.paragraph(me.isEmpty() ? tr("If you have questions about this extract, contact the team.")
                             : tr("If you have questions about this extract, contact %1.").arg(me));
    d.paragraph(tr("Kind regards"));
    d.paragraph(me.isEmpty() ? info.name : tr("%1\n%2").arg(me, info.name));
    return d;
}

} // namespace samsyn
