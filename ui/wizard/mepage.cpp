// SPDX-License-Identifier: EUPL-1.2
#include "wizard/mepage.h"

#include "domain/teamsettings.h"

#include <QComboBox>
#include <QFormLayout>

namespace samsyn {

MePage::MePage(std::function<QStringList()> memberNames, QWidget *parent)
    : SetupPage(parent)
    , m_memberNames(std::move(memberNames))
    , m_me(new QComboBox(this))
{
    setObjectName(QStringLiteral("mePage"));
    setTitle(tr("Who are you?"));
    setSubTitle(tr("Samsyn records who entered or changed what. Choose yourself among the team members; another "
                   "member can choose themselves in the status bar."));
    m_me->setObjectName(QStringLiteral("me"));
    m_me->setAccessibleName(tr("You, among the team members"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&I am:"), m_me);
}

void MePage::fill(const QString &selected)
{
    m_me->clear();
    m_me->addItem(tr("(not one of the members)"), QString());
    for (const QString &name : m_memberNames())
        m_me->addItem(name, name);
    m_me->setCurrentIndex(qMax(0, m_me->findData(selected)));
}

void MePage::initializePage()
{
    fill(m_me->currentData().toString());
}

void MePage::readInto(TeamSetup &setup) const
{
    setup.me = m_me->currentData().toString();
}

void MePage::showSetup(const TeamSetup &setup)
{
    fill(setup.me);
}

} // namespace samsyn
