// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/siptab.h"

#include "common/documentprinting.h"
#include "documents/loggedprint.h"
#include "participants/tabs/sipeditor.h"
#include "participants/tabs/sipfollowupdialog.h"
#include "participants/tabs/tabsupport.h"
#include "storage/enrollmentrepository.h"
#include "shell/userprompts.h"
#include "sip/sipprinting.h"
#include "storage/siprepository.h"
#include "util/error.h"
#include "teamfile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace samsyn {

namespace {

constexpr int kPlanRole = Qt::UserRole;
constexpr int kVersionRole = Qt::UserRole + 1;

} // namespace

SipTab::SipTab(TeamFile &team, UserPrompts &prompts, qint64 participantId, QWidget *parent)
    : QWidget(parent), m_team(team), m_prompts(prompts), m_participantId(participantId), m_versions(new QListWidget),
      m_new(new QPushButton(tr("New SIP"))), m_followUp(new QPushButton(tr("Follow-up…"))),
      m_preview(new QPushButton(tr("Print preview…"))), m_pdf(new QPushButton(tr("Save as PDF…"))), m_heading(new QLabel),
      m_error(TabSupport::errorLabel(QStringLiteral("sipError"))), m_editor(new SipEditor(team)),
      m_empty(new QLabel(tr("No SIP yet. \"New SIP\" starts the plan at the first SIP meeting.")))
{
    m_versions->setObjectName(QStringLiteral("sipVersions"));
    m_versions->setAccessibleName(tr("SIP versions"));
    m_new->setObjectName(QStringLiteral("newSip"));
    m_followUp->setObjectName(QStringLiteral("sipFollowUp"));
    m_followUp->setToolTip(tr("Record a follow-up meeting: writes the next version of the plan, the current one is kept"));
    m_preview->setObjectName(QStringLiteral("sipPrintPreview"));
    m_preview->setToolTip(tr("The version shown as it prints; printing is recorded in the participant's log"));
    m_pdf->setObjectName(QStringLiteral("sipSavePdf"));
    m_pdf->setToolTip(tr("Save the version shown as a PDF; recorded in the participant's log"));
    m_heading->setObjectName(QStringLiteral("sipHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Plans over time")));
    leftLayout->addWidget(m_versions, 1);
    leftLayout->addWidget(m_new);
    leftLayout->addWidget(m_followUp);

    auto *content = new QWidget;
    content->setMaximumWidth(1000);
    auto *contentLayout = new QVBoxLayout(content);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_preview, 0, Qt::AlignTop);
    headingRow->addWidget(m_pdf, 0, Qt::AlignTop);
    contentLayout->addLayout(headingRow);
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(m_empty);
    contentLayout->addWidget(m_editor);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 900});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_new, &QPushButton::clicked, this, [this] { createPlan(TabSupport::today(m_team)); });
    connect(m_followUp, &QPushButton::clicked, this, &SipTab::askFollowUp);
    connect(m_preview, &QPushButton::clicked, this, &SipTab::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &SipTab::savePdf);
    connect(m_editor, &SipEditor::committed, this, &SipTab::saveCurrent);
    connect(m_versions, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showVersion(item->data(kPlanRole).toLongLong(), item->data(kVersionRole).toInt());
    });
    connect(&team, &TeamFile::changed, this, &SipTab::onTeamChanged);
    reload();
}

void SipTab::reload()
{
    const SipRepository repo(m_team.database());
    const qint64 keepPlan = m_shown.planId;
    const int keepVersion = m_shown.version;
    const QSignalBlocker block(m_versions);
    m_versions->clear();
    QListWidgetItem *pick = nullptr;
    const QList<qint64> plans = repo.plans(m_participantId);
    // Newest plan and newest version first: the current plan is what the work is about.
    for (int p = plans.size() - 1; p >= 0; --p) {
        const qint64 plan = plans.at(p);
        for (int n = repo.versionCount(plan); n >= 1; --n) {
            const std::optional<SipVersion> v = repo.version(plan, n);
            if (!v)
                continue;
            QString text = plans.size() > 1 ? tr("SIP %1, version %2").arg(p + 1).arg(n) : tr("Version %1").arg(n);
            text += QStringLiteral("\n") + v->meetingDate.toString(Qt::ISODate)
                    + (v->superseded ? QString() : tr(" · current"));
            auto *item = new QListWidgetItem(text, m_versions);
            item->setData(kPlanRole, plan);
            item->setData(kVersionRole, n);
            if (!pick && !v->superseded)
                pick = item;
        }
    }
    const bool any = m_versions->count() > 0;
    m_new->setVisible(!any);
    m_empty->setVisible(!any);
    m_editor->setVisible(any);
    if (!any) {
        m_shown = SipVersion();
        m_heading->setText(tr("Samordnad individuell plan"));
        m_followUp->setEnabled(false);
        m_preview->setVisible(false);
        m_pdf->setVisible(false);
        return;
    }
    // Keep the version the user was reading, unless it was the current one that a follow-up
    // has just superseded: then the new current version is what they want to see.
    for (int i = 0; i < m_versions->count(); ++i) {
        QListWidgetItem *item = m_versions->item(i);
        if (item->data(kPlanRole).toLongLong() == keepPlan && item->data(kVersionRole).toInt() == keepVersion
            && (m_shown.superseded || !repo.version(keepPlan, keepVersion)->superseded))
            pick = item;
    }
    m_versions->setCurrentItem(pick ? pick : m_versions->item(0));
    showVersion(m_versions->currentItem()->data(kPlanRole).toLongLong(), m_versions->currentItem()->data(kVersionRole).toInt());
}

void SipTab::showVersion(qint64 planId, int number)
{
    const SipRepository repo(m_team.database());
    const std::optional<SipVersion> v = repo.version(planId, number);
    if (!v)
        return;
    const bool editable = !v->superseded && !m_team.isReadOnly();
    // An own save comes back as a change: do not reset the form the user is typing in.
    if (!(m_shown.id == v->id && m_editor->version() == *v))
        m_editor->setVersion(*v, editable);
    m_shown = *v;
    const int count = repo.versionCount(planId);
    m_heading->setText(v->superseded ? tr("Version %1 of %2, meeting %3 – superseded by a follow-up, kept as it was")
                                           .arg(number).arg(count).arg(v->meetingDate.toString(Qt::ISODate))
                                     : tr("Version %1 of %2, meeting %3 – current plan")
                                           .arg(number).arg(count).arg(v->meetingDate.toString(Qt::ISODate)));
    m_followUp->setEnabled(editable);
    // Printing is logged, so a read-only file cannot print.
    for (QPushButton *button : {m_preview, m_pdf}) {
        button->setVisible(true);
        button->setEnabled(!m_team.isReadOnly());
    }
    for (int i = 0; i < m_versions->count(); ++i) {
        QListWidgetItem *item = m_versions->item(i);
        if (item->data(kPlanRole).toLongLong() == planId && item->data(kVersionRole).toInt() == number && m_versions->currentItem() != item) {
            const QSignalBlocker block(m_versions);
            m_versions->setCurrentItem(item);
        }
    }
}

std::optional<qint64> SipTab::openEnrollment() const
{
    std::optional<qint64> id;
    for (const Enrollment &e : EnrollmentRepository(m_team.database()).forParticipant(m_participantId)) {
        if (e.isOpen())
            id = e.id;
    }
    return id;
}

bool SipTab::createPlan(QDate meetingDate)
{
    SipVersion first;
    first.meetingDate = meetingDate;
    const std::optional<qint64> enrollment = openEnrollment();
    return TabSupport::write(m_team, m_error, QStringLiteral("sip.create"),
                             [&](WriteContext &ctx) { SipRepository::createPlan(ctx, m_participantId, enrollment, first); },
                             m_participantId);
}

bool SipTab::saveCurrent()
{
    if (m_shown.id == 0 || m_shown.superseded)
        return false;
    QStringList problems;
    const SipVersion edited = m_editor->version(&problems);
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
        return false;
    }
    if (edited == m_shown) {
        m_error->hide();
        return true;
    }
    return TabSupport::write(m_team, m_error, QStringLiteral("sip.update"),
                             [&](WriteContext &ctx) { SipRepository::updateCurrent(ctx, edited); }, m_participantId);
}

bool SipTab::followUp(QDate date, const QString &logText)
{
    if (m_shown.id == 0 || m_shown.superseded)
        return false;
    // Unsaved edits belong to the version being followed up, so they are saved first.
    if (!saveCurrent())
        return false;
    const qint64 plan = m_shown.planId;
    const std::optional<qint64> author = m_team.currentMember();
    SipVersion next;
    const bool ok = TabSupport::write(m_team, m_error, QStringLiteral("sip.followup"),
                                      [&](WriteContext &ctx) { next = SipRepository::followUp(ctx, plan, date, logText, author); },
                                      m_participantId);
    if (ok)
        showVersion(plan, next.version);
    return ok;
}

void SipTab::askFollowUp()
{
    auto *dialog = new SipFollowupDialog(TabSupport::today(m_team), m_shown.version, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { followUp(dialog->date(), dialog->logText()); });
    dialog->open();
}

bool SipTab::printPreview()
{
    if (m_shown.id == 0)
        return false;
    const QString title = tr("Print the SIP");
    try {
        const SipPrinting::Prepared prepared = SipPrinting::prepare(m_team, m_participantId, m_shown.planId, m_shown.version);
        return DocumentPrinting::previewLogged(m_team, m_prompts, this, title, prepared.document, prepared.detail,
                                               m_participantId);
    } catch (const Error &e) {
        m_prompts.error(this, title, e.message(), e.technicalDetail());
    }
    return false;
}

bool SipTab::savePdf()
{
    if (m_shown.id == 0)
        return false;
    const qint64 plan = m_shown.planId;
    const int version = m_shown.version;
    return DocumentPrinting::savePdf(
        m_team, m_prompts, this, tr("Save the SIP as PDF"),
        tr("SIP version %1 %2.pdf").arg(version).arg(m_shown.meetingDate.toString(Qt::ISODate)), [&](const QString &path) {
            const SipPrinting::Prepared prepared = SipPrinting::prepare(m_team, m_participantId, plan, version);
            return LoggedPrint::pdf(m_team, prepared.document, path, prepared.detail, m_participantId);
        });
}

void SipTab::onTeamChanged(const ChangeSet &changes)
{
    if (changes.participantIds.contains(m_participantId) || changes.touches(QStringLiteral("all")))
        reload();
}

} // namespace samsyn
