// SPDX-License-Identifier: EUPL-1.2
#include "meetings/assessmentform.h"

#include "meetings/correctdecisiondialog.h"
#include "meetings/decisionfacts.h"
#include "meetings/decisionfields.h"
#include "meetings/decisionservice.h"
#include "meetings/decisiontext.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/error.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace samsyn {

AssessmentForm::AssessmentForm(TeamFile &team, QWidget *parent)
    : QWidget(parent), m_team(team), m_heading(new QLabel), m_summary(new QLabel), m_fields(new DecisionFields(team)),
      m_decided(new QLabel), m_correct(new QPushButton(tr("Correct decision…"))), m_error(new QLabel),
      m_save(new QPushButton(tr("Save answers"))), m_decide(new QPushButton(tr("Record decision"))), m_editor(new QWidget)
{
    setObjectName(QStringLiteral("assessmentForm"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_summary->setWordWrap(true);
    m_decided->setObjectName(QStringLiteral("decidedText"));
    m_decided->setWordWrap(true);
    m_decided->setStyleSheet(QStringLiteral("background: #e8f4ea; color: #1d5128; padding: 6px; border-radius: 3px;"));
    m_error->setObjectName(QStringLiteral("assessmentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    m_save->setObjectName(QStringLiteral("saveAnswers"));
    m_decide->setObjectName(QStringLiteral("recordDecision"));
    m_correct->setObjectName(QStringLiteral("correctDecision"));
    m_correct->setToolTip(tr("The decision was recorded wrongly: correct it, with a reason that is kept and printed"));

    auto *questions = new QGridLayout;
    for (int q = 0; q < 3; ++q) {
        auto *label = new QLabel(ReferralAssessment::questionText(q));
        label->setWordWrap(true);
        auto *answer = new QComboBox;
        answer->setObjectName(QStringLiteral("answer%1").arg(q));
        answer->setAccessibleName(ReferralAssessment::questionText(q));
        answer->addItem(tr("(not answered)"));
        for (Answer a : {Answer::Yes, Answer::No, Answer::Unclear})
            answer->addItem(DecisionCodes::label(a), int(a));
        auto *comment = new QLineEdit;
        comment->setObjectName(QStringLiteral("comment%1").arg(q));
        comment->setAccessibleName(tr("Comment on question %1").arg(q + 1));
        comment->setPlaceholderText(tr("Comment"));
        questions->addWidget(label, q, 0);
        questions->addWidget(answer, q, 1);
        questions->addWidget(comment, q, 2);
        m_answers << answer;
        m_comments << comment;
    }
    questions->setColumnStretch(0, 3);
    questions->setColumnStretch(2, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_decide);

    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(questions);
    editorLayout->addWidget(m_fields);
    editorLayout->addWidget(m_error);
    editorLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    auto *decidedRow = new QHBoxLayout;
    decidedRow->addWidget(m_decided, 1);
    decidedRow->addWidget(m_correct, 0, Qt::AlignTop);
    layout->addLayout(decidedRow);
    layout->addWidget(m_editor);
    layout->addStretch(1);

    connect(m_fields, &DecisionFields::edited, this, &AssessmentForm::updateDecisionPage);
    connect(m_correct, &QPushButton::clicked, this, &AssessmentForm::openCorrection);
    connect(m_save, &QPushButton::clicked, this, &AssessmentForm::saveAnswers);
    connect(m_decide, &QPushButton::clicked, this, &AssessmentForm::recordDecision);
    setEntry(std::nullopt, {});
}

void AssessmentForm::updateDecisionPage()
{
    m_decide->setEnabled(m_fields->hasDecision());
}

void AssessmentForm::setEntry(const std::optional<AgendaEntry> &entry, QDate meetingDate)
{
    m_entry = entry && entry->isReferral() ? entry : std::nullopt;
    m_error->hide();
    setVisible(m_entry.has_value());
    if (!m_entry)
        return;
    const Referral &r = *m_entry->referral;
    m_heading->setText(tr("%1 – %2").arg(AgendaEntry::kindLabel(m_entry->item.kind), m_entry->title()));
    QString summary = tr("Referred by %1 (%2) on %3").arg(m_entry->party, r.handlerName, r.receivedOn.toString(Qt::ISODate));
    if (!m_entry->programme.isEmpty())
        summary += tr(" · asks for %1").arg(m_entry->programme);
    if (!r.reason.isEmpty())
        summary += QStringLiteral("\n") + r.reason;
    m_summary->setText(summary);

    ReferralAssessment a = m_entry->assessment.value_or(ReferralAssessment{});
    if (!a.decision) {
        // Sensible defaults for the decision fields: the programme asked for, the person's
        // coordinator, a start a week after the meeting.
        a.programmeId = r.programmeId;
        if (m_entry->participant)
            a.coordinatorId = m_entry->participant->coordinatorId ? m_entry->participant->coordinatorId : m_team.currentMember();
        a.plannedStart = meetingDate.addDays(7);
    }
    setAssessment(a);
    const bool decided = m_entry->isDecided();
    m_decided->setVisible(decided);
    m_correct->setVisible(decided && !m_team.isReadOnly());
    QString decidedText;
    if (decided) {
        decidedText = tr("Decided on %1: %2").arg(a.decidedOn.toString(Qt::ISODate), decisionText(a, SettingsRepository(m_team.database())));
        if (const std::optional<DecisionFacts> facts = DecisionFacts::of(m_team.database(), a))
            for (const QString &line : facts->corrections)
                decidedText += QLatin1Char('\n') + line;
    }
    m_decided->setText(decidedText);
    m_editor->setEnabled(!decided && !m_team.isReadOnly());
}

void AssessmentForm::setAssessment(const ReferralAssessment &a)
{
    for (int q = 0; q < 3; ++q) {
        m_answers[q]->setCurrentIndex(a.answers[q] ? m_answers[q]->findData(int(*a.answers[q])) : 0);
        m_comments[q]->setText(a.comments[q]);
    }
    m_fields->showDecision(a);
    updateDecisionPage();
}

ReferralAssessment AssessmentForm::assessment() const
{
    ReferralAssessment a = m_entry && m_entry->assessment ? *m_entry->assessment : ReferralAssessment{};
    if (m_entry)
        a.agendaItemId = m_entry->item.id;
    for (int q = 0; q < 3; ++q) {
        const QVariant v = m_answers[q]->currentData();
        a.answers[q] = v.isValid() ? std::optional<Answer>(static_cast<Answer>(v.toInt())) : std::nullopt;
        a.comments[q] = m_comments[q]->text().trimmed();
    }
    m_fields->applyTo(a);
    a.normalise();
    return a;
}

QString AssessmentForm::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

bool AssessmentForm::saveAnswers()
{
    return run(false);
}

bool AssessmentForm::recordDecision()
{
    return run(true);
}

CorrectDecisionDialog *AssessmentForm::openCorrection()
{
    if (!m_entry || !m_entry->assessment || !m_entry->assessment->decision)
        return nullptr;
    auto *dialog = new CorrectDecisionDialog(m_team, *m_entry->assessment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AssessmentForm::saved);
    dialog->open();
    return dialog;
}

bool AssessmentForm::run(bool decide)
{
    if (!m_entry)
        return false;
    ReferralAssessment a = assessment();
    try {
        if (decide) {
            const QList<FieldProblem> problems = a.validate();
            if (!problems.isEmpty())
                throw Error(ErrorCode::Validation, problems.first().message);
            DecisionService(m_team).decide(a);
        } else {
            DecisionService(m_team).saveAnswers(a);
        }
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return false;
    }
    m_error->hide();
    Q_EMIT saved();
    return true;
}

} // namespace samsyn
