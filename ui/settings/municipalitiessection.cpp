// SPDX-License-Identifier: EUPL-1.2
#include "settings/municipalitiessection.h"

#include "common/tablecells.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QTableWidget>

namespace samsyn {

namespace {
enum Column { Name, Active };
}

MunicipalitiesSection::MunicipalitiesSection(TeamFile &team, UserPrompts &prompts, QWidget *parent)
    : SettingsTableSection(team, prompts, tr("Municipalities"),
                           tr("The municipalities whose residents the team serves. A municipality that leaves is made "
                              "inactive, not deleted: older records still refer to it."),
                           tr("&Add municipality"), parent)
{
    setHeaders({tr("Name"), tr("Active")});
    reload();
}

void MunicipalitiesSection::load()
{
    clearRows();
    for (const Municipality &m : SettingsRepository(team().database()).municipalities(true)) {
        const int row = cells::appendRow(table());
        cells::setRowId(table(), row, m.id);
        cells::setText(table(), row, Name, m.name);
        cells::setCheck(table(), row, Active, m.active);
    }
    finishRows();
}

void MunicipalitiesSection::initRow(int row)
{
    cells::setCheck(table(), row, Active, true);
}

void MunicipalitiesSection::store(WriteContext &ctx)
{
    for (int row = 0; row < table()->rowCount(); ++row)
        SettingsRepository::saveMunicipality(ctx, Municipality{cells::rowId(table(), row), cells::text(table(), row, Name),
                                                              cells::check(table(), row, Active)});
}

} // namespace samsyn
