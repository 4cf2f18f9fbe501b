// SPDX-License-Identifier: EUPL-1.2
#include "storage/exitdocumentrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QSqlQuery>

namespace samsyn {

std::optional<ExitDocument> ExitDocumentRepository::finalFor(qint64 enrollmentId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, enrollment_id, written_by, written_at, content FROM exit_documents "
                                           "WHERE enrollment_id = ? ORDER BY id LIMIT 1"),
                            {enrollmentId});
    if (!q.next())
        return std::nullopt;
    return ExitDocument{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                        QDateTime::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString()};
}

qint64 ExitDocumentRepository::insert(WriteContext &ctx, ExitDocument &document)
{
    sql::requireId(ctx.db(), QStringLiteral("enrollments"), document.enrollmentId, tr("enrollment"));
    if (ExitDocumentRepository(ctx.db()).finalFor(document.enrollmentId))
        throw Error(ErrorCode::Validation, tr("The final slutdokumentation of this enrollment has already been printed; "
                                              "it is kept unchanged."));
    if (document.content.isEmpty())
        throw Error(ErrorCode::Validation, tr("An empty slutdokumentation cannot be stored."));
    document.writtenAt = ctx.now();
    QSqlQuery q = ctx.db().exec(QStringLiteral("INSERT INTO exit_documents(enrollment_id, written_by, written_at, content) "
                                               "VALUES (?, ?, ?, ?)"),
                                {document.enrollmentId, document.writtenBy.left(200), ctx.nowText(), document.content});
    document.id = q.lastInsertId().toLongLong();
    ctx.touch(QStringLiteral("enrollments"), ctx.participant());
    return document.id;
}

} // namespace samsyn
