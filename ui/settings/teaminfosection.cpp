// SPDX-License-Identifier: EUPL-1.2
#include "settings/teaminfosection.h"

#include "settings/gallringdialog.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace samsyn {

TeamInfoSection::TeamInfoSection(TeamFile &team, UserPrompts &prompts, QWidget *parent)
    : SettingsSection(team, prompts, tr("Team"),
                      tr("Shown in the window title and printed in the header and footer of every document."), parent)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    body()->addLayout(form);
    body()->addStretch(1);
    auto line = [&](const QString &name, const QString &label, const QString &accessible) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setReadOnly(isReadOnly());
        edit->setMaximumWidth(560);
        connect(edit, &QLineEdit::textEdited, this, [this] { markDirty(); });
        form->addRow(label, edit);
        return edit;
    };
    m_name = line(QStringLiteral("teamName"), tr("Team &name:"), tr("Team name"));
    m_association = line(QStringLiteral("association"), tr("Samordnings&förbund:"), tr("Samordningsförbund"));
    m_controller = line(QStringLiteral("controller"), tr("Personuppgifts&ansvarig:"),
                        tr("Personuppgiftsansvarig (data controller)"));
    m_secrecy = line(QStringLiteral("secrecyMarking"), tr("&Secrecy marking:"), tr("Secrecy marking on documents"));
    m_retention = new QSpinBox(this);
    m_retention->setObjectName(QStringLiteral("retentionYears"));
    m_retention->setAccessibleName(tr("Retention period in years"));
    m_retention->setRange(1, 100);
    m_retention->setSuffix(tr(" years"));
    m_retention->setMaximumWidth(160);
    m_retention->setReadOnly(isReadOnly());
    connect(m_retention, &QSpinBox::valueChanged, this, [this] { markDirty(); });
    // Gallring itself is one button away from its setting.
    auto *gallring = new QPushButton(tr("&Gallring…"), this);
    gallring->setObjectName(QStringLiteral("gallringButton"));
    gallring->setAccessibleName(tr("Show who is due for gallring"));
    connect(gallring, &QPushButton::clicked, this, &TeamInfoSection::openGallring);
    auto *retentionRow = new QHBoxLayout;
    retentionRow->addWidget(m_retention);
    retentionRow->addWidget(gallring);
    retentionRow->addStretch(1);
    form->addRow(tr("&Retention (gallring):"), retentionRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(retentionRow)))
        label->setBuddy(m_retention);
    reload();
}

void TeamInfoSection::openGallring()
{
    auto *dialog = new GallringDialog(team(), prompts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TeamInfoSection::load()
{
    const TeamInfo info = SettingsRepository(team().database()).teamInfo();
    m_name->setText(info.name);
    m_association->setText(info.association);
    m_controller->setText(info.controller);
    m_secrecy->setText(info.secrecyMarking);
    m_retention->setValue(info.retentionYears);
    m_demo = info.demo;
}

void TeamInfoSection::store(WriteContext &ctx)
{
    TeamInfo info;
    info.name = m_name->text();
    info.association = m_association->text();
    info.controller = m_controller->text();
    info.secrecyMarking = m_secrecy->text();
    info.retentionYears = m_retention->value();
    info.demo = m_demo;
    SettingsRepository::setTeamInfo(ctx, info);
}

} // namespace samsyn
