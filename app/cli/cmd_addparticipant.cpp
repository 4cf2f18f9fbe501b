// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "storage/participantrepository.h"
#include "storage/settingsrepository.h"
#include "teamaccess.h"
#include "util/clock.h"

namespace samsyn::cli {

namespace {

// `samsyn-cli add-participant`: registers a referred person. Every rule the GUI form applies
// is applied here too (by the core), and nothing is written when one is broken.
class AddParticipantCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::AddParticipantCommand)

public:
    QString name() const override { return QStringLiteral("add-participant"); }
    QString usage() const override
    {
        return tr("FILE (--pnr P | --other-identity ID --gender F|M) --given-name G --family-name F [--name \"G F\"] "
                  "[--municipality M] [--phone P] [--email E]  add a participant");
    }

    int run(Context &context) override
    {
        const Arguments args(context.args,
                             {QStringLiteral("pnr"), QStringLiteral("other-identity"), QStringLiteral("gender"),
                              QStringLiteral("given-name"), QStringLiteral("family-name"), QStringLiteral("name"),
                              QStringLiteral("municipality"), QStringLiteral("phone"), QStringLiteral("email")});
        const QString path = args.teamFile();

        Participant participant;
        setIdentity(participant, args, context.clock.today());
        setName(participant, args);
        participant.phone = args.value(QStringLiteral("phone")).trimmed();
        participant.email = args.value(QStringLiteral("email")).trimmed();
        reportProblems(participant.validate(context.clock.today()));

        const auto team = TeamAccess::open(context, path, TeamAccess::readOptions());
        if (args.has(QStringLiteral("municipality")))
            participant.municipalityId = municipalityId(*team, args.value(QStringLiteral("municipality")));
        team->write(QStringLiteral("participant.create"),
                    [&](WriteContext &ctx) { ParticipantRepository::insert(ctx, participant); });
        context.out << tr("Added %1 (%2) with id %3.")
                           .arg(participant.displayName(), participant.maskedIdentity())
                           .arg(participant.id)
                    << Qt::endl;
        return 0;
    }

private:
    static void setIdentity(Participant &participant, const Arguments &args, QDate today)
    {
        const bool pnr = args.has(QStringLiteral("pnr"));
        const bool other = args.has(QStringLiteral("other-identity"));
        if (pnr == other)
            throw UsageError(tr("Give either --pnr or --other-identity (with --gender)."));
        if (pnr) {
            const auto parsed = Personnummer::parse(args.value(QStringLiteral("pnr")), today);
            if (!parsed.ok())
                throw Error(ErrorCode::Validation, tr("Invalid personnummer: %1").arg(parsed.message()));
            participant.setIdentity(*parsed.value);
            return;
        }
        const auto parsed = Personnummer::other(args.value(QStringLiteral("other-identity")));
        if (!parsed.ok())
            throw Error(ErrorCode::Validation, tr("Invalid identity: %1").arg(parsed.message()));
        participant.setIdentity(*parsed.value);
        participant.gender = GenderText::fromCode(args.value(QStringLiteral("gender")).toUpper());
        if (!participant.gender)
            throw UsageError(tr("An identity without a personnummer needs --gender F or M."));
    }

    static void setName(Participant &participant, const Arguments &args)
    {
        // "--name" is a shortcut: the last word is the family name.
        const QString full = args.value(QStringLiteral("name")).simplified();
        const qsizetype space = full.lastIndexOf(QLatin1Char(' '));
        participant.givenName = args.value(QStringLiteral("given-name"), space > 0 ? full.left(space) : QString()).trimmed();
        participant.familyName = args.value(QStringLiteral("family-name"), space > 0 ? full.mid(space + 1) : full).trimmed();
    }

    static void reportProblems(const QList<FieldProblem> &problems)
    {
        QStringList messages;
        for (const FieldProblem &problem : problems)
            messages << problem.message;
        if (!messages.isEmpty())
            throw Error(ErrorCode::Validation, messages.join(QLatin1Char('\n')));
    }

    static qint64 municipalityId(TeamFile &team, const QString &name)
    {
        const QList<Municipality> all = SettingsRepository(team.database()).municipalities();
        QStringList names;
        for (const Municipality &m : all) {
            if (m.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return m.id;
            names << m.name;
        }
        throw Error(ErrorCode::Validation, tr("The team has no municipality called %1. Known: %2.")
                                               .arg(name, names.isEmpty() ? tr("none") : names.join(QLatin1String(", "))));
    }
};

} // namespace

SAMSYN_CLI_COMMAND(AddParticipantCommand);

} // namespace samsyn::cli
