// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "import/participantimport.h"

#include <QByteArray>
#include <QString>

namespace samsyn {

class TeamFile;

// What the import wizard's pages share: the file's bytes, how they are read, the mapping,
// the dry run and the result. Owned by ImportWizard; each page borrows it.
struct ImportWizardState
{
    explicit ImportWizardState(TeamFile &file) : team(file) {}

    TeamFile &team;
    QString path;
    QByteArray bytes;
    CsvOptions csvOptions;
    ImportSettings settings;
    CsvTable table;
    ColumnMapping mapping;
    ImportPlan plan;
    ImportPlan result;

    void reread() { table = CsvReader::read(bytes, csvOptions); }
};

} // namespace samsyn
