// SPDX-License-Identifier: EUPL-1.2
#include "export/susdata.h"

#include "domain/consent.h"
#include "domain/referral.h"
#include "storage/consentrepository.h"
#include "storage/enrollmentrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"
#include "storage/reportqueries.h"
#include "storage/settingsrepository.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace samsyn {

namespace {

// Swedish labels of one code table, and the table's own order for lists of several codes.
class CodeLabels
{
public:
    CodeLabels(const SettingsRepository &settings, const QString &table)
    {
        for (const CodeEntry &entry : settings.codes(table, true)) {
            m_labels.insert(entry.code, entry.label);
            m_order.insert(entry.code, entry.sortOrder);
        }
    }

    QString label(const QString &code) const { return code.isEmpty() ? QString() : m_labels.value(code, code); }

    QStringList labels(QStringList codes) const
    {
        std::stable_sort(codes.begin(), codes.end(),
                         [&](const QString &a, const QString &b) { return m_order.value(a) < m_order.value(b); });
        QStringList result;
        for (const QString &code : codes)
            result << label(code);
        return result;
    }

private:
    QHash<QString, QString> m_labels;
    QHash<QString, int> m_order;
};

// The referral that brought the person to this enrollment: one not withdrawn if there is
// one, received on or before the start, for this programme, and the latest such.
std::optional<Referral> referralFor(const QList<Referral> &referrals, const Enrollment &enrollment)
{
    auto rank = [&](const Referral &r) {
        const bool before = r.receivedOn <= enrollment.startDate;
        // Among those before the start the latest wins; after it, the earliest.
        const qint64 nearness = before ? r.receivedOn.toJulianDay() : -r.receivedOn.toJulianDay();
        return std::make_tuple(r.status != ReferralStatus::Withdrawn, before,
                               r.programmeId == std::optional<qint64>(enrollment.programmeId), nearness);
    };
    const auto best = std::max_element(referrals.begin(), referrals.end(),
                                       [&](const Referral &a, const Referral &b) { return rank(a) < rank(b); });
    if (best == referrals.end())
        return std::nullopt;
    return *best;
}

// The registration consent (purpose: registration for follow-up) that covers an enrollment:
// still valid on or after its start and not withdrawn; the earliest given if several.
void applyConsent(SusRecord &record, const QList<Consent> &consents)
{
    for (const Consent &c : consents) {
        if (c.purpose != ConsentPurpose::FollowUpRegistration || c.validUntil < record.start)
            continue;
        if (c.withdrawnOn.isValid()) {
            if (!record.consentWithdrawn.isValid() || c.withdrawnOn > record.consentWithdrawn)
                record.consentWithdrawn = c.withdrawnOn;
            continue;
        }
        if (!record.consentDate.isValid() || c.givenOn < record.consentDate)
            record.consentDate = c.givenOn;
    }
    if (record.consentDate.isValid())
        record.consentWithdrawn = QDate();
}

} // namespace

SusData SusData::read(Database &db, const Period &period)
{
    const SettingsRepository settings(db);
    const CodeLabels income(settings, CodeTable::IncomeSource);
    const CodeLabels occupation(settings, CodeTable::Occupation);
    const CodeLabels education(settings, CodeTable::Education);
    const CodeLabels supportTime(settings, CodeTable::PublicSupportTime);
    const CodeLabels exitReason(settings, CodeTable::ExitReason);
    QHash<qint64, QString> municipalities;
    for (const Municipality &m : settings.municipalities(true))
        municipalities.insert(m.id, m.name);
    QHash<qint64, PartyKind> partyKinds;
    for (const Party &p : settings.parties(true))
        partyKinds.insert(p.id, p.kind);
    QHash<qint64, Programme> programmes;
    for (const Programme &p : settings.programmes(true))
        programmes.insert(p.id, p);

    const ParticipantRepository participantRepo(db);
    const ReferralRepository referralRepo(db);
    const ConsentRepository consentRepo(db);
    SusData data{period, {}, {}};
    QSet<QString> listed;
    for (const Programme &p : std::as_const(programmes)) {
        if (p.active)
            listed.insert(p.name);
    }

    for (const Enrollment &e : EnrollmentRepository(db).overlapping(period.first(), period.last())) {
        const std::optional<Participant> person = participantRepo.get(e.participantId);
        if (!person)
            continue; // cannot happen: enrollments cascade with their participant
        SusRecord r;
        r.enrollmentId = e.id;
        r.participantId = e.participantId;
        r.displayName = person->displayName();
        r.programme = programmes.value(e.programmeId).name;
        listed.insert(r.programme);
        r.gender = person->gender;
        r.registration = e.registration;
        r.protectedIdentity = person->protectedIdentity;
        if (person->identityKind != Personnummer::Kind::Other)
            r.personnummer = person->identity;
        r.birthDate = person->birthDate;
        if (person->municipalityId)
            r.municipality = municipalities.value(*person->municipalityId);
        if (const auto referral = referralFor(referralRepo.forParticipant(e.participantId), e))
            r.referringParty = PartyKinds::susLabel(partyKinds.value(referral->referringPartyId, PartyKind::Other));
        r.start = e.startDate;
        r.incomeBefore = income.labels(e.incomeAtStart);
        r.occupationBefore = occupation.label(e.occupation);
        r.education = education.label(e.education);
        r.supportTime = supportTime.label(e.supportTime);
        if (e.exit) {
            r.exited = true;
            r.end = e.exit->endDate;
            r.exitReason = exitReason.label(e.exit->reason);
            r.incomeAfter = income.labels(e.exit->incomeAfter);
            r.occupationAfter = occupation.label(e.exit->occupationAfter);
            r.extentPercent = e.exit->extentPercent;
        }
        applyConsent(r, consentRepo.forParticipant(e.participantId));
        data.records << r;
    }

    const QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    data.programmes = QStringList(listed.begin(), listed.end());
    std::sort(data.programmes.begin(), data.programmes.end(), collator);
    std::stable_sort(data.records.begin(), data.records.end(), [&](const SusRecord &a, const SusRecord &b) {
        if (const int byName = collator.compare(a.programme, b.programme))
            return byName < 0;
        return std::tie(a.start, a.enrollmentId) < std::tie(b.start, b.enrollmentId);
    });
    data.deletedByGallring = ReportQueries(db).retained(period.first(), period.last()).any();
    return data;
}

} // namespace samsyn
