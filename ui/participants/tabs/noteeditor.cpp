// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/noteeditor.h"

#include "participants/settingscombos.h"
#include "participants/tabs/tabsupport.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace samsyn {

NoteEditor::NoteEditor(TeamFile &team, QWidget *parent)
    : QWidget(parent), m_team(team), m_date(TabSupport::dateEdit(QStringLiteral("noteDate"), TabSupport::today(team))),
      m_kind(new QComboBox), m_author(new QComboBox), m_text(new QPlainTextEdit)
{
    m_date->setAccessibleName(tr("Date of the note"));
    m_kind->setObjectName(QStringLiteral("noteKind"));
    m_kind->setAccessibleName(tr("Kind of contact"));
    for (NoteKind kind : NoteKinds::all())
        m_kind->addItem(NoteKinds::label(kind), NoteKinds::code(kind));
    m_author->setObjectName(QStringLiteral("noteAuthor"));
    m_author->setAccessibleName(tr("Author"));
    SettingsCombos::fillMembers(m_author, SettingsRepository(team.database()));
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setAccessibleName(tr("Text of the note"));
    m_text->setPlaceholderText(tr("What was talked about, agreed or done"));
    m_text->setTabChangesFocus(true);

    auto *line = new QHBoxLayout;
    line->addWidget(new QLabel(tr("Date")));
    line->addWidget(m_date);
    line->addSpacing(12);
    line->addWidget(new QLabel(tr("Kind")));
    line->addWidget(m_kind);
    line->addSpacing(12);
    line->addWidget(new QLabel(tr("Author")));
    line->addWidget(m_author);
    line->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addWidget(m_text, 1);
}

void NoteEditor::setNote(const Note &note)
{
    m_note = note;
    m_date->setDate(note.date);
    m_kind->setCurrentIndex(m_kind->findData(NoteKinds::code(note.kind)));
    SettingsCombos::select(m_author, note.authorId ? QVariant(*note.authorId) : QVariant());
    m_text->setPlainText(note.text);
}

void NoteEditor::startNew(qint64 participantId, QDate today)
{
    Note fresh;
    fresh.participantId = participantId;
    fresh.date = today;
    fresh.authorId = m_team.currentMember();
    setNote(fresh);
}

Note NoteEditor::note() const
{
    Note n = m_note;
    n.date = m_date->date();
    n.kind = NoteKinds::fromCode(m_kind->currentData().toString()).value_or(NoteKind::Individual);
    n.authorId = SettingsCombos::currentId(m_author);
    n.text = m_text->toPlainText();
    return n;
}

} // namespace samsyn
