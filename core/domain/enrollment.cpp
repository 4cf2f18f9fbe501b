// SPDX-License-Identifier: EUPL-1.2
#include "domain/enrollment.h"

namespace samsyn {

QString EnrollmentPhases::code(EnrollmentPhase phase)
{
    switch (phase) {
    case EnrollmentPhase::Active:
        return QStringLiteral("active");
    case EnrollmentPhase::Passive:
        return QStringLiteral("passive");
    case EnrollmentPhase::Exited:
        break;
    }
    return QStringLiteral("exited");
}

std::optional<EnrollmentPhase> EnrollmentPhases::fromCode(const QString &text)
{
    for (EnrollmentPhase p : {EnrollmentPhase::Active, EnrollmentPhase::Passive, EnrollmentPhase::Exited}) {
        if (code(p) == text)
            return p;
    }
    return std::nullopt;
}

QStringList Enrollment::problems() const
{
    QStringList result;
    if (!startDate.isValid())
        result << tr("The enrollment needs a start date.");
    if (plannedEnd.isValid() && startDate.isValid() && plannedEnd < startDate)
        result << tr("The planned end cannot be before the start.");
    if (passiveFrom.isValid() && startDate.isValid() && passiveFrom < startDate)
        result << tr("The passive phase cannot begin before the start.");
    static const QStringList registrations{QStringLiteral("consent"), QStringLiteral("anonymous_no_consent"),
                                           QStringLiteral("anonymous_protected")};
    if (!registrations.contains(registration))
        result << tr("Unknown kind of registration.");
    return result;
}

QStringList Enrollment::exitProblems(const Enrollment &enrollment, const EnrollmentExit &exit)
{
    QStringList result;
    if (!exit.endDate.isValid())
        result << tr("The exit needs an end date.");
    else if (exit.endDate < enrollment.startDate)
        result << tr("The end date cannot be before the start date (%1).").arg(enrollment.startDate.toString(Qt::ISODate));
    if (exit.reason.isEmpty())
        result << tr("The exit needs a reason.");
    if (exit.extentPercent && (*exit.extentPercent < 0 || *exit.extentPercent > 100))
        result << tr("The extent of work or studies must be between 0 and 100 percent.");
    return result;
}

} // namespace samsyn
