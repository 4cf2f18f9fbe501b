// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "export/susrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace samsyn {

// One missing or contradictory piece of data found before the quarter-end export: whose,
// which field (a stable key the GUI uses to open the card at that field) and why.
struct SusProblem
{
    qint64 participantId = 0;
    qint64 enrollmentId = 0;
    QString displayName; // for the screen; the files never carry names
    QString field;       // one of SusField
    QString message;     // translated, without personal data
};

// The field keys of SusProblem: "<where>.<field>", the participant card or one of its
// enrollments, so the GUI can open the right tab and focus the field.
namespace SusField {
inline const QString Gender = QStringLiteral("participant.gender");
inline const QString Municipality = QStringLiteral("participant.municipality");
inline const QString BirthDate = QStringLiteral("participant.birthDate");
inline const QString Referral = QStringLiteral("participant.referral");
inline const QString Registration = QStringLiteral("enrollment.registration");
inline const QString StartDate = QStringLiteral("enrollment.startDate");
inline const QString IncomeBefore = QStringLiteral("enrollment.incomeAtStart");
inline const QString OccupationBefore = QStringLiteral("enrollment.occupation");
inline const QString Education = QStringLiteral("enrollment.education");
inline const QString SupportTime = QStringLiteral("enrollment.supportTime");
inline const QString ExitReason = QStringLiteral("enrollment.exitReason");
inline const QString IncomeAfter = QStringLiteral("enrollment.incomeAfter");
inline const QString OccupationAfter = QStringLiteral("enrollment.occupationAfter");
inline const QString Extent = QStringLiteral("enrollment.extentPercent");
} // namespace SusField

// The rules every enrollment of the period must meet before the export is written
// (sus-export.md, "Before export"). Pure: works on records, so each rule is testable even
// where the schema already refuses the bad data.
class SusValidation
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::SusValidation)

public:
    // Problems in record order, then in the order of the columns they concern.
    static QList<SusProblem> check(const QList<SusRecord> &records);
    static QList<SusProblem> check(const SusRecord &record);

private:
    static void checkRegistration(const SusRecord &record, QList<SusProblem> &out);
};

} // namespace samsyn
