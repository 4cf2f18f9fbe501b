// SPDX-License-Identifier: EUPL-1.2
#include "settings/partiessection.h"

#include "common/tablecells.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QTableWidget>

namespace samsyn {

namespace {
enum Column { Kind, Name, ShortName, Active };

cells::Choices kindChoices()
{
    cells::Choices choices;
    for (PartyKind kind : PartyKinds::all())
        choices.append({PartyKinds::label(kind), PartyKinds::code(kind)});
    return choices;
}
} // namespace

PartiesSection::PartiesSection(TeamFile &team, UserPrompts &prompts, QWidget *parent)
    : SettingsTableSection(team, prompts, tr("Parties"),
                           tr("The parties behind the team. Referrals come from them, members belong to them and "
                              "programmes can reserve places for them."),
                           tr("&Add party"), parent)
{
    setHeaders({tr("Kind"), tr("Name"), tr("Short name"), tr("Active")});
    reload();
}

void PartiesSection::load()
{
    clearRows();
    m_loaded = SettingsRepository(team().database()).parties(true);
    for (const Party &p : std::as_const(m_loaded)) {
        const int row = cells::appendRow(table());
        cells::setRowId(table(), row, p.id);
        cells::setChoice(table(), row, Kind, kindChoices(), PartyKinds::code(p.kind), tr("Kind of party"));
        cells::setText(table(), row, Name, p.name);
        cells::setText(table(), row, ShortName, p.shortName);
        cells::setCheck(table(), row, Active, p.active);
    }
    finishRows();
}

void PartiesSection::initRow(int row)
{
    cells::setChoice(table(), row, Kind, kindChoices(), PartyKinds::code(PartyKind::Other), tr("Kind of party"));
    cells::setCheck(table(), row, Active, true);
}

void PartiesSection::store(WriteContext &ctx)
{
    int lastOrder = 0;
    for (const Party &p : std::as_const(m_loaded))
        lastOrder = qMax(lastOrder, p.sortOrder);
    for (int row = 0; row < table()->rowCount(); ++row) {
        Party party;
        const qint64 id = cells::rowId(table(), row);
        for (const Party &p : std::as_const(m_loaded)) {
            if (p.id == id && id != 0)
                party = p; // keeps the municipality link and the order
        }
        if (id == 0)
            party.sortOrder = ++lastOrder;
        party.kind = PartyKinds::fromCode(cells::choice(table(), row, Kind).toString()).value_or(PartyKind::Other);
        party.name = cells::text(table(), row, Name);
        party.shortName = cells::text(table(), row, ShortName);
        party.active = cells::check(table(), row, Active);
        SettingsRepository::saveParty(ctx, party);
    }
}

} // namespace samsyn
