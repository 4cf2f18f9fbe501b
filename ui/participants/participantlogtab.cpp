// SPDX-License-Identifier: EUPL-1.2
#include "participants/participantlogtab.h"

#include "common/documentprinting.h"
#include "extract/auditactions.h"
#include "extract/extractprinting.h"
#include "shell/userprompts.h"
#include "storage/auditlog.h"
#include "teamfile.h"
#include "util/clock.h"
#include "util/error.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace samsyn {

namespace {

bool logOnly(RegisterExtract::Part part)
{
    return part == RegisterExtract::Part::LogOnly;
}

} // namespace

ParticipantLogTab::ParticipantLogTab(TeamFile &team, UserPrompts &prompts, qint64 participantId, QWidget *parent)
    : QWidget(parent), m_team(team), m_prompts(prompts), m_id(participantId), m_table(new QTableWidget(0, 5))
{
    m_table->setObjectName(QStringLiteral("participantLog"));
    m_table->setAccessibleName(tr("Log of access and changes"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Team member"), tr("Computer user"), tr("Action"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *extracts = new QHBoxLayout;
    auto *hint = new QLabel(tr("A person may ask what the team keeps about them and who has read it:"));
    hint->setWordWrap(true);
    extracts->addWidget(hint, 1);
    extracts->addWidget(extractButton(RegisterExtract::Part::Register));
    extracts->addWidget(extractButton(RegisterExtract::Part::LogOnly));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(extracts);
    layout->addWidget(m_table);
    connect(&team, &TeamFile::changed, this, [this](const ChangeSet &changes) {
        if (changes.participantIds.contains(m_id) && isVisible())
            reload();
    });
}

QToolButton *ParticipantLogTab::extractButton(RegisterExtract::Part part)
{
    const QString name = logOnly(part) ? QStringLiteral("logExtract") : QStringLiteral("registerExtract");
    auto *button = new QToolButton;
    button->setObjectName(name);
    button->setText(logOnly(part) ? tr("Log extract…") : tr("Register extract…"));
    button->setToolTip(logOnly(part) ? tr("Who has read or changed this person's data, as a letter to the person (GDPR art. 15)")
                                     : tr("Everything the team keeps about this person, as a letter to the person (GDPR art. 15)"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    QAction *preview = menu->addAction(tr("Print preview…"));
    connect(preview, &QAction::triggered, this, [this, part] { previewExtract(part); });
    preview->setObjectName(name + QStringLiteral("Preview"));
    QAction *pdf = menu->addAction(tr("Save as PDF…"));
    connect(pdf, &QAction::triggered, this, [this, part] { saveExtract(part); });
    pdf->setObjectName(name + QStringLiteral("Pdf"));
    button->setMenu(menu);
    return button;
}

bool ParticipantLogTab::previewExtract(RegisterExtract::Part part)
{
    const QString title = logOnly(part) ? tr("Print a log extract") : tr("Print a register extract");
    try {
        const ExtractPrinting::Prepared prepared = ExtractPrinting::prepare(m_team, m_id, part);
        return DocumentPrinting::previewLogged(m_team, m_prompts, this, title, prepared.document, prepared.detail, m_id);
    } catch (const Error &e) {
        m_prompts.error(this, title, e.message(), e.technicalDetail());
    }
    return false;
}

bool ParticipantLogTab::saveExtract(RegisterExtract::Part part)
{
    const QString day = m_team.clock().today().toString(Qt::ISODate);
    return DocumentPrinting::savePdf(
        m_team, m_prompts, this, logOnly(part) ? tr("Save a log extract as PDF") : tr("Save a register extract as PDF"),
        logOnly(part) ? tr("Log extract %1.pdf").arg(day) : tr("Register extract %1.pdf").arg(day),
        [this, part](const QString &path) { return ExtractPrinting::pdf(m_team, m_id, part, path); });
}

void ParticipantLogTab::reload()
{
    const QList<AuditRecord> records = AuditLog::forParticipant(m_team.database(), m_id);
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(records.size()));
    int row = 0;
    // Newest first (as AuditLog returns them): the usual question is "who looked lately?".
    for (auto it = records.cbegin(); it != records.cend(); ++it, ++row) {
        const QStringList cells{it->timestamp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), it->actor,
                                it->osUser, AuditActions::describe(it->action, it->detail), it->detail};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

void ParticipantLogTab::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

} // namespace samsyn
