// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// A printed final slutdokumentation as stored in exit_documents: never updated (the
// schema refuses it), so what was handed over can be printed again word for word.
struct ExitDocument
{
    qint64 id = 0;
    qint64 enrollmentId = 0;
    QString writtenBy;
    QDateTime writtenAt;
    QString content; // ExitReportData as JSON
};

class ExitDocumentRepository
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ExitDocumentRepository)

public:
    explicit ExitDocumentRepository(Database &db) : m_db(db) {}

    // The final document of the enrollment (the first stored; there is only ever one).
    std::optional<ExitDocument> finalFor(qint64 enrollmentId) const;

    // Refuses a second final document for the same enrollment.
    static qint64 insert(WriteContext &ctx, ExitDocument &document);

private:
    Database &m_db;
};

} // namespace samsyn
