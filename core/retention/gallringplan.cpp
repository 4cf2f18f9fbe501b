// SPDX-License-Identifier: EUPL-1.2
#include "retention/gallringplan.h"

#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/participantrepository.h"
#include "storage/retentionrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/error.h"

#include <QDir>
#include <QSet>
#include <QUndoStack>

namespace samsyn {

namespace {

// The participants due on `today`: candidates whose last entry plus the period is today or
// earlier. The query's day is one later than today minus the period, so a last entry on 29
// February (due on 28 February N years on) is not cut off before the exact check.
QList<RetentionCandidate> due(Database &db, QDate today, int years)
{
    QList<RetentionCandidate> result;
    for (const RetentionCandidate &c : RetentionRepository(db).candidates(today.addYears(-years).addDays(1))) {
        if (GallringPlan::eligibleSince(c.lastEntry, years) <= today)
            result << c;
    }
    return result;
}

} // namespace

GallringPlan GallringPlan::build(Database &db, QDate today)
{
    return build(db, today, SettingsRepository(db).teamInfo().retentionYears);
}

GallringPlan GallringPlan::build(Database &db, QDate today, int retentionYears)
{
    if (!today.isValid() || retentionYears < 1 || retentionYears > 100)
        throw Error(ErrorCode::Validation, tr("The retention period must be between 1 and 100 years."));
    GallringPlan plan;
    plan.today = today;
    plan.retentionYears = retentionYears;
    const ParticipantRepository participants(db);
    for (const RetentionCandidate &c : due(db, today, retentionYears)) {
        const auto row = participants.row(c.participantId);
        if (!row)
            continue;
        Participant p;
        p.identityKind = row->identityKind;
        p.identity = row->identity;
        p.givenName = row->givenName;
        p.familyName = row->familyName;
        const QDate since = eligibleSince(c.lastEntry, retentionYears);
        plan.entries << GallringEntry{c.participantId, p.maskedIdentity(), p.displayName(), c.lastEntry, since, deadline(since)};
    }
    return plan;
}

QList<qint64> GallringPlan::participantIds() const
{
    QList<qint64> ids;
    for (const GallringEntry &e : entries)
        ids << e.participantId;
    return ids;
}

QString GallringPlan::backupCaveat(const QString &teamFilePath)
{
    return tr("Backups taken before the deletion still hold the deleted data: the daily backups for %1 days and the "
              "monthly backups for %2 months, until rotation removes them. To be rid of it sooner, delete those backups "
              "from %3 by hand.")
        .arg(BackupService::kKeepDays)
        .arg(BackupService::kKeepMonths)
        .arg(QDir::toNativeSeparators(BackupService::folderFor(teamFilePath)));
}

GallringResult GallringPlan::execute(TeamFile &team, const GallringPlan &plan, const QList<qint64> &chosen)
{
    if (chosen.isEmpty())
        throw Error(ErrorCode::Validation, tr("Nobody was chosen for gallring: nothing was deleted."));
    const QList<qint64> planned = plan.participantIds();
    const QSet<qint64> unique(chosen.cbegin(), chosen.cend());
    for (qint64 id : unique) {
        if (!planned.contains(id))
            throw Error(ErrorCode::Validation, tr("A chosen participant is not due for gallring: nothing was deleted."));
    }
    GallringResult result;
    team.write(QStringLiteral("retention.delete"), [&](WriteContext &ctx) {
        // Checked again inside the transaction: the file may have changed since the plan.
        QSet<qint64> stillDue;
        for (const RetentionCandidate &c : due(ctx.db(), plan.today, plan.retentionYears))
            stillDue.insert(c.participantId);
        for (qint64 id : unique) {
            if (!stillDue.contains(id))
                throw Error(ErrorCode::Validation, tr("Something was recorded about a chosen participant since the list was "
                                                      "made, so they are no longer due: nothing was deleted. Make the list again."));
            RetentionRepository::keepCountsAndDelete(ctx, id);
        }
        RetentionRepository::recordRun(ctx, plan.today, int(unique.size()), plan.retentionYears, team.currentMember());
    });
    result.deleted = int(unique.size());
    // Undo and redo could write the deleted data back from memory.
    team.undoStack()->clear();
    try {
        team.database().vacuum();
    } catch (const Error &error) {
        result.vacuumProblem = error.message();
    }
    return result;
}

} // namespace samsyn
