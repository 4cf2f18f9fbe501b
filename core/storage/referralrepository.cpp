// SPDX-License-Identifier: EUPL-1.2
#include "storage/referralrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QSqlQuery>

namespace samsyn {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, participant_id, received_on, referring_party_id, handler_name, handler_phone, handler_email, reason, "
    "tried_already, own_wish, income_code, occupation_code, current_contacts, programme_id, status FROM referrals ");

QVariantList columnValues(const Referral &r)
{
    return {r.participantId, sql::date(r.receivedOn), r.referringPartyId, r.handlerName.trimmed(), r.handlerPhone.trimmed(),
            r.handlerEmail.trimmed(), r.reason, r.triedAlready, r.ownWish, sql::text(r.incomeSource),
            sql::text(r.occupation), r.currentContacts, sql::id(r.programmeId), ReferralStatuses::code(r.status)};
}

} // namespace

QList<Referral> ReferralRepository::select(const QString &where, const QVariantList &values) const
{
    QList<Referral> result;
    QSqlQuery q = m_db.exec(kSelect + where, values);
    while (q.next()) {
        Referral r;
        r.id = q.value(0).toLongLong();
        r.participantId = q.value(1).toLongLong();
        r.receivedOn = sql::toDate(q.value(2));
        r.referringPartyId = q.value(3).toLongLong();
        r.handlerName = q.value(4).toString();
        r.handlerPhone = q.value(5).toString();
        r.handlerEmail = q.value(6).toString();
        r.reason = q.value(7).toString();
        r.triedAlready = q.value(8).toString();
        r.ownWish = q.value(9).toString();
        r.incomeSource = q.value(10).toString();
        r.occupation = q.value(11).toString();
        r.currentContacts = q.value(12).toString();
        r.programmeId = sql::optionalId(q.value(13));
        r.status = ReferralStatuses::fromCode(q.value(14).toString()).value_or(ReferralStatus::Received);
        result << r;
    }
    for (Referral &r : result) {
        QSqlQuery a = m_db.exec(QStringLiteral("SELECT name FROM referral_attachments WHERE referral_id = ? ORDER BY position"),
                                {r.id});
        while (a.next())
            r.attachments << a.value(0).toString();
    }
    return result;
}

std::optional<Referral> ReferralRepository::get(qint64 id) const
{
    const QList<Referral> found = select(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Referral> ReferralRepository::forParticipant(qint64 participantId) const
{
    return select(QStringLiteral("WHERE participant_id = ? ORDER BY received_on, id"), {participantId});
}

QList<Referral> ReferralRepository::withStatus(const QList<ReferralStatus> &statuses) const
{
    QStringList marks;
    QVariantList values;
    for (ReferralStatus status : statuses) {
        marks << QStringLiteral("?");
        values << ReferralStatuses::code(status);
    }
    return select(QStringLiteral("WHERE status IN (%1) ORDER BY received_on, id").arg(marks.join(QLatin1Char(','))), values);
}

int ReferralRepository::count() const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM referrals")).toInt();
}

void ReferralRepository::validateForWrite(WriteContext &ctx, const Referral &r)
{
    sql::throwIfProblems(r.validate(ctx.now().toLocalTime().date()));
    Database &db = ctx.db();
    sql::requireRow(db, QStringLiteral("SELECT 1 FROM participants WHERE id = ?"), {r.participantId},
                    tr("The participant no longer exists in the team file."));
    sql::requireRow(db, QStringLiteral("SELECT 1 FROM parties WHERE id = ?"), {r.referringPartyId},
                    tr("Unknown referring party."));
    if (r.programmeId)
        sql::requireRow(db, QStringLiteral("SELECT 1 FROM programmes WHERE id = ?"), {*r.programmeId}, tr("Unknown programme."));
    if (!r.incomeSource.isEmpty())
        sql::requireRow(db, QStringLiteral("SELECT 1 FROM codes WHERE code_table = 'income_source' AND code = ?"),
                        {r.incomeSource}, tr("Unknown income source: %1.").arg(r.incomeSource));
    if (!r.occupation.isEmpty())
        sql::requireRow(db, QStringLiteral("SELECT 1 FROM codes WHERE code_table = 'occupation' AND code = ?"),
                        {r.occupation}, tr("Unknown occupation: %1.").arg(r.occupation));
}

void ReferralRepository::writeAttachments(WriteContext &ctx, const Referral &r)
{
    ctx.db().exec(QStringLiteral("DELETE FROM referral_attachments WHERE referral_id = ?"), {r.id});
    int position = 0;
    for (const QString &name : r.attachments)
        ctx.db().exec(QStringLiteral("INSERT INTO referral_attachments(referral_id, position, name) VALUES (?, ?, ?)"),
                      {r.id, position++, name.trimmed()});
}

qint64 ReferralRepository::insert(WriteContext &ctx, Referral &r)
{
    r.id = 0;
    validateForWrite(ctx, r);
    const QString now = ctx.nowText();
    QSqlQuery q = ctx.db().exec(
        QStringLiteral("INSERT INTO referrals(participant_id, received_on, referring_party_id, handler_name, handler_phone, "
                       "handler_email, reason, tried_already, own_wish, income_code, occupation_code, current_contacts, "
                       "programme_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        columnValues(r) + QVariantList{now, now});
    r.id = q.lastInsertId().toLongLong();
    writeAttachments(ctx, r);
    ctx.setParticipant(r.participantId);
    ctx.touch(QStringLiteral("referrals"), r.participantId);
    return r.id;
}

void ReferralRepository::update(WriteContext &ctx, const Referral &r)
{
    validateForWrite(ctx, r);
    QSqlQuery q = ctx.db().exec(
        QStringLiteral("UPDATE referrals SET participant_id = ?, received_on = ?, referring_party_id = ?, handler_name = ?, "
                       "handler_phone = ?, handler_email = ?, reason = ?, tried_already = ?, own_wish = ?, income_code = ?, "
                       "occupation_code = ?, current_contacts = ?, programme_id = ?, status = ?, updated_at = ? WHERE id = ?"),
        columnValues(r) + QVariantList{ctx.nowText(), r.id});
    if (q.numRowsAffected() != 1)
        throw Error(ErrorCode::NotFound, tr("The referral no longer exists in the team file."));
    writeAttachments(ctx, r);
    ctx.setParticipant(r.participantId);
    ctx.touch(QStringLiteral("referrals"), r.participantId);
}

void ReferralRepository::setStatus(WriteContext &ctx, qint64 id, ReferralStatus status)
{
    QSqlQuery q = ctx.db().exec(QStringLiteral("UPDATE referrals SET status = ?, updated_at = ? WHERE id = ?"),
                                {ReferralStatuses::code(status), ctx.nowText(), id});
    if (q.numRowsAffected() != 1)
        throw Error(ErrorCode::NotFound, tr("The referral no longer exists in the team file."));
    ctx.touch(QStringLiteral("referrals"));
}

} // namespace samsyn
