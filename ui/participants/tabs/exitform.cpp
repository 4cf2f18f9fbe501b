// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/exitform.h"

#include "participants/tabs/correctexitdialog.h"
#include "participants/tabs/exitfields.h"
#include "participants/tabs/tabsupport.h"
#include "storage/correctionrepository.h"
#include "storage/enrollmentrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace samsyn {

ExitForm::ExitForm(TeamFile &team, qint64 participantId, QWidget *parent)
    : QWidget(parent), m_team(team), m_participantId(participantId), m_heading(new QLabel), m_corrections(new QLabel),
      m_error(TabSupport::errorLabel(QStringLiteral("exitError")))
{
    m_heading->setObjectName(QStringLiteral("exitHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_corrections->setObjectName(QStringLiteral("exitCorrections"));
    m_corrections->setWordWrap(true);
    m_corrections->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);
    layout->addWidget(m_corrections);
    layout->addWidget(buildExitFields());
    layout->addWidget(m_error);
    layout->addWidget(buildFollowups());
    layout->addStretch(1);
    setEnrollment(std::nullopt);
}

QWidget *ExitForm::buildExitFields()
{
    m_fields = new ExitFields(m_team);
    m_record = new QPushButton(tr("Record exit"));
    m_record->setObjectName(QStringLiteral("recordExit"));
    m_fields->form()->addRow(QString(), m_record);
    connect(m_record, &QPushButton::clicked, this, &ExitForm::recordExit);

    m_correctRow = new QWidget;
    auto *row = new QHBoxLayout(m_correctRow);
    row->setContentsMargins(0, 0, 0, 0);
    auto *correct = new QPushButton(tr("Correct exit…"));
    correct->setObjectName(QStringLiteral("correctExit"));
    correct->setToolTip(tr("Correct a wrongly recorded end date, reason or outcome, with a reason that is kept"));
    auto *undo = new QPushButton(tr("Undo exit…"));
    undo->setObjectName(QStringLiteral("undoExit"));
    undo->setToolTip(tr("The exit was recorded by mistake: open the enrolment again"));
    row->addWidget(correct);
    row->addWidget(undo);
    row->addStretch(1);
    m_fields->form()->addRow(QString(), m_correctRow);
    connect(correct, &QPushButton::clicked, this, &ExitForm::openCorrection);
    connect(undo, &QPushButton::clicked, this, &ExitForm::openUndo);
    return m_fields;
}

QGroupBox *ExitForm::buildFollowups()
{
    m_followupBox = new QGroupBox(tr("Follow-ups after exit"));
    m_followupBox->setObjectName(QStringLiteral("exitFollowups"));
    auto *grid = new QGridLayout(m_followupBox);
    grid->addWidget(new QLabel(tr("Due")), 0, 1);
    grid->addWidget(new QLabel(tr("Done on")), 0, 2);
    grid->addWidget(new QLabel(tr("Result")), 0, 3);
    for (int i = 0; i < 2; ++i) {
        Followup &f = m_followups[i];
        const QString n = QString::number(i + 1);
        f.due = new QLabel;
        f.done = TabSupport::dateEdit(QStringLiteral("followupDone") + n, TabSupport::today(m_team));
        f.done->setAccessibleName(tr("Follow-up %1 done on").arg(n));
        f.result = new QLineEdit;
        f.result->setObjectName(QStringLiteral("followupResult") + n);
        f.result->setAccessibleName(tr("Follow-up %1 result").arg(n));
        f.result->setPlaceholderText(tr("e.g. still working 50 %, no support needed"));
        f.record = new QPushButton(tr("Record"));
        f.record->setObjectName(QStringLiteral("recordFollowup") + n);
        grid->addWidget(new QLabel(i == 0 ? tr("First follow-up") : tr("Second follow-up")), i + 1, 0);
        grid->addWidget(f.due, i + 1, 1);
        grid->addWidget(f.done, i + 1, 2);
        grid->addWidget(f.result, i + 1, 3);
        grid->addWidget(f.record, i + 1, 4);
        connect(f.record, &QPushButton::clicked, this, [this, i] { recordFollowup(i + 1); });
    }
    grid->setColumnStretch(3, 1);
    return m_followupBox;
}

void ExitForm::setEnrollment(const std::optional<Enrollment> &enrollment)
{
    m_enrollment = enrollment;
    m_error->hide();
    m_fields->setVisible(enrollment.has_value());
    m_followupBox->setVisible(enrollment && enrollment->exit);
    showCorrections();
    if (!enrollment) {
        m_heading->setText(tr("No enrolment yet. Enrol the participant in a programme above; the exit is recorded here."));
        return;
    }
    const auto programme = SettingsRepository(m_team.database()).programme(enrollment->programmeId);
    const QString name = programme ? programme->name : QString();
    if (!enrollment->exit) {
        m_heading->setText(tr("Exit from %1 (enrolled %2)").arg(name, enrollment->startDate.toString(Qt::ISODate)));
        EnrollmentExit blank;
        blank.endDate = TabSupport::today(m_team);
        m_fields->showValues(blank);
        setEditable(true);
        return;
    }
    m_heading->setText(tr("Exited %1 on %2").arg(name, enrollment->exit->endDate.toString(Qt::ISODate)));
    m_fields->showValues(*enrollment->exit);
    setEditable(false);
    const EnrollmentExit &x = *enrollment->exit;
    const QDate due[2] = {x.followup1Due, x.followup2Due};
    const QDate done[2] = {x.followup1Done, x.followup2Done};
    const QString result[2] = {x.followup1Result, x.followup2Result};
    for (int i = 0; i < 2; ++i) {
        Followup &f = m_followups[i];
        f.due->setText(due[i].toString(Qt::ISODate));
        f.done->setDate(done[i].isValid() ? done[i] : std::max(TabSupport::today(m_team), x.endDate));
        f.result->setText(result[i]);
        f.record->setText(done[i].isValid() ? tr("Update") : tr("Record"));
    }
}

void ExitForm::setEditable(bool editable)
{
    m_fields->setEditable(editable);
    m_record->setVisible(editable);
    m_correctRow->setVisible(!editable && !m_team.isReadOnly());
}

void ExitForm::showCorrections()
{
    QStringList lines;
    if (m_enrollment) {
        for (const Correction &c : CorrectionRepository(m_team.database()).forEnrollment(m_enrollment->id)) {
            const QString on = c.correctedAt.toLocalTime().date().toString(Qt::ISODate);
            const QString who = c.correctedBy.isEmpty() ? QString() : tr(" by %1").arg(c.correctedBy);
            lines << (c.subject == Correction::Subject::ExitUndo ? tr("Exit undone %1%2: %3").arg(on, who, c.reason)
                                                                 : tr("Exit corrected %1%2: %3").arg(on, who, c.reason));
        }
    }
    m_corrections->setText(lines.join(QLatin1Char('\n')));
    m_corrections->setVisible(!lines.isEmpty());
}

EnrollmentExit ExitForm::values() const
{
    return m_fields->values();
}

CorrectExitDialog *ExitForm::openDialog(bool undo)
{
    if (!m_enrollment || !m_enrollment->exit)
        return nullptr;
    auto *dialog = new CorrectExitDialog(m_team, *m_enrollment, undo ? CorrectExitDialog::Mode::Undo : CorrectExitDialog::Mode::Correct,
                                         this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CorrectExitDialog *ExitForm::openCorrection()
{
    return openDialog(false);
}

CorrectExitDialog *ExitForm::openUndo()
{
    return openDialog(true);
}

bool ExitForm::recordExit()
{
    if (!m_enrollment || m_enrollment->exit)
        return false;
    const qint64 id = m_enrollment->id;
    const EnrollmentExit x = values();
    return TabSupport::write(m_team, m_error, QStringLiteral("enrollment.exit"),
                             [&](WriteContext &ctx) { EnrollmentRepository::exit(ctx, id, x); }, m_participantId);
}

bool ExitForm::recordFollowup(int which)
{
    if (!m_enrollment || !m_enrollment->exit || (which != 1 && which != 2))
        return false;
    const qint64 id = m_enrollment->id;
    const Followup &f = m_followups[which - 1];
    const QDate done = f.done->date();
    const QString result = f.result->text();
    return TabSupport::write(m_team, m_error, QStringLiteral("enrollment.exit_followup"),
                             [&](WriteContext &ctx) { EnrollmentRepository::recordFollowup(ctx, id, which, done, result); },
                             m_participantId);
}

} // namespace samsyn
