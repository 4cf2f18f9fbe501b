// SPDX-License-Identifier: EUPL-1.2
#include "storage/enrollmentrepository.h"

#include "domain/participant.h"
#include "storage/database.h"
#include "storage/enrolmentsettings.h"
#include "storage/sqlvalues.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QSqlQuery>

namespace samsyn {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, participant_id, programme_id, coordinator_id, start_date, planned_end, method_code, registration, "
    "occupation_code, education_code, support_time_code, phase, passive_from, end_date, exit_reason_code, "
    "occupation_after_code, extent_percent, onward_plan, handover_party_id, handover_contact, sip_continues, own_view, "
    "readier, followup1_due, followup1_done, followup1_result, followup2_due, followup2_done, followup2_result "
    "FROM enrollments ");

void throwIfAny(const QStringList &problems)
{
    if (!problems.isEmpty())
        throw Error(ErrorCode::Validation, problems.join(QLatin1Char('\n')));
}

Enrollment fromRow(const QSqlQuery &q)
{
    Enrollment e;
    e.id = q.value(0).toLongLong();
    e.participantId = q.value(1).toLongLong();
    e.programmeId = q.value(2).toLongLong();
    e.coordinatorId = sql::optionalId(q.value(3));
    e.startDate = sql::toDate(q.value(4));
    e.plannedEnd = sql::toDate(q.value(5));
    e.method = q.value(6).toString();
    e.registration = q.value(7).toString();
    e.occupation = q.value(8).toString();
    e.education = q.value(9).toString();
    e.supportTime = q.value(10).toString();
    e.phase = EnrollmentPhases::fromCode(q.value(11).toString()).value_or(EnrollmentPhase::Active);
    e.passiveFrom = sql::toDate(q.value(12));
    if (e.phase == EnrollmentPhase::Exited) {
        EnrollmentExit x;
        x.endDate = sql::toDate(q.value(13));
        x.reason = q.value(14).toString();
        x.occupationAfter = q.value(15).toString();
        if (!q.value(16).isNull())
            x.extentPercent = q.value(16).toInt();
        x.onwardPlan = q.value(17).toString();
        x.handoverPartyId = sql::optionalId(q.value(18));
        x.handoverContact = q.value(19).toString();
        x.sipContinues = q.value(20).toBool();
        x.ownView = q.value(21).toString();
        if (!q.value(22).isNull())
            x.readier = q.value(22).toBool();
        x.followup1Due = sql::toDate(q.value(23));
        x.followup1Done = sql::toDate(q.value(24));
        x.followup1Result = q.value(25).toString();
        x.followup2Due = sql::toDate(q.value(26));
        x.followup2Done = sql::toDate(q.value(27));
        x.followup2Result = q.value(28).toString();
        e.exit = x;
    }
    return e;
}

} // namespace

QList<Enrollment> EnrollmentRepository::select(const QString &where, const QVariantList &binds) const
{
    QList<Enrollment> result;
    QSqlQuery q = m_db.exec(kSelect + where, binds);
    while (q.next())
        result << fromRow(q);
    for (Enrollment &e : result) {
        QSqlQuery income = m_db.exec(QStringLiteral("SELECT moment, code FROM enrollment_income_sources WHERE enrollment_id = ? "
                                                    "ORDER BY code"),
                                     {e.id});
        while (income.next()) {
            if (income.value(0).toString() == QLatin1String("start"))
                e.incomeAtStart << income.value(1).toString();
            else if (e.exit)
                e.exit->incomeAfter << income.value(1).toString();
        }
    }
    return result;
}

std::optional<Enrollment> EnrollmentRepository::get(qint64 id) const
{
    const QList<Enrollment> list = select(QStringLiteral("WHERE id = ?"), {id});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<Enrollment> EnrollmentRepository::forParticipant(qint64 participantId) const
{
    return select(QStringLiteral("WHERE participant_id = ? ORDER BY start_date, id"), {participantId});
}

QList<Enrollment> EnrollmentRepository::overlapping(QDate first, QDate last) const
{
    return select(QStringLiteral("WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?) ORDER BY start_date, id"),
                  {sql::date(last), sql::date(first)});
}

QList<Enrollment> EnrollmentRepository::openPastPlannedEnd(QDate day) const
{
    return select(QStringLiteral("WHERE end_date IS NULL AND planned_end < ? ORDER BY planned_end, id"),
                  {day.toString(Qt::ISODate)});
}

QList<Enrollment> EnrollmentRepository::exitFollowupsDue(QDate day) const
{
    const QString d = day.toString(Qt::ISODate);
    return select(QStringLiteral("WHERE phase = 'exited' AND ((followup1_done IS NULL AND followup1_due <= ?) "
                                 "OR (followup2_done IS NULL AND followup2_due <= ?)) ORDER BY end_date, id"),
                  {d, d});
}

QList<ProgrammeLoad> EnrollmentRepository::programmeLoads() const
{
    QList<ProgrammeLoad> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT p.id, p.name, p.capacity, (SELECT count(*) FROM enrollments e "
                                           "WHERE e.programme_id = p.id AND e.end_date IS NULL) FROM programmes p "
                                           "WHERE p.active = 1 ORDER BY p.name"));
    while (q.next())
        result << ProgrammeLoad{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()};
    return result;
}

bool EnrollmentRepository::startedOrEndedSince(qint64 participantId, QDate day) const
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM enrollments WHERE participant_id = ? AND (start_date >= ? OR end_date >= ?)"),
                       {participantId, sql::date(day), sql::date(day)})
        .isValid();
}

bool EnrollmentRepository::hasOpen(qint64 participantId) const
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM enrollments WHERE participant_id = ? AND end_date IS NULL"), {participantId})
        .isValid();
}

Enrollment EnrollmentRepository::require(WriteContext &ctx, qint64 id)
{
    const std::optional<Enrollment> e = EnrollmentRepository(ctx.db()).get(id);
    if (!e)
        throw Error(ErrorCode::Validation, tr("The enrollment no longer exists."));
    ctx.setParticipant(e->participantId);
    ctx.touch(QStringLiteral("enrollments"), e->participantId);
    return *e;
}

void EnrollmentRepository::writeIncome(WriteContext &ctx, qint64 id, const QString &moment, const QStringList &codes)
{
    QStringList unique = codes;
    unique.removeDuplicates();
    for (const QString &code : unique) {
        sql::requireCode(ctx.db(), QStringLiteral("income_source"), code, tr("income source"));
        ctx.db().exec(QStringLiteral("INSERT INTO enrollment_income_sources(enrollment_id, moment, code) VALUES (?, ?, ?)"),
                      {id, moment, code});
    }
}

qint64 EnrollmentRepository::enrol(WriteContext &ctx, Enrollment &e)
{
    Database &db = ctx.db();
    throwIfAny(e.problems());
    sql::requireId(db, QStringLiteral("participants"), e.participantId, tr("participant"));
    sql::requireId(db, QStringLiteral("programmes"), e.programmeId, tr("programme"));
    sql::requireId(db, QStringLiteral("members"), e.coordinatorId, tr("coordinator"));
    sql::requireCode(db, QStringLiteral("enrollment_method"), e.method, tr("method"));
    sql::requireCode(db, QStringLiteral("occupation"), e.occupation, tr("occupation"));
    sql::requireCode(db, QStringLiteral("education"), e.education, tr("education level"));
    sql::requireCode(db, QStringLiteral("public_support_time"), e.supportTime, tr("time in public support"));
    if (db.scalar(QStringLiteral("SELECT 1 FROM enrollments WHERE participant_id = ? AND programme_id = ? AND end_date IS NULL"),
                  {e.participantId, e.programmeId})
            .isValid())
        throw Error(ErrorCode::Validation, tr("The participant already has an open enrollment in this programme."));
    if (!e.plannedEnd.isValid()) {
        const int months = db.scalar(QStringLiteral("SELECT max_months FROM programmes WHERE id = ?"), {e.programmeId}).toInt();
        e.plannedEnd = e.startDate.addMonths(months > 0 ? months : 12);
    }
    e.phase = EnrollmentPhase::Active;
    e.passiveFrom = QDate();
    e.exit.reset();
    const QString now = ctx.nowText();
    QSqlQuery q = db.exec(QStringLiteral("INSERT INTO enrollments(participant_id, programme_id, coordinator_id, start_date, "
                                         "planned_end, method_code, registration, occupation_code, education_code, "
                                         "support_time_code, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {e.participantId, e.programmeId, sql::id(e.coordinatorId), sql::date(e.startDate),
                           sql::date(e.plannedEnd), sql::text(e.method), e.registration, sql::text(e.occupation),
                           sql::text(e.education), sql::text(e.supportTime), now, now});
    e.id = q.lastInsertId().toLongLong();
    writeIncome(ctx, e.id, QStringLiteral("start"), e.incomeAtStart);
    ctx.setParticipant(e.participantId);
    ctx.touch(QStringLiteral("enrollments"), e.participantId);
    syncParticipantStatus(ctx, e.participantId);
    return e.id;
}

QStringList EnrollmentRepository::updateStart(WriteContext &ctx, const Enrollment &changed)
{
    Database &db = ctx.db();
    const Enrollment old = require(ctx, changed.id);
    Enrollment e = old; // phase, passive phase, exit and programme are not this action's
    e.coordinatorId = changed.coordinatorId;
    e.startDate = changed.startDate;
    e.plannedEnd = changed.plannedEnd;
    e.method = changed.method;
    e.registration = changed.registration;
    e.incomeAtStart = changed.incomeAtStart;
    e.occupation = changed.occupation;
    e.education = changed.education;
    e.supportTime = changed.supportTime;
    throwIfAny(e.problems());
    if (e.exit && e.exit->endDate.isValid() && e.exit->endDate < e.startDate)
        throw Error(ErrorCode::Validation, tr("The start cannot be after the end of the stay (%1).").arg(e.exit->endDate.toString(Qt::ISODate)));
    sql::requireId(db, QStringLiteral("members"), e.coordinatorId, tr("coordinator"));
    sql::requireCode(db, QStringLiteral("enrollment_method"), e.method, tr("method"));
    sql::requireCode(db, QStringLiteral("occupation"), e.occupation, tr("occupation"));
    sql::requireCode(db, QStringLiteral("education"), e.education, tr("education level"));
    sql::requireCode(db, QStringLiteral("public_support_time"), e.supportTime, tr("time in public support"));

    QStringList fields;
    const auto note = [&fields](bool differs, const char *field) {
        if (differs)
            fields << QString::fromLatin1(field);
    };
    note(e.coordinatorId != old.coordinatorId, "coordinator");
    note(e.startDate != old.startDate, "start_date");
    note(e.plannedEnd != old.plannedEnd, "planned_end");
    note(e.method != old.method, "method");
    note(e.registration != old.registration, "registration");
    QStringList before = old.incomeAtStart, after = e.incomeAtStart;
    before.sort();
    after.sort();
    note(before != after, "income_at_start");
    note(e.occupation != old.occupation, "occupation");
    note(e.education != old.education, "education");
    note(e.supportTime != old.supportTime, "support_time");
    if (fields.isEmpty())
        throw Error(ErrorCode::Validation, tr("Nothing was changed."));

    db.exec(QStringLiteral("UPDATE enrollments SET coordinator_id = ?, start_date = ?, planned_end = ?, method_code = ?, "
                           "registration = ?, occupation_code = ?, education_code = ?, support_time_code = ?, updated_at = ? "
                           "WHERE id = ?"),
            {sql::id(e.coordinatorId), sql::date(e.startDate), sql::date(e.plannedEnd), sql::text(e.method), e.registration,
             sql::text(e.occupation), sql::text(e.education), sql::text(e.supportTime), ctx.nowText(), e.id});
    db.exec(QStringLiteral("DELETE FROM enrollment_income_sources WHERE enrollment_id = ? AND moment = 'start'"), {e.id});
    writeIncome(ctx, e.id, QStringLiteral("start"), e.incomeAtStart);
    ctx.setParticipant(e.participantId);
    ctx.touch(QStringLiteral("enrollments"), e.participantId);
    ctx.setDetail(QStringLiteral("enrollment %1: %2").arg(e.id).arg(fields.join(QStringLiteral(", "))));
    return fields;
}

void EnrollmentRepository::makePassive(WriteContext &ctx, qint64 id, QDate from)
{
    const Enrollment e = require(ctx, id);
    if (e.phase != EnrollmentPhase::Active)
        throw Error(ErrorCode::Validation, tr("Only an active enrollment can become passive."));
    if (!from.isValid() || from < e.startDate)
        throw Error(ErrorCode::Validation, tr("The passive phase cannot begin before the start."));
    ctx.db().exec(QStringLiteral("UPDATE enrollments SET phase = 'passive', passive_from = ?, updated_at = ? WHERE id = ?"),
                  {sql::date(from), ctx.nowText(), id});
    syncParticipantStatus(ctx, e.participantId);
}

void EnrollmentRepository::reactivate(WriteContext &ctx, qint64 id)
{
    const Enrollment e = require(ctx, id);
    if (e.phase != EnrollmentPhase::Passive)
        throw Error(ErrorCode::Validation, tr("Only a passive enrollment can become active again."));
    ctx.db().exec(QStringLiteral("UPDATE enrollments SET phase = 'active', passive_from = NULL, updated_at = ? WHERE id = ?"),
                  {ctx.nowText(), id});
    syncParticipantStatus(ctx, e.participantId);
}

void EnrollmentRepository::writeExit(WriteContext &ctx, const Enrollment &e, EnrollmentExit &x)
{
    Database &db = ctx.db();
    throwIfAny(Enrollment::exitProblems(e, x));
    sql::requireCode(db, QStringLiteral("exit_reason"), x.reason, tr("exit reason"));
    sql::requireCode(db, QStringLiteral("occupation"), x.occupationAfter, tr("occupation"));
    sql::requireId(db, QStringLiteral("parties"), x.handoverPartyId, tr("receiving party"));
    if (x.onwardPlan.trimmed().size() > 4000 || x.ownView.trimmed().size() > 4000 || x.handoverContact.trimmed().size() > 200)
        throw Error(ErrorCode::Validation, tr("The text is too long: at most 4000 characters (the contact person at most 200)."));
    const EnrolmentSettings settings = EnrolmentSettings::load(db);
    if (!x.followup1Due.isValid())
        x.followup1Due = x.endDate.addDays(settings.followup1Days);
    if (!x.followup2Due.isValid())
        x.followup2Due = x.endDate.addMonths(settings.followup2Months);
    db.exec(QStringLiteral("UPDATE enrollments SET phase = 'exited', end_date = ?, exit_reason_code = ?, occupation_after_code = ?, "
                           "extent_percent = ?, onward_plan = ?, handover_party_id = ?, handover_contact = ?, sip_continues = ?, "
                           "own_view = ?, readier = ?, followup1_due = ?, followup2_due = ?, updated_at = ? WHERE id = ?"),
            {sql::date(x.endDate), x.reason, sql::text(x.occupationAfter),
             x.extentPercent ? QVariant(*x.extentPercent) : QVariant(QMetaType(QMetaType::Int)), x.onwardPlan.trimmed(),
             sql::id(x.handoverPartyId), x.handoverContact.trimmed(), x.sipContinues,
             x.ownView.trimmed(), x.readier ? QVariant(*x.readier) : QVariant(QMetaType(QMetaType::Int)),
             sql::date(x.followup1Due), sql::date(x.followup2Due), ctx.nowText(), e.id});
    db.exec(QStringLiteral("DELETE FROM enrollment_income_sources WHERE enrollment_id = ? AND moment = 'exit'"), {e.id});
    writeIncome(ctx, e.id, QStringLiteral("exit"), x.incomeAfter);
    syncParticipantStatus(ctx, e.participantId);
}

void EnrollmentRepository::exit(WriteContext &ctx, qint64 id, EnrollmentExit x)
{
    const Enrollment e = require(ctx, id);
    if (!e.isOpen())
        throw Error(ErrorCode::Validation, tr("The enrollment has already ended."));
    writeExit(ctx, e, x);
}

void EnrollmentRepository::correctExit(WriteContext &ctx, qint64 id, EnrollmentExit x)
{
    const Enrollment e = require(ctx, id);
    if (!e.exit)
        throw Error(ErrorCode::Validation, tr("Only a recorded exit can be corrected; this enrollment has not ended."));
    // What happened after the exit is not part of the correction and must still fit it.
    x.followup1Done = e.exit->followup1Done;
    x.followup1Result = e.exit->followup1Result;
    x.followup2Done = e.exit->followup2Done;
    x.followup2Result = e.exit->followup2Result;
    for (const QDate &due : {x.followup1Due, x.followup2Due}) {
        if (due.isValid() && x.endDate.isValid() && due < x.endDate)
            throw Error(ErrorCode::Validation, tr("A follow-up after exit cannot be due before the end date."));
    }
    for (const QDate &done : {x.followup1Done, x.followup2Done}) {
        if (done.isValid() && x.endDate.isValid() && done < x.endDate)
            throw Error(ErrorCode::Validation, tr("A follow-up was recorded on %1, before the corrected end date; correct the "
                                                  "follow-up first or choose an end date on or before it.")
                                                   .arg(done.toString(Qt::ISODate)));
    }
    writeExit(ctx, e, x);
}

void EnrollmentRepository::undoExit(WriteContext &ctx, qint64 id)
{
    const Enrollment e = require(ctx, id);
    Database &db = ctx.db();
    if (!e.exit)
        throw Error(ErrorCode::Validation, tr("This enrollment has not ended, so there is no exit to undo."));
    if (e.exit->followup1Done.isValid() || e.exit->followup2Done.isValid())
        throw Error(ErrorCode::Validation, tr("A follow-up after this exit has been recorded, so the exit happened; "
                                              "correct it instead of undoing it."));
    if (db.scalar(QStringLiteral("SELECT 1 FROM exit_documents WHERE enrollment_id = ?"), {id}).isValid())
        throw Error(ErrorCode::Validation, tr("The final slutdokumentation of this exit has been printed and is kept "
                                              "unchanged; the exit cannot be undone. Correct it instead."));
    if (db.scalar(QStringLiteral("SELECT 1 FROM enrollments WHERE participant_id = ? AND programme_id = ? AND end_date IS NULL"),
                  {e.participantId, e.programmeId})
            .isValid())
        throw Error(ErrorCode::Validation, tr("The participant has a newer open enrollment in this programme; "
                                              "the exit cannot be undone."));
    // Back to the phase it had before the exit (a passive phase keeps its start date).
    db.exec(QStringLiteral("UPDATE enrollments SET phase = CASE WHEN passive_from IS NULL THEN 'active' ELSE 'passive' END, "
                           "end_date = NULL, exit_reason_code = NULL, occupation_after_code = NULL, extent_percent = NULL, "
                           "onward_plan = '', handover_party_id = NULL, handover_contact = '', sip_continues = 0, own_view = '', "
                           "readier = NULL, followup1_due = NULL, followup1_result = '', followup2_due = NULL, "
                           "followup2_result = '', updated_at = ? WHERE id = ?"),
            {ctx.nowText(), id});
    db.exec(QStringLiteral("DELETE FROM enrollment_income_sources WHERE enrollment_id = ? AND moment = 'exit'"), {id});
    syncParticipantStatus(ctx, e.participantId);
}

void EnrollmentRepository::updateExitTexts(WriteContext &ctx, qint64 id, const QString &onwardPlan,
                                           const QString &handoverContact, const QString &ownView)
{
    const Enrollment e = require(ctx, id);
    if (!e.exit)
        throw Error(ErrorCode::Validation, tr("Only an ended enrollment has an exit to describe."));
    if (onwardPlan.trimmed().size() > 4000 || ownView.trimmed().size() > 4000 || handoverContact.trimmed().size() > 200)
        throw Error(ErrorCode::Validation, tr("The text is too long: at most 4000 characters (the contact person at most 200)."));
    ctx.db().exec(QStringLiteral("UPDATE enrollments SET onward_plan = ?, handover_contact = ?, own_view = ?, updated_at = ? WHERE id = ?"),
                  {onwardPlan.trimmed(), handoverContact.trimmed(), ownView.trimmed(), ctx.nowText(), id});
}

void EnrollmentRepository::recordFollowup(WriteContext &ctx, qint64 id, int which, QDate done, const QString &result)
{
    const Enrollment e = require(ctx, id);
    if (!e.exit)
        throw Error(ErrorCode::Validation, tr("Follow-ups after exit need an exited enrollment."));
    if (which != 1 && which != 2)
        throw Error(ErrorCode::Validation, tr("There are two follow-ups after exit."));
    if (!done.isValid() || done < e.exit->endDate)
        throw Error(ErrorCode::Validation, tr("A follow-up cannot be done before the exit."));
    const QString sql = which == 1 ? QStringLiteral("UPDATE enrollments SET followup1_done = ?, followup1_result = ?, updated_at = ? WHERE id = ?")
                                   : QStringLiteral("UPDATE enrollments SET followup2_done = ?, followup2_result = ?, updated_at = ? WHERE id = ?");
    ctx.db().exec(sql, {sql::date(done), result.trimmed(), ctx.nowText(), id});
}

void EnrollmentRepository::syncParticipantStatus(WriteContext &ctx, qint64 participantId)
{
    // Any active enrollment makes the person active; otherwise passive; otherwise exited.
    const QVariant phase = ctx.db().scalar(
        QStringLiteral("SELECT phase FROM enrollments WHERE participant_id = ? ORDER BY CASE phase WHEN 'active' THEN 0 "
                       "WHEN 'passive' THEN 1 ELSE 2 END LIMIT 1"),
        {participantId});
    if (!phase.isValid())
        return;
    ctx.db().exec(QStringLiteral("UPDATE participants SET status = ?, updated_at = ? WHERE id = ? AND status <> ?"),
                  {phase.toString(), ctx.nowText(), participantId, phase.toString()});
}

} // namespace samsyn
