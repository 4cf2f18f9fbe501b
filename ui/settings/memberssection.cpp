// SPDX-License-Identifier: EUPL-1.2
#include "settings/memberssection.h"

#include "common/tablecells.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QTableWidget>

namespace samsyn {

namespace {
enum Column { Name, Role, PartyColumn, Phone, Email, Active };
}

MembersSection::MembersSection(TeamFile &team, UserPrompts &prompts, QWidget *parent)
    : SettingsTableSection(team, prompts, tr("Team members"),
                           tr("The people in the team. A member who leaves is made inactive; their name stays on "
                              "what they wrote."),
                           tr("&Add member"), parent)
{
    setHeaders({tr("Name"), tr("Role"), tr("Party"), tr("Phone"), tr("E-mail"), tr("Active")});
    reload();
}

static cells::Choices partyChoices(TeamFile &team)
{
    cells::Choices choices{{MembersSection::tr("(no party)"), QVariant()}};
    for (const Party &p : SettingsRepository(team.database()).parties(true))
        choices.append({p.name, p.id});
    return choices;
}

void MembersSection::load()
{
    clearRows();
    const cells::Choices parties = partyChoices(team());
    for (const Member &m : SettingsRepository(team().database()).members(true)) {
        const int row = cells::appendRow(table());
        cells::setRowId(table(), row, m.id);
        cells::setText(table(), row, Name, m.name);
        cells::setText(table(), row, Role, m.role);
        cells::setChoice(table(), row, PartyColumn, parties, m.partyId ? QVariant(*m.partyId) : QVariant(), tr("Party"));
        cells::setText(table(), row, Phone, m.phone);
        cells::setText(table(), row, Email, m.email);
        cells::setCheck(table(), row, Active, m.active);
    }
    finishRows();
}

void MembersSection::initRow(int row)
{
    cells::setChoice(table(), row, PartyColumn, partyChoices(team()), QVariant(), tr("Party"));
    cells::setCheck(table(), row, Active, true);
}

void MembersSection::store(WriteContext &ctx)
{
    for (int row = 0; row < table()->rowCount(); ++row) {
        Member m;
        m.id = cells::rowId(table(), row);
        m.name = cells::text(table(), row, Name);
        m.role = cells::text(table(), row, Role);
        const QVariant party = cells::choice(table(), row, PartyColumn);
        if (party.isValid())
            m.partyId = party.toLongLong();
        m.phone = cells::text(table(), row, Phone);
        m.email = cells::text(table(), row, Email);
        m.active = cells::check(table(), row, Active);
        SettingsRepository::saveMember(ctx, m);
    }
}

} // namespace samsyn
