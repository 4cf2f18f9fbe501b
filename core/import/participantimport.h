// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "import/importplan.h"

#include <QCoreApplication>

namespace samsyn {

class TeamFile;

// Imports participants from a team's old Excel list (saved as CSV). plan() is the dry run:
// it reads the whole file against the team file and says, per row, what would be created,
// updated, skipped or rejected and why, writing nothing. run() writes every create and
// update of a plan as ONE action (all or nothing), with one audit row per participant, and
// remembers the column mapping for the team's next import. Borrows the TeamFile.
class ParticipantImport
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ParticipantImport)

public:
    explicit ParticipantImport(TeamFile &team) : m_team(team) {}

    ImportPlan plan(const CsvTable &table, const ColumnMapping &mapping, const ImportSettings &settings) const;

    // Throws Error (naming the row) and changes nothing when any write fails, for instance
    // because the team file changed since the plan was made. Returns the plan with the new
    // participants' ids filled in.
    ImportPlan run(const ImportPlan &plan);

private:
    static void rejectDuplicates(QList<ImportRow> &rows);

    TeamFile &m_team;
};

} // namespace samsyn
