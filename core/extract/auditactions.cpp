// SPDX-License-Identifier: EUPL-1.2
#include "extract/auditactions.h"

#include <QHash>

namespace samsyn {

namespace {

// The documents LoggedPrint records, by the first words of their detail.
QString printed(const QString &detail)
{
    if (detail.startsWith(QLatin1String("sip ")))
        return AuditActions::tr("Printed the SIP");
    if (detail.startsWith(QLatin1String("exit report")))
        return AuditActions::tr("Printed the final report (slutdokumentation)");
    if (detail.startsWith(QLatin1String("letter ")))
        return AuditActions::tr("Printed the decision letter on the referral");
    if (detail.startsWith(QLatin1String("register extract")))
        return AuditActions::tr("Printed a register extract");
    if (detail.startsWith(QLatin1String("log extract")))
        return AuditActions::tr("Printed a log extract");
    return AuditActions::tr("Printed a document");
}

const QHash<QString, const char *> &descriptions()
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("participant.view"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Opened the participant card")},
        {QStringLiteral("participant.list"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Listed participants")},
        {QStringLiteral("participant.create"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Registered the person")},
        {QStringLiteral("participant.update"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Changed personal details")},
        {QStringLiteral("participant.delete"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Deleted the person")},
        {QStringLiteral("import.participants"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Imported from a list")},
        {QStringLiteral("export.sus"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Included in a follow-up export")},
        {QStringLiteral("referral.create"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Registered a referral")},
        {QStringLiteral("referral.update"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Changed a referral")},
        {QStringLiteral("referral.withdraw"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Withdrew a referral")},
        {QStringLiteral("consent.record"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Recorded a consent")},
        {QStringLiteral("consent.withdraw"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Recorded that a consent was withdrawn")},
        {QStringLiteral("meeting.assess"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Assessed the referral at a meeting")},
        {QStringLiteral("meeting.decide"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Decided on the referral at a meeting")},
        {QStringLiteral("meeting.agenda.add"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Put the referral on a meeting's agenda")},
        {QStringLiteral("meeting.agenda.fill"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Put the referral on a meeting's agenda")},
        {QStringLiteral("waitinglist.move"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Changed the place on the waiting list")},
        {QStringLiteral("enrollment.create"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Enrolled in a programme")},
        {QStringLiteral("enrollment.exit"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Recorded the end of a stay")},
        {QStringLiteral("enrollment.exit_followup"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Recorded a follow-up after the end")},
        {QStringLiteral("sip.create"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Wrote a SIP")},
        {QStringLiteral("sip.update"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Changed the SIP")},
        {QStringLiteral("sip.followup"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Followed up the SIP")},
        {QStringLiteral("note.add"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Wrote a note")},
        {QStringLiteral("note.edit"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Changed a note")},
        {QStringLiteral("note.delete"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Deleted a note")},
        {QStringLiteral("attendance.join"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Joined a group activity")},
        {QStringLiteral("attendance.mark"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Recorded attendance")},
        {QStringLiteral("assessment.add"), QT_TRANSLATE_NOOP("samsyn::AuditActions", "Recorded a self-rating")},
    };
    return words;
}

} // namespace

AuditActions::Kind AuditActions::kind(const QString &action)
{
    static const QStringList reads{QStringLiteral("participant.view"), QStringLiteral("participant.list"),
                                   QStringLiteral("document.print"), QStringLiteral("export.sus")};
    return reads.contains(action) ? Kind::Read : Kind::Change;
}

QString AuditActions::kindLabel(Kind kind)
{
    return kind == Kind::Read ? tr("Read") : tr("Change");
}

QString AuditActions::describe(const QString &action, const QString &detail)
{
    if (action == QLatin1String("document.print"))
        return printed(detail);
    const auto it = descriptions().constFind(action);
    if (it != descriptions().cend())
        return tr(*it);
    // Other enrolment steps (passive, reactivated, occupation, ...) share one wording.
    if (action.startsWith(QLatin1String("enrollment.")))
        return tr("Changed the enrolment");
    return tr("Other change (%1)").arg(action);
}

} // namespace samsyn
