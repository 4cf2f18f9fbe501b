// SPDX-License-Identifier: EUPL-1.2
#include "import/participantimport.h"

#include "import/importrowbuilder.h"
#include "storage/enrollmentrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"
#include "teamfile.h"
#include "util/clock.h"

#include <QHash>

namespace samsyn {

QString ImportOutcomes::label(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Create:
        return tr("create");
    case ImportOutcome::Update:
        return tr("update");
    case ImportOutcome::Skip:
        return tr("skip");
    case ImportOutcome::Reject:
        break;
    }
    return tr("reject");
}

ImportPlan ParticipantImport::plan(const CsvTable &table, const ColumnMapping &mapping, const ImportSettings &settings) const
{
    ImportPlan plan;
    plan.encoding = table.encoding;
    plan.separator = table.separator;
    plan.mapping = mapping;
    if (table.records.isEmpty()) {
        plan.problems << tr("The file is empty.");
        return plan;
    }
    if (!table.records.first().error.isEmpty()) {
        plan.problems << tr("The first row (the column names) cannot be read: %1").arg(table.records.first().error);
        return plan;
    }
    const QStringList header = table.header();
    const QMap<ImportField, int> columns = mapping.resolve(header, &plan.problems);
    if (!plan.problems.isEmpty())
        return plan;

    const ImportRowBuilder builder(m_team.database(), columns, int(header.size()), settings, m_team.clock().today());
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        const CsvRecord &record = table.records.at(i);
        if (record.blank() && record.error.isEmpty())
            continue; // blank lines carry nothing; Excel leaves them between blocks
        plan.rows << builder.build(record);
    }
    rejectDuplicates(plan.rows);
    return plan;
}

void ParticipantImport::rejectDuplicates(QList<ImportRow> &rows)
{
    QHash<QString, QList<int>> rowsByIdentity;
    for (const ImportRow &row : rows) {
        if (!row.participant.identity.isEmpty())
            rowsByIdentity[row.participant.identity] << row.row;
    }
    for (ImportRow &row : rows) {
        const QList<int> same = rowsByIdentity.value(row.participant.identity);
        if (same.size() < 2)
            continue;
        QStringList others;
        for (int other : same) {
            if (other != row.row)
                others << QString::number(other);
        }
        // Which row is right is the user's call: none of them is imported.
        const QString reason = tr("The same personnummer is also on row %1: keep one row per person.").arg(others.join(QStringLiteral(", ")));
        row.reason = row.outcome == ImportOutcome::Reject ? row.reason + QLatin1Char(' ') + reason : reason;
        row.outcome = ImportOutcome::Reject;
    }
}

ImportPlan ParticipantImport::run(const ImportPlan &plan)
{
    if (!plan.problems.isEmpty())
        throw Error(ErrorCode::Validation, plan.problems.join(QLatin1Char('\n')));
    if (plan.writes() == 0)
        throw Error(ErrorCode::Validation, tr("There is nothing to import: no row would create or update a participant."));

    ImportPlan result = plan;
    m_team.write(QStringLiteral("import.participants"), [&](WriteContext &ctx) {
        for (ImportRow &row : result.rows) {
            if (row.outcome != ImportOutcome::Create && row.outcome != ImportOutcome::Update)
                continue;
            try {
                const bool create = row.outcome == ImportOutcome::Create;
                if (create)
                    ParticipantRepository::insert(ctx, row.participant);
                else
                    ParticipantRepository::update(ctx, row.participant);
                if (row.referral) {
                    row.referral->participantId = row.participant.id;
                    ReferralRepository::insert(ctx, *row.referral);
                }
                if (row.enrollment) {
                    row.enrollment->participantId = row.participant.id;
                    EnrollmentRepository::enrol(ctx, *row.enrollment);
                }
                // The row number ties the audit row to the file without copying personal data.
                ctx.audit(create ? QStringLiteral("import.participant.create") : QStringLiteral("import.participant.update"),
                          row.participant.id, QStringLiteral("row %1").arg(row.row));
            } catch (const Error &error) {
                throw Error(error.code(), tr("Row %1: %2 Nothing was imported.").arg(row.row).arg(error.message()),
                            error.technicalDetail());
            }
        }
        ColumnMapping::save(ctx, result.mapping);
        ctx.setDetail(QStringLiteral("created %1, updated %2, skipped %3, rejected %4")
                          .arg(result.count(ImportOutcome::Create))
                          .arg(result.count(ImportOutcome::Update))
                          .arg(result.count(ImportOutcome::Skip))
                          .arg(result.count(ImportOutcome::Reject)));
    });
    return result;
}

} // namespace samsyn
