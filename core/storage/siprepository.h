// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/sipplan.h"

#include <QCoreApplication>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// A current SIP version with its participant, for the follow-up line of Översikt.
struct SipDue
{
    qint64 participantId = 0;
    qint64 planId = 0;
    int version = 0;
    QDate nextFollowup;
};

// SIP plans and their versions. A follow-up copies the current version to version N+1 (goals,
// actions with their status, meeting participants) and supersedes N in one transaction.
class SipRepository
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::SipRepository)

public:
    explicit SipRepository(Database &db) : m_db(db) {}

    QList<qint64> plans(qint64 participantId) const;
    // The newest plan written for this enrollment, if any.
    std::optional<qint64> planForEnrollment(qint64 enrollmentId) const;
    // Whose plan it is; nullopt when there is no such plan.
    std::optional<qint64> planParticipant(qint64 planId) const;
    std::optional<SipVersion> current(qint64 planId) const;
    std::optional<SipVersion> version(qint64 planId, int version) const;
    int versionCount(qint64 planId) const;
    // The follow-up log up to and including `upToVersion`, oldest first: what version N
    // printed then, it prints now.
    QList<SipFollowup> followups(qint64 planId, int upToVersion) const;
    // Current versions whose next follow-up is on or before `day`.
    QList<SipDue> followupsDue(QDate day) const;

    // Writes version 1 of a new plan; returns the plan id.
    static qint64 createPlan(WriteContext &ctx, qint64 participantId, std::optional<qint64> enrollmentId, SipVersion &first);
    // Replaces the content of the current version (refused for a superseded one).
    static void updateCurrent(WriteContext &ctx, const SipVersion &version);
    // Records a follow-up on `date` and writes version N+1 from N; returns the new version.
    static SipVersion followUp(WriteContext &ctx, qint64 planId, QDate date, const QString &logText,
                               std::optional<qint64> authorId);

private:
    static void validate(WriteContext &ctx, const SipVersion &version);
    static void writeChildren(WriteContext &ctx, const SipVersion &version);
    static qint64 insertVersion(WriteContext &ctx, SipVersion &version, std::optional<qint64> previousId);
    static qint64 participantOf(WriteContext &ctx, qint64 planId);

    Database &m_db;
};

} // namespace samsyn
