// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "settings/settingssection.h"

class QLineEdit;
class QSpinBox;

namespace samsyn {

// The team itself: name, samordningsförbund, personuppgiftsansvarig, the secrecy marking
// printed on documents, and the retention period with the way to gallring itself.
class TeamInfoSection : public SettingsSection
{
    Q_OBJECT

public:
    TeamInfoSection(TeamFile &team, UserPrompts &prompts, QWidget *parent = nullptr);

protected:
    void load() override;
    QString action() const override { return QStringLiteral("settings.team"); }
    void store(WriteContext &ctx) override;

private:
    void openGallring();

    QLineEdit *m_name;
    QLineEdit *m_association;
    QLineEdit *m_controller;
    QLineEdit *m_secrecy;
    QSpinBox *m_retention;
    bool m_demo = false;
};

} // namespace samsyn
