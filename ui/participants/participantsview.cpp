// SPDX-License-Identifier: EUPL-1.2
#include "participants/participantsview.h"

#include "common/listtable.h"
#include "models/participanttablemodel.h"
#include "participants/newparticipantdialog.h"
#include "participants/participantcard.h"
#include "participants/participantproxymodel.h"
#include "teamfile.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace samsyn {

namespace {

// Above this many participants typing is debounced a little, so a fast typist does not
// wait for a filter pass per key.
constexpr int kDebounceRows = 20000;

} // namespace

ParticipantsView::ParticipantsView(TeamFile &team, QWidget *parent, UserPrompts *prompts)
    : QWidget(parent), m_team(team), m_prompts(prompts), m_model(new ParticipantTableModel(team, this)),
      m_proxy(new ParticipantProxyModel(m_model, this)), m_search(new QLineEdit),
      m_showIdentity(new QCheckBox(tr("Show personnummer"))), m_count(new QLabel),
      m_new(new QPushButton(tr("New participant"))), m_table(new QTableView), m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("participantsView"));
    m_search->setObjectName(QStringLiteral("participantSearch"));
    m_search->setPlaceholderText(tr("Search name or personnummer"));
    m_search->setAccessibleName(tr("Search participants"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_showIdentity->setObjectName(QStringLiteral("showPersonnummer"));
    m_count->setObjectName(QStringLiteral("participantCount"));
    m_new->setObjectName(QStringLiteral("newParticipant"));
    m_new->setToolTip(tr("New participant (Ctrl+N)"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search);
    filters->addSpacing(12);
    for (ParticipantStatus status : ParticipantStatuses::all()) {
        auto *box = new QCheckBox(ParticipantStatuses::label(status));
        box->setObjectName(QStringLiteral("status_") + ParticipantStatuses::code(status));
        box->setAccessibleName(tr("Show status %1").arg(ParticipantStatuses::label(status)));
        box->setChecked(status != ParticipantStatus::Exited);
        box->setProperty("status", static_cast<int>(status));
        connect(box, &QCheckBox::toggled, this, &ParticipantsView::applyFilter);
        m_statusBoxes << box;
        filters->addWidget(box);
    }
    filters->addSpacing(12);
    filters->addWidget(m_showIdentity);
    filters->addStretch(1);
    filters->addWidget(m_new);

    configureListTable(m_table, QStringLiteral("participantTable"), tr("Participants"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ParticipantTableModel::Name, Qt::AscendingOrder);
    // Fixed row heights: a view must never measure 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(ParticipantTableModel::Name, 280);
    m_table->setColumnWidth(ParticipantTableModel::Identity, 160);
    m_table->setColumnWidth(ParticipantTableModel::Status, 110);
    m_table->setColumnWidth(ParticipantTableModel::Coordinator, 220);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    auto *newAction = new QAction(tr("New participant"), this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);
    connect(newAction, &QAction::triggered, this, &ParticipantsView::newParticipant);
    connect(m_new, &QPushButton::clicked, this, &ParticipantsView::newParticipant);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterTimer, &QTimer::timeout, this, &ParticipantsView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &ParticipantsView::scheduleFilter);
    connect(m_showIdentity, &QCheckBox::toggled, this, [this](bool show) { m_model->setMasked(!show); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openParticipant(index.data(ParticipantTableModel::IdRole).toLongLong());
    });
    connect(this, &ParticipantsView::openParticipant, this, &ParticipantsView::openCard);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ParticipantsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ParticipantsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ParticipantsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ParticipantsView::updateCount);
    applyFilter();
}

ParticipantsView::~ParticipantsView()
{
    for (const QPointer<ParticipantCard> &card : std::as_const(m_cards)) {
        if (card)
            card->close();
    }
}

void ParticipantsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ParticipantsView::scheduleFilter()
{
    if (m_model->rowCount() > kDebounceRows)
        m_filterTimer->start();
    else
        applyFilter();
}

void ParticipantsView::applyFilter()
{
    m_filterTimer->stop();
    QSet<ParticipantStatus> statuses;
    for (const QCheckBox *box : std::as_const(m_statusBoxes)) {
        if (box->isChecked())
            statuses << static_cast<ParticipantStatus>(box->property("status").toInt());
    }
    m_proxy->setFilter(ParticipantFilter(m_search->text(), statuses));
    updateCount();
}

void ParticipantsView::updateCount()
{
    const QLocale locale;
    m_count->setText(tr("%1 of %2 participants").arg(locale.toString(m_proxy->rowCount()), locale.toString(m_model->rowCount())));
}

ParticipantCard *ParticipantsView::openCard(qint64 id)
{
    QPointer<ParticipantCard> &card = m_cards[id];
    if (!card) {
        card = new ParticipantCard(m_team, id, m_showIdentity->isChecked(), m_prompts);
        card->resize(900, 720);
    }
    card->show();
    card->raise();
    card->activateWindow();
    return card;
}

void ParticipantsView::newParticipant()
{
    auto *dialog = new NewParticipantDialog(m_team, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openCard(dialog->createdId()); });
    dialog->open();
}

} // namespace samsyn
