// SPDX-License-Identifier: EUPL-1.2
#include "exit/exitservice.h"

#include "storage/correctionrepository.h"
#include "storage/enrollmentrepository.h"
#include "storage/writepath.h"
#include "teamfile.h"
#include "util/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace samsyn {

namespace {

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

QString optionalText(const auto &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

QStringList sorted(QStringList list)
{
    list.removeDuplicates();
    list.sort();
    return list;
}

// A field whose value may appear in the audit log (a code, a date, a number).
void compareValue(QStringList &out, const char *field, const QString &before, const QString &after)
{
    if (before != after)
        out << QStringLiteral("%1 %2 -> %3").arg(QLatin1String(field), before.isEmpty() ? QStringLiteral("-") : before,
                                                 after.isEmpty() ? QStringLiteral("-") : after);
}

// A free-text field: named when it changed, its words stay out of the log.
void compareText(QStringList &out, const char *field, const QString &before, const QString &after)
{
    if (before.trimmed() != after.trimmed())
        out << QLatin1String(field);
}

QString toJson(const EnrollmentExit &x)
{
    QJsonObject o{{QStringLiteral("end_date"), dateText(x.endDate)},
                  {QStringLiteral("exit_reason"), x.reason},
                  {QStringLiteral("income_after"), QJsonArray::fromStringList(x.incomeAfter)},
                  {QStringLiteral("occupation_after"), x.occupationAfter},
                  {QStringLiteral("extent_percent"), x.extentPercent ? QJsonValue(*x.extentPercent) : QJsonValue()},
                  {QStringLiteral("onward_plan"), x.onwardPlan},
                  {QStringLiteral("handover_party"), x.handoverPartyId ? QJsonValue(*x.handoverPartyId) : QJsonValue()},
                  {QStringLiteral("handover_contact"), x.handoverContact},
                  {QStringLiteral("sip_continues"), x.sipContinues},
                  {QStringLiteral("own_view"), x.ownView},
                  {QStringLiteral("readier"), x.readier ? QJsonValue(*x.readier) : QJsonValue()},
                  {QStringLiteral("followup1_due"), dateText(x.followup1Due)},
                  {QStringLiteral("followup2_due"), dateText(x.followup2Due)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Enrollment requireExited(Database &db, qint64 enrollmentId)
{
    const std::optional<Enrollment> e = EnrollmentRepository(db).get(enrollmentId);
    if (!e)
        throw Error(ErrorCode::NotFound, ExitService::tr("The enrollment no longer exists."));
    if (!e->exit)
        throw Error(ErrorCode::Validation, ExitService::tr("This enrollment has not ended; there is no exit to correct."));
    return *e;
}

void record(WriteContext &ctx, TeamFile &team, const Enrollment &e, Correction::Subject subject, const QString &reason,
            const QStringList &changed)
{
    Correction c;
    c.participantId = e.participantId;
    c.subject = subject;
    c.enrollmentId = e.id;
    c.correctedBy = team.currentMemberName();
    c.reason = reason;
    c.changed = changed.join(QStringLiteral("; "));
    c.oldValue = toJson(*e.exit);
    CorrectionRepository::insert(ctx, c);
    ctx.setDetail(QStringLiteral("enrollment %1: %2").arg(e.id).arg(c.changed));
}

} // namespace

QStringList ExitService::changes(const EnrollmentExit &a, const EnrollmentExit &b)
{
    QStringList out;
    compareValue(out, "end_date", dateText(a.endDate), dateText(b.endDate));
    compareValue(out, "exit_reason", a.reason, b.reason);
    compareValue(out, "income_after", sorted(a.incomeAfter).join(QLatin1Char(',')), sorted(b.incomeAfter).join(QLatin1Char(',')));
    compareValue(out, "occupation_after", a.occupationAfter, b.occupationAfter);
    compareValue(out, "extent_percent", optionalText(a.extentPercent), optionalText(b.extentPercent));
    compareText(out, "onward_plan", a.onwardPlan, b.onwardPlan);
    compareValue(out, "handover_party", optionalText(a.handoverPartyId), optionalText(b.handoverPartyId));
    compareText(out, "handover_contact", a.handoverContact, b.handoverContact);
    compareValue(out, "sip_continues", QString::number(a.sipContinues), QString::number(b.sipContinues));
    compareText(out, "own_view", a.ownView, b.ownView);
    compareValue(out, "readier", optionalText(a.readier), optionalText(b.readier));
    compareValue(out, "followup1_due", dateText(a.followup1Due), dateText(b.followup1Due));
    compareValue(out, "followup2_due", dateText(a.followup2Due), dateText(b.followup2Due));
    return out;
}

QStringList ExitService::correct(qint64 enrollmentId, const EnrollmentExit &corrected, const QString &reason)
{
    const QString why = CorrectionRepository::checkedReason(reason);
    QStringList changed;
    m_team.write(QStringLiteral("exit.correct"), [&](WriteContext &ctx) {
        const Enrollment before = requireExited(ctx.db(), enrollmentId);
        EnrollmentRepository::correctExit(ctx, enrollmentId, corrected);
        const Enrollment after = requireExited(ctx.db(), enrollmentId);
        changed = changes(*before.exit, *after.exit);
        if (changed.isEmpty())
            throw Error(ErrorCode::Validation, tr("The corrected exit is the same as the recorded one: change a field, or cancel."));
        record(ctx, m_team, before, Correction::Subject::Exit, why, changed);
    });
    return changed;
}

void ExitService::undo(qint64 enrollmentId, const QString &reason)
{
    const QString why = CorrectionRepository::checkedReason(reason);
    m_team.write(QStringLiteral("exit.undo"), [&](WriteContext &ctx) {
        const Enrollment before = requireExited(ctx.db(), enrollmentId);
        EnrollmentRepository::undoExit(ctx, enrollmentId);
        record(ctx, m_team, before, Correction::Subject::ExitUndo, why,
               {QStringLiteral("exit undone (end_date %1, exit_reason %2)").arg(dateText(before.exit->endDate), before.exit->reason)});
    });
}

} // namespace samsyn
