// SPDX-License-Identifier: EUPL-1.2
#include "referrals/referralconsenttab.h"

#include "meetings/correctdecisiondialog.h"
#include "meetings/decisiontext.h"
#include "storage/correctionrepository.h"
#include "referrals/consentactions.h"
#include "referrals/consentdialog.h"
#include "referrals/consentstate.h"
#include "referrals/referraldialog.h"
#include "shell/messageboxprompts.h"
#include "storage/consentrepository.h"
#include "storage/referralassessmentrepository.h"
#include "storage/referralrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/clock.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samsyn {

namespace {

MessageBoxPrompts &defaultPrompts()
{
    static MessageBoxPrompts prompts;
    return prompts;
}

QTableWidget *makeTable(const QString &name, const QString &accessibleName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells, qint64 id)
{
    for (int col = 0; col < cells.size(); ++col) {
        auto *item = new QTableWidgetItem(cells.at(col));
        item->setToolTip(cells.at(col));
        table->setItem(row, col, item);
    }
    table->item(row, 0)->setData(Qt::UserRole, id);
}

} // namespace

ReferralConsentTab::ReferralConsentTab(TeamFile &team, qint64 participantId, QWidget *parent)
    : QWidget(parent), m_team(team), m_id(participantId), m_prompts(&defaultPrompts()),
      m_referrals(makeTable(QStringLiteral("participantReferrals"), tr("Referrals"),
                            {tr("Received"), tr("Referring party"), tr("Case officer"), tr("Status"), tr("Decision")})),
      m_consents(makeTable(QStringLiteral("participantConsents"), tr("Consents"),
                           {tr("Purpose"), tr("Parties"), tr("Given"), tr("Valid until"), tr("Form"), tr("State")})),
      m_newReferral(new QPushButton(tr("New referral…"))), m_correctDecision(new QPushButton(tr("Correct decision…"))),
      m_newConsent(new QPushButton(tr("Record consent…"))),
      m_withdraw(new QPushButton(tr("Withdraw consent…")))
{
    setObjectName(QStringLiteral("referralConsentTab"));
    m_newReferral->setObjectName(QStringLiteral("cardNewReferral"));
    m_correctDecision->setObjectName(QStringLiteral("cardCorrectDecision"));
    m_correctDecision->setToolTip(tr("The selected referral's decision was recorded wrongly: correct it, with a reason"));
    m_newConsent->setObjectName(QStringLiteral("cardRecordConsent"));
    m_withdraw->setObjectName(QStringLiteral("cardWithdrawConsent"));
    m_referrals->setColumnWidth(0, 100);
    m_referrals->setColumnWidth(1, 170);
    m_referrals->setColumnWidth(2, 150);
    m_referrals->setColumnWidth(3, 150);
    m_consents->setColumnWidth(0, 240);
    m_consents->setColumnWidth(1, 180);
    m_consents->setColumnWidth(2, 100);
    m_consents->setColumnWidth(3, 100);
    m_consents->setColumnWidth(4, 150);

    auto *referralButtons = new QHBoxLayout;
    auto *referralTitle = new QLabel(tr("<b>Referrals and decisions</b>"));
    referralButtons->addWidget(referralTitle);
    referralButtons->addStretch(1);
    referralButtons->addWidget(m_correctDecision);
    referralButtons->addWidget(m_newReferral);
    auto *consentButtons = new QHBoxLayout;
    consentButtons->addWidget(new QLabel(tr("<b>Consents</b>")));
    consentButtons->addStretch(1);
    consentButtons->addWidget(m_newConsent);
    consentButtons->addWidget(m_withdraw);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(referralButtons);
    layout->addWidget(m_referrals, 1);
    layout->addSpacing(8);
    layout->addLayout(consentButtons);
    layout->addWidget(m_consents, 1);

    connect(m_newReferral, &QPushButton::clicked, this, [this] {
        auto *dialog = new ReferralDialog(m_team, m_id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_referrals, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const auto r = ReferralRepository(m_team.database()).get(m_referrals->item(row, 0)->data(Qt::UserRole).toLongLong());
        if (!r)
            return;
        auto *dialog = new ReferralDialog(m_team, *r, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_newConsent, &QPushButton::clicked, this, [this] {
        auto *dialog = new ConsentDialog(m_team, m_id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_withdraw, &QPushButton::clicked, this, &ReferralConsentTab::withdrawSelected);
    connect(m_consents, &QTableWidget::itemSelectionChanged, this, &ReferralConsentTab::updateButtons);
    connect(m_referrals, &QTableWidget::itemSelectionChanged, this, &ReferralConsentTab::updateButtons);
    connect(m_correctDecision, &QPushButton::clicked, this, &ReferralConsentTab::correctSelectedDecision);
    connect(&team, &TeamFile::changed, this, &ReferralConsentTab::onChanged);
    reload();
}

ReferralConsentTab::~ReferralConsentTab() = default;

void ReferralConsentTab::onChanged(const ChangeSet &changes)
{
    if (changes.touches(QStringLiteral("all")) || changes.touches(QStringLiteral("settings"))
        || changes.participantIds.contains(m_id) || changes.touches(QStringLiteral("meetings")))
        reload();
}

void ReferralConsentTab::reload()
{
    Database &db = m_team.database();
    const SettingsRepository settings(db);
    const QDate today = m_team.clock().today();
    const ReferralAssessmentRepository assessments(db);

    m_referrals->setRowCount(0);
    for (const Referral &r : ReferralRepository(db).forParticipant(m_id)) {
        QString decision;
        for (const ReferralAssessment &a : assessments.forReferral(r.id)) {
            if (a.decision)
                decision = tr("%1 (%2)").arg(decisionText(a, settings), a.decidedOn.toString(Qt::ISODate));
            if (a.decision && !CorrectionRepository(db).forAssessment(a.id).isEmpty())
                decision += tr(", corrected");
        }
        const auto party = settings.party(r.referringPartyId);
        const int row = m_referrals->rowCount();
        m_referrals->insertRow(row);
        setRow(m_referrals, row,
               {r.receivedOn.toString(Qt::ISODate), party ? party->name : QString(), r.handlerName,
                ReferralStatuses::label(r.status), decision},
               r.id);
    }

    m_consents->setRowCount(0);
    for (const Consent &c : ConsentRepository(db).forParticipant(m_id)) {
        QStringList parties;
        for (qint64 partyId : c.partyIds) {
            if (const auto party = settings.party(partyId))
                parties << (party->shortName.isEmpty() ? party->name : party->shortName);
        }
        QString form = c.form == ConsentForm::Written ? tr("Written") : tr("Oral");
        if (c.form == ConsentForm::Oral && c.recordedBy) {
            if (const auto member = settings.member(*c.recordedBy))
                form = tr("Oral, recorded by %1").arg(member->name);
        }
        const ConsentState state = ConsentState::ofOne(c, today);
        const int row = m_consents->rowCount();
        m_consents->insertRow(row);
        setRow(m_consents, row,
               {ConsentCodes::label(c.purpose), parties.join(QStringLiteral(", ")), c.givenOn.toString(Qt::ISODate),
                c.validUntil.toString(Qt::ISODate), form,
                state.kind == ConsentState::None ? tr("Not yet in force") : state.label()},
               c.id);
        if (state.kind != ConsentState::Valid)
            m_consents->item(row, 5)->setForeground(QColor(0xb0, 0x3a, 0x12));
    }
    updateButtons();
}

void ReferralConsentTab::updateButtons()
{
    const QList<QTableWidgetItem *> selected = m_consents->selectedItems();
    bool withdrawable = false;
    if (!selected.isEmpty()) {
        const auto c = ConsentRepository(m_team.database())
                           .get(m_consents->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong());
        withdrawable = c && c->withdrawnOn.isNull();
    }
    m_withdraw->setEnabled(withdrawable);
    m_correctDecision->setEnabled(selectedDecision().has_value() && !m_team.isReadOnly());
}

std::optional<qint64> ReferralConsentTab::selectedDecision() const
{
    const QList<QTableWidgetItem *> selected = m_referrals->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    const qint64 referralId = m_referrals->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
    std::optional<qint64> latest;
    for (const ReferralAssessment &a : ReferralAssessmentRepository(m_team.database()).forReferral(referralId)) {
        if (a.decision)
            latest = a.id;
    }
    return latest;
}

CorrectDecisionDialog *ReferralConsentTab::correctSelectedDecision()
{
    const std::optional<qint64> id = selectedDecision();
    const auto recorded = id ? ReferralAssessmentRepository(m_team.database()).get(*id) : std::nullopt;
    if (!recorded)
        return nullptr;
    auto *dialog = new CorrectDecisionDialog(m_team, *recorded, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ReferralConsentTab::withdrawSelected()
{
    const QList<QTableWidgetItem *> selected = m_consents->selectedItems();
    if (selected.isEmpty())
        return;
    const auto c = ConsentRepository(m_team.database())
                       .get(m_consents->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong());
    if (c)
        withdrawConsentAsking(m_team, *m_prompts, this, *c);
}

} // namespace samsyn
