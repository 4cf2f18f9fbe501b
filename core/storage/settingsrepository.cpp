// SPDX-License-Identifier: EUPL-1.2
#include "storage/settingsrepository.h"

#include "storage/database.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QSqlQuery>
#include <QRegularExpression>
#include <QUuid>

namespace samsyn {

namespace {

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> idFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

void requireName(const QString &name, const QString &what)
{
    if (name.trimmed().isEmpty())
        throw Error(ErrorCode::Validation, SettingsRepository::tr("%1 needs a name.").arg(what));
    if (name.size() > 100)
        throw Error(ErrorCode::Validation, SettingsRepository::tr("%1 has too long a name (at most 100 characters).").arg(what));
}

} // namespace

QString SettingsRepository::meta(const QString &key, const QString &fallback) const
{
    const QVariant value = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return value.isValid() ? value.toString() : fallback;
}

TeamInfo SettingsRepository::teamInfo() const
{
    TeamInfo info;
    info.name = meta(QStringLiteral("team_name"));
    info.association = meta(QStringLiteral("association"));
    info.controller = meta(QStringLiteral("controller"));
    info.secrecyMarking = meta(QStringLiteral("secrecy_marking"));
    info.retentionYears = meta(QStringLiteral("retention_years"), QStringLiteral("5")).toInt();
    info.demo = meta(QStringLiteral("demo")) == QLatin1String("1");
    return info;
}

void SettingsRepository::setMeta(WriteContext &ctx, const QString &key, const QString &value)
{
    ctx.db().exec(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                  {key, value});
    ctx.touch(QStringLiteral("settings"));
}

void SettingsRepository::setTeamInfo(WriteContext &ctx, const TeamInfo &info)
{
    requireName(info.name, tr("The team"));
    if (info.retentionYears < 1 || info.retentionYears > 100)
        throw Error(ErrorCode::Validation, tr("The retention period must be between 1 and 100 years."));
    setMeta(ctx, QStringLiteral("team_name"), info.name.trimmed());
    setMeta(ctx, QStringLiteral("association"), info.association.trimmed());
    setMeta(ctx, QStringLiteral("controller"), info.controller.trimmed());
    setMeta(ctx, QStringLiteral("secrecy_marking"), info.secrecyMarking.trimmed());
    setMeta(ctx, QStringLiteral("retention_years"), QString::number(info.retentionYears));
    setMeta(ctx, QStringLiteral("demo"), info.demo ? QStringLiteral("1") : QStringLiteral("0"));
}

QList<Municipality> SettingsRepository::municipalities(bool includeInactive) const
{
    QList<Municipality> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name, active FROM municipalities WHERE active = 1 OR ? ORDER BY name"),
                            {includeInactive});
    while (q.next())
        result << Municipality{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool()};
    return result;
}

std::optional<Municipality> SettingsRepository::municipality(qint64 id) const
{
    for (const Municipality &m : municipalities(true)) {
        if (m.id == id)
            return m;
    }
    return std::nullopt;
}

qint64 SettingsRepository::saveMunicipality(WriteContext &ctx, const Municipality &m)
{
    requireName(m.name, tr("A municipality"));
    if (m.id == 0) {
        QSqlQuery q = ctx.db().exec(QStringLiteral("INSERT INTO municipalities(name, active) VALUES (?, ?)"),
                                    {m.name.trimmed(), m.active});
        ctx.touch(QStringLiteral("settings"));
        return q.lastInsertId().toLongLong();
    }
    ctx.db().exec(QStringLiteral("UPDATE municipalities SET name = ?, active = ? WHERE id = ?"), {m.name.trimmed(), m.active, m.id});
    ctx.touch(QStringLiteral("settings"));
    return m.id;
}

QList<Party> SettingsRepository::parties(bool includeInactive) const
{
    QList<Party> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, kind, name, short_name, municipality_id, active, sort_order FROM parties "
                                           "WHERE active = 1 OR ? ORDER BY sort_order, name"),
                            {includeInactive});
    while (q.next()) {
        Party p;
        p.id = q.value(0).toLongLong();
        p.kind = PartyKinds::fromCode(q.value(1).toString()).value_or(PartyKind::Other);
        p.name = q.value(2).toString();
        p.shortName = q.value(3).toString();
        p.municipalityId = idFrom(q.value(4));
        p.active = q.value(5).toBool();
        p.sortOrder = q.value(6).toInt();
        result << p;
    }
    return result;
}

std::optional<Party> SettingsRepository::party(qint64 id) const
{
    for (const Party &p : parties(true)) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

qint64 SettingsRepository::saveParty(WriteContext &ctx, const Party &p)
{
    requireName(p.name, tr("A party"));
    const QVariantList values{PartyKinds::code(p.kind), p.name.trimmed(), p.shortName.trimmed(),
                              optionalId(p.kind == PartyKind::Municipality ? p.municipalityId : std::nullopt),
                              p.active, p.sortOrder};
    ctx.touch(QStringLiteral("settings"));
    if (p.id == 0) {
        QSqlQuery q = ctx.db().exec(QStringLiteral("INSERT INTO parties(kind, name, short_name, municipality_id, active, sort_order) "
                                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                                    values);
        return q.lastInsertId().toLongLong();
    }
    QVariantList withId = values;
    withId << p.id;
    ctx.db().exec(QStringLiteral("UPDATE parties SET kind = ?, name = ?, short_name = ?, municipality_id = ?, active = ?, "
                                 "sort_order = ? WHERE id = ?"),
                  withId);
    return p.id;
}

QList<Member> SettingsRepository::members(bool includeInactive) const
{
    QList<Member> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name, role, party_id, phone, email, active FROM members "
                                           "WHERE active = 1 OR ? ORDER BY name"),
                            {includeInactive});
    while (q.next()) {
        Member m;
        m.id = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.role = q.value(2).toString();
        m.partyId = idFrom(q.value(3));
        m.phone = q.value(4).toString();
        m.email = q.value(5).toString();
        m.active = q.value(6).toBool();
        result << m;
    }
    return result;
}

std::optional<Member> SettingsRepository::member(qint64 id) const
{
    for (const Member &m : members(true)) {
        if (m.id == id)
            return m;
    }
    return std::nullopt;
}

qint64 SettingsRepository::saveMember(WriteContext &ctx, const Member &m)
{
    requireName(m.name, tr("A team member"));
    const QVariantList values{m.name.trimmed(), m.role.trimmed(), optionalId(m.partyId), m.phone.trimmed(),
                              m.email.trimmed(), m.active};
    ctx.touch(QStringLiteral("settings"));
    if (m.id == 0) {
        QSqlQuery q = ctx.db().exec(
            QStringLiteral("INSERT INTO members(name, role, party_id, phone, email, active) VALUES (?, ?, ?, ?, ?, ?)"), values);
        return q.lastInsertId().toLongLong();
    }
    QVariantList withId = values;
    withId << m.id;
    ctx.db().exec(QStringLiteral("UPDATE members SET name = ?, role = ?, party_id = ?, phone = ?, email = ?, active = ? "
                                 "WHERE id = ?"),
                  withId);
    return m.id;
}

QList<Programme> SettingsRepository::programmes(bool includeInactive) const
{
    QList<Programme> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name, description, capacity, max_months, active FROM programmes "
                                           "WHERE active = 1 OR ? ORDER BY name"),
                            {includeInactive});
    while (q.next()) {
        Programme p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.description = q.value(2).toString();
        p.capacity = q.value(3).toInt();
        p.maxMonths = q.value(4).toInt();
        p.active = q.value(5).toBool();
        result << p;
    }
    QSqlQuery quotas = m_db.exec(QStringLiteral("SELECT programme_id, party_id, places FROM programme_quotas"));
    while (quotas.next()) {
        for (Programme &p : result) {
            if (p.id == quotas.value(0).toLongLong())
                p.quotas.insert(quotas.value(1).toLongLong(), quotas.value(2).toInt());
        }
    }
    return result;
}

std::optional<Programme> SettingsRepository::programme(qint64 id) const
{
    for (const Programme &p : programmes(true)) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

qint64 SettingsRepository::saveProgramme(WriteContext &ctx, const Programme &p)
{
    requireName(p.name, tr("A programme"));
    if (p.capacity < 0 || p.capacity > 10000)
        throw Error(ErrorCode::Validation, tr("The capacity must be between 0 and 10000 places."));
    if (p.maxMonths < 1 || p.maxMonths > 120)
        throw Error(ErrorCode::Validation, tr("The longest time in a programme must be between 1 and 120 months."));
    int quotaSum = 0;
    for (int places : p.quotas) {
        if (places < 0)
            throw Error(ErrorCode::Validation, tr("A party's places cannot be negative."));
        quotaSum += places;
    }
    if (p.capacity > 0 && quotaSum > p.capacity)
        throw Error(ErrorCode::Validation,
                    tr("The parties' places (%1) add up to more than the capacity (%2).").arg(quotaSum).arg(p.capacity));
    const QVariantList values{p.name.trimmed(), p.description, p.capacity, p.maxMonths, p.active};
    qint64 id = p.id;
    if (id == 0) {
        QSqlQuery q = ctx.db().exec(
            QStringLiteral("INSERT INTO programmes(name, description, capacity, max_months, active) VALUES (?, ?, ?, ?, ?)"), values);
        id = q.lastInsertId().toLongLong();
    } else {
        QVariantList withId = values;
        withId << id;
        ctx.db().exec(QStringLiteral("UPDATE programmes SET name = ?, description = ?, capacity = ?, max_months = ?, active = ? "
                                     "WHERE id = ?"),
                      withId);
    }
    ctx.db().exec(QStringLiteral("DELETE FROM programme_quotas WHERE programme_id = ?"), {id});
    for (auto it = p.quotas.cbegin(); it != p.quotas.cend(); ++it)
        ctx.db().exec(QStringLiteral("INSERT INTO programme_quotas(programme_id, party_id, places) VALUES (?, ?, ?)"),
                      {id, it.key(), it.value()});
    ctx.touch(QStringLiteral("settings"));
    return id;
}

QStringList SettingsRepository::codeTables() const
{
    QStringList result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT name FROM code_tables ORDER BY name"));
    while (q.next())
        result << q.value(0).toString();
    return result;
}

QList<CodeEntry> SettingsRepository::codes(const QString &table, bool includeInactive) const
{
    QList<CodeEntry> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT code_table, code, label, label_en, report_group, sort_order, active FROM codes "
                                           "WHERE code_table = ? AND (active = 1 OR ?) ORDER BY sort_order, label"),
                            {table, includeInactive});
    while (q.next())
        result << CodeEntry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toInt(), q.value(6).toBool()};
    return result;
}

std::optional<CodeEntry> SettingsRepository::code(const QString &table, const QString &code) const
{
    for (const CodeEntry &entry : codes(table, true)) {
        if (entry.code == code)
            return entry;
    }
    return std::nullopt;
}

QString SettingsRepository::partyName(std::optional<qint64> id) const
{
    const std::optional<Party> p = id ? party(*id) : std::nullopt;
    return p ? p->name : QString();
}

QString SettingsRepository::memberName(std::optional<qint64> id) const
{
    const std::optional<Member> m = id ? member(*id) : std::nullopt;
    return m ? m->name : QString();
}

QString SettingsRepository::programmeName(std::optional<qint64> id) const
{
    const std::optional<Programme> p = id ? programme(*id) : std::nullopt;
    return p ? p->name : QString();
}

QString SettingsRepository::codeLabel(const QString &table, const QString &value) const
{
    if (value.isEmpty())
        return {};
    const std::optional<CodeEntry> entry = code(table, value);
    return entry ? entry->displayLabel() : value;
}

void SettingsRepository::saveCode(WriteContext &ctx, const CodeEntry &entry)
{
    if (entry.label.trimmed().isEmpty())
        throw Error(ErrorCode::Validation, tr("A code needs a label."));
    if (entry.code.isEmpty() || entry.code.size() > 40 || entry.code.contains(QRegularExpression(QStringLiteral("[^a-z0-9_]"))))
        throw Error(ErrorCode::Validation, tr("A code may use a-z, 0-9 and _ only, at most 40 characters."));
    ctx.db().exec(QStringLiteral("INSERT INTO codes(code_table, code, label, label_en, report_group, sort_order, active) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code_table, code) DO UPDATE SET "
                                 "label = excluded.label, label_en = excluded.label_en, report_group = excluded.report_group, "
                                 "sort_order = excluded.sort_order, active = excluded.active"),
                  {entry.table, entry.code, entry.label.trimmed(), entry.labelEn.trimmed(), entry.reportGroup,
                   entry.sortOrder, entry.active});
    ctx.touch(QStringLiteral("settings"));
}

std::optional<qint64> SettingsRepository::applySetup(WriteContext &ctx, const TeamSetup &setup)
{
    const QStringList problems = setup.problems();
    if (!problems.isEmpty())
        throw Error(ErrorCode::Validation, problems.join(QLatin1Char('\n')));

    setMeta(ctx, QStringLiteral("file_uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    setMeta(ctx, QStringLiteral("created_at"), ctx.nowText());
    setTeamInfo(ctx, setup.info);

    int order = 0;
    QMap<QString, qint64> partyIds; // lower-case name -> id
    auto addParty = [&](PartyKind kind, const QString &name, const QString &shortName, std::optional<qint64> municipality) {
        Party p;
        p.kind = kind;
        p.name = name.trimmed();
        p.shortName = shortName;
        p.municipalityId = municipality;
        p.sortOrder = ++order;
        partyIds.insert(p.name.toLower(), saveParty(ctx, p));
    };
    addParty(PartyKind::Fk, PartyKinds::label(PartyKind::Fk), QStringLiteral("FK"), std::nullopt);
    addParty(PartyKind::Af, PartyKinds::label(PartyKind::Af), QStringLiteral("Af"), std::nullopt);
    addParty(PartyKind::Region, setup.regionName.trimmed().isEmpty() ? PartyKinds::label(PartyKind::Region) : setup.regionName,
             QStringLiteral("Region"), std::nullopt);
    for (const QString &name : setup.municipalities) {
        const qint64 municipalityId = saveMunicipality(ctx, Municipality{0, name.trimmed(), true});
        addParty(PartyKind::Municipality, name, QStringLiteral("Kommun"), municipalityId);
    }
    for (const QString &name : setup.otherParties)
        addParty(PartyKind::Other, name, QString(), std::nullopt);

    std::optional<qint64> me;
    for (const TeamSetup::MemberSetup &m : setup.members) {
        Member member;
        member.name = m.name;
        member.role = m.role;
        if (!m.partyName.isEmpty())
            member.partyId = partyIds.value(m.partyName.trimmed().toLower());
        const qint64 id = saveMember(ctx, member);
        if (m.name.trimmed() == setup.me.trimmed())
            me = id;
    }
    for (const Programme &p : setup.programmes) {
        Programme copy = p;
        copy.id = 0;
        copy.quotas.clear();
        saveProgramme(ctx, copy);
    }
    return me;
}

} // namespace samsyn
