// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace samsyn {

class Database;

// The team settings of enrolment, SIP and assessments, kept as meta keys (no schema change
// when a team adjusts them). Read once per use from the open file; defaults as in domain.md.
struct EnrolmentSettings
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::EnrolmentSettings)
public:
    static inline const QString kFollowup1Days = QStringLiteral("exit_followup_1_days");
    static inline const QString kFollowup2Months = QStringLiteral("exit_followup_2_months");
    static inline const QString kSipFollowupMonths = QStringLiteral("sip_followup_months");
    static inline const QString kKasam29Reversed = QStringLiteral("kasam29_reversed_items");
    static inline const QString kWho5ItemPrefix = QStringLiteral("who5_item_"); // + 1..5
    static inline const QString kSipLegalReference = QStringLiteral("sip_legal_reference");

    int followup1Days = 90;
    int followup2Months = 6;
    int sipFollowupMonths = 3;
    QList<int> kasam29Reversed;
    QStringList who5Items; // five labels; only "Statement n" unless the team enters the official wording
    QString sipLegalReference;

    static EnrolmentSettings load(Database &db);
};

} // namespace samsyn
