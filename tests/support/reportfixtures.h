// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/decision.h"
#include "domain/gender.h"
#include "reports/reporttable.h"
#include "tempteam.h"

#include <QDate>
#include <QString>

#include <optional>

namespace samsyn::test {

// Builders for the report tests: people with a chosen birth date and gender (a test
// personnummer that has them), referrals, decisions, enrollments, exits, events, WHO-5
// ratings and consultations, each written as the user's action would write it.
class ReportFixtures
{
public:
    explicit ReportFixtures(TempTeam &team) : m_t(team) {}

    // A test personnummer born on `birth` with the gender digit of `gender`.
    static QString pnrBorn(QDate birth, Gender gender);
    qint64 person(QDate birth, Gender gender, const QString &municipality = {});
    qint64 referral(qint64 participantId, const QString &party, QDate received);
    // Consent, a place on the meeting's agenda and the decision, as the meeting would.
    void decide(qint64 meetingId, qint64 referralId, DecisionKind kind);
    qint64 meeting(QDate date);
    qint64 enrol(qint64 participantId, const QString &programme, QDate start);
    void exit(qint64 enrollmentId, QDate end, const QString &reason, std::optional<bool> readier = std::nullopt);
    qint64 event(qint64 participantId, const QString &category, QDate date);
    void who5(qint64 participantId, QDate date, int raw);
    void consultation(const QString &party, QDate date);

    // The figures of the row labelled `label` (not the label itself); empty when absent.
    static QStringList row(const ReportTable &table, const QString &label);
    // The table titled `title` among `tables`; throws when absent.
    static ReportTable table(const QList<ReportTable> &tables, const QString &title);
    // The text of a PDF as poppler reads it (pdftotext -layout), and PNGs of its pages at
    // 60 dpi beside it for a person to look at.
    static QString pdfText(const QString &pdf);
    static void renderPages(const QString &pdf);

private:
    TempTeam &m_t;
    int m_meetingMinute = 0;
};

} // namespace samsyn::test
