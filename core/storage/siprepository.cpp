// SPDX-License-Identifier: EUPL-1.2
#include "storage/siprepository.h"

#include "storage/database.h"
#include "storage/enrolmentsettings.h"
#include "storage/sqlvalues.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QSqlQuery>

namespace samsyn {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, plan_id, version, meeting_date, own_description, needs, own_actions, others_actions, lead_party_id, "
    "lead_contact, consent_given, next_followup, superseded FROM sip_versions ");

} // namespace

QList<qint64> SipRepository::plans(qint64 participantId) const
{
    QList<qint64> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM sip_plans WHERE participant_id = ? ORDER BY id"), {participantId});
    while (q.next())
        result << q.value(0).toLongLong();
    return result;
}

std::optional<qint64> SipRepository::planForEnrollment(qint64 enrollmentId) const
{
    return sql::optionalId(m_db.scalar(QStringLiteral("SELECT max(id) FROM sip_plans WHERE enrollment_id = ?"), {enrollmentId}));
}

std::optional<qint64> SipRepository::planParticipant(qint64 planId) const
{
    return sql::optionalId(m_db.scalar(QStringLiteral("SELECT participant_id FROM sip_plans WHERE id = ?"), {planId}));
}

std::optional<SipVersion> SipRepository::current(qint64 planId) const
{
    const QVariant n = m_db.scalar(QStringLiteral("SELECT version FROM sip_versions WHERE plan_id = ? AND superseded = 0"), {planId});
    if (!n.isValid())
        return std::nullopt;
    return version(planId, n.toInt());
}

int SipRepository::versionCount(qint64 planId) const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM sip_versions WHERE plan_id = ?"), {planId}).toInt();
}

std::optional<SipVersion> SipRepository::version(qint64 planId, int number) const
{
    QSqlQuery q = m_db.exec(kSelect + QStringLiteral("WHERE plan_id = ? AND version = ?"), {planId, number});
    if (!q.next())
        return std::nullopt;
    SipVersion v;
    v.id = q.value(0).toLongLong();
    v.planId = q.value(1).toLongLong();
    v.version = q.value(2).toInt();
    v.meetingDate = sql::toDate(q.value(3));
    v.ownDescription = q.value(4).toString();
    v.needs = q.value(5).toString();
    v.ownActions = q.value(6).toString();
    v.othersActions = q.value(7).toString();
    v.leadPartyId = sql::optionalId(q.value(8));
    v.leadContact = q.value(9).toString();
    v.consentGiven = q.value(10).toBool();
    v.nextFollowup = sql::toDate(q.value(11));
    v.superseded = q.value(12).toBool();

    QSqlQuery p = m_db.exec(QStringLiteral("SELECT name, organisation, role, kind FROM sip_meeting_participants "
                                           "WHERE version_id = ? ORDER BY position, id"),
                            {v.id});
    while (p.next())
        v.participants << SipMeetingParticipant{p.value(0).toString(), p.value(1).toString(), p.value(2).toString(), p.value(3).toString()};
    QSqlQuery g = m_db.exec(QStringLiteral("SELECT text, reached FROM sip_goals WHERE version_id = ? ORDER BY position, id"), {v.id});
    while (g.next())
        v.goals << SipGoal{g.value(0).toString(), g.value(1).toString()};
    QSqlQuery a = m_db.exec(QStringLiteral("SELECT what, party_id, contact, start_date, due_date, status FROM sip_actions "
                                           "WHERE version_id = ? ORDER BY position, id"),
                            {v.id});
    while (a.next())
        v.actions << SipAction{a.value(0).toString(), sql::optionalId(a.value(1)), a.value(2).toString(),
                               sql::toDate(a.value(3)), sql::toDate(a.value(4)), a.value(5).toString()};
    return v;
}

QList<SipFollowup> SipRepository::followups(qint64 planId, int upToVersion) const
{
    QList<SipFollowup> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT f.followup_date, v.version, coalesce(m.name, ''), f.text FROM sip_followups f "
                                           "JOIN sip_versions v ON v.id = f.version_id LEFT JOIN members m ON m.id = f.author_id "
                                           "WHERE f.plan_id = ? AND v.version <= ? ORDER BY f.followup_date, f.id"),
                            {planId, upToVersion});
    while (q.next())
        result << SipFollowup{sql::toDate(q.value(0)), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString()};
    return result;
}

QList<SipDue> SipRepository::followupsDue(QDate day) const
{
    QList<SipDue> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT p.participant_id, v.plan_id, v.version, v.next_followup FROM sip_versions v "
                                           "JOIN sip_plans p ON p.id = v.plan_id "
                                           "LEFT JOIN enrollments e ON e.id = p.enrollment_id "
                                           "JOIN participants pa ON pa.id = p.participant_id "
                                           // A plan is followed up while its stay is open, after an
                                           // exit that said the SIP continues, or, for a plan of
                                           // its own, while the person is still with the team.
                                           "WHERE v.superseded = 0 AND v.next_followup <= ? AND "
                                           "(e.end_date IS NULL AND (e.id IS NOT NULL OR pa.status <> 'exited') "
                                           "OR e.sip_continues = 1) "
                                           "ORDER BY v.next_followup, v.id"),
                            {day.toString(Qt::ISODate)});
    while (q.next())
        result << SipDue{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), sql::toDate(q.value(3))};
    return result;
}

void SipRepository::validate(WriteContext &ctx, const SipVersion &v)
{
    if (!v.meetingDate.isValid())
        throw Error(ErrorCode::Validation, tr("The SIP needs the date of its meeting."));
    if (v.nextFollowup.isValid() && v.nextFollowup < v.meetingDate)
        throw Error(ErrorCode::Validation, tr("The next follow-up cannot be before the meeting."));
    sql::requireId(ctx.db(), QStringLiteral("parties"), v.leadPartyId, tr("responsible party"));
    static const QStringList statuses{QStringLiteral("planned"), QStringLiteral("ongoing"), QStringLiteral("done"),
                                      QStringLiteral("cancelled")};
    for (const SipAction &a : v.actions) {
        if (a.what.trimmed().isEmpty())
            throw Error(ErrorCode::Validation, tr("Every action needs to say what is done."));
        if (a.start.isValid() && a.due.isValid() && a.due < a.start)
            throw Error(ErrorCode::Validation, tr("An action cannot be due before it starts."));
        if (!statuses.contains(a.status))
            throw Error(ErrorCode::Validation, tr("Unknown action status."));
        sql::requireId(ctx.db(), QStringLiteral("parties"), a.partyId, tr("responsible party"));
    }
    for (const SipGoal &g : v.goals) {
        if (g.text.trimmed().isEmpty())
            throw Error(ErrorCode::Validation, tr("A goal cannot be empty."));
    }
    for (const SipMeetingParticipant &p : v.participants) {
        if (p.name.trimmed().isEmpty())
            throw Error(ErrorCode::Validation, tr("Every participant of the meeting needs a name."));
    }
}

void SipRepository::writeChildren(WriteContext &ctx, const SipVersion &v)
{
    Database &db = ctx.db();
    for (const QString &table : {QStringLiteral("sip_meeting_participants"), QStringLiteral("sip_goals"), QStringLiteral("sip_actions")})
        db.exec(QStringLiteral("DELETE FROM %1 WHERE version_id = ?").arg(table), {v.id});
    int pos = 0;
    for (const SipMeetingParticipant &p : v.participants)
        db.exec(QStringLiteral("INSERT INTO sip_meeting_participants(version_id, position, name, organisation, role, kind) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {v.id, ++pos, p.name.trimmed(), p.organisation.trimmed(), p.role.trimmed(), p.kind});
    for (const SipGoal &g : v.goals)
        db.exec(QStringLiteral("INSERT INTO sip_goals(version_id, position, text, reached) VALUES (?, ?, ?, ?)"),
                {v.id, ++pos, g.text.trimmed(), g.reached});
    for (const SipAction &a : v.actions)
        db.exec(QStringLiteral("INSERT INTO sip_actions(version_id, position, what, party_id, contact, start_date, due_date, status) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {v.id, ++pos, a.what.trimmed(), sql::id(a.partyId), a.contact.trimmed(),
                 sql::date(a.start), sql::date(a.due), a.status});
}

qint64 SipRepository::insertVersion(WriteContext &ctx, SipVersion &v, std::optional<qint64> previousId)
{
    if (!v.nextFollowup.isValid())
        v.nextFollowup = v.meetingDate.addMonths(EnrolmentSettings::load(ctx.db()).sipFollowupMonths);
    validate(ctx, v);
    QSqlQuery q = ctx.db().exec(
        QStringLiteral("INSERT INTO sip_versions(plan_id, version, previous_id, meeting_date, own_description, needs, own_actions, "
                       "others_actions, lead_party_id, lead_contact, consent_given, next_followup, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {v.planId, v.version, sql::id(previousId), sql::date(v.meetingDate), v.ownDescription,
         v.needs, v.ownActions, v.othersActions,
         sql::id(v.leadPartyId), v.leadContact.trimmed(), v.consentGiven,
         sql::date(v.nextFollowup), ctx.nowText()});
    v.id = q.lastInsertId().toLongLong();
    v.superseded = false;
    writeChildren(ctx, v);
    return v.id;
}

qint64 SipRepository::participantOf(WriteContext &ctx, qint64 planId)
{
    const std::optional<qint64> p = SipRepository(ctx.db()).planParticipant(planId);
    if (!p)
        throw Error(ErrorCode::Validation, tr("The SIP no longer exists."));
    ctx.setParticipant(*p);
    ctx.touch(QStringLiteral("sips"), *p);
    return *p;
}

qint64 SipRepository::createPlan(WriteContext &ctx, qint64 participantId, std::optional<qint64> enrollmentId, SipVersion &first)
{
    sql::requireId(ctx.db(), QStringLiteral("participants"), participantId, tr("participant"));
    sql::requireId(ctx.db(), QStringLiteral("enrollments"), enrollmentId, tr("enrollment"));
    validate(ctx, first);
    QSqlQuery q = ctx.db().exec(QStringLiteral("INSERT INTO sip_plans(participant_id, enrollment_id, created_at) VALUES (?, ?, ?)"),
                                {participantId, sql::id(enrollmentId), ctx.nowText()});
    first.planId = q.lastInsertId().toLongLong();
    first.version = 1;
    participantOf(ctx, first.planId);
    insertVersion(ctx, first, std::nullopt);
    return first.planId;
}

void SipRepository::updateCurrent(WriteContext &ctx, const SipVersion &v)
{
    participantOf(ctx, v.planId);
    const QVariant superseded = ctx.db().scalar(QStringLiteral("SELECT superseded FROM sip_versions WHERE id = ? AND plan_id = ?"),
                                                {v.id, v.planId});
    if (!superseded.isValid())
        throw Error(ErrorCode::Validation, tr("The SIP version no longer exists."));
    if (superseded.toBool())
        throw Error(ErrorCode::Validation, tr("An earlier version of a SIP cannot be changed; change the current one."));
    validate(ctx, v);
    ctx.db().exec(QStringLiteral("UPDATE sip_versions SET meeting_date = ?, own_description = ?, needs = ?, own_actions = ?, "
                                 "others_actions = ?, lead_party_id = ?, lead_contact = ?, consent_given = ?, next_followup = ? "
                                 "WHERE id = ?"),
                  {sql::date(v.meetingDate), v.ownDescription, v.needs,
                   v.ownActions, v.othersActions, sql::id(v.leadPartyId),
                   v.leadContact.trimmed(), v.consentGiven, sql::date(v.nextFollowup), v.id});
    writeChildren(ctx, v);
}

SipVersion SipRepository::followUp(WriteContext &ctx, qint64 planId, QDate date, const QString &logText,
                                   std::optional<qint64> authorId)
{
    participantOf(ctx, planId);
    const std::optional<SipVersion> old = SipRepository(ctx.db()).current(planId);
    if (!old)
        throw Error(ErrorCode::Validation, tr("The SIP has no current version."));
    if (!date.isValid() || date < old->meetingDate)
        throw Error(ErrorCode::Validation, tr("A follow-up cannot be before the meeting of the current version."));
    sql::requireId(ctx.db(), QStringLiteral("members"), authorId, tr("author"));
    // Supersede first: the one-current-version index allows only one row with superseded = 0.
    ctx.db().exec(QStringLiteral("UPDATE sip_versions SET superseded = 1 WHERE id = ?"), {old->id});
    SipVersion next = *old;
    next.version = old->version + 1;
    next.meetingDate = date;
    next.nextFollowup = QDate();
    insertVersion(ctx, next, old->id);
    ctx.db().exec(QStringLiteral("INSERT INTO sip_followups(plan_id, version_id, followup_date, author_id, text) VALUES (?, ?, ?, ?, ?)"),
                  {planId, next.id, sql::date(date), sql::id(authorId), logText.trimmed()});
    return next;
}

} // namespace samsyn
