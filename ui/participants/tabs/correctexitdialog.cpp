// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/correctexitdialog.h"

#include "common/correctionfooter.h"
#include "exit/exitservice.h"
#include "participants/tabs/exitfields.h"
#include "participants/tabs/tabsupport.h"
#include "teamfile.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace samsyn {

namespace {

// The audit's field names in words, for the "Changes:" line.
QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("samsyn::CorrectExitDialog", "end date")},
        {QStringLiteral("exit_reason"), QT_TRANSLATE_NOOP("samsyn::CorrectExitDialog", "exit reason")},
        {QStringLiteral("income_after"), QT_TRANSLATE_NOOP("samsyn::CorrectExitDialog", "income sources after")},
        {QStringLiteral("occupation_after"), QT_TRANSLATE_NOOP("samsyn::CorrectExitDialog", "occupation after")},
        {QStringLiteral("extent_percent"), QT_TRANSLATE_NOOP("samsyn::CorrectExitDialog", "extent")},
        {QStringLiteral("onward_plan"), QT_TRANSLATE_NOOP("samsyn::CorrectExitDialog", "onward plan")},
        {QStringLiteral("handover_party"), QT_TRANSLATE_NOOP("samsyn::CorrectExitDialog", "handed over to")},
        {QStringLiteral("handover_contact"), QT_TRANSLATE_NOOP("samsyn::CorrectExitDialog", "contact there")},
        {QStringLiteral("sip_continues"), QT_TRANSLATE_NOOP("samsyn::CorrectExitDialog", "SIP continues")},
        {QStringLiteral("own_view"), QT_TRANSLATE_NOOP("samsyn::CorrectExitDialog", "own view")},
        {QStringLiteral("readier"), QT_TRANSLATE_NOOP("samsyn::CorrectExitDialog", "closer to work or studies")},
        {QStringLiteral("followup1_due"), QT_TRANSLATE_NOOP("samsyn::CorrectExitDialog", "first follow-up")},
        {QStringLiteral("followup2_due"), QT_TRANSLATE_NOOP("samsyn::CorrectExitDialog", "second follow-up")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : CorrectExitDialog::tr(it.value());
}

} // namespace

CorrectExitDialog::CorrectExitDialog(TeamFile &team, const Enrollment &enrollment, Mode mode, QWidget *parent)
    : QDialog(parent), m_team(team), m_enrollment(enrollment), m_mode(mode), m_fields(new ExitFields(team)),
      m_due1(TabSupport::dateEdit(QStringLiteral("correctFollowup1Due"), QDate())),
      m_due2(TabSupport::dateEdit(QStringLiteral("correctFollowup2Due"), QDate())),
      m_footer(new CorrectionFooter(mode == Mode::Correct ? tr("Correct exit") : tr("Undo exit"), this))
{
    const EnrollmentExit recorded = enrollment.exit.value_or(EnrollmentExit{});
    setWindowTitle(mode == Mode::Correct ? tr("Correct the recorded exit") : tr("Undo the recorded exit"));
    auto *intro = new QLabel(mode == Mode::Correct
                                 ? tr("Correct what was recorded at the exit on %1. Reports and the quarter-end export use "
                                      "the corrected values; the old values, the reason and who corrected it are kept.")
                                       .arg(recorded.endDate.toString(Qt::ISODate))
                                 : tr("Use this only when the exit was recorded by mistake: the enrolment becomes open "
                                      "again as if the exit had not been recorded. The exit shown below and the reason "
                                      "are kept with the correction."));
    intro->setWordWrap(true);
    m_fields->showValues(recorded);
    m_fields->setEditable(mode == Mode::Correct);
    m_due1->setDate(recorded.followup1Due);
    m_due2->setDate(recorded.followup2Due);
    m_due1->setAccessibleName(tr("First follow-up due"));
    m_due2->setAccessibleName(tr("Second follow-up due"));
    m_fields->form()->addRow(tr("First follow-up due:"), m_due1);
    m_fields->form()->addRow(tr("Second follow-up due:"), m_due2);
    m_due1->setEnabled(mode == Mode::Correct);
    m_due2->setEnabled(mode == Mode::Correct);
    m_shownEnd = recorded.endDate;

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_fields);
    layout->addWidget(m_footer);
    connect(m_fields, &ExitFields::edited, this, [this] {
        followEndDate();
        revalidate();
    });
    connect(m_due1, &QDateEdit::dateChanged, this, &CorrectExitDialog::revalidate);
    connect(m_due2, &QDateEdit::dateChanged, this, &CorrectExitDialog::revalidate);
    connect(m_footer, &CorrectionFooter::reasonEdited, this, &CorrectExitDialog::revalidate);
    revalidate();
}

void CorrectExitDialog::followEndDate()
{
    // The follow-ups keep their distance to the end date when it moves.
    const QDate end = m_fields->values().endDate;
    if (!end.isValid() || !m_shownEnd.isValid() || end == m_shownEnd)
        return;
    const qint64 days = m_shownEnd.daysTo(end);
    m_shownEnd = end;
    m_due1->setDate(m_due1->date().addDays(days));
    m_due2->setDate(m_due2->date().addDays(days));
}

EnrollmentExit CorrectExitDialog::corrected() const
{
    EnrollmentExit x = m_fields->values();
    x.followup1Due = m_due1->date();
    x.followup2Due = m_due2->date();
    return x;
}

QString CorrectExitDialog::problem() const
{
    if (m_mode == Mode::Correct) {
        const EnrollmentExit x = corrected();
        const QStringList problems = Enrollment::exitProblems(m_enrollment, x);
        if (!problems.isEmpty())
            return problems.first();
        if (x.followup1Due < x.endDate || x.followup2Due < x.endDate)
            return tr("A follow-up after exit cannot be due before the end date.");
        if (ExitService::changes(m_enrollment.exit.value_or(EnrollmentExit{}), x).isEmpty())
            return tr("Change what was recorded wrongly; nothing differs from the recorded exit yet.");
    }
    if (m_footer->reason().isEmpty())
        return tr("Give the reason for the correction.");
    return {};
}

void CorrectExitDialog::revalidate()
{
    if (m_mode == Mode::Correct) {
        QStringList words;
        for (const QString &change : ExitService::changes(m_enrollment.exit.value_or(EnrollmentExit{}), corrected()))
            words << fieldLabel(change.section(QLatin1Char(' '), 0, 0));
        m_footer->setChanges(words.join(QStringLiteral(", ")));
    }
    m_footer->setProblem(problem());
}

bool CorrectExitDialog::save()
{
    return m_footer->attempt([this] {
        ExitService service(m_team);
        if (m_mode == Mode::Correct)
            service.correct(m_enrollment.id, corrected(), m_footer->reason());
        else
            service.undo(m_enrollment.id, m_footer->reason());
    });
}

void CorrectExitDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace samsyn
