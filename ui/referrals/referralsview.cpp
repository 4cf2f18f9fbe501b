// SPDX-License-Identifier: EUPL-1.2
#include "referrals/referralsview.h"

#include "common/listtable.h"
#include "common/sectiontitle.h"
#include "meetings/meetingservice.h"
#include "referrals/consentactions.h"
#include "referrals/consentdialog.h"
#include "referrals/consultationspanel.h"
#include "referrals/referraldialog.h"
#include "referrals/referralinboxmodel.h"
#include "referrals/referralinboxproxy.h"
#include "shell/userprompts.h"
#include "storage/consentrepository.h"
#include "storage/meetingrepository.h"
#include "storage/referralrepository.h"
#include "teamfile.h"
#include "util/clock.h"
#include "util/error.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace samsyn {

ReferralsView::ReferralsView(TeamFile &team, UserPrompts &prompts, QWidget *parent)
    : QWidget(parent), m_team(team), m_prompts(prompts), m_model(new ReferralInboxModel(team, this)),
      m_proxy(new ReferralInboxProxy(this)), m_tabs(new QTabWidget), m_message(new QLabel), m_count(new QLabel),
      m_table(new QTableView), m_new(new QPushButton(tr("New referral…"))), m_edit(new QPushButton(tr("Open…"))),
      m_consent(new QPushButton(tr("Record consent…"))), m_withdraw(new QPushButton(tr("Withdraw consent…"))),
      m_agenda(new QPushButton(tr("Put on next meeting's agenda"))), m_consultations(new ConsultationsPanel(team))
{
    setObjectName(QStringLiteral("referralsView"));
    m_proxy->setSourceModel(m_model);
    m_message->setObjectName(QStringLiteral("referralMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_count->setObjectName(QStringLiteral("referralCount"));
    m_new->setObjectName(QStringLiteral("newReferral"));
    m_new->setToolTip(tr("New referral (Ctrl+N)"));
    m_edit->setObjectName(QStringLiteral("openReferral"));
    m_consent->setObjectName(QStringLiteral("recordConsent"));
    m_withdraw->setObjectName(QStringLiteral("withdrawConsent"));
    m_agenda->setObjectName(QStringLiteral("putOnAgenda"));
    m_agenda->setToolTip(tr("Puts the referral on the agenda of the next meeting, if the person's consent allows it"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:")));
    for (ReferralStatus status : {ReferralStatus::Received, ReferralStatus::OnAgenda, ReferralStatus::Postponed,
                                  ReferralStatus::Decided, ReferralStatus::Withdrawn}) {
        auto *box = new QCheckBox(ReferralStatuses::label(status));
        box->setObjectName(QStringLiteral("status_") + ReferralStatuses::code(status));
        box->setAccessibleName(tr("Show status %1").arg(ReferralStatuses::label(status)));
        box->setProperty("status", int(status));
        box->setChecked(status != ReferralStatus::Decided && status != ReferralStatus::Withdrawn);
        connect(box, &QCheckBox::toggled, this, &ReferralsView::applyFilter);
        m_statusBoxes << box;
        filters->addWidget(box);
    }
    filters->addStretch(1);
    filters->addWidget(m_new);

    configureListTable(m_table, QStringLiteral("referralTable"), tr("Referrals"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReferralInboxModel::Received, Qt::DescendingOrder);
    m_table->setColumnWidth(ReferralInboxModel::Received, 100);
    m_table->setColumnWidth(ReferralInboxModel::Name, 200);
    m_table->setColumnWidth(ReferralInboxModel::Identity, 130);
    m_table->setColumnWidth(ReferralInboxModel::Party, 170);
    m_table->setColumnWidth(ReferralInboxModel::Programme, 90);
    m_table->setColumnWidth(ReferralInboxModel::Status, 160);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_consent);
    actions->addWidget(m_withdraw);
    actions->addStretch(1);
    actions->addWidget(m_count);
    actions->addSpacing(12);
    actions->addWidget(m_agenda);

    auto *inbox = new QWidget;
    auto *inboxLayout = new QVBoxLayout(inbox);
    inboxLayout->addLayout(filters);
    inboxLayout->addWidget(m_table, 1);
    inboxLayout->addLayout(actions);
    m_tabs->setObjectName(QStringLiteral("referralTabs"));
    m_tabs->addTab(inbox, tr("Inbox"));
    m_tabs->addTab(m_consultations, tr("Consultations"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new SectionTitle(tr("Referrals"),
                                       tr("Referrals wait here until a meeting assesses them. A referral can be put on "
                                          "an agenda only while the person's consent to information exchange is valid.")));
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    auto *newAction = new QAction(tr("New referral"), this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);
    connect(newAction, &QAction::triggered, this, [this] {
        if (m_tabs->currentWidget() == m_consultations)
            m_consultations->newConsultation();
        else
            newReferral();
    });
    connect(m_new, &QPushButton::clicked, this, &ReferralsView::newReferral);
    connect(m_edit, &QPushButton::clicked, this, &ReferralsView::editSelected);
    connect(m_consent, &QPushButton::clicked, this, &ReferralsView::recordConsent);
    connect(m_withdraw, &QPushButton::clicked, this, &ReferralsView::withdrawConsent);
    connect(m_agenda, &QPushButton::clicked, this, &ReferralsView::putOnNextAgenda);
    connect(m_table, &QTableView::activated, this, &ReferralsView::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReferralsView::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ReferralsView::updateButtons);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ReferralsView::updateButtons);
    applyFilter();
}

QString ReferralsView::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void ReferralsView::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("background: #fdecea; color: #8a1c12; border: 1px solid #f0b3ab; "
                                                      "padding: 8px; border-radius: 3px;")
                                     : QStringLiteral("background: #e8f4ea; color: #1d5128; border: 1px solid #b5dabc; "
                                                      "padding: 8px; border-radius: 3px;"));
    m_message->setVisible(!text.isEmpty());
}

void ReferralsView::applyFilter()
{
    QSet<ReferralStatus> statuses;
    for (const QCheckBox *box : std::as_const(m_statusBoxes)) {
        if (box->isChecked())
            statuses << static_cast<ReferralStatus>(box->property("status").toInt());
    }
    m_proxy->setStatuses(statuses);
    updateButtons();
}

void ReferralsView::updateButtons()
{
    const auto id = selectedReferral();
    const int row = id ? m_model->rowOf(*id) : -1;
    const bool selected = row >= 0;
    const ReferralStatus status = selected ? m_model->row(row).referral.status : ReferralStatus::Withdrawn;
    m_edit->setEnabled(selected);
    m_consent->setEnabled(selected);
    m_withdraw->setEnabled(selected && m_model->row(row).consent.kind == ConsentState::Valid);
    m_agenda->setEnabled(selected && (status == ReferralStatus::Received || status == ReferralStatus::Postponed));
    m_count->setText(tr("%n referral(s) shown", nullptr, m_proxy->rowCount()));
}

std::optional<qint64> ReferralsView::selectedReferral() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().data(ReferralInboxModel::IdRole).toLongLong();
}

std::optional<qint64> ReferralsView::selectedParticipant() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().data(ReferralInboxModel::ParticipantIdRole).toLongLong();
}

void ReferralsView::selectReferral(qint64 referralId)
{
    const int row = m_model->rowOf(referralId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

ReferralDialog *ReferralsView::newReferral()
{
    auto *dialog = new ReferralDialog(m_team, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        selectReferral(dialog->savedId());
        const int row = m_model->rowOf(dialog->savedId());
        const bool consented = row >= 0 && m_model->row(row).consent.kind == ConsentState::Valid;
        showMessage(consented ? tr("The referral was registered.")
                              : tr("The referral was registered. Record the person's consent before it can be assessed."),
                    false);
    });
    dialog->open();
    return dialog;
}

ReferralDialog *ReferralsView::editSelected()
{
    const auto id = selectedReferral();
    const auto referral = id ? ReferralRepository(m_team.database()).get(*id) : std::nullopt;
    if (!referral)
        return nullptr;
    auto *dialog = new ReferralDialog(m_team, *referral, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ReferralsView::recordConsent()
{
    const auto participant = selectedParticipant();
    if (!participant)
        return;
    auto *dialog = new ConsentDialog(m_team, *participant, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { showMessage(tr("The consent was recorded."), false); });
    dialog->open();
}

void ReferralsView::withdrawConsent()
{
    const auto participant = selectedParticipant();
    if (!participant)
        return;
    const QDate today = m_team.clock().today();
    QList<Consent> valid;
    for (const Consent &c : ConsentRepository(m_team.database()).forParticipant(*participant)) {
        if (c.isValidOn(today))
            valid << c;
    }
    if (valid.isEmpty())
        return;
    int index = 0;
    if (valid.size() > 1) {
        QStringList items;
        for (const Consent &c : std::as_const(valid))
            items << tr("%1, given %2, valid until %3")
                         .arg(ConsentCodes::label(c.purpose), c.givenOn.toString(Qt::ISODate), c.validUntil.toString(Qt::ISODate));
        index = m_prompts.choose(this, tr("Withdraw consent"), tr("Which consent was withdrawn?"), items);
        if (index < 0)
            return;
    }
    if (withdrawConsentAsking(m_team, m_prompts, this, valid.at(index)))
        showMessage(tr("The consent was withdrawn as of %1.").arg(today.toString(Qt::ISODate)), false);
}

void ReferralsView::putOnNextAgenda()
{
    const auto id = selectedReferral();
    if (!id)
        return;
    const auto meeting = MeetingRepository(m_team.database()).nextFrom(m_team.clock().today());
    if (!meeting) {
        showMessage(tr("There is no meeting planned from today on. Create one under Meetings first."), true);
        return;
    }
    try {
        MeetingService(m_team).putOnAgenda(meeting->id, *id);
    } catch (const Error &e) {
        showMessage(e.message(), true);
        return;
    }
    showMessage(tr("Put on the agenda of the meeting on %1.").arg(meeting->date.toString(Qt::ISODate)), false);
    selectReferral(*id);
}

} // namespace samsyn
