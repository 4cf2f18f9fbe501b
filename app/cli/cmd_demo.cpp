// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "demo/demogenerator.h"
#include "storage/participantrepository.h"
#include "storage/settingsrepository.h"
#include "teamaccess.h"

#include <QElapsedTimer>

namespace samsyn::cli {

namespace {

// `samsyn-cli demo`: a team file full of invented, realistic data for trying Samsyn out,
// training and screenshots. Deterministic for a seed and a --date.
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString usage() const override
    {
        return tr("FILE [--participants N] [--years Y] [--seed S]  create a team file with invented demo data");
    }

    int run(Context &context) override
    {
        const Arguments args(context.args, {QStringLiteral("participants"), QStringLiteral("years"), QStringLiteral("seed")});
        const QString path = args.teamFile();
        DemoOptions options;
        options.participants = args.intValue(QStringLiteral("participants"), options.participants, 0, 1000000);
        options.years = args.intValue(QStringLiteral("years"), options.years, 1, 50);
        options.seed = quint32(args.intValue(QStringLiteral("seed"), int(options.seed), 0, 2147483647));

        QElapsedTimer timer;
        timer.start();
        const auto team = DemoGenerator::create(path, options, context.clock);
        TeamAccess::identify(context, *team);
        const int count = ParticipantRepository(team->database()).count();
        context.out << tr("Created the demo team file %1 with %n participants", nullptr, count).arg(team->path())
                    << tr(" in %1 s.").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
        context.out << SettingsRepository(team->database()).meta(QStringLiteral("demo_note")) << Qt::endl;
        return 0;
    }
};

} // namespace

SAMSYN_CLI_COMMAND(DemoCommand);

} // namespace samsyn::cli
