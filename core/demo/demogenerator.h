// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <functional>
#include <memory>

namespace samsyn {

class Clock;
class TeamFile;
class WriteContext;

struct DemoOptions
{
    int participants = 150;
    int years = 3;
    quint32 seed = 1;
};

// What a demo stage works with: the open team, the options, a seeded random source shared by
// all stages (so the whole file is deterministic for a seed), and the period it covers.
struct DemoContext
{
    TeamFile &team;
    const DemoOptions &options;
    QRandomGenerator &random;
    QDate firstDay; // today - years
    QDate today;
    // Filled by the first stage: when each participant (by id) was referred, so that later
    // stages (referrals, meetings, enrolments) tell a history consistent with the status.
    QHash<qint64, QDate> referred = {};
};

// Makes a realistic, invented demo team (names invented, municipalities from the seeds,
// identities only from Skatteverket's test numbers, the file marked as demo data) with a
// history of `years` years. Each feature adds its part of the history as a stage: a
// function `void demoXxx(DemoContext &)` in its own file under core/demo/, declared in
// demostages.h and called in order from DemoGenerator::create (participants first, then
// referrals and meetings, then enrollments, SIPs, notes and exits).
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::DemoGenerator)

public:
    // Creates `path` (refusing to overwrite) and fills it.
    static std::unique_ptr<TeamFile> create(const QString &path, const DemoOptions &options, const Clock &clock);
};

} // namespace samsyn
