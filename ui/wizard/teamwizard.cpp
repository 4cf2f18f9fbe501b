// SPDX-License-Identifier: EUPL-1.2
#include "wizard/teamwizard.h"

#include "domain/teamsettings.h"
#include "teamfile.h"
#include "wizard/locationpage.h"
#include "wizard/memberspage.h"
#include "wizard/mepage.h"
#include "wizard/municipalitiespage.h"
#include "wizard/partiespage.h"
#include "wizard/programmespage.h"
#include "wizard/teaminfopage.h"

#include <QFileInfo>

namespace samsyn {

TeamWizard::TeamWizard(const Clock &clock, QWidget *parent)
    : QWizard(parent)
    , m_clock(clock)
    , m_location(new samsyn::LocationPage([this] { return setup().info.name; }, [this] { return createTeam(); }, this))
{
    setObjectName(QStringLiteral("teamWizard"));
    setWindowTitle(tr("New team file"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(InfoPage, new TeamInfoPage(this));
    setPage(MunicipalitiesPage, new samsyn::MunicipalitiesPage(this));
    setPage(PartiesPage, new samsyn::PartiesPage(this));
    setPage(MembersPage, new samsyn::MembersPage([this] { return partyNames(); }, this));
    setPage(ProgrammesPage, new samsyn::ProgrammesPage(this));
    setPage(MePage, new samsyn::MePage(
                        [this] {
                            QStringList names;
                            for (const auto &m : setup().members)
                                names << m.name;
                            return names;
                        },
                        this));
    setPage(LocationPage, m_location);
    setMinimumSize(720, 520);
}

TeamWizard::~TeamWizard() = default;

QList<SetupPage *> TeamWizard::setupPages() const
{
    QList<SetupPage *> result;
    for (int id : pageIds()) {
        if (auto *p = qobject_cast<SetupPage *>(page(id)))
            result << p;
    }
    return result;
}

TeamSetup TeamWizard::setup() const
{
    TeamSetup result;
    for (const SetupPage *p : setupPages())
        p->readInto(result);
    return result;
}

void TeamWizard::setSetup(const TeamSetup &setup)
{
    for (SetupPage *p : setupPages())
        p->showSetup(setup);
}

QString TeamWizard::filePath() const
{
    return m_location->path();
}

void TeamWizard::setFilePath(const QString &path)
{
    m_location->setPath(path);
}

QStringList TeamWizard::partyNames() const
{
    const TeamSetup current = setup();
    QStringList names{PartyKinds::label(PartyKind::Fk), PartyKinds::label(PartyKind::Af),
                      current.regionName.isEmpty() ? PartyKinds::label(PartyKind::Region) : current.regionName};
    names << current.municipalities << current.otherParties;
    return names;
}

QStringList TeamWizard::createTeam()
{
    if (m_team)
        return {};
    const TeamSetup current = setup();
    QStringList problems = current.problems();
    const QString path = filePath();
    if (path.isEmpty())
        problems << tr("Choose where to keep the team file.");
    else if (QFileInfo::exists(path))
        problems << tr("There is already a file at %1. Choose another name; Samsyn never overwrites a file.").arg(path);
    if (!problems.isEmpty())
        return problems;
    try {
        m_team = TeamFile::create(path, current, m_clock);
    } catch (const Error &e) {
        return {e.message(), e.technicalDetail()};
    }
    return {};
}

std::unique_ptr<TeamFile> TeamWizard::takeTeam()
{
    return std::move(m_team);
}

} // namespace samsyn
