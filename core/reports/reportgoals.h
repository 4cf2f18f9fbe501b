// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

namespace samsyn {

class Database;
class WriteContext;

// The goals a team reports its outcome against (domain.md, Reporting), kept as meta keys
// so a team changes them without a schema change. Defaults are the common Finsam goals:
// 30 % of exits to work or studies, 70 referrals and consultations a year, 75 % of those
// exiting feel readier.
struct ReportGoals
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ReportGoals)
public:
    static inline const QString kWorkOrStudiesPercent = QStringLiteral("report_goal_work_or_studies_percent");
    static inline const QString kContactsPerYear = QStringLiteral("report_goal_contacts_per_year");
    static inline const QString kReadierPercent = QStringLiteral("report_goal_readier_percent");

    int workOrStudiesPercent = 30; // share of exits with an exit reason in report_group 'work_or_studies'
    int contactsPerYear = 70;      // referrals received + consultations held
    int readierPercent = 75;       // share of exits answering yes to "do you feel readier?"

    // A missing or damaged setting falls back to its default: a report is never blocked.
    static ReportGoals load(Database &db);
    // Validates (shares 0-100, contacts 0-100000) and stores all three; throws Validation.
    static void save(WriteContext &ctx, const ReportGoals &goals);
};

} // namespace samsyn
