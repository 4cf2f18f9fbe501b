// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "storage/participantrepository.h"
#include "tableoutput.h"
#include "teamaccess.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace samsyn::cli {

namespace {

// `samsyn-cli participants`: the Deltagare list. Showing it is an access to personal data,
// so it is logged in the audit trail like the list in the GUI; personnummer are masked
// unless the user asks for them.
class ParticipantsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::ParticipantsCommand)

public:
    QString name() const override { return QStringLiteral("participants"); }
    QString usage() const override
    {
        return tr("FILE [--status S] [--format table|csv|json] [--show-pnr]  list the participants");
    }

    int run(Context &context) override
    {
        const Arguments args(context.args, {QStringLiteral("status"), QStringLiteral("format")},
                             {QStringLiteral("show-pnr")});
        const QString path = args.teamFile();
        const auto format = TableOutput::parseFormat(args.value(QStringLiteral("format"), QStringLiteral("table")));
        std::optional<ParticipantStatus> status;
        if (args.has(QStringLiteral("status"))) {
            status = ParticipantStatuses::fromCode(args.value(QStringLiteral("status")));
            if (!status) {
                QStringList codes;
                for (const ParticipantStatus s : ParticipantStatuses::all())
                    codes << ParticipantStatuses::code(s);
                throw UsageError(tr("Unknown status %1: use one of %2.")
                                     .arg(args.value(QStringLiteral("status")), codes.join(QLatin1String(", "))));
            }
        }
        const bool showPnr = args.has(QStringLiteral("show-pnr"));

        const auto team = TeamAccess::open(context, path, TeamAccess::readOptions());
        QList<ParticipantRow> rows = ParticipantRepository(team->database()).rows(status);
        sortByName(rows);
        team->write(QStringLiteral("participant.list"), [&](WriteContext &ctx) {
            ctx.setDetail(QStringLiteral("cli list %1 rows%2").arg(rows.size()).arg(showPnr ? QStringLiteral(" with pnr") : QString()));
        });

        TableOutput table({QStringLiteral("id"), QStringLiteral("identity"), QStringLiteral("familyName"),
                           QStringLiteral("givenName"), QStringLiteral("status"), QStringLiteral("municipality"),
                           QStringLiteral("coordinator")},
                          {tr("Id"), tr("Identity"), tr("Family name"), tr("Given name"), tr("Status"), tr("Municipality"),
                           tr("Coordinator")});
        table.setKind(QStringLiteral("id"), CsvWriter::Kind::Number);
        table.setKind(QStringLiteral("identity"), CsvWriter::Kind::Identity);
        const bool codes = format == TableOutput::Format::Json;
        for (const ParticipantRow &row : rows) {
            table.addRow({QString::number(row.id), identity(row, showPnr), row.familyName, row.givenName,
                          codes ? ParticipantStatuses::code(row.status) : ParticipantStatuses::label(row.status),
                          row.municipality, row.coordinator});
        }
        table.write(context.out, format);
        return 0;
    }

private:
    static QString identity(const ParticipantRow &row, bool show)
    {
        if (show)
            return row.identity;
        const auto number = Personnummer::fromStored(row.identityKind, row.identity);
        return number ? number->masked() : QStringLiteral("****");
    }

    static void sortByName(QList<ParticipantRow> &rows)
    {
        QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
        std::stable_sort(rows.begin(), rows.end(), [&](const ParticipantRow &a, const ParticipantRow &b) {
            if (const int family = collator.compare(a.familyName, b.familyName))
                return family < 0;
            if (const int given = collator.compare(a.givenName, b.givenName))
                return given < 0;
            return a.id < b.id;
        });
    }
};

} // namespace

SAMSYN_CLI_COMMAND(ParticipantsCommand);

} // namespace samsyn::cli
