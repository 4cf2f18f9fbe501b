// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWizard>

#include <memory>

namespace samsyn {

class Clock;
class LocationPage;
class SetupPage;
class TeamFile;
struct TeamSetup;

// The first-run wizard: collects a TeamSetup page by page and creates the team file. Its
// state is available as one TeamSetup (setup()/setSetup()) and a path, so a test can fill
// it and call createTeam() without clicking. The created file is handed over by takeTeam().
class TeamWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { InfoPage, MunicipalitiesPage, PartiesPage, MembersPage, ProgrammesPage, MePage, LocationPage };

    explicit TeamWizard(const Clock &clock, QWidget *parent = nullptr);
    ~TeamWizard() override;

    TeamSetup setup() const;
    void setSetup(const TeamSetup &setup);
    QString filePath() const;
    void setFilePath(const QString &path);

    // The party names the members page offers: Försäkringskassan, Arbetsförmedlingen, the
    // region, the municipalities and the other parties, as entered so far.
    QStringList partyNames() const;

    // Creates the file; returns what stopped it (empty on success). The last page's Create
    // button calls this and shows the problems.
    QStringList createTeam();
    bool hasTeam() const { return m_team != nullptr; }
    std::unique_ptr<TeamFile> takeTeam();

private:
    QList<SetupPage *> setupPages() const;

    const Clock &m_clock;
    samsyn::LocationPage *m_location;
    std::unique_ptr<TeamFile> m_team;
};

} // namespace samsyn
