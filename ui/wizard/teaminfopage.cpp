// SPDX-License-Identifier: EUPL-1.2
#include "wizard/teaminfopage.h"

#include "domain/teamsettings.h"

#include <QFormLayout>
#include <QLineEdit>

namespace samsyn {

TeamInfoPage::TeamInfoPage(QWidget *parent)
    : SetupPage(parent)
    , m_name(new QLineEdit(this))
    , m_association(new QLineEdit(this))
    , m_controller(new QLineEdit(this))
    , m_secrecy(new QLineEdit(this))
{
    setObjectName(QStringLiteral("teamInfoPage"));
    setTitle(tr("The team"));
    setSubTitle(tr("These details appear in the window title and on every printed document. You can change them "
                   "later under Team."));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const struct {
        QLineEdit *edit;
        QString name;
        QString label;
        QString accessible;
    } fields[] = {
        {m_name, QStringLiteral("teamName"), tr("Team &name:"), tr("Team name")},
        {m_association, QStringLiteral("association"), tr("Samordnings&förbund:"), tr("Samordningsförbund")},
        {m_controller, QStringLiteral("controller"), tr("Personuppgifts&ansvarig:"),
         tr("Personuppgiftsansvarig (data controller)")},
        {m_secrecy, QStringLiteral("secrecyMarking"), tr("&Secrecy marking:"), tr("Secrecy marking on documents")},
    };
    for (const auto &f : fields) {
        f.edit->setObjectName(f.name);
        f.edit->setAccessibleName(f.accessible);
        form->addRow(f.label, f.edit);
    }
    m_name->setPlaceholderText(tr("e.g. Samverkansteamet Norra"));
    m_controller->setPlaceholderText(tr("the party that employs the coordinator"));
    m_secrecy->setText(TeamSetup::minimal({}).info.secrecyMarking);
    registerField(QStringLiteral("teamName*"), m_name);
}

void TeamInfoPage::readInto(TeamSetup &setup) const
{
    setup.info.name = m_name->text().trimmed();
    setup.info.association = m_association->text().trimmed();
    setup.info.controller = m_controller->text().trimmed();
    setup.info.secrecyMarking = m_secrecy->text().trimmed();
}

void TeamInfoPage::showSetup(const TeamSetup &setup)
{
    m_name->setText(setup.info.name);
    m_association->setText(setup.info.association);
    m_controller->setText(setup.info.controller);
    m_secrecy->setText(setup.info.secrecyMarking);
}

} // namespace samsyn
