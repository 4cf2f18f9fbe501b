// SPDX-License-Identifier: EUPL-1.2
#include "wizard/programmespage.h"

#include "common/editabletable.h"
#include "common/tablecells.h"
#include "domain/teamsettings.h"

#include <QTableWidget>
#include <QVBoxLayout>

namespace samsyn {

namespace {
enum Column { Name, Capacity, MaxMonths };
}

ProgrammesPage::ProgrammesPage(QWidget *parent)
    : SetupPage(parent)
    , m_programmes(new EditableTable({tr("Programme"), tr("Capacity (places)"), tr("Max months")}, tr("Programmes"), this))
{
    setObjectName(QStringLiteral("programmesPage"));
    setTitle(tr("Programmes"));
    setSubTitle(tr("The programmes (insatser) the team offers and how many participants each can take at once. "
                   "Places per party can be set later under Team."));
    m_programmes->setObjectName(QStringLiteral("programmes"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_programmes);
    connect(m_programmes, &EditableTable::rowAdded, this, [this](int row) {
        const Programme defaults;
        cells::setNumber(m_programmes->table(), row, Capacity, defaults.capacity);
        cells::setNumber(m_programmes->table(), row, MaxMonths, defaults.maxMonths);
    });
}

void ProgrammesPage::readInto(TeamSetup &setup) const
{
    setup.programmes.clear();
    const QTableWidget *table = m_programmes->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        Programme p;
        p.name = cells::text(table, row, Name);
        if (p.name.isEmpty())
            continue;
        p.capacity = cells::number(table, row, Capacity);
        p.maxMonths = cells::number(table, row, MaxMonths);
        setup.programmes << p;
    }
}

void ProgrammesPage::showSetup(const TeamSetup &setup)
{
    m_programmes->clear();
    for (const Programme &p : setup.programmes) {
        const int row = m_programmes->addRow();
        cells::setText(m_programmes->table(), row, Name, p.name);
        cells::setNumber(m_programmes->table(), row, Capacity, p.capacity);
        cells::setNumber(m_programmes->table(), row, MaxMonths, p.maxMonths);
    }
}

} // namespace samsyn
