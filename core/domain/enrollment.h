// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace samsyn {

enum class EnrollmentPhase { Active, Passive, Exited };

struct EnrollmentPhases
{
    static QString code(EnrollmentPhase phase);
    static std::optional<EnrollmentPhase> fromCode(const QString &code);
};

// What is recorded at exit (utskrivning): outcome, handover, the person's own view and the
// follow-ups after exit (90 days and six months by default, see EnrolmentSettings).
struct EnrollmentExit
{
    QDate endDate;
    QString reason; // code of 'exit_reason'
    QStringList incomeAfter;
    QString occupationAfter;
    std::optional<int> extentPercent;
    QString onwardPlan;
    std::optional<qint64> handoverPartyId;
    QString handoverContact;
    bool sipContinues = false;
    QString ownView;
    std::optional<bool> readier;
    QDate followup1Due; // filled from the team settings when left empty
    QDate followup2Due;
    QDate followup1Done;
    QString followup1Result;
    QDate followup2Done;
    QString followup2Result;
};

// One stay of a participant in a programme (inskrivning). A participant may have several
// over the years, never two open ones in the same programme. Plain value; EnrollmentRepository
// reads and writes it.
struct Enrollment
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::Enrollment)
public:
    qint64 id = 0;
    qint64 participantId = 0;
    qint64 programmeId = 0;
    std::optional<qint64> coordinatorId;
    QDate startDate;
    QDate plannedEnd; // default start + the programme's months (12)
    QString method;   // code of 'enrollment_method'
    QString registration = QStringLiteral("consent"); // consent / anonymous_no_consent / anonymous_protected
    QStringList incomeAtStart;
    QString occupation;
    QString education;
    QString supportTime;
    EnrollmentPhase phase = EnrollmentPhase::Active;
    QDate passiveFrom;
    std::optional<EnrollmentExit> exit;

    bool isOpen() const { return phase != EnrollmentPhase::Exited; }
    // The rules a form can check before saving; empty when fine.
    QStringList problems() const;
    static QStringList exitProblems(const Enrollment &enrollment, const EnrollmentExit &exit);
};

} // namespace samsyn
