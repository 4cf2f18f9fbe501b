// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "export/susdata.h"
#include "export/susvalidation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace samsyn {

class Database;
class TeamFile;

// The quarter-end export ("SUS-export", sus-export.md): two CSV files for a period,
// `antal_<period>.csv` (counts per programme and gender) and `deltagare_<period>.csv` (one
// row per enrollment), in the project's own documented format (docs/user/sus-export.md).
// The data is validated when the export is built; the files are written only when nothing
// is missing or contradictory, or when the user explicitly asks for an incomplete export,
// which then lists the incomplete rows in a third file, `problem_<period>.csv` (the two
// files keep exactly their documented columns).
class SusExport
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::SusExport)

public:
    // The version of the format in docs/user/sus-export.md. Raise it for every change a
    // reader of the files would notice: a column added, removed, renamed or moved, a value
    // written differently.
    static constexpr int kFormatVersion = 1;

    explicit SusExport(SusData data);
    static SusExport read(Database &db, const Period &period);

    const SusData &data() const { return m_data; }
    const Period &period() const { return m_data.period; }
    const QList<SusProblem> &problems() const { return m_problems; }
    bool isComplete() const { return m_problems.isEmpty(); }
    int anonymousCount() const;
    // A sentence for the screen when gallring deleted people with entries in the period (they
    // are not in the files); empty otherwise.
    QString gallringNote() const;

    // ASCII file names, e.g. antal_2026Q3.csv.
    static QString antalFileName(const Period &period);
    static QString deltagareFileName(const Period &period);
    static QString problemFileName(const Period &period);

    QByteArray antalCsv() const;
    QByteArray deltagareCsv() const;
    // Which rows of deltagare are incomplete and why (the row as a spreadsheet numbers it).
    QByteArray problemCsv() const;

    // Writes the files into `folder` (which must exist) and records `export.sus` in the
    // audit trail, with counts and no names. Throws samsyn::Error and writes nothing when
    // there are problems and `allowIncomplete` is false, or when a file cannot be written.
    // Returns the paths written.
    QStringList write(TeamFile &team, const QString &folder, bool allowIncomplete) const;

    // Whole years on `day` for someone born on `birth`; -1 when either is unknown.
    static int ageOn(QDate birth, QDate day);

private:
    QStringList deltagareRow(const SusRecord &record) const;

    SusData m_data;
    QList<SusProblem> m_problems;
};

} // namespace samsyn
