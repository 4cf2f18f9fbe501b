// SPDX-License-Identifier: EUPL-1.2
#include "participants/participantcard.h"

#include "participants/participantlogtab.h"
#include "participants/participantoverviewtab.h"
#include "participants/tabs/assessmentstab.h"
#include "participants/tabs/attendancetab.h"
#include "participants/tabs/enrolmentexittab.h"
#include "participants/tabs/correctexitdialog.h"
#include "participants/tabs/enrolmentdialog.h"
#include "participants/tabs/enrolmentspanel.h"
#include "participants/tabs/exitdocumentpanel.h"
#include "participants/tabs/exitform.h"
#include "participants/tabs/notestab.h"
#include "participants/tabs/siptab.h"
#include "referrals/referralconsenttab.h"
#include "shell/messageboxprompts.h"
#include "teamfile.h"

#include <QAction>
#include <QHash>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace samsyn {

ParticipantCard::ParticipantCard(TeamFile &team, qint64 participantId, bool showIdentity, UserPrompts *prompts, QWidget *parent)
    : QWidget(parent, Qt::Window), m_ownPrompts(prompts ? nullptr : std::make_unique<MessageBoxPrompts>()), m_team(team), m_id(participantId), m_showIdentity(showIdentity), m_title(new QLabel),
      m_subtitle(new QLabel), m_tabs(new QTabWidget), m_overview(nullptr)
{
    setObjectName(QStringLiteral("participantCard"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle->setObjectName(QStringLiteral("cardSubtitle"));
    m_tabs->setObjectName(QStringLiteral("cardTabs"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_tabs, 1);

    m_overview = new ParticipantOverviewTab(team, participantId);
    connect(m_overview, &ParticipantOverviewTab::participantChanged, this, &ParticipantCard::updateHeader);
    connect(m_overview, &ParticipantOverviewTab::participantRemoved, this, &QWidget::close);
    for (int tab = 0; tab < TabCount; ++tab)
        m_tabs->addTab(placeholder(), tabTitle(static_cast<Tab>(tab)));
    setTab(Overview, m_overview);
    setTab(ReferralConsent, new ReferralConsentTab(team, participantId));
    UserPrompts &ask = prompts ? *prompts : *m_ownPrompts;
    setTab(Sip, new SipTab(team, ask, participantId));
    setTab(Notes, new NotesTab(team, ask, participantId));
    setTab(Attendance, new AttendanceTab(team, ask, participantId));
    setTab(Assessments, new AssessmentsTab(team, participantId));
    setTab(Exit, new EnrolmentExitTab(team, ask, participantId));
    setTab(Log, new ParticipantLogTab(team, ask, participantId));
    updateHeader(m_overview->stored());

    // The card is its own window, so it needs its own undo shortcuts.
    auto *undo = new QAction(tr("Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    connect(undo, &QAction::triggered, team.undoStack(), &QUndoStack::undo);
    auto *redo = new QAction(tr("Redo"), this);
    redo->setShortcut(QKeySequence::Redo);
    connect(redo, &QAction::triggered, team.undoStack(), &QUndoStack::redo);
    auto *print = new QAction(tr("Print"), this);
    print->setShortcut(QKeySequence::Print);
    connect(print, &QAction::triggered, this, &ParticipantCard::printCurrentTab);
    addActions({undo, redo, print});
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->installEventFilter(this);

    team.logView(participantId, QStringLiteral("card"));
}

ParticipantCard::~ParticipantCard() = default;

bool ParticipantCard::printCurrentTab()
{
    QWidget *tab = m_tabs->currentWidget();
    if (auto *sip = qobject_cast<SipTab *>(tab))
        return sip->printPreview();
    if (auto *exit = qobject_cast<EnrolmentExitTab *>(tab)) {
        // Without an ended stay there is no slutdokumentation, and its panel is hidden.
        return exit->exitDocument()->isVisibleTo(exit) && exit->exitDocument()->preview();
    }
    return false;
}

QString ParticipantCard::tabTitle(Tab tab)
{
    switch (tab) {
    case Overview:
        return tr("Overview");
    case ReferralConsent:
        return tr("Referral && consent");
    case Sip:
        return tr("SIP");
    case Notes:
        return tr("Notes");
    case Attendance:
        return tr("Attendance");
    case Assessments:
        return tr("Assessments");
    case Exit:
        return tr("Enrolment && exit");
    case Log:
    case TabCount:
        break;
    }
    return tr("Log");
}

std::optional<ParticipantCard::Tab> ParticipantCard::tabForKey(const QString &key)
{
    static const QHash<QString, Tab> keys{
        {QStringLiteral("overview"), Overview},       {QStringLiteral("referral"), ReferralConsent},
        {QStringLiteral("consent"), ReferralConsent}, {QStringLiteral("sip"), Sip},
        {QStringLiteral("notes"), Notes},             {QStringLiteral("attendance"), Attendance},
        {QStringLiteral("assessments"), Assessments}, {QStringLiteral("enrollment"), Exit},
        {QStringLiteral("exit"), Exit},               {QStringLiteral("log"), Log},
    };
    const auto it = keys.constFind(key);
    return it == keys.cend() ? std::nullopt : std::optional<Tab>(*it);
}

bool ParticipantCard::selectTab(const QString &key)
{
    const std::optional<Tab> tab = tabForKey(key);
    if (!tab)
        return false;
    m_tabs->setCurrentIndex(*tab);
    return true;
}

bool ParticipantCard::openAt(const QString &place)
{
    const QString where = place.section(QLatin1Char('@'), 0, 0);
    const qint64 enrollmentId = place.section(QLatin1Char('@'), 1).toLongLong();
    const QString field = where.section(QLatin1Char('/'), 1);
    if (!selectTab(where.section(QLatin1Char('/'), 0, 0)))
        return false;
    if (field.isEmpty())
        return true;
    QWidget *target = nullptr;
    if (auto *exitTab = qobject_cast<EnrolmentExitTab *>(m_tabs->currentWidget())) {
        if (enrollmentId != 0)
            exitTab->enrolments()->select(enrollmentId);
        const std::optional<Enrollment> e = exitTab->enrolments()->selected();
        if (field.startsWith(QLatin1String("enrol"))) {
            if (QDialog *dialog = exitTab->enrolments()->openEditDialog())
                target = dialog->findChild<QWidget *>(field);
        } else if (e && e->exit) {
            if (QDialog *dialog = exitTab->exitForm()->openCorrection())
                target = dialog->findChild<QWidget *>(field);
        } else {
            target = exitTab->exitForm()->findChild<QWidget *>(field);
        }
    } else {
        target = m_tabs->currentWidget()->findChild<QWidget *>(field);
    }
    if (target)
        target->setFocus(Qt::OtherFocusReason);
    return true;
}

void ParticipantCard::setTab(Tab tab, QWidget *widget)
{
    QWidget *old = m_tabs->widget(tab);
    const bool current = m_tabs->currentIndex() == tab;
    m_tabs->removeTab(tab);
    m_tabs->insertTab(tab, widget, tabTitle(tab));
    if (current)
        m_tabs->setCurrentIndex(tab);
    if (old && old != widget)
        old->deleteLater();
}

QWidget *ParticipantCard::placeholder() const
{
    auto *label = new QLabel(tr("This part of the card arrives with referrals and enrolments."));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

void ParticipantCard::updateHeader(const Participant &p)
{
    const auto number = p.personnummer();
    QString identity = p.maskedIdentity();
    if (m_showIdentity && !p.protectedIdentity && number)
        identity = number->isSwedish() ? number->twelveWithDash() : number->canonical();
    m_title->setText(p.displayName());
    m_subtitle->setText(tr("%1 · %2").arg(identity, ParticipantStatuses::label(p.status))
                        + (p.protectedIdentity ? tr(" · protected identity") : QString()));
    setWindowTitle(tr("%1 – participant").arg(p.displayName()));
}

// A line edit swallows Ctrl+Z even when it has nothing of its own to undo; then the
// shortcut should reach the team's stack (undo the last saved edit).
bool ParticipantCard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *edit = qobject_cast<QLineEdit *>(watched);
        auto *key = static_cast<QKeyEvent *>(event);
        if (edit && ((key->matches(QKeySequence::Undo) && !edit->isUndoAvailable())
                     || (key->matches(QKeySequence::Redo) && !edit->isRedoAvailable()))) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace samsyn
