// SPDX-License-Identifier: EUPL-1.2
#include "demo/demogenerator.h"

#include "demo/demostages.h"
#include "demo/demoteam.h"
#include "teamfile.h"
#include "util/clock.h"
#include "util/error.h"

#include <QFile>
#include <QFileInfo>

namespace samsyn {

std::unique_ptr<TeamFile> DemoGenerator::create(const QString &path, const DemoOptions &options, const Clock &clock)
{
    if (options.participants < 0 || options.participants > 1000000)
        throw Error(ErrorCode::Validation, tr("The number of demo participants must be from 0 to 1,000,000."));
    if (options.years < 1 || options.years > 50)
        throw Error(ErrorCode::Validation, tr("The demo history must cover 1 to 50 years."));
    // Checked here as well as in TeamFile::create: an existing file must never be touched.
    if (QFileInfo::exists(path))
        throw Error(ErrorCode::CannotOpen, tr("A file with that name already exists. Choose another name; nothing was overwritten."));

    auto team = TeamFile::create(path, DemoTeam::setup(), clock);
    const QString absolute = team->path();
    try {
        // Never the wall clock and never a shared generator: the same seed and date give
        // the same file.
        QRandomGenerator random(options.seed);
        const QDate today = clock.today();
        DemoContext context{*team, options, random, today.addYears(-options.years), today};

        // The stages, in order. Each adds its part of the team's history.
        demoTeamAndParticipants(context);
        demoReferralsAndMeetings(context);
        demoEnrolmentsAndPlans(context);
        // Next: referrals and meetings (they use context.referred), then enrollments and
        // SIPs, notes and exits. Declare each in demostages.h and call it here.
    } catch (const Error &) {
        // A half-made demo is worth nothing and was never anyone's data: remove it.
        team.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(absolute + suffix);
        throw;
    }
    return team;
}

} // namespace samsyn
