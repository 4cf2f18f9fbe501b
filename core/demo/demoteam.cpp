// SPDX-License-Identifier: EUPL-1.2
#include "demo/demoteam.h"

#include "storage/settingsrepository.h"
#include "storage/writepath.h"

namespace samsyn {

namespace {

const QString kJonkoping = QStringLiteral("Jönköping");
const QString kHabo = QStringLiteral("Habo");
const QString kMullsjo = QStringLiteral("Mullsjö");
const QString kVaggeryd = QStringLiteral("Vaggeryd");
const QString kRegion = QStringLiteral("Region Jönköpings län");
const QString kCaseManagement = QStringLiteral("Steget (case management)");
const QString kGroup = QStringLiteral("Gruppen (gruppverksamhet)");

Programme programme(const QString &name, const QString &description, int capacity, int maxMonths)
{
    Programme p;
    p.name = name;
    p.description = description;
    p.capacity = capacity;
    p.maxMonths = maxMonths;
    return p;
}

} // namespace

QString DemoTeam::coordinatorRole()
{
    return QStringLiteral("Koordinator");
}

QString DemoTeam::groupProgramme()
{
    return kGroup;
}

TeamSetup DemoTeam::setup()
{
    TeamSetup setup = TeamSetup::minimal(QStringLiteral("Samverkansteam Vätterdalen (demo)"));
    setup.info.association = QStringLiteral("Samordningsförbundet Vätterdalen (demo)");
    setup.info.controller = QStringLiteral("Jönköpings kommun");
    setup.info.demo = true;
    setup.municipalities = {kJonkoping, kHabo, kMullsjo, kVaggeryd};
    setup.regionName = kRegion;
    const QString fk = PartyKinds::label(PartyKind::Fk);
    const QString af = PartyKinds::label(PartyKind::Af);
    setup.members = {{QStringLiteral("Stina Berglund"), coordinatorRole(), kJonkoping},
                     {QStringLiteral("Tobias Nyberg"), coordinatorRole(), kRegion},
                     {QStringLiteral("Omar Haddad"), QStringLiteral("Handläggare FK"), fk},
                     {QStringLiteral("Malin Ekström"), QStringLiteral("Arbetsförmedlare"), af},
                     {QStringLiteral("Jesper Lindqvist"), QStringLiteral("Arbetsterapeut"), kRegion},
                     {QStringLiteral("Hedda Sundberg"), QStringLiteral("Kurator"), kRegion},
                     {QStringLiteral("Amira Rahimi"), QStringLiteral("Socialsekreterare"), kHabo}};
    setup.me = QStringLiteral("Stina Berglund");
    setup.programmes = {
        programme(kCaseManagement, QStringLiteral("Individuellt stöd av koordinator mot arbete eller studier"), 15, 12),
        programme(kGroup, QStringLiteral("Tre förmiddagar i veckan"), 8, 6),
        programme(QStringLiteral("Förgrupp (väntelista)"), QStringLiteral("Kontakt och aktiviteter i väntan på plats"), 10, 6),
    };
    return setup;
}

void DemoTeam::setQuotas(WriteContext &ctx)
{
    SettingsRepository settings(ctx.db());
    // Places per party as in the seeds' case-management team: the state parties and the big
    // town share most, the small municipalities a few each (15 in all).
    const QMap<QString, int> places{{PartyKinds::label(PartyKind::Fk), 3}, {PartyKinds::label(PartyKind::Af), 3},
                                    {kRegion, 3}, {kJonkoping, 3}, {kHabo, 1}, {kMullsjo, 1}, {kVaggeryd, 1}};
    for (Programme p : settings.programmes()) {
        if (p.name != kCaseManagement)
            continue;
        for (const Party &party : settings.parties()) {
            if (places.contains(party.name))
                p.quotas.insert(party.id, places.value(party.name));
        }
        SettingsRepository::saveProgramme(ctx, p);
    }
}

QList<QPair<QString, int>> DemoTeam::municipalityWeights()
{
    return {{kJonkoping, 66}, {kHabo, 12}, {kMullsjo, 9}, {kVaggeryd, 13}};
}

} // namespace samsyn
