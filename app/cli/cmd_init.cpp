// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "domain/teamsettings.h"
#include "teamaccess.h"

namespace samsyn::cli {

// An alias keeps lupdate's parser from filing this class's strings under TeamSetup.
using MemberSetup = TeamSetup::MemberSetup;

namespace {

// `samsyn-cli init`: creates a new team file from the same answers the first-run wizard asks.
class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString usage() const override
    {
        return tr("FILE --team NAME [--municipality M]... [--member \"Name:Role:Party\"]... "
                  "[--programme \"Name:capacity\"]...  create a new team file");
    }

    int run(Context &context) override
    {
        const Arguments args(context.args, {QStringLiteral("team"), QStringLiteral("municipality"), QStringLiteral("member"),
                                            QStringLiteral("programme"), QStringLiteral("region"),
                                            QStringLiteral("association")});
        const QString path = args.teamFile();
        if (!args.has(QStringLiteral("team")))
            throw UsageError(tr("Give the team a name with --team."));

        TeamSetup setup = TeamSetup::minimal(args.value(QStringLiteral("team")));
        setup.info.association = args.value(QStringLiteral("association"));
        setup.regionName = args.value(QStringLiteral("region"), setup.regionName);
        setup.municipalities = args.values(QStringLiteral("municipality"));
        for (const QString &text : args.values(QStringLiteral("member")))
            setup.members << member(text);
        for (const QString &text : args.values(QStringLiteral("programme")))
            setup.programmes << programme(text);
        if (!context.asMember.isEmpty())
            setup.me = context.asMember;

        const auto team = TeamFile::create(path, setup, context.clock);
        context.out << tr("Created the team file %1.").arg(team->path()) << Qt::endl;
        return 0;
    }

private:
    static MemberSetup member(const QString &text)
    {
        const QStringList parts = text.split(QLatin1Char(':'));
        if (parts.size() > 3 || parts.constFirst().trimmed().isEmpty())
            throw UsageError(tr("Write a member as \"Name:Role:Party\" (role and party may be left out): %1").arg(text));
        return {parts.value(0).trimmed(), parts.value(1).trimmed(), parts.value(2).trimmed()};
    }

    static Programme programme(const QString &text)
    {
        const QStringList parts = text.split(QLatin1Char(':'));
        bool ok = parts.size() == 2;
        Programme result;
        result.name = parts.value(0).trimmed();
        result.capacity = parts.value(1).trimmed().toInt(&ok);
        if (!ok || parts.size() != 2 || result.name.isEmpty() || result.capacity < 0)
            throw UsageError(tr("Write a programme as \"Name:capacity\", such as \"Steget:15\": %1").arg(text));
        return result;
    }
};

} // namespace

SAMSYN_CLI_COMMAND(InitCommand);

} // namespace samsyn::cli
