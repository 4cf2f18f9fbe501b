// SPDX-License-Identifier: EUPL-1.2
#include "storage/consentrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QSqlQuery>

#include <algorithm>

namespace samsyn {

QList<Consent> ConsentRepository::select(const QString &where, const QVariantList &values) const
{
    QList<Consent> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, participant_id, purpose, given_on, form, recorded_by, valid_until, "
                                           "withdrawn_on, note FROM consents ")
                                + where,
                            values);
    while (q.next()) {
        Consent c;
        c.id = q.value(0).toLongLong();
        c.participantId = q.value(1).toLongLong();
        c.purpose = ConsentCodes::purposeFromCode(q.value(2).toString()).value_or(ConsentPurpose::InformationExchange);
        c.givenOn = sql::toDate(q.value(3));
        c.form = ConsentCodes::formFromCode(q.value(4).toString()).value_or(ConsentForm::Written);
        c.recordedBy = sql::optionalId(q.value(5));
        c.validUntil = sql::toDate(q.value(6));
        c.withdrawnOn = sql::toDate(q.value(7));
        c.note = q.value(8).toString();
        result << c;
    }
    for (Consent &c : result) {
        QSqlQuery p = m_db.exec(QStringLiteral("SELECT party_id FROM consent_parties WHERE consent_id = ? ORDER BY party_id"),
                                {c.id});
        while (p.next())
            c.partyIds << p.value(0).toLongLong();
    }
    return result;
}

std::optional<Consent> ConsentRepository::get(qint64 id) const
{
    const QList<Consent> found = select(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Consent> ConsentRepository::forParticipant(qint64 participantId) const
{
    return select(QStringLiteral("WHERE participant_id = ? ORDER BY given_on, id"), {participantId});
}

bool ConsentRepository::hasValid(qint64 participantId, ConsentPurpose purpose, QDate day) const
{
    const QString d = day.toString(Qt::ISODate);
    return m_db
        .scalar(QStringLiteral("SELECT 1 FROM consents WHERE participant_id = ? AND purpose = ? AND given_on <= ? "
                               "AND valid_until >= ? AND (withdrawn_on IS NULL OR withdrawn_on > ?)"),
                {participantId, ConsentCodes::code(purpose), d, d, d})
        .isValid();
}

QList<Consent> ConsentRepository::expiringBetween(QDate from, QDate to) const
{
    return select(QStringLiteral("WHERE withdrawn_on IS NULL AND valid_until BETWEEN ? AND ? ORDER BY valid_until, id"),
                  {sql::date(from), sql::date(to)});
}

QList<Consent> ConsentRepository::withdrawnBetween(QDate from, QDate to) const
{
    return select(QStringLiteral("WHERE withdrawn_on BETWEEN ? AND ? ORDER BY withdrawn_on, id"), {sql::date(from), sql::date(to)});
}

qint64 ConsentRepository::insert(WriteContext &ctx, Consent &c)
{
    c.id = 0;
    sql::throwIfProblems(c.validate(ctx.now().toLocalTime().date()));
    Database &db = ctx.db();
    sql::requireRow(db, QStringLiteral("SELECT 1 FROM participants WHERE id = ?"), {c.participantId},
                    tr("The participant no longer exists in the team file."));
    if (c.recordedBy)
        sql::requireRow(db, QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {*c.recordedBy}, tr("Unknown team member."));
    for (qint64 party : c.partyIds)
        sql::requireRow(db, QStringLiteral("SELECT 1 FROM parties WHERE id = ?"), {party}, tr("Unknown party."));
    const QString now = ctx.nowText();
    QSqlQuery q = db.exec(QStringLiteral("INSERT INTO consents(participant_id, purpose, given_on, form, recorded_by, valid_until, "
                                         "withdrawn_on, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {c.participantId, ConsentCodes::code(c.purpose), sql::date(c.givenOn), ConsentCodes::code(c.form),
                           sql::id(c.recordedBy), sql::date(c.validUntil), sql::date(c.withdrawnOn), c.note.trimmed(), now,
                           now});
    c.id = q.lastInsertId().toLongLong();
    QList<qint64> parties = c.partyIds;
    std::sort(parties.begin(), parties.end());
    parties.erase(std::unique(parties.begin(), parties.end()), parties.end());
    for (qint64 party : parties)
        db.exec(QStringLiteral("INSERT INTO consent_parties(consent_id, party_id) VALUES (?, ?)"), {c.id, party});
    ctx.setParticipant(c.participantId);
    ctx.touch(QStringLiteral("consents"), c.participantId);
    return c.id;
}

void ConsentRepository::withdraw(WriteContext &ctx, qint64 id, QDate on)
{
    const std::optional<Consent> consent = ConsentRepository(ctx.db()).get(id);
    if (!consent)
        throw Error(ErrorCode::NotFound, tr("The consent no longer exists in the team file."));
    if (!consent->withdrawnOn.isNull())
        throw Error(ErrorCode::Validation, tr("This consent was already withdrawn on %1.").arg(consent->withdrawnOn.toString(Qt::ISODate)));
    if (!on.isValid() || on < consent->givenOn)
        throw Error(ErrorCode::Validation, tr("A consent cannot be withdrawn before it was given."));
    ctx.db().exec(QStringLiteral("UPDATE consents SET withdrawn_on = ?, updated_at = ? WHERE id = ?"),
                  {sql::date(on), ctx.nowText(), id});
    ctx.setParticipant(consent->participantId);
    ctx.touch(QStringLiteral("consents"), consent->participantId);
}

} // namespace samsyn
