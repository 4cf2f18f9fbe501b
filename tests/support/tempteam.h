// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/teamsettings.h"
#include "teamfile.h"
#include "util/clock.h"

#include <QTemporaryDir>

#include <memory>

namespace samsyn::test {

// A team file in a fresh temporary folder with a fixed clock, deleted afterwards. The
// standard setup has two municipalities, four members and two programmes, so tests can
// refer to them by name.
class TempTeam
{
public:
    explicit TempTeam(QDate today = QDate(2026, 11, 24));
    TempTeam(const TeamSetup &setup, QDate today);

    static TeamSetup standardSetup();

    TeamFile &team() { return *m_team; }
    TeamFile *operator->() { return m_team.get(); }
    FixedClock &clock() { return m_clock; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }

    // Closes the file (drops the connection and the lock) and opens it again.
    void reopen();
    void close() { m_team.reset(); }

    // Ids by name, for readable tests.
    qint64 memberId(const QString &name);
    qint64 partyId(const QString &name);
    qint64 municipalityId(const QString &name);
    qint64 programmeId(const QString &name);

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    QString m_path;
    std::unique_ptr<TeamFile> m_team;
};

} // namespace samsyn::test
