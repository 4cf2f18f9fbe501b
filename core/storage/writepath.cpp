// SPDX-License-Identifier: EUPL-1.2
#include "storage/writepath.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/error.h"

namespace samsyn {

WriteContext::WriteContext(Database &db, QDateTime now, QString actor, QString osUser)
    : m_db(db)
    , m_now(std::move(now))
    , m_actor(std::move(actor))
    , m_osUser(std::move(osUser))
{
}

QString WriteContext::nowText() const
{
    return m_now.toUTC().toString(Qt::ISODate);
}

void WriteContext::touch(const QString &area, std::optional<qint64> participantId)
{
    m_changes.areas.insert(area);
    if (participantId)
        m_changes.participantIds.insert(*participantId);
}

void WriteContext::audit(const QString &action, std::optional<qint64> participantId, const QString &detail)
{
    AuditLog::append(m_db, AuditRecord{0, m_now, m_actor, m_osUser, action, participantId, detail});
}

WritePath::WritePath(Database &db, std::function<QDateTime()> now, std::function<QString()> actor)
    : m_db(db)
    , m_now(std::move(now))
    , m_actor(std::move(actor))
{
}

QString WritePath::osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

ChangeSet WritePath::run(const QString &action, const Body &body, std::optional<qint64> participantId)
{
    if (m_db.isReadOnly())
        throw Error(ErrorCode::ReadOnly, tr("The team file is open read-only: nothing can be changed."));
    WriteContext context(m_db, m_now(), m_actor(), osUser());
    if (participantId)
        context.setParticipant(*participantId);
    Transaction tx(m_db);
    body(context);
    context.audit(action, context.participant(), context.m_detail);
    tx.commit();
    return context.m_changes;
}

} // namespace samsyn
