// SPDX-License-Identifier: EUPL-1.2
#include "storage/participantrepository.h"

#include "storage/database.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QSqlQuery>

namespace samsyn {

namespace {

QString kindCode(Personnummer::Kind kind)
{
    switch (kind) {
    case Personnummer::Kind::Personnummer:
        return QStringLiteral("personnummer");
    case Personnummer::Kind::Samordningsnummer:
        return QStringLiteral("samordningsnummer");
    case Personnummer::Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

Personnummer::Kind kindFrom(const QString &code)
{
    if (code == QLatin1String("samordningsnummer"))
        return Personnummer::Kind::Samordningsnummer;
    if (code == QLatin1String("other"))
        return Personnummer::Kind::Other;
    return Personnummer::Kind::Personnummer;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

// The values of every column the two writes share, in the order both statements list them.
QVariantList columnValues(const Participant &p)
{
    return {kindCode(p.identityKind), p.identity.trimmed(), p.protectedIdentity, p.givenName.trimmed(), p.familyName.trimmed(),
            p.gender ? QVariant(GenderText::code(*p.gender)) : QVariant(QMetaType(QMetaType::QString)),
            p.birthDate.isValid() ? QVariant(p.birthDate.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)),
            p.phone.trimmed(), p.email.trimmed(), p.address.trimmed(), nullableId(p.municipalityId), p.interpreterNeeded,
            p.interpreterLanguage.trimmed(), nullableText(p.occupation), nullableText(p.education), nullableText(p.supportTime),
            ParticipantStatuses::code(p.status), nullableId(p.coordinatorId)};
}

const QString kSelect = QStringLiteral(
    "SELECT id, identity_kind, identity, protected_identity, given_name, family_name, gender, birth_date, phone, email, "
    "address, municipality_id, interpreter_needed, interpreter_language, occupation_code, education_code, "
    "support_time_code, status, coordinator_id, created_at, updated_at FROM participants ");

const QString kRowSelect = QStringLiteral(
    "SELECT p.id, p.identity_kind, p.identity, p.protected_identity, p.given_name, p.family_name, p.status, "
    "coalesce(m.name, ''), coalesce(mu.name, '') FROM participants p "
    "LEFT JOIN members m ON m.id = p.coordinator_id LEFT JOIN municipalities mu ON mu.id = p.municipality_id ");

ParticipantRow rowFrom(const QSqlQuery &q)
{
    ParticipantRow row;
    row.id = q.value(0).toLongLong();
    row.identityKind = kindFrom(q.value(1).toString());
    row.identity = q.value(2).toString();
    row.protectedIdentity = q.value(3).toBool();
    row.givenName = q.value(4).toString();
    row.familyName = q.value(5).toString();
    row.status = ParticipantStatuses::fromCode(q.value(6).toString()).value_or(ParticipantStatus::Referred);
    row.coordinator = q.value(7).toString();
    row.municipality = q.value(8).toString();
    return row;
}

} // namespace

std::optional<Participant> ParticipantRepository::get(qint64 id) const
{
    QSqlQuery q = m_db.exec(kSelect + QStringLiteral("WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    Participant p;
    p.id = q.value(0).toLongLong();
    p.identityKind = kindFrom(q.value(1).toString());
    p.identity = q.value(2).toString();
    p.protectedIdentity = q.value(3).toBool();
    p.givenName = q.value(4).toString();
    p.familyName = q.value(5).toString();
    p.gender = GenderText::fromCode(q.value(6).toString());
    p.birthDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    p.phone = q.value(8).toString();
    p.email = q.value(9).toString();
    p.address = q.value(10).toString();
    if (!q.value(11).isNull())
        p.municipalityId = q.value(11).toLongLong();
    p.interpreterNeeded = q.value(12).toBool();
    p.interpreterLanguage = q.value(13).toString();
    p.occupation = q.value(14).toString();
    p.education = q.value(15).toString();
    p.supportTime = q.value(16).toString();
    p.status = ParticipantStatuses::fromCode(q.value(17).toString()).value_or(ParticipantStatus::Referred);
    if (!q.value(18).isNull())
        p.coordinatorId = q.value(18).toLongLong();
    p.createdAt = QDateTime::fromString(q.value(19).toString(), Qt::ISODate);
    p.updatedAt = QDateTime::fromString(q.value(20).toString(), Qt::ISODate);

    QSqlQuery income = m_db.exec(QStringLiteral("SELECT i.code FROM participant_income_sources i JOIN codes c "
                                                "ON c.code_table = i.code_table AND c.code = i.code "
                                                "WHERE i.participant_id = ? ORDER BY c.sort_order"),
                                 {id});
    while (income.next())
        p.incomeSources << income.value(0).toString();
    return p;
}

std::optional<Participant> ParticipantRepository::findByIdentity(const QString &canonical) const
{
    const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM participants WHERE identity = ?"), {canonical});
    if (!id.isValid())
        return std::nullopt;
    return get(id.toLongLong());
}

QList<ParticipantRow> ParticipantRepository::rows(std::optional<ParticipantStatus> status) const
{
    QList<ParticipantRow> result;
    result.reserve(count());
    QSqlQuery q = status ? m_db.exec(kRowSelect + QStringLiteral("WHERE p.status = ?"), {ParticipantStatuses::code(*status)})
                         : m_db.exec(kRowSelect);
    while (q.next())
        result << rowFrom(q);
    return result;
}

std::optional<ParticipantRow> ParticipantRepository::row(qint64 id) const
{
    QSqlQuery q = m_db.exec(kRowSelect + QStringLiteral("WHERE p.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return rowFrom(q);
}

int ParticipantRepository::count() const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM participants")).toInt();
}

void ParticipantRepository::validateForWrite(WriteContext &ctx, const Participant &p)
{
    const QList<FieldProblem> problems = p.validate(ctx.now().toLocalTime().date());
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const FieldProblem &problem : problems)
            messages << problem.message;
        throw Error(ErrorCode::Validation, messages.join(QLatin1Char('\n')));
    }
    const QVariant other = ctx.db().scalar(QStringLiteral("SELECT id FROM participants WHERE identity = ? AND id <> ?"),
                                           {p.identity, p.id});
    if (other.isValid())
        throw Error(ErrorCode::Validation, tr("Another participant already has this identity number."));

    auto checkCode = [&](const QString &table, const QString &code, const QString &what) {
        if (code.isEmpty())
            return;
        if (!ctx.db().scalar(QStringLiteral("SELECT 1 FROM codes WHERE code_table = ? AND code = ?"), {table, code}).isValid())
            throw Error(ErrorCode::Validation, tr("Unknown %1: %2.").arg(what, code));
    };
    for (const QString &code : p.incomeSources)
        checkCode(QStringLiteral("income_source"), code, tr("income source"));
    checkCode(QStringLiteral("occupation"), p.occupation, tr("occupation"));
    checkCode(QStringLiteral("education"), p.education, tr("education level"));
    checkCode(QStringLiteral("public_support_time"), p.supportTime, tr("time in public support"));
    if (p.municipalityId
        && !ctx.db().scalar(QStringLiteral("SELECT 1 FROM municipalities WHERE id = ?"), {*p.municipalityId}).isValid())
        throw Error(ErrorCode::Validation, tr("Unknown municipality."));
    if (p.coordinatorId && !ctx.db().scalar(QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {*p.coordinatorId}).isValid())
        throw Error(ErrorCode::Validation, tr("Unknown coordinator."));
}

void ParticipantRepository::writeIncomeSources(WriteContext &ctx, qint64 id, const QStringList &codes)
{
    ctx.db().exec(QStringLiteral("DELETE FROM participant_income_sources WHERE participant_id = ?"), {id});
    QStringList unique = codes;
    unique.removeDuplicates();
    for (const QString &code : unique)
        ctx.db().exec(QStringLiteral("INSERT INTO participant_income_sources(participant_id, code) VALUES (?, ?)"), {id, code});
}

// The one INSERT both a new participant and a restored one go through.
qint64 ParticipantRepository::insertRow(WriteContext &ctx, const Participant &p, const QString &createdAt, const QVariant &id)
{
    QSqlQuery q = ctx.db().exec(
        QStringLiteral("INSERT INTO participants(identity_kind, identity, protected_identity, given_name, family_name, gender, "
                       "birth_date, phone, email, address, municipality_id, interpreter_needed, interpreter_language, "
                       "occupation_code, education_code, support_time_code, status, coordinator_id, created_at, updated_at, id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        columnValues(p) + QVariantList{createdAt, ctx.nowText(), id});
    const qint64 newId = q.lastInsertId().toLongLong();
    writeIncomeSources(ctx, newId, p.incomeSources);
    ctx.setParticipant(newId);
    return newId;
}

qint64 ParticipantRepository::insert(WriteContext &ctx, Participant &p)
{
    p.id = 0;
    validateForWrite(ctx, p);
    p.id = insertRow(ctx, p, ctx.nowText(), QVariant(QMetaType(QMetaType::LongLong)));
    return p.id;
}

void ParticipantRepository::restore(WriteContext &ctx, const Participant &p)
{
    validateForWrite(ctx, p);
    insertRow(ctx, p, p.createdAt.isValid() ? p.createdAt.toUTC().toString(Qt::ISODate) : ctx.nowText(), p.id);
}

void ParticipantRepository::update(WriteContext &ctx, const Participant &p)
{
    validateForWrite(ctx, p);
    QSqlQuery q = ctx.db().exec(
        QStringLiteral("UPDATE participants SET identity_kind = ?, identity = ?, protected_identity = ?, given_name = ?, "
                       "family_name = ?, gender = ?, birth_date = ?, phone = ?, email = ?, address = ?, municipality_id = ?, "
                       "interpreter_needed = ?, interpreter_language = ?, occupation_code = ?, education_code = ?, "
                       "support_time_code = ?, status = ?, coordinator_id = ?, updated_at = ? WHERE id = ?"),
        columnValues(p) + QVariantList{ctx.nowText(), p.id});
    if (q.numRowsAffected() != 1)
        throw Error(ErrorCode::NotFound, tr("The participant no longer exists in the team file."));
    writeIncomeSources(ctx, p.id, p.incomeSources);
    ctx.setParticipant(p.id);
}

void ParticipantRepository::remove(WriteContext &ctx, qint64 id)
{
    QSqlQuery q = ctx.db().exec(QStringLiteral("DELETE FROM participants WHERE id = ?"), {id});
    if (q.numRowsAffected() != 1)
        throw Error(ErrorCode::NotFound, tr("The participant no longer exists in the team file."));
    ctx.setParticipant(id);
}

} // namespace samsyn
