// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/enrollment.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// An open enrollment in a programme, for the capacity line of Översikt.
struct ProgrammeLoad
{
    qint64 programmeId = 0;
    QString name;
    int capacity = 0;
    int open = 0;
};

// Enrollments and their exits. Writes validate first and keep the participant's status in
// step with the phases (active/passive/exited) in the same transaction.
class EnrollmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::EnrollmentRepository)

public:
    explicit EnrollmentRepository(Database &db) : m_db(db) {}

    std::optional<Enrollment> get(qint64 id) const;
    QList<Enrollment> forParticipant(qint64 participantId) const;
    // Enrollments that touch [first, last]: started on or before `last` and not ended before
    // `first` (Period::overlaps), oldest start first.
    QList<Enrollment> overlapping(QDate first, QDate last) const;
    // Open enrollments whose planned end is before `day`.
    QList<Enrollment> openPastPlannedEnd(QDate day) const;
    // Exited enrollments with a follow-up due on or before `day` and not yet done.
    QList<Enrollment> exitFollowupsDue(QDate day) const;
    QList<ProgrammeLoad> programmeLoads() const;
    // Whether the participant has an enrollment that started or ended on or after `day`.
    bool startedOrEndedSince(qint64 participantId, QDate day) const;
    bool hasOpen(qint64 participantId) const;

    // Inserts; a missing planned end becomes start + the programme's months.
    static qint64 enrol(WriteContext &ctx, Enrollment &enrollment);
    // Corrects what was recorded at the start (coordinator, dates, method, registration, the
    // situation at start) with the rules of enrol(); the programme stays. Returns the changed
    // fields (stable names, also the audit detail); throws when nothing changed.
    static QStringList updateStart(WriteContext &ctx, const Enrollment &changed);
    static void makePassive(WriteContext &ctx, qint64 id, QDate from);
    static void reactivate(WriteContext &ctx, qint64 id);
    // Follow-up dates left empty are computed from the team settings.
    static void exit(WriteContext &ctx, qint64 id, EnrollmentExit exit);
    // Rewrites the fields of a recorded exit with the same checks as exit() (the follow-ups'
    // done dates and results are kept and must not fall before the new end date). The
    // correction record is ExitService's.
    static void correctExit(WriteContext &ctx, qint64 id, EnrollmentExit exit);
    // Reopens an exit recorded by mistake (phase back to active, or passive when it was).
    // Refused once a follow-up is recorded or the final slutdokumentation is printed.
    static void undoExit(WriteContext &ctx, qint64 id);
    // The free-text parts of an exit (onward plan, handover contact, own view), which stay
    // editable until the slutdokumentation is printed as final (and may change after, without
    // changing the printed copy).
    static void updateExitTexts(WriteContext &ctx, qint64 id, const QString &onwardPlan, const QString &handoverContact,
                                const QString &ownView);
    // which: 1 = the first follow-up (90 days), 2 = the second (6 months).
    static void recordFollowup(WriteContext &ctx, qint64 id, int which, QDate done, const QString &result);

private:
    static Enrollment require(WriteContext &ctx, qint64 id);
    static void writeExit(WriteContext &ctx, const Enrollment &enrollment, EnrollmentExit &exit);
    static void syncParticipantStatus(WriteContext &ctx, qint64 participantId);
    static void writeIncome(WriteContext &ctx, qint64 id, const QString &moment, const QStringList &codes);
    QList<Enrollment> select(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace samsyn
