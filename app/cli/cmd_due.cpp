// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "overview/duelist.h"
#include "storage/participantrepository.h"
#include "tableoutput.h"
#include "teamaccess.h"
#include "util/clock.h"

namespace samsyn::cli {

namespace {

// `samsyn-cli due FILE [--date D]`: Översikt as text, the same rules as the GUI. Participants
// are shown by masked identity only.
class DueCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::DueCommand)

public:
    QString name() const override { return QStringLiteral("due"); }
    QString usage() const override { return tr("FILE [--format table|csv|json]  list what is due today (Översikt)"); }

    int run(Context &context) override
    {
        const Arguments args(context.args, {QStringLiteral("format")}, {});
        const QString path = args.required(0, tr("the name of the team file"));
        args.expectAtMost(1);
        const auto format = TableOutput::parseFormat(args.value(QStringLiteral("format"), QStringLiteral("table")));
        const auto team = TeamAccess::open(context, path, TeamAccess::readOptions());
        const QDate today = context.clock.today();
        const QList<DueItem> items = DueList::compute(team->database(), today);

        const ParticipantRepository participants(team->database());
        TableOutput table({QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("participant"), QStringLiteral("text"),
                           QStringLiteral("tab")},
                          {tr("Date"), tr("Kind"), tr("Participant"), tr("What"), tr("Tab")});
        table.setKind(QStringLiteral("date"), CsvWriter::Kind::Date);
        for (const DueItem &item : items) {
            QString who;
            if (item.participantId) {
                const auto row = participants.row(*item.participantId);
                const auto number = row ? Personnummer::fromStored(row->identityKind, row->identity) : std::nullopt;
                who = number ? number->masked() : QStringLiteral("****");
            }
            table.addRow({item.date.toString(Qt::ISODate), item.kind, who, item.text, item.tab});
        }
        table.write(context.out, format);
        return 0;
    }
};

} // namespace

SAMSYN_CLI_COMMAND(DueCommand);

} // namespace samsyn::cli
