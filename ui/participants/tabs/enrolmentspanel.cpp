// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/enrolmentspanel.h"

#include "participants/tabs/enrolmentdialog.h"
#include "participants/tabs/tabsupport.h"
#include "storage/enrollmentrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace samsyn {

namespace {

QString phaseLabel(const Enrollment &e)
{
    switch (e.phase) {
    case EnrollmentPhase::Active:
        return EnrolmentsPanel::tr("Active");
    case EnrollmentPhase::Passive:
        return EnrolmentsPanel::tr("Passive from %1").arg(e.passiveFrom.toString(Qt::ISODate));
    case EnrollmentPhase::Exited:
        break;
    }
    return EnrolmentsPanel::tr("Exited");
}

} // namespace

EnrolmentsPanel::EnrolmentsPanel(TeamFile &team, qint64 participantId, QWidget *parent)
    : QWidget(parent), m_team(team), m_participantId(participantId), m_table(new QTableWidget(0, 6)),
      m_enrol(new QPushButton(tr("Enrol in a programme…"))), m_edit(new QPushButton(tr("Correct the enrolment…"))),
      m_passiveFrom(TabSupport::dateEdit(QStringLiteral("passiveFrom"), TabSupport::today(team))),
      m_passive(new QPushButton(tr("Make passive from"))), m_reactivate(new QPushButton(tr("Make active again"))),
      m_error(TabSupport::errorLabel(QStringLiteral("enrolmentsError")))
{
    m_table->setObjectName(QStringLiteral("enrolmentsTable"));
    m_table->setAccessibleName(tr("Enrolments"));
    m_table->setHorizontalHeaderLabels({tr("Programme"), tr("Start"), tr("Planned end"), tr("Phase"), tr("Coordinator"), tr("Ended")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_enrol->setObjectName(QStringLiteral("enrolButton"));
    m_edit->setObjectName(QStringLiteral("editEnrolmentButton"));
    m_edit->setToolTip(tr("Correct the start date, coordinator, registration or the situation at start"));
    m_passive->setObjectName(QStringLiteral("passiveButton"));
    m_reactivate->setObjectName(QStringLiteral("reactivateButton"));
    m_passiveFrom->setAccessibleName(tr("Passive from"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_enrol);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    buttons->addWidget(m_passive);
    buttons->addWidget(m_passiveFrom);
    buttons->addWidget(m_reactivate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(m_enrol, &QPushButton::clicked, this, &EnrolmentsPanel::openEnrolDialog);
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditDialog(); });
    connect(m_passive, &QPushButton::clicked, this, [this] { makePassive(m_passiveFrom->date()); });
    connect(m_reactivate, &QPushButton::clicked, this, &EnrolmentsPanel::reactivate);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        Q_EMIT selectionChanged();
    });
    reload();
}

void EnrolmentsPanel::reload()
{
    const std::optional<Enrollment> before = selected();
    m_enrollments = EnrollmentRepository(m_team.database()).forParticipant(m_participantId);
    const SettingsRepository settings(m_team.database());
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    // Newest first: the current stay is what the coordinator works with.
    for (int i = m_enrollments.size() - 1; i >= 0; --i) {
        const Enrollment &e = m_enrollments.at(i);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const auto programme = settings.programme(e.programmeId);
        const auto coordinator = e.coordinatorId ? settings.member(*e.coordinatorId) : std::nullopt;
        const QStringList cells{programme ? programme->name : QString(), e.startDate.toString(Qt::ISODate),
                                e.plannedEnd.toString(Qt::ISODate), phaseLabel(e), coordinator ? coordinator->name : QString(),
                                e.exit ? e.exit->endDate.toString(Qt::ISODate) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        m_table->item(row, 0)->setData(Qt::UserRole, e.id);
    }
    m_table->resizeColumnsToContents();
    TabSupport::fitHeight(m_table, 1);
    qint64 pick = before ? before->id : 0;
    if (!pick || !std::any_of(m_enrollments.cbegin(), m_enrollments.cend(), [pick](const Enrollment &e) { return e.id == pick; })) {
        // The newest open stay, else the newest one (the list is ordered by start).
        pick = 0;
        for (const Enrollment &e : std::as_const(m_enrollments)) {
            if (e.isOpen())
                pick = e.id;
        }
        if (!pick && !m_enrollments.isEmpty())
            pick = m_enrollments.last().id;
    }
    select(pick);
    updateButtons();
}

std::optional<Enrollment> EnrolmentsPanel::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return std::nullopt;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const Enrollment &e : m_enrollments) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

void EnrolmentsPanel::select(qint64 enrollmentId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == enrollmentId) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, 0);
            return;
        }
    }
    Q_EMIT selectionChanged();
}

void EnrolmentsPanel::updateButtons()
{
    const std::optional<Enrollment> e = selected();
    m_passive->setEnabled(e && e->phase == EnrollmentPhase::Active);
    m_passiveFrom->setEnabled(m_passive->isEnabled());
    m_reactivate->setEnabled(e && e->phase == EnrollmentPhase::Passive);
    m_edit->setEnabled(e.has_value() && !m_team.isReadOnly());
}

bool EnrolmentsPanel::makePassive(QDate from)
{
    const std::optional<Enrollment> e = selected();
    if (!e)
        return false;
    return TabSupport::write(m_team, m_error, QStringLiteral("enrollment.passive"),
                             [&](WriteContext &ctx) { EnrollmentRepository::makePassive(ctx, e->id, from); }, m_participantId);
}

bool EnrolmentsPanel::reactivate()
{
    const std::optional<Enrollment> e = selected();
    if (!e)
        return false;
    return TabSupport::write(m_team, m_error, QStringLiteral("enrollment.reactivate"),
                             [&](WriteContext &ctx) { EnrollmentRepository::reactivate(ctx, e->id); }, m_participantId);
}

void EnrolmentsPanel::openEnrolDialog()
{
    auto *dialog = new EnrolmentDialog(m_team, m_participantId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { select(dialog->createdId()); });
    dialog->open();
}

EnrolmentDialog *EnrolmentsPanel::openEditDialog(const QString &field)
{
    const std::optional<Enrollment> e = selected();
    if (!e)
        return nullptr;
    auto *dialog = new EnrolmentDialog(m_team, *e, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = e->id;
    connect(dialog, &QDialog::accepted, this, [this, id] { select(id); });
    dialog->open();
    if (!field.isEmpty())
        dialog->focusField(field);
    return dialog;
}

} // namespace samsyn
