// SPDX-License-Identifier: EUPL-1.2
#include "settings/programmessection.h"

#include "common/tablecells.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QTableWidget>

namespace samsyn {

namespace {
enum Column { Name, Description, Capacity, MaxMonths, Active, FirstQuota };
}

ProgrammesSection::ProgrammesSection(TeamFile &team, UserPrompts &prompts, QWidget *parent)
    : SettingsTableSection(team, prompts, tr("Programmes"),
                           tr("The programmes (insatser) the team offers. Capacity 0 means no fixed limit. The "
                              "columns on the right reserve places for a party; together they cannot exceed the "
                              "capacity."),
                           tr("&Add programme"), parent)
{
    reload();
}

void ProgrammesSection::load()
{
    const SettingsRepository repo(team().database());
    QStringList headers{tr("Name"), tr("Description"), tr("Capacity"), tr("Max months"), tr("Active")};
    m_partyColumns.clear();
    for (const Party &p : repo.parties()) {
        m_partyColumns << p.id;
        headers << tr("Places: %1").arg(p.shortName.isEmpty() || p.kind == PartyKind::Municipality ? p.name : p.shortName);
    }
    clearRows();
    setHeaders(headers);
    for (const Programme &p : repo.programmes(true)) {
        const int row = cells::appendRow(table());
        cells::setRowId(table(), row, p.id);
        cells::setText(table(), row, Name, p.name);
        cells::setText(table(), row, Description, p.description);
        cells::setNumber(table(), row, Capacity, p.capacity);
        cells::setNumber(table(), row, MaxMonths, p.maxMonths);
        cells::setCheck(table(), row, Active, p.active);
        for (int i = 0; i < m_partyColumns.size(); ++i)
            cells::setNumber(table(), row, FirstQuota + i, p.quotas.value(m_partyColumns.at(i), 0));
    }
    finishRows();
}

void ProgrammesSection::initRow(int row)
{
    const Programme defaults;
    cells::setNumber(table(), row, Capacity, defaults.capacity);
    cells::setNumber(table(), row, MaxMonths, defaults.maxMonths);
    cells::setCheck(table(), row, Active, true);
    for (int i = 0; i < m_partyColumns.size(); ++i)
        cells::setNumber(table(), row, FirstQuota + i, 0);
}

void ProgrammesSection::store(WriteContext &ctx)
{
    const SettingsRepository repo(ctx.db());
    for (int row = 0; row < table()->rowCount(); ++row) {
        Programme p;
        p.id = cells::rowId(table(), row);
        if (p.id != 0)
            p = repo.programme(p.id).value_or(p); // keeps quotas of parties not shown (inactive ones)
        p.name = cells::text(table(), row, Name);
        p.description = cells::text(table(), row, Description);
        p.capacity = cells::number(table(), row, Capacity);
        p.maxMonths = cells::number(table(), row, MaxMonths);
        p.active = cells::check(table(), row, Active);
        for (int i = 0; i < m_partyColumns.size(); ++i) {
            const int places = cells::number(table(), row, FirstQuota + i);
            if (places != 0)
                p.quotas.insert(m_partyColumns.at(i), places);
            else
                p.quotas.remove(m_partyColumns.at(i));
        }
        SettingsRepository::saveProgramme(ctx, p);
    }
}

} // namespace samsyn
