// SPDX-License-Identifier: EUPL-1.2
#include "tempteam.h"

#include "storage/settingsrepository.h"

#include <stdexcept>

namespace samsyn::test {

TeamSetup TempTeam::standardSetup()
{
    TeamSetup setup = TeamSetup::minimal(QStringLiteral("Testteamet"));
    setup.info.association = QStringLiteral("Samordningsförbundet Test");
    setup.info.controller = QStringLiteral("Testkommunen");
    setup.municipalities = {QStringLiteral("Åsele"), QStringLiteral("Vilhelmina")};
    setup.regionName = QStringLiteral("Region Test");
    setup.members = {{QStringLiteral("Karin Koordinator"), QStringLiteral("Koordinator"), QStringLiteral("Åsele")},
                     {QStringLiteral("Farid Handläggare"), QStringLiteral("Handläggare"), QStringLiteral("Försäkringskassan")},
                     {QStringLiteral("Anna Arbetsförmedlare"), QStringLiteral("Arbetsförmedlare"), QStringLiteral("Arbetsförmedlingen")},
                     {QStringLiteral("Ruth Regionen"), QStringLiteral("Kurator"), QStringLiteral("Region Test")}};
    Programme krus;
    krus.name = QStringLiteral("Steget");
    krus.capacity = 15;
    Programme group;
    group.name = QStringLiteral("Gruppen");
    group.capacity = 8;
    setup.programmes = {krus, group};
    setup.me = QStringLiteral("Karin Koordinator");
    return setup;
}

TempTeam::TempTeam(QDate today)
    : TempTeam(standardSetup(), today)
{
}

TempTeam::TempTeam(const TeamSetup &setup, QDate today)
    : m_clock(today)
    , m_path(m_dir.filePath(QStringLiteral("team.samsyn")))
{
    m_team = TeamFile::create(m_path, setup, m_clock);
}

void TempTeam::reopen()
{
    const auto member = m_team ? m_team->currentMember() : std::nullopt;
    m_team.reset();
    m_team = TeamFile::open(m_path, m_clock);
    m_team->setCurrentMember(member);
}

namespace {
template<typename List>
qint64 idByName(const List &list, const QString &name)
{
    for (const auto &item : list) {
        if (item.name == name)
            return item.id;
    }
    throw std::runtime_error("no such name in the test team: " + name.toStdString());
}
} // namespace

qint64 TempTeam::memberId(const QString &name)
{
    return idByName(SettingsRepository(m_team->database()).members(true), name);
}

qint64 TempTeam::partyId(const QString &name)
{
    return idByName(SettingsRepository(m_team->database()).parties(true), name);
}

qint64 TempTeam::municipalityId(const QString &name)
{
    return idByName(SettingsRepository(m_team->database()).municipalities(true), name);
}

qint64 TempTeam::programmeId(const QString &name)
{
    return idByName(SettingsRepository(m_team->database()).programmes(true), name);
}

} // namespace samsyn::test
