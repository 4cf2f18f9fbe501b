// SPDX-License-Identifier: EUPL-1.2
#include "meetings/assessmentform.h"

#include "common/isodateedit.h"
#include "meetings/decisionservice.h"
#include "meetings/decisiontext.h"
#include "participants/settingscombos.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/error.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace samsyn {

namespace {

void fillProgrammes(QComboBox *combo, const SettingsRepository &settings)
{
    combo->addItem(AssessmentForm::tr("(choose)"));
    for (const Programme &p : settings.programmes())
        combo->addItem(p.name, p.id);
}

QPlainTextEdit *shortText(const QString &name, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(70);
    return edit;
}

} // namespace

AssessmentForm::AssessmentForm(TeamFile &team, QWidget *parent)
    : QWidget(parent), m_team(team), m_heading(new QLabel), m_summary(new QLabel), m_decision(new QComboBox),
      m_details(new QStackedWidget), m_offerProgramme(new QComboBox), m_coordinator(new QComboBox),
      m_plannedStart(makeIsoDateEdit(QStringLiteral("plannedStart"), tr("Planned start"), QDate::currentDate())),
      m_waitProgramme(new QComboBox), m_recommendation(shortText(QStringLiteral("recommendation"), tr("Recommendation"))),
      m_missing(shortText(QStringLiteral("missing"), tr("What is missing"))), m_decided(new QLabel), m_error(new QLabel),
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

    const SettingsRepository settings(team.database());
    m_decision->setObjectName(QStringLiteral("decisionKind"));
    m_decision->setAccessibleName(tr("Decision"));
    m_decision->addItem(tr("(no decision yet)"));
    for (DecisionKind k : {DecisionKind::Offer, DecisionKind::WaitingList, DecisionKind::Decline, DecisionKind::Postpone})
        m_decision->addItem(DecisionCodes::label(k), int(k));
    m_offerProgramme->setObjectName(QStringLiteral("offerProgramme"));
    m_offerProgramme->setAccessibleName(tr("Programme"));
    fillProgrammes(m_offerProgramme, settings);
    m_coordinator->setObjectName(QStringLiteral("offerCoordinator"));
    m_coordinator->setAccessibleName(tr("Coordinator"));
    SettingsCombos::fillMembers(m_coordinator, settings);
    m_waitProgramme->setObjectName(QStringLiteral("waitProgramme"));
    m_waitProgramme->setAccessibleName(tr("Programme"));
    fillProgrammes(m_waitProgramme, settings);

    auto *none = new QWidget;
    auto *offer = new QWidget;
    auto *offerForm = new QFormLayout(offer);
    offerForm->setContentsMargins(0, 0, 0, 0);
    offerForm->addRow(tr("Programme:"), m_offerProgramme);
    offerForm->addRow(tr("Coordinator:"), m_coordinator);
    offerForm->addRow(tr("Planned start:"), m_plannedStart);
    auto *wait = new QWidget;
    auto *waitForm = new QFormLayout(wait);
    waitForm->setContentsMargins(0, 0, 0, 0);
    waitForm->addRow(tr("Programme:"), m_waitProgramme);
    auto *decline = new QWidget;
    auto *declineForm = new QFormLayout(decline);
    declineForm->setContentsMargins(0, 0, 0, 0);
    declineForm->addRow(tr("Recommendation to the referring party:"), m_recommendation);
    auto *postpone = new QWidget;
    auto *postponeForm = new QFormLayout(postpone);
    postponeForm->setContentsMargins(0, 0, 0, 0);
    postponeForm->addRow(tr("What is missing:"), m_missing);
    for (QWidget *page : {none, offer, wait, decline, postpone})
        m_details->addWidget(page);

    auto *decisionRow = new QFormLayout;
    decisionRow->addRow(tr("Decision:"), m_decision);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_decide);

    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(questions);
    editorLayout->addLayout(decisionRow);
    editorLayout->addWidget(m_details);
    editorLayout->addWidget(m_error);
    editorLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_decided);
    layout->addWidget(m_editor);
    layout->addStretch(1);

    connect(m_decision, &QComboBox::currentIndexChanged, this, &AssessmentForm::updateDecisionPage);
    connect(m_save, &QPushButton::clicked, this, &AssessmentForm::saveAnswers);
    connect(m_decide, &QPushButton::clicked, this, &AssessmentForm::recordDecision);
    setEntry(std::nullopt, {});
}

void AssessmentForm::updateDecisionPage()
{
    m_details->setCurrentIndex(m_decision->currentIndex());
    m_decide->setEnabled(m_decision->currentIndex() > 0);
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
    m_decided->setText(decided ? tr("Decided on %1: %2")
                                     .arg(a.decidedOn.toString(Qt::ISODate), decisionText(a, SettingsRepository(m_team.database())))
                               : QString());
    m_editor->setEnabled(!decided && !m_team.isReadOnly());
}

void AssessmentForm::setAssessment(const ReferralAssessment &a)
{
    for (int q = 0; q < 3; ++q) {
        m_answers[q]->setCurrentIndex(a.answers[q] ? m_answers[q]->findData(int(*a.answers[q])) : 0);
        m_comments[q]->setText(a.comments[q]);
    }
    m_decision->setCurrentIndex(a.decision ? m_decision->findData(int(*a.decision)) : 0);
    SettingsCombos::select(m_offerProgramme, a.programmeId ? QVariant(*a.programmeId) : QVariant());
    SettingsCombos::select(m_waitProgramme, a.programmeId ? QVariant(*a.programmeId) : QVariant());
    SettingsCombos::select(m_coordinator, a.coordinatorId ? QVariant(*a.coordinatorId) : QVariant());
    if (a.plannedStart.isValid())
        m_plannedStart->setDate(a.plannedStart);
    m_recommendation->setPlainText(a.recommendation);
    m_missing->setPlainText(a.missing);
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
    const QVariant kind = m_decision->currentData();
    a.decision = kind.isValid() ? std::optional<DecisionKind>(static_cast<DecisionKind>(kind.toInt())) : std::nullopt;
    a.programmeId = SettingsCombos::currentId(a.decision == DecisionKind::WaitingList ? m_waitProgramme : m_offerProgramme);
    a.coordinatorId = SettingsCombos::currentId(m_coordinator);
    a.plannedStart = m_plannedStart->date();
    a.recommendation = m_recommendation->toPlainText().trimmed();
    a.missing = m_missing->toPlainText().trimmed();
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
