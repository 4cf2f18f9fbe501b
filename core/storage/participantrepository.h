// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/participant.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// One line of the Deltagare list: what the table shows, filters and sorts on, kept small so
// that 100,000 of them load in one query and sit in memory comfortably.
struct ParticipantRow
{
    qint64 id = 0;
    Personnummer::Kind identityKind = Personnummer::Kind::Personnummer;
    QString identity;
    bool protectedIdentity = false;
    QString givenName;
    QString familyName;
    ParticipantStatus status = ParticipantStatus::Referred;
    QString coordinator;
    QString municipality;
};

// Participants and their income sources. Reads take the Database; writes take a
// WriteContext (inside WritePath::run) and validate first, so nothing invalid is written
// even by a front end that skipped its own checks.
class ParticipantRepository
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ParticipantRepository)

public:
    explicit ParticipantRepository(Database &db) : m_db(db) {}

    std::optional<Participant> get(qint64 id) const;
    std::optional<Participant> findByIdentity(const QString &canonical) const;
    QList<ParticipantRow> rows(std::optional<ParticipantStatus> status = std::nullopt) const;
    std::optional<ParticipantRow> row(qint64 id) const;
    int count() const;

    // Validates, then inserts; sets the new id on `participant` and the context.
    static qint64 insert(WriteContext &ctx, Participant &participant);
    static void update(WriteContext &ctx, const Participant &participant);
    // Puts a removed participant back under its old id (redo of an add), so that later undo
    // commands and audit rows that refer to the id still find it.
    static void restore(WriteContext &ctx, const Participant &participant);
    // Real deletion (undo of an add, gallring); the audit log keeps only the id.
    static void remove(WriteContext &ctx, qint64 id);

private:
    static void validateForWrite(WriteContext &ctx, const Participant &participant);
    static qint64 insertRow(WriteContext &ctx, const Participant &participant, const QString &createdAt, const QVariant &id);
    static void writeIncomeSources(WriteContext &ctx, qint64 id, const QStringList &codes);

    Database &m_db;
};

} // namespace samsyn
