// SPDX-License-Identifier: EUPL-1.2
#include "exit/exitprinting.h"

#include "documents/documentmeta.h"
#include "documents/loggedprint.h"
#include "exit/exitreport.h"
#include "storage/enrollmentrepository.h"
#include "storage/exitdocumentrepository.h"
#include "storage/participantrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/clock.h"
#include "util/error.h"

namespace samsyn {

namespace {

// Whoever prints writes it; without a named member, the enrollment's coordinator.
QString author(TeamFile &team, const ExitReportData &data)
{
    const QString me = team.currentMemberName();
    return me.isEmpty() ? data.coordinator : me;
}

} // namespace

std::optional<qint64> ExitPrinting::latestExited(Database &db, qint64 participantId)
{
    std::optional<Enrollment> latest;
    for (const Enrollment &e : EnrollmentRepository(db).forParticipant(participantId)) {
        if (e.exit && (!latest || e.exit->endDate >= latest->exit->endDate))
            latest = e;
    }
    return latest ? std::optional<qint64>(latest->id) : std::nullopt;
}

ExitReportData ExitPrinting::currentData(TeamFile &team, qint64 enrollmentId)
{
    if (const std::optional<ExitDocument> stored = ExitDocumentRepository(team.database()).finalFor(enrollmentId))
        return ExitReportData::fromJson(stored->content.toUtf8());
    ExitReportData data = ExitReportData::gather(team.database(), enrollmentId);
    data.writtenBy = author(team, data);
    data.writtenAt = team.clock().now();
    return data;
}

ExitPrinting::Prepared ExitPrinting::prepare(TeamFile &team, qint64 participantId, bool final)
{
    LoggedPrint::requireWritable(team);
    Database &db = team.database();
    const std::optional<Participant> person = ParticipantRepository(db).get(participantId);
    if (!person)
        throw Error(ErrorCode::NotFound, tr("The participant is not in this team file."));
    const std::optional<qint64> enrollment = latestExited(db, participantId);
    if (!enrollment)
        throw Error(ErrorCode::NotFound, tr("%1 has not ended any stay with the team, so there is no slutdokumentation to print. "
                                            "Record the exit first.")
                                             .arg(person->displayName()));

    const std::optional<ExitDocument> stored = ExitDocumentRepository(db).finalFor(*enrollment);
    ExitReportData data = currentData(team, *enrollment);
    Prepared prepared;
    Result &result = prepared.result;
    result.fromStoredCopy = stored.has_value();
    result.final = stored || final;
    if (!stored && final) {
        data.final = true;
        const qint64 enrollmentId = *enrollment;
        const QString writtenBy = data.writtenBy;
        const QString content = QString::fromUtf8(data.toJson());
        prepared.keep = [enrollmentId, writtenBy, content](WriteContext &ctx) {
            ExitDocument document{0, enrollmentId, writtenBy, {}, content};
            ExitDocumentRepository::insert(ctx, document);
        };
    }
    result.finalAt = stored ? stored->writtenAt : (final ? data.writtenAt : QDateTime());
    prepared.document = ExitReport::build(data, DocumentMeta::forTeam(team));
    prepared.detail = QStringLiteral("exit report %1 (%2)").arg(*enrollment).arg(
        stored ? QStringLiteral("final, stored copy") : (final ? QStringLiteral("final") : QStringLiteral("draft")));
    return prepared;
}

ExitPrinting::Result ExitPrinting::pdf(TeamFile &team, qint64 participantId, bool final, const QString &path)
{
    Prepared prepared = prepare(team, participantId, final);
    prepared.result.pages = LoggedPrint::pdf(team, prepared.document, path, prepared.detail, participantId, prepared.keep);
    return prepared.result;
}

} // namespace samsyn
