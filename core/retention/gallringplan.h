// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace samsyn {

class Database;
class TeamFile;

// One participant due for gallring: whom (masked identity and name, for the coordinator to
// recognise), the last entry, the day the retention period ended and the deadline.
struct GallringEntry
{
    qint64 participantId = 0;
    QString maskedIdentity;
    QString name;
    QDate lastEntry;
    QDate eligibleSince; // last entry + the retention period
    QDate deadline;      // the end of the calendar year after eligibleSince's year
};

// What one gallring deleted; a failed VACUUM after the committed deletion is told, not thrown.
struct GallringResult
{
    int deleted = 0;
    QString vacuumProblem;
};

// Gallring (retention, domain.md): social-services files are deleted N years after the last
// entry (N is the team setting retention_years), by the end of the following calendar year.
// build() lists who is due on a day; execute() deletes the chosen ones through the one write
// path ("retention.delete", one transaction), keeps their report counts as anonymous monthly
// figures, clears the undo stack (it may hold their data) and VACUUMs the file so no deleted
// text stays in free pages. Years are added as Swedish law counts them: 29 February plus N
// years is 28 February when that year has no 29th (QDate::addYears).
struct GallringPlan
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::GallringPlan)
public:
    QDate today;
    int retentionYears = 5;
    QList<GallringEntry> entries;

    // With the team's retention period from its settings.
    static GallringPlan build(Database &db, QDate today);
    static GallringPlan build(Database &db, QDate today, int retentionYears);

    static QDate eligibleSince(QDate lastEntry, int retentionYears) { return lastEntry.addYears(retentionYears); }
    static QDate deadline(QDate eligibleSince) { return QDate(eligibleSince.year() + 1, 12, 31); }

    QList<qint64> participantIds() const;

    // What the user must know about the backups beside the team file at `teamFilePath`:
    // rotation keeps each backup of the last 14 days and the newest of every older month for
    // good, so deleted data lives on there until those files are removed by hand.
    static QString backupCaveat(const QString &teamFilePath);

    // Deletes `chosen` (each must be in this plan and still due when the action runs) in one
    // action; throws samsyn::Error and changes nothing otherwise.
    static GallringResult execute(TeamFile &team, const GallringPlan &plan, const QList<qint64> &chosen);
};

} // namespace samsyn
