// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "meetings/meetingprinting.h"
#include "storage/meetingrepository.h"
#include "teamaccess.h"

namespace samsyn::cli {

namespace {

// `samsyn-cli print protocol FILE --meeting DATE | --meeting-id ID -o OUT.pdf`: the meeting's
// protocol as a PDF. Printing is logged in the team file's audit trail.
class PrintProtocolCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::PrintProtocolCommand)

public:
    QString name() const override { return QStringLiteral("print protocol"); }
    QString usage() const override
    {
        return tr("FILE --meeting DATE | --meeting-id ID -o OUT.pdf  print a meeting's protocol as PDF");
    }

    bool needsFonts() const override { return true; }

    int run(Context &context) override
    {
        const Arguments args(context.args, {QStringLiteral("meeting"), QStringLiteral("meeting-id"), QStringLiteral("o"),
                                            QStringLiteral("output")});
        const QString path = args.teamFile();
        const QString out = args.value(QStringLiteral("o"), args.value(QStringLiteral("output")));
        if (out.isEmpty())
            throw UsageError(tr("Say where to write the PDF with -o OUT.pdf."));
        if (args.has(QStringLiteral("meeting")) == args.has(QStringLiteral("meeting-id")))
            throw UsageError(tr("Choose the meeting with either --meeting DATE or --meeting-id ID."));
        std::optional<QDate> day;
        if (args.has(QStringLiteral("meeting"))) {
            day = QDate::fromString(args.value(QStringLiteral("meeting")), Qt::ISODate);
            if (!day->isValid())
                throw UsageError(tr("--meeting must be a date written as YYYY-MM-DD, such as 2026-11-24."));
        }
        const qint64 wantedId = day ? 0 : args.intValue(QStringLiteral("meeting-id"), 0, 1, 2147483647);

        const auto team = TeamAccess::open(context, path, TeamAccess::readOptions());
        const Meeting meeting = day ? meetingOn(context, *team, *day) : meetingWithId(*team, wantedId);
        const int pages = MeetingPrinting::protocolPdf(*team, meeting.id, out);
        context.out << tr("Wrote the protocol of the meeting on %1 (%n page(s)) to %2.", nullptr, pages)
                           .arg(meeting.date.toString(Qt::ISODate), out)
                    << Qt::endl;
        return 0;
    }

private:
    static Meeting meetingWithId(TeamFile &team, qint64 id)
    {
        const std::optional<Meeting> m = MeetingRepository(team.database()).get(id);
        if (!m)
            throw Error(ErrorCode::NotFound, tr("There is no meeting with id %1 in this team file.").arg(id));
        return *m;
    }

    // The first meeting of the day; when there are several, says which was taken and how to
    // pick another, so nobody sends the wrong protocol unknowingly.
    static Meeting meetingOn(Context &context, TeamFile &team, QDate day)
    {
        const QList<Meeting> meetings = MeetingRepository(team.database()).between(day, day);
        if (meetings.isEmpty())
            throw Error(ErrorCode::NotFound, tr("There is no meeting on %1 in this team file.").arg(day.toString(Qt::ISODate)));
        if (meetings.size() > 1) {
            QStringList others;
            for (const Meeting &m : meetings)
                others << tr("id %1 at %2").arg(m.id).arg(m.startTime.toString(QStringLiteral("HH:mm")));
            context.err << tr("There are %1 meetings on %2 (%3); printing the first. Use --meeting-id ID for another.")
                               .arg(meetings.size())
                               .arg(day.toString(Qt::ISODate), others.join(QStringLiteral(", ")))
                        << Qt::endl;
        }
        return meetings.first();
    }
};

} // namespace

SAMSYN_CLI_COMMAND(PrintProtocolCommand);

} // namespace samsyn::cli
