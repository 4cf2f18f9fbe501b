// SPDX-License-Identifier: EUPL-1.2
#include "meetings/meetingsview.h"

#include "common/sectiontitle.h"
#include "meetings/agendaeditor.h"
#include "meetings/assessmentform.h"
#include "meetings/capacitypanel.h"
#include "meetings/meetingdialog.h"
#include "meetings/meetingmodewindow.h"
#include "meetings/meetingprintactions.h"
#include "meetings/meetingseriesdialog.h"
#include "storage/meetingrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/clock.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace samsyn {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QListWidgetItem *headerItem(const QString &text)
{
    auto *item = new QListWidgetItem(text);
    item->setFlags(Qt::NoItemFlags);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    return item;
}
} // namespace

MeetingsView::MeetingsView(TeamFile &team, UserPrompts &prompts, QWidget *parent)
    : QWidget(parent), m_team(team), m_prompts(prompts), m_meetings(new QListWidget),
      m_new(new QPushButton(tr("New meeting…"))), m_series(new QPushButton(tr("New season…"))), m_heading(new QLabel),
      m_attendees(new QLabel), m_message(new QLabel), m_edit(new QPushButton(tr("Edit meeting…"))),
      m_meetingMode(new QPushButton(tr("Start meeting mode (F5)"))), m_protocolPrint(new QPushButton(tr("Print protocol…"))),
      m_protocolPdf(new QPushButton(tr("Protocol as PDF…"))), m_letterPrint(new QPushButton(tr("Print decision letter…"))),
      m_letterPdf(new QPushButton(tr("Decision letter as PDF…"))), m_agenda(new AgendaEditor(team, prompts)),
      m_form(new AssessmentForm(team)), m_capacity(new CapacityPanel(team)), m_details(new QWidget)
{
    setObjectName(QStringLiteral("meetingsView"));
    m_meetings->setObjectName(QStringLiteral("meetingList"));
    m_meetings->setAccessibleName(tr("Meetings"));
    m_new->setObjectName(QStringLiteral("newMeeting"));
    m_series->setObjectName(QStringLiteral("newSeries"));
    m_heading->setObjectName(QStringLiteral("meetingHeading"));
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_heading->setFont(big);
    m_attendees->setObjectName(QStringLiteral("meetingAttendees"));
    m_attendees->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("meetingMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_edit->setObjectName(QStringLiteral("editMeeting"));
    m_meetingMode->setObjectName(QStringLiteral("startMeetingMode"));
    m_protocolPrint->setObjectName(QStringLiteral("protocolPrint"));
    m_protocolPrint->setToolTip(tr("Print preview of the protocol (Ctrl+P)"));
    m_protocolPdf->setObjectName(QStringLiteral("protocolPdf"));
    m_letterPrint->setObjectName(QStringLiteral("letterPrint"));
    m_letterPdf->setObjectName(QStringLiteral("letterPdf"));
    for (QPushButton *letter : {m_letterPrint, m_letterPdf})
        letter->setToolTip(tr("The letter to the referring party about the decision on the chosen agenda item"));
    m_meetingMode->setStyleSheet(QStringLiteral("QPushButton { font-weight: bold; padding: 6px 14px; }"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(m_new);
    leftButtons->addWidget(m_series);
    leftLayout->addLayout(leftButtons);
    leftLayout->addWidget(m_meetings, 1);

    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_edit);
    headerRow->addWidget(m_protocolPrint);
    headerRow->addWidget(m_protocolPdf);
    headerRow->addStretch(1);
    headerRow->addWidget(m_meetingMode);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_heading);
    detailsLayout->addWidget(m_attendees);
    detailsLayout->addLayout(headerRow);
    detailsLayout->addWidget(new QLabel(tr("<b>Agenda</b>")));
    detailsLayout->addWidget(m_agenda, 2);
    detailsLayout->addWidget(m_form, 3);
    auto *letterRow = new QHBoxLayout;
    letterRow->addStretch(1);
    letterRow->addWidget(m_letterPrint);
    letterRow->addWidget(m_letterPdf);
    detailsLayout->addLayout(letterRow);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->addWidget(m_capacity);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({220, 680, 320});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new SectionTitle(tr("Meetings"),
                                       tr("The remissgrupp's meetings: the agenda fills itself with the referrals waiting "
                                          "for assessment; meeting mode runs the meeting on a projector.")));
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    auto *modeAction = new QAction(tr("Start meeting mode"), this);
    modeAction->setShortcut(QKeySequence(Qt::Key_F5));
    modeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(modeAction);
    connect(modeAction, &QAction::triggered, this, [this] { startMeetingMode(); });
    auto *printAction = new QAction(tr("Print protocol"), this);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(printAction);
    connect(printAction, &QAction::triggered, this, [this] { printProtocol(); });
    connect(m_meetingMode, &QPushButton::clicked, this, [this] { startMeetingMode(); });
    connect(m_new, &QPushButton::clicked, this, &MeetingsView::newMeeting);
    connect(m_series, &QPushButton::clicked, this, &MeetingsView::newSeries);
    connect(m_edit, &QPushButton::clicked, this, &MeetingsView::editMeeting);
    connect(m_protocolPdf, &QPushButton::clicked, this, &MeetingsView::saveProtocol);
    connect(m_letterPdf, &QPushButton::clicked, this, &MeetingsView::saveDecisionLetter);
    connect(m_protocolPrint, &QPushButton::clicked, this, &MeetingsView::printProtocol);
    connect(m_letterPrint, &QPushButton::clicked, this, &MeetingsView::printDecisionLetter);
    connect(m_meetings, &QListWidget::currentRowChanged, this, &MeetingsView::showMeeting);
    connect(m_agenda, &AgendaEditor::currentChanged, this, [this] {
        const auto meeting = selectedMeeting() ? MeetingRepository(m_team.database()).get(*selectedMeeting()) : std::nullopt;
        m_form->setEntry(m_agenda->currentEntry(), meeting ? meeting->date : QDate());
        updateLetterButton();
    });
    connect(m_agenda, &AgendaEditor::message, this, &MeetingsView::showMessage);
    connect(m_form, &AssessmentForm::saved, m_agenda, &AgendaEditor::reload);
    connect(&team, &TeamFile::changed, this, &MeetingsView::onChanged);
    reloadMeetings();
}

MeetingsView::~MeetingsView()
{
    if (m_mode)
        delete m_mode.data();
}

void MeetingsView::onChanged(const ChangeSet &changes)
{
    if (changes.touches(QStringLiteral("all")) || changes.touches(QStringLiteral("settings")))
        reloadMeetings();
}

void MeetingsView::reloadMeetings()
{
    const auto current = selectedMeeting();
    const QDate today = m_team.clock().today();
    const QList<Meeting> all = MeetingRepository(m_team.database()).between(QDate(1900, 1, 1), QDate(9999, 12, 31));
    QList<Meeting> upcoming;
    QList<Meeting> earlier;
    for (const Meeting &m : all)
        (m.date >= today ? upcoming : earlier) << m;
    std::reverse(earlier.begin(), earlier.end());
    const QSignalBlocker block(m_meetings);
    m_meetings->clear();
    auto add = [this](const Meeting &m) {
        QString text = tr("%1  %2").arg(m.date.toString(Qt::ISODate), m.startTime.toString(QStringLiteral("HH:mm")));
        if (!m.place.isEmpty())
            text += tr("\n%1").arg(m.place);
        auto *item = new QListWidgetItem(text, m_meetings);
        item->setData(kIdRole, m.id);
    };
    if (!upcoming.isEmpty())
        m_meetings->addItem(headerItem(tr("Upcoming")));
    for (const Meeting &m : std::as_const(upcoming))
        add(m);
    if (!earlier.isEmpty())
        m_meetings->addItem(headerItem(tr("Earlier")));
    for (const Meeting &m : std::as_const(earlier))
        add(m);
    if (current)
        selectMeeting(*current);
    if (!selectedMeeting() && !upcoming.isEmpty())
        selectMeeting(upcoming.first().id);
    if (!selectedMeeting() && !earlier.isEmpty())
        selectMeeting(earlier.first().id);
    showMeeting();
}

void MeetingsView::selectMeeting(qint64 meetingId)
{
    for (int i = 0; i < m_meetings->count(); ++i) {
        if (m_meetings->item(i)->data(kIdRole).toLongLong() == meetingId && m_meetings->item(i)->flags() != Qt::NoItemFlags) {
            m_meetings->setCurrentRow(i);
            return;
        }
    }
}

std::optional<qint64> MeetingsView::selectedMeeting() const
{
    const QListWidgetItem *item = m_meetings->currentItem();
    if (!item || !item->data(kIdRole).isValid())
        return std::nullopt;
    return item->data(kIdRole).toLongLong();
}

QString MeetingsView::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void MeetingsView::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("background: #fdf3e1; color: #6b4500; border: 1px solid #ecd29c; "
                                                      "padding: 8px; border-radius: 3px;")
                                     : QStringLiteral("background: #e8f4ea; color: #1d5128; border: 1px solid #b5dabc; "
                                                      "padding: 8px; border-radius: 3px;"));
    m_message->setVisible(!text.isEmpty());
}

void MeetingsView::showMeeting()
{
    const auto id = selectedMeeting();
    const auto meeting = id ? MeetingRepository(m_team.database()).get(*id) : std::nullopt;
    m_details->setEnabled(meeting.has_value());
    m_edit->setEnabled(meeting && !m_team.isReadOnly());
    m_meetingMode->setEnabled(meeting && !m_team.isReadOnly());
    // Printing is logged through the write path, so a read-only file cannot print.
    m_protocolPdf->setEnabled(meeting && !m_team.isReadOnly());
    m_protocolPrint->setEnabled(m_protocolPdf->isEnabled());
    if (!meeting) {
        m_heading->setText(tr("No meeting chosen"));
        m_attendees->setText(tr("Create a meeting, or a season of them, to start an agenda."));
        m_agenda->setMeeting(0);
        return;
    }
    const SettingsRepository settings(m_team.database());
    QString heading = tr("Meeting %1 at %2").arg(meeting->date.toString(Qt::ISODate),
                                                 meeting->startTime.toString(QStringLiteral("HH:mm")));
    if (!meeting->place.isEmpty())
        heading += tr(", %1").arg(meeting->place);
    m_heading->setText(heading);
    QStringList members;
    QStringList guests;
    for (const MeetingAttendee &a : meeting->attendees) {
        if (a.memberId) {
            const auto member = settings.member(*a.memberId);
            const auto party = member && member->partyId ? settings.party(*member->partyId) : std::nullopt;
            if (member)
                members << (party ? tr("%1 (%2)").arg(member->name, party->name) : member->name);
        } else {
            guests << (a.guestOrganisation.isEmpty() ? a.guestName : tr("%1 (%2)").arg(a.guestName, a.guestOrganisation));
        }
    }
    const auto chair = meeting->chairId ? settings.member(*meeting->chairId) : std::nullopt;
    QString attendees = tr("Chair: %1").arg(chair ? chair->name : tr("not chosen"));
    attendees += QLatin1Char('\n')
        + tr("Attending: %1").arg(members.isEmpty() ? tr("nobody recorded yet") : members.join(QStringLiteral(", ")));
    if (!guests.isEmpty())
        attendees += QLatin1Char('\n') + tr("Guests: %1").arg(guests.join(QStringLiteral(", ")));
    m_attendees->setText(attendees);
    m_agenda->setMeeting(meeting->id);
}

void MeetingsView::updateLetterButton()
{
    m_letterPdf->setEnabled(decidedReferral() && !m_team.isReadOnly());
    m_letterPrint->setEnabled(m_letterPdf->isEnabled());
}

bool MeetingsView::saveProtocol()
{
    const auto id = selectedMeeting();
    return id && saveProtocolPdf(m_team, m_prompts, this, *id);
}

std::optional<qint64> MeetingsView::decidedReferral() const
{
    const auto entry = m_agenda->currentEntry();
    if (!entry || !entry->isDecided())
        return std::nullopt;
    return entry->item.referralId;
}

bool MeetingsView::saveDecisionLetter()
{
    const auto referral = decidedReferral();
    return referral && saveDecisionLetterPdf(m_team, m_prompts, this, *referral);
}

bool MeetingsView::printProtocol()
{
    const auto id = selectedMeeting();
    return id && previewProtocol(m_team, m_prompts, this, *id);
}

bool MeetingsView::printDecisionLetter()
{
    const auto referral = decidedReferral();
    return referral && previewDecisionLetter(m_team, m_prompts, this, *referral);
}

MeetingDialog *MeetingsView::newMeeting()
{
    Meeting m;
    m.date = m_team.clock().today();
    m.chairId = m_team.currentMember();
    auto *dialog = new MeetingDialog(m_team, m, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reloadMeetings();
        selectMeeting(dialog->savedId());
    });
    dialog->open();
    return dialog;
}

MeetingDialog *MeetingsView::editMeeting()
{
    const auto id = selectedMeeting();
    const auto meeting = id ? MeetingRepository(m_team.database()).get(*id) : std::nullopt;
    if (!meeting)
        return nullptr;
    auto *dialog = new MeetingDialog(m_team, *meeting, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reloadMeetings();
        selectMeeting(dialog->savedId());
    });
    dialog->open();
    return dialog;
}

MeetingSeriesDialog *MeetingsView::newSeries()
{
    auto *dialog = new MeetingSeriesDialog(m_team, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reloadMeetings();
        showMessage(tr("%n meeting(s) created.", nullptr, dialog->created()), false);
    });
    dialog->open();
    return dialog;
}

MeetingModeWindow *MeetingsView::startMeetingMode(bool fullScreen)
{
    const auto id = selectedMeeting();
    if (!id || m_team.isReadOnly())
        return nullptr;
    if (m_mode) {
        m_mode->raise();
        return m_mode;
    }
    m_mode = new MeetingModeWindow(m_team, m_prompts, *id);
    m_mode->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_mode, &MeetingModeWindow::left, this, [this] {
        m_agenda->reload();
        window()->activateWindow();
    });
    if (fullScreen)
        m_mode->showFullScreen();
    else
        m_mode->show();
    return m_mode;
}

} // namespace samsyn
