// SPDX-License-Identifier: EUPL-1.2
#include "meetings/meetingmodewindow.h"

#include "common/isodateedit.h"
#include "domain/identitymasking.h"
#include "meetings/decisiontext.h"
#include "meetings/meetingmodestrip.h"
#include "participants/settingscombos.h"
#include "shell/userprompts.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace samsyn {

namespace {

const QList<DecisionKind> kKinds{DecisionKind::Offer, DecisionKind::WaitingList, DecisionKind::Decline, DecisionKind::Postpone};
const QList<Answer> kAnswers{Answer::Yes, Answer::No, Answer::Unclear};

// Calm and readable from the back of a room: dark ground, light text, one accent.
const char *const kStyle = "QWidget#meetingModeWindow { background: #14181f; }"
                           "QLabel { color: #eef2f7; background: transparent; }"
                           "QLabel[muted=\"true\"] { color: #97a3b6; }"
                           "QLineEdit, QComboBox, QDateEdit { font-size: 20pt; color: #eef2f7; background: #1e2530; "
                           "border: 2px solid #3a4556; border-radius: 6px; padding: 4px 10px; }"
                           "QLineEdit:focus, QComboBox:focus, QDateEdit:focus { border-color: #f5c451; }"
                           "QComboBox QAbstractItemView { font-size: 18pt; color: #eef2f7; background: #1e2530; }";

QLabel *text(const QString &name, double points, bool bold = false, bool muted = false)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    QFont font = label->font();
    font.setPointSizeF(points);
    font.setBold(bold);
    label->setFont(font);
    label->setProperty("muted", muted);
    label->setFocusPolicy(Qt::NoFocus);
    return label;
}

QString chipStyle(bool chosen, bool focused)
{
    QString style = QStringLiteral("QLabel { font-size: 21pt; padding: 6px 18px; border-radius: 8px; ");
    if (chosen)
        style += QStringLiteral("background: #eef2f7; color: #14181f; border: 2px solid #eef2f7; }");
    else if (focused)
        style += QStringLiteral("background: transparent; color: #eef2f7; border: 2px solid #f5c451; }");
    else
        style += QStringLiteral("background: transparent; color: #97a3b6; border: 2px solid #3a4556; }");
    return style;
}

QString mmss(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

MeetingModeWindow::MeetingModeWindow(TeamFile &team, UserPrompts &prompts, qint64 meetingId, Millis elapsed, QWidget *parent)
    : QWidget(parent, Qt::Window), m_team(team), m_prompts(prompts), m_session(team, meetingId), m_millis(std::move(elapsed)),
      m_timer(new QTimer(this))
{
    if (!m_millis) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_millis = [timer] { return timer->elapsed(); };
    }
    m_startedAt = m_millis();
    m_enteredAt = m_startedAt;
    m_itemMillis = QList<qint64>(m_session.count(), 0);
    setObjectName(QStringLiteral("meetingModeWindow"));
    setWindowTitle(tr("Meeting mode – %1").arg(m_session.meeting().date.toString(Qt::ISODate)));
    setAttribute(Qt::WA_StyledBackground);
    setFocusPolicy(Qt::StrongFocus);
    setStyleSheet(QLatin1String(kStyle));
    build();
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &MeetingModeWindow::refreshClock);
    m_timer->start();
    refresh();
    setFocus();
}

MeetingModeWindow::~MeetingModeWindow() = default;

void MeetingModeWindow::build()
{
    m_title = text(QStringLiteral("modeTitle"), 20, false, true);
    m_clock = text(QStringLiteral("modeClock"), 22, true);
    m_position = text(QStringLiteral("itemPosition"), 20, false, true);
    m_heading = text(QStringLiteral("itemHeading"), 44, true);
    m_subline = text(QStringLiteral("itemSubline"), 22);
    m_reason = text(QStringLiteral("itemReason"), 20, false, true);
    m_reason->setWordWrap(true);
    m_reason->setMaximumHeight(130);
    m_title->setText(tr("Remissgrupp %1").arg(m_session.meeting().date.toString(Qt::ISODate)));

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_clock);

    auto *questions = new QGridLayout;
    questions->setHorizontalSpacing(14);
    questions->setVerticalSpacing(8);
    for (int q = 0; q < 3; ++q) {
        auto *label = text(QStringLiteral("question%1").arg(q), 26);
        label->setWordWrap(true);
        label->setText(QStringLiteral("%1. %2").arg(q + 1).arg(ReferralAssessment::questionText(q)));
        questions->addWidget(label, q * 2, 0);
        QList<QLabel *> chips;
        auto *chipRow = new QHBoxLayout;
        for (int a = 0; a < 3; ++a) {
            auto *chip = text(QStringLiteral("answer%1_%2").arg(q).arg(a), 21);
            chip->setText(QStringLiteral("%1  %2").arg(a + 1).arg(DecisionCodes::label(kAnswers.at(a))));
            chip->setAlignment(Qt::AlignCenter);
            chip->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
            chipRow->addWidget(chip);
            chips << chip;
        }
        questions->addLayout(chipRow, q * 2, 1);
        auto *comment = new QLineEdit;
        comment->setObjectName(QStringLiteral("comment%1").arg(q));
        comment->setAccessibleName(tr("Comment on question %1").arg(q + 1));
        comment->setFocusPolicy(Qt::ClickFocus);
        comment->installEventFilter(this);
        comment->setStyleSheet(QStringLiteral("QLineEdit { font-size: 17pt; font-style: italic; background: transparent; "
                                              "border: none; color: #c9d1dc; padding: 0 0 8px 34px; }"
                                              "QLineEdit:focus { background: #1e2530; border: 2px solid #f5c451; }"));
        questions->addWidget(comment, q * 2 + 1, 0, 1, 2);
        m_questionLabels << label;
        m_answerChips << chips;
        m_comments << comment;
    }
    questions->setColumnStretch(0, 1);

    m_decisionLabel = text(QStringLiteral("decisionLabel"), 24);
    auto *decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_decisionLabel);
    const QStringList keys{QStringLiteral("O"), QStringLiteral("W"), QStringLiteral("A"), QStringLiteral("P")};
    for (int k = 0; k < kKinds.size(); ++k) {
        auto *chip = text(QStringLiteral("decision%1").arg(k), 21);
        chip->setText(QStringLiteral("%1  %2  (%3)").arg(k + 1).arg(DecisionCodes::label(kKinds.at(k)), keys.at(k)));
        decisionRow->addWidget(chip);
        m_decisionChips << chip;
    }
    decisionRow->addStretch(1);

    const SettingsRepository settings(m_team.database());
    m_details = new QWidget;
    m_programme = new QComboBox;
    m_programme->setObjectName(QStringLiteral("modeProgramme"));
    m_programme->setAccessibleName(tr("Programme"));
    m_programme->addItem(tr("(programme)"));
    for (const Programme &p : settings.programmes())
        m_programme->addItem(p.name, p.id);
    m_coordinator = new QComboBox;
    m_coordinator->setObjectName(QStringLiteral("modeCoordinator"));
    m_coordinator->setAccessibleName(tr("Coordinator"));
    SettingsCombos::fillMembers(m_coordinator, settings);
    m_start = makeIsoDateEdit(QStringLiteral("modeStart"), tr("Planned start"), m_session.meeting().date.addDays(7));
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("modeText"));
    auto *detailsLayout = new QHBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_programme);
    detailsLayout->addWidget(m_coordinator);
    detailsLayout->addWidget(m_start);
    detailsLayout->addWidget(m_text, 1);
    detailsLayout->addStretch(0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_programme, m_coordinator, m_start, m_text}) {
        w->setFocusPolicy(Qt::ClickFocus);
        w->installEventFilter(this);
    }

    m_recorded = text(QStringLiteral("itemRecorded"), 22, true);
    m_recorded->setStyleSheet(QStringLiteral("QLabel { color: #9fe3b9; }"));
    m_recorded->setWordWrap(true);
    m_message = text(QStringLiteral("modeMessage"), 20, true);
    m_message->setWordWrap(true);
    m_help = text(QStringLiteral("modeHelp"), 15, false, true);
    m_help->setText(tr("1 2 3  answer   ·   ↑ ↓  question   ·   C  comment   ·   D + 1–4  or  O W A P  decision   ·   "
                       "E  details   ·   Enter  record   ·   ← →  item   ·   N  name   ·   Esc  leave"));
    m_strip = new MeetingModeStrip;

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(60, 30, 60, 24);
    root->setSpacing(10);
    root->addLayout(top);
    root->addSpacing(10);
    root->addWidget(m_position);
    root->addWidget(m_heading);
    root->addWidget(m_subline);
    root->addWidget(m_reason);
    root->addSpacing(18);
    m_assessment = new QWidget;
    auto *assessment = new QVBoxLayout(m_assessment);
    assessment->setContentsMargins(0, 0, 0, 0);
    assessment->addLayout(questions);
    assessment->addSpacing(12);
    assessment->addLayout(decisionRow);
    assessment->addWidget(m_details);
    root->addWidget(m_assessment);
    root->addWidget(m_recorded);
    root->addWidget(m_message);
    root->addStretch(1);
    root->addWidget(m_help);
    root->addSpacing(8);
    root->addWidget(m_strip);
}

void MeetingModeWindow::refresh()
{
    m_strip->update(m_session);
    refreshClock();
    if (!m_session.hasEntries()) {
        m_position->clear();
        m_heading->setText(tr("The agenda is empty"));
        m_subline->setText(tr("Fill the agenda in the Meetings view first. Esc leaves."));
        m_reason->clear();
        m_assessment->hide();
        m_recorded->hide();
        return;
    }
    const AgendaEntry &e = m_session.entry();
    m_position->setText(tr("Item %1 of %2  ·  %3")
                            .arg(m_session.current() + 1)
                            .arg(m_session.count())
                            .arg(AgendaEntry::kindLabel(e.item.kind)));
    const bool person = e.participant.has_value();
    m_heading->setText(person && m_revealed ? e.participant->displayName() : e.maskedTitle());
    if (e.referral) {
        QString sub = tr("From %1  ·  received %2").arg(e.party, e.referral->receivedOn.toString(Qt::ISODate));
        if (!e.programme.isEmpty())
            sub += tr("  ·  asks for %1").arg(e.programme);
        if (person && !m_revealed)
            sub += tr("  ·  N shows the name");
        m_subline->setText(sub);
        QStringList parts;
        if (!e.referral->reason.isEmpty())
            parts << e.referral->reason;
        if (!e.referral->ownWish.isEmpty())
            parts << tr("Own wish: %1").arg(e.referral->ownWish);
        const QString text = parts.join(QStringLiteral("\n"));
        // The referrer's free text often names the person; it is masked like the heading, and
        // a personnummer in it is never shown.
        m_reason->setText(person && !m_revealed ? IdentityMasking::mask(text, *e.participant)
                                                : IdentityMasking::maskNumbers(text));
    } else {
        m_subline->setText(e.consultationQuestion.isEmpty() ? QString() : e.consultationQuestion);
        m_reason->clear();
    }
    m_subline->setVisible(!m_subline->text().isEmpty());
    m_reason->setVisible(!m_reason->text().isEmpty());

    m_assessment->setVisible(e.isReferral());
    const ReferralAssessment &a = m_session.draft();
    const bool editable = m_session.isEditable();
    for (int q = 0; q < 3; ++q) {
        const bool focused = editable && q == m_question && !m_awaitDecision;
        m_questionLabels[q]->setStyleSheet(focused ? QStringLiteral("QLabel { color: #ffffff; border-left: 6px solid #f5c451; "
                                                                    "padding-left: 12px; }")
                                                   : QStringLiteral("QLabel { color: #c9d1dc; border-left: 6px solid transparent; "
                                                                    "padding-left: 12px; }"));
        for (int c = 0; c < 3; ++c)
            m_answerChips[q][c]->setStyleSheet(chipStyle(a.answers[q] == kAnswers.at(c), focused));
        if (!m_comments[q]->hasFocus())
            m_comments[q]->setText(a.comments[q]);
        // Only the focused question invites a comment: three hints at once would be noise.
        m_comments[q]->setPlaceholderText(focused ? tr("C: add a comment") : QString());
        m_comments[q]->setEnabled(editable);
    }
    m_decisionLabel->setText(m_awaitDecision ? tr("Decision: press 1–4") : tr("Decision (D)"));
    m_decisionLabel->setStyleSheet(m_awaitDecision ? QStringLiteral("QLabel { color: #f5c451; }") : QString());
    for (int k = 0; k < kKinds.size(); ++k)
        m_decisionChips[k]->setStyleSheet(chipStyle(a.decision == kKinds.at(k), m_awaitDecision));
    loadDetails();
    if (e.isDecided()) {
        m_recorded->setText(tr("✓ Recorded: %1").arg(decisionText(*e.assessment, SettingsRepository(m_team.database()))));
        m_recorded->show();
    } else {
        m_recorded->hide();
    }
}

void MeetingModeWindow::loadDetails()
{
    const ReferralAssessment &a = m_session.draft();
    const bool editable = m_session.isEditable();
    const bool offer = a.decision == DecisionKind::Offer;
    const bool wait = a.decision == DecisionKind::WaitingList;
    const bool textual = a.decision == DecisionKind::Decline || a.decision == DecisionKind::Postpone;
    m_details->setVisible(editable && a.decision.has_value());
    m_programme->setVisible(offer || wait);
    m_coordinator->setVisible(offer);
    m_start->setVisible(offer);
    m_text->setVisible(textual);
    if (!m_programme->hasFocus())
        SettingsCombos::select(m_programme, a.programmeId ? QVariant(*a.programmeId) : QVariant());
    if (!m_coordinator->hasFocus())
        SettingsCombos::select(m_coordinator, a.coordinatorId ? QVariant(*a.coordinatorId) : QVariant());
    if (!m_start->hasFocus() && a.plannedStart.isValid())
        m_start->setDate(a.plannedStart);
    if (!m_text->hasFocus()) {
        m_text->setText(a.decision == DecisionKind::Decline ? a.recommendation : a.missing);
        m_text->setPlaceholderText(a.decision == DecisionKind::Decline ? tr("Recommendation to the referring party")
                                                                        : tr("What is missing"));
    }
}

void MeetingModeWindow::takeDetails()
{
    m_session.setDecisionDetails(SettingsCombos::currentId(m_programme), SettingsCombos::currentId(m_coordinator),
                                 m_start->date(), m_text->text());
}

void MeetingModeWindow::refreshClock()
{
    if (m_session.hasEntries()) {
        const qint64 now = m_millis();
        const qint64 item = m_itemMillis.value(m_session.current()) + (now - m_enteredAt);
        m_clock->setText(tr("This item %1   ·   Total %2").arg(mmss(item), mmss(now - m_startedAt)));
    } else {
        m_clock->setText(tr("Total %1").arg(mmss(m_millis() - m_startedAt)));
    }
}

QString MeetingModeWindow::clockText() const
{
    return m_clock->text();
}

QString MeetingModeWindow::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QStringList MeetingModeWindow::visibleTexts() const
{
    QStringList texts{windowTitle()};
    for (const QLabel *label : findChildren<QLabel *>()) {
        if (label->isVisibleTo(this))
            texts << label->text();
    }
    for (const QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (edit->isVisibleTo(this))
            texts << edit->text();
    }
    for (const QComboBox *combo : findChildren<QComboBox *>()) {
        if (combo->isVisibleTo(this))
            texts << combo->currentText();
    }
    return texts;
}

void MeetingModeWindow::say(const QString &message, bool problem)
{
    m_message->setText(message);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #ffb4a2; }") : QStringLiteral("QLabel { color: #9fe3b9; }"));
    m_message->setVisible(!message.isEmpty());
}

void MeetingModeWindow::goTo(int index)
{
    if (index < 0 || index >= m_session.count() || index == m_session.current())
        return;
    const qint64 now = m_millis();
    m_itemMillis[m_session.current()] += now - m_enteredAt;
    m_enteredAt = now;
    m_session.go(index);
    m_question = 0;
    m_awaitDecision = false;
    m_revealed = false; // a name shown stays with the item it was shown for
    say({}, false);
    setFocus();
    refresh();
}

void MeetingModeWindow::moveQuestion(int delta)
{
    m_awaitDecision = false;
    m_question = qBound(0, m_question + delta, 2);
    refresh();
}

void MeetingModeWindow::chooseDecision(DecisionKind kind)
{
    m_awaitDecision = false;
    if (!m_session.isEditable()) {
        say(tr("This item is already decided."), true);
        refresh();
        return;
    }
    m_session.setDecision(kind);
    say({}, false);
    refresh();
    // The decline and postpone decisions need a sentence: the cursor goes there at once.
    if (kind == DecisionKind::Decline || kind == DecisionKind::Postpone)
        m_text->setFocus();
}

void MeetingModeWindow::record()
{
    if (m_details->isVisible())
        takeDetails();
    QString problem;
    switch (m_session.record(&problem)) {
    case MeetingModeSession::Outcome::Refused:
        say(problem, true);
        refresh();
        if (m_text->isVisible() && m_text->text().trimmed().isEmpty())
            m_text->setFocus();
        return;
    case MeetingModeSession::Outcome::Decided:
        say(tr("Recorded."), false);
        break;
    case MeetingModeSession::Outcome::AnswersSaved:
        say(tr("Answers saved; no decision yet."), false);
        break;
    case MeetingModeSession::Outcome::Skipped:
        break;
    }
    setFocus();
    if (m_session.current() + 1 < m_session.count()) {
        const QString kept = m_message->text();
        goTo(m_session.current() + 1);
        say(kept, false);
    } else {
        refresh();
        if (m_session.doneCount() > 0)
            say(tr("That was the last item. Esc returns to the meetings view."), false);
    }
}

void MeetingModeWindow::editComment()
{
    if (!m_session.isEditable())
        return;
    m_comments[m_question]->setFocus();
    m_comments[m_question]->selectAll();
}

void MeetingModeWindow::editDetails()
{
    if (!m_details->isVisible())
        return;
    for (QWidget *w : std::initializer_list<QWidget *>{m_programme, m_text}) {
        if (w->isVisible()) {
            w->setFocus();
            return;
        }
    }
}

void MeetingModeWindow::backToKeys()
{
    for (int q = 0; q < 3; ++q)
        m_session.setComment(q, m_comments[q]->text());
    if (m_details->isVisible())
        takeDetails();
    setFocus();
    refresh();
}

bool MeetingModeWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool comment = m_comments.contains(qobject_cast<QLineEdit *>(watched));
        if (key->key() == Qt::Key_Escape) {
            backToKeys();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Enter in a comment only closes it; in a decision field it records the item.
            backToKeys();
            if (!comment)
                record();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool MeetingModeWindow::event(QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            moveQuestion(key->key() == Qt::Key_Tab ? 1 : -1);
            return true;
        }
    }
    return QWidget::event(event);
}

void MeetingModeWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_4) {
        const int n = key - Qt::Key_1;
        if (m_awaitDecision) {
            chooseDecision(kKinds.at(n));
        } else if (n < 3) {
            if (!m_session.isEditable())
                say(m_session.entry().isReferral() ? tr("This item is already decided.") : QString(), true);
            m_session.setAnswer(m_question, kAnswers.at(n));
            if (m_session.isEditable() && m_question < 2)
                ++m_question; // the next question follows, as the meeting asks them
            refresh();
        }
        return;
    }
    switch (key) {
    case Qt::Key_Up:
        moveQuestion(-1);
        return;
    case Qt::Key_Down:
        moveQuestion(1);
        return;
    case Qt::Key_Left:
        goTo(m_session.current() - 1);
        return;
    case Qt::Key_Right:
        goTo(m_session.current() + 1);
        return;
    case Qt::Key_D:
        m_awaitDecision = m_session.isEditable();
        refresh();
        return;
    case Qt::Key_O:
        chooseDecision(DecisionKind::Offer);
        return;
    case Qt::Key_W:
        chooseDecision(DecisionKind::WaitingList);
        return;
    case Qt::Key_A:
        chooseDecision(DecisionKind::Decline);
        return;
    case Qt::Key_P:
        chooseDecision(DecisionKind::Postpone);
        return;
    case Qt::Key_C:
        editComment();
        return;
    case Qt::Key_E:
        editDetails();
        return;
    case Qt::Key_N:
        m_revealed = !m_revealed;
        refresh();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        record();
        return;
    case Qt::Key_Escape:
        if (m_awaitDecision) {
            m_awaitDecision = false;
            refresh();
            return;
        }
        leave();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MeetingModeWindow::leave()
{
    if (m_session.anyDirty()
        && !m_prompts.confirm(this, tr("Leave meeting mode"),
                              tr("Some answers have not been recorded yet (Enter records an item). Leave anyway and "
                                 "drop them?"),
                              tr("Leave")))
        return;
    m_leaving = true;
    close();
}

void MeetingModeWindow::closeEvent(QCloseEvent *event)
{
    // Closing the window some other way (Alt+F4) asks the same question as Esc.
    if (!m_leaving && m_session.anyDirty()
        && !m_prompts.confirm(this, tr("Leave meeting mode"),
                              tr("Some answers have not been recorded yet (Enter records an item). Leave anyway and "
                                 "drop them?"),
                              tr("Leave"))) {
        event->ignore();
        return;
    }
    m_timer->stop();
    Q_EMIT left();
    event->accept();
}

} // namespace samsyn
