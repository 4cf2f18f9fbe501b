// SPDX-License-Identifier: EUPL-1.2
#include "export/susvalidation.h"

namespace samsyn {

namespace {

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

void add(QList<SusProblem> &out, const SusRecord &record, const QString &field, const QString &message)
{
    out << SusProblem{record.participantId, record.enrollmentId, record.displayName, field, message};
}

} // namespace

QList<SusProblem> SusValidation::check(const QList<SusRecord> &records)
{
    QList<SusProblem> result;
    for (const SusRecord &record : records)
        result << check(record);
    return result;
}

void SusValidation::checkRegistration(const SusRecord &record, QList<SusProblem> &out)
{
    // The anonymous flag and the consent on file must agree. Where they do not, the row is
    // written anonymously (SusRecord::isAnonymous), and the coordinator is told why.
    const QString &registration = record.registration;
    if (registration == QLatin1String("consent")) {
        if (record.protectedIdentity)
            add(out, record, SusField::Registration,
                tr("Registered with consent, but the person has protected identity: the row is written anonymously "
                   "until the registration says so."));
        else if (record.consentWithdrawn.isValid())
            add(out, record, SusField::Registration,
                tr("Registered with consent, but the consent to registration was withdrawn on %1: the row is written "
                   "anonymously.")
                    .arg(iso(record.consentWithdrawn)));
        else if (!record.consentDate.isValid())
            add(out, record, SusField::Registration,
                tr("Registered with consent, but no consent to registration for follow-up is recorded for this "
                   "enrollment: the row is written anonymously."));
    } else if (registration == QLatin1String("anonymous_no_consent")) {
        if (record.consentDate.isValid())
            add(out, record, SusField::Registration,
                tr("Registered anonymously for lack of consent, but a consent to registration given on %1 is recorded: "
                   "correct the registration or the consent.")
                    .arg(iso(record.consentDate)));
    } else if (registration == QLatin1String("anonymous_protected")) {
        if (!record.protectedIdentity)
            add(out, record, SusField::Registration,
                tr("Registered anonymously for protected identity, but the person is not marked as having protected "
                   "identity."));
    } else {
        add(out, record, SusField::Registration, tr("Unknown kind of registration: %1.").arg(registration));
    }
}

QList<SusProblem> SusValidation::check(const SusRecord &r)
{
    QList<SusProblem> out;
    checkRegistration(r, out);
    const bool anonymous = r.isAnonymous();
    if (!r.gender)
        add(out, r, SusField::Gender, tr("No legal gender is recorded: the enrollment cannot be counted as Kvinna or Man."));
    if (!anonymous && r.birthDate.isNull())
        add(out, r, SusField::BirthDate, tr("No birth date is recorded: birth year and age would stay empty."));
    if (!anonymous && r.municipality.isEmpty())
        add(out, r, SusField::Municipality, tr("No municipality (folkbokföring) is recorded."));
    if (r.referringParty.isEmpty())
        add(out, r, SusField::Referral, tr("No referral is recorded: the referring party is unknown."));
    if (r.exited && r.end.isValid() && r.end < r.start)
        add(out, r, SusField::StartDate, tr("The enrollment starts (%1) after it ends (%2).").arg(iso(r.start), iso(r.end)));
    if (r.incomeBefore.isEmpty())
        add(out, r, SusField::IncomeBefore, tr("No income source before the start is recorded."));
    if (r.occupationBefore.isEmpty())
        add(out, r, SusField::OccupationBefore, tr("No occupation before the start is recorded."));
    if (r.education.isEmpty())
        add(out, r, SusField::Education, tr("No education level is recorded."));
    if (r.supportTime.isEmpty())
        add(out, r, SusField::SupportTime, tr("No time in public support before the start is recorded."));
    if (!r.exited)
        return out;
    if (r.exitReason.isEmpty())
        add(out, r, SusField::ExitReason, tr("Ended on %1 but no exit reason is recorded.").arg(iso(r.end)));
    if (r.incomeAfter.isEmpty())
        add(out, r, SusField::IncomeAfter, tr("Ended but no income source after the exit is recorded."));
    if (r.occupationAfter.isEmpty())
        add(out, r, SusField::OccupationAfter, tr("Ended but no occupation after the exit is recorded."));
    if (r.extentPercent && (*r.extentPercent < 0 || *r.extentPercent > 100))
        add(out, r, SusField::Extent,
            tr("The extent of work or studies after the exit is %1 percent; it must be between 0 and 100.")
                .arg(*r.extentPercent));
    return out;
}

} // namespace samsyn
