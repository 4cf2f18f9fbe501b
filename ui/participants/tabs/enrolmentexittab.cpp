// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/enrolmentexittab.h"

#include "participants/tabs/enrolmentspanel.h"
#include "participants/tabs/exitdocumentpanel.h"
#include "participants/tabs/exitform.h"
#include "teamfile.h"
#include "common/sectiontitle.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace samsyn {

EnrolmentExitTab::EnrolmentExitTab(TeamFile &team, UserPrompts &prompts, qint64 participantId, QWidget *parent)
    : QWidget(parent), m_participantId(participantId), m_enrolments(new EnrolmentsPanel(team, participantId)),
      m_exit(new ExitForm(team, participantId)), m_document(new ExitDocumentPanel(team, prompts, participantId))
{
    auto *content = new QWidget;
    content->setMaximumWidth(860);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(new SectionTitle(tr("Enrolments"), tr("A stay in a programme: active, passive (less contact after "
                                                            "the active period) and exited.")));
    layout->addWidget(m_enrolments);
    layout->addSpacing(8);
    layout->addWidget(new SectionTitle(tr("Exit")));
    layout->addWidget(m_exit, 1);
    layout->addSpacing(8);
    layout->addWidget(m_document);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_enrolments, &EnrolmentsPanel::selectionChanged, this, [this] { m_exit->setEnrollment(m_enrolments->selected()); });
    connect(&team, &TeamFile::changed, this, &EnrolmentExitTab::onTeamChanged);
    m_exit->setEnrollment(m_enrolments->selected());
}

void EnrolmentExitTab::onTeamChanged(const ChangeSet &changes)
{
    if (!changes.participantIds.contains(m_participantId) && !changes.touches(QStringLiteral("all")))
        return;
    m_enrolments->reload();
    m_exit->setEnrollment(m_enrolments->selected());
    m_document->refresh();
}

} // namespace samsyn
