// SPDX-License-Identifier: EUPL-1.2
#include "wizard/memberspage.h"

#include "common/editabletable.h"
#include "common/tablecells.h"
#include "domain/teamsettings.h"

#include <QTableWidget>
#include <QVBoxLayout>

namespace samsyn {

namespace {
enum Column { Name, Role, PartyColumn };
}

MembersPage::MembersPage(std::function<QStringList()> partyNames, QWidget *parent)
    : SetupPage(parent)
    , m_partyNames(std::move(partyNames))
    , m_members(new EditableTable({tr("Name"), tr("Role"), tr("Party")}, tr("Team members"), this))
{
    setObjectName(QStringLiteral("membersPage"));
    setTitle(tr("Team members"));
    setSubTitle(tr("Who is in the team: the coordinators and the contact people of each party. More can be added "
                   "later."));
    m_members->setObjectName(QStringLiteral("members"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_members);
    connect(m_members, &EditableTable::rowAdded, this, [this](int row) { setPartyChoice(row, {}); });
}

void MembersPage::setPartyChoice(int row, const QString &party)
{
    cells::Choices choices{{tr("(no party)"), QString()}};
    QStringList names = m_partyNames();
    if (!party.isEmpty() && !names.contains(party))
        names << party;
    for (const QString &name : std::as_const(names))
        choices.append({name, name});
    cells::setChoice(m_members->table(), row, PartyColumn, choices, party, tr("Party of the team member"));
}

void MembersPage::initializePage()
{
    // The parties may have changed on the earlier pages: offer the current list.
    TeamSetup current;
    readInto(current);
    for (int row = 0; row < current.members.size(); ++row)
        setPartyChoice(row, current.members.at(row).partyName);
}

void MembersPage::readInto(TeamSetup &setup) const
{
    setup.members.clear();
    const QTableWidget *table = m_members->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString name = cells::text(table, row, Name);
        if (name.isEmpty())
            continue;
        setup.members.append({name, cells::text(table, row, Role), cells::choice(table, row, PartyColumn).toString()});
    }
}

void MembersPage::showSetup(const TeamSetup &setup)
{
    m_members->clear();
    for (const TeamSetup::MemberSetup &member : setup.members) {
        const int row = m_members->addRow();
        cells::setText(m_members->table(), row, Name, member.name);
        cells::setText(m_members->table(), row, Role, member.role);
        setPartyChoice(row, member.partyName);
    }
}

} // namespace samsyn
