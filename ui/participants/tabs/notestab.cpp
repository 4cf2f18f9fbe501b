// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/notestab.h"

#include "participants/tabs/noteeditor.h"
#include "participants/tabs/tabsupport.h"
#include "shell/userprompts.h"
#include "storage/noterepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samsyn {

namespace {

// A period end left open: the date edits show "any" at their minimum.
const QDate kOpen(2000, 1, 1);

QDateEdit *periodEdit(const QString &objectName, const QString &accessibleName)
{
    QDateEdit *edit = TabSupport::dateEdit(objectName, kOpen);
    edit->setAccessibleName(accessibleName);
    edit->setMinimumDate(kOpen);
    edit->setSpecialValueText(NotesTab::tr("any"));
    return edit;
}

QString firstLines(const QString &text)
{
    QString flat = text.simplified();
    constexpr int kMax = 160;
    if (flat.size() > kMax)
        flat = flat.left(kMax - 1) + QChar(0x2026);
    return flat;
}

} // namespace

NotesTab::NotesTab(TeamFile &team, UserPrompts &prompts, qint64 participantId, QWidget *parent)
    : QWidget(parent), m_team(team), m_prompts(prompts), m_participantId(participantId), m_kindFilter(new QComboBox),
      m_from(periodEdit(QStringLiteral("notesFrom"), tr("Notes from"))),
      m_to(periodEdit(QStringLiteral("notesTo"), tr("Notes until"))), m_count(new QLabel),
      m_table(new QTableWidget(0, 4)), m_editor(new NoteEditor(team)), m_editorTitle(new QLabel),
      m_new(new QPushButton(tr("New note"))), m_save(new QPushButton(tr("Save note"))),
      m_delete(new QPushButton(tr("Delete note…"))), m_error(TabSupport::errorLabel(QStringLiteral("noteError")))
{
    m_kindFilter->setObjectName(QStringLiteral("notesKindFilter"));
    m_kindFilter->setAccessibleName(tr("Kind of notes shown"));
    m_kindFilter->addItem(tr("All kinds"));
    for (NoteKind kind : NoteKinds::all())
        m_kindFilter->addItem(NoteKinds::label(kind), NoteKinds::code(kind));
    m_count->setObjectName(QStringLiteral("notesCount"));

    m_table->setObjectName(QStringLiteral("notesTable"));
    m_table->setAccessibleName(tr("Notes"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Author"), tr("Text")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_new->setObjectName(QStringLiteral("newNote"));
    m_save->setObjectName(QStringLiteral("saveNote"));
    m_save->setDefault(true);
    m_delete->setObjectName(QStringLiteral("deleteNote"));
    QFont bold = m_editorTitle->font();
    bold.setBold(true);
    m_editorTitle->setFont(bold);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Kind")));
    filters->addWidget(m_kindFilter);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("From")));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to")));
    filters->addWidget(m_to);
    auto *clear = new QPushButton(tr("Show all"));
    clear->setObjectName(QStringLiteral("notesShowAll"));
    filters->addWidget(clear);
    filters->addStretch(1);
    filters->addWidget(m_count);
    filters->addWidget(m_new);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_editorTitle, 1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(buttons);
    bottomLayout->addWidget(m_error);
    bottomLayout->addWidget(m_editor, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &NotesTab::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &NotesTab::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &NotesTab::reload);
    connect(clear, &QPushButton::clicked, this, [this] { setFilter({}); });
    connect(m_new, &QPushButton::clicked, this, &NotesTab::startNew);
    connect(m_save, &QPushButton::clicked, this, &NotesTab::save);
    connect(m_delete, &QPushButton::clicked, this, &NotesTab::deleteCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_notes.size())
            selectNote(m_notes.at(row).id);
    });
    connect(&team, &TeamFile::changed, this, &NotesTab::onTeamChanged);
    startNew();
    reload();
}

void NotesTab::setFilter(const NoteFilter &filter)
{
    const QSignalBlocker a(m_kindFilter), b(m_from), c(m_to);
    m_kindFilter->setCurrentIndex(filter.kind ? std::max(0, m_kindFilter->findData(NoteKinds::code(*filter.kind))) : 0);
    m_from->setDate(filter.from.isValid() ? filter.from : kOpen);
    m_to->setDate(filter.to.isValid() ? filter.to : kOpen);
    reload();
}

NoteFilter NotesTab::filter() const
{
    NoteFilter f;
    f.kind = NoteKinds::fromCode(m_kindFilter->currentData().toString());
    if (m_from->date() != kOpen)
        f.from = m_from->date();
    if (m_to->date() != kOpen)
        f.to = m_to->date();
    return f;
}

void NotesTab::reload()
{
    m_notes = NoteRepository(m_team.database()).list(m_participantId, filter());
    const SettingsRepository settings(m_team.database());
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_notes.size()));
    for (int row = 0; row < m_notes.size(); ++row) {
        const Note &n = m_notes.at(row);
        const std::optional<Member> author = n.authorId ? settings.member(*n.authorId) : std::nullopt;
        const QStringList cells{n.date.toString(Qt::ISODate), NoteKinds::label(n.kind), author ? author->name : QString(),
                                firstLines(n.text)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 3)
                item->setToolTip(n.text);
            m_table->setItem(row, column, item);
        }
        if (n.id == m_editor->note().id && !m_editor->isNew())
            m_table->selectRow(row);
    }
    if (m_notes.isEmpty())
        m_table->clearSelection();
    const int all = int(NoteRepository(m_team.database()).list(m_participantId).size());
    m_count->setText(m_notes.size() == all ? tr("%n note(s)", nullptr, all)
                                           : tr("%1 of %n note(s)", nullptr, all).arg(m_notes.size()));
    updateButtons();
}

bool NotesTab::selectNote(qint64 id)
{
    for (int row = 0; row < m_notes.size(); ++row) {
        if (m_notes.at(row).id != id)
            continue;
        m_editor->setNote(m_notes.at(row));
        const QSignalBlocker block(m_table);
        m_table->selectRow(row);
        m_error->hide();
        updateButtons();
        return true;
    }
    return false;
}

void NotesTab::startNew()
{
    m_editor->startNew(m_participantId, TabSupport::today(m_team));
    m_table->clearSelection();
    m_error->hide();
    updateButtons();
}

void NotesTab::updateButtons()
{
    const bool writable = !m_team.isReadOnly();
    const bool isNew = m_editor->isNew();
    m_editorTitle->setText(isNew ? tr("New note") : tr("Note of %1").arg(m_editor->note().date.toString(Qt::ISODate)));
    m_save->setText(isNew ? tr("Add note") : tr("Save changes"));
    m_save->setEnabled(writable);
    m_new->setEnabled(writable);
    m_delete->setEnabled(writable && !isNew);
}

bool NotesTab::save()
{
    Note note = m_editor->note();
    const QStringList problems = note.problems(TabSupport::today(m_team));
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
        return false;
    }
    const bool isNew = note.id == 0;
    const bool ok = TabSupport::write(
        m_team, m_error, isNew ? QStringLiteral("note.add") : QStringLiteral("note.edit"),
        [&](WriteContext &ctx) {
            if (isNew)
                NoteRepository::add(ctx, note);
            else
                NoteRepository::update(ctx, note);
        },
        m_participantId);
    if (ok) {
        m_editor->setNote(*NoteRepository(m_team.database()).get(note.id));
        reload();
        selectNote(note.id);
    }
    return ok;
}

bool NotesTab::deleteCurrent()
{
    const Note note = m_editor->note();
    if (note.id == 0)
        return false;
    const QString question = tr("Delete the note of %1 (%2)? The text is removed from the team file for good.")
                                 .arg(note.date.toString(Qt::ISODate), NoteKinds::label(note.kind));
    if (!m_prompts.confirm(this, tr("Delete note"), question, tr("Delete")))
        return false;
    const bool ok = TabSupport::write(m_team, m_error, QStringLiteral("note.delete"),
                                      [&](WriteContext &ctx) { NoteRepository::remove(ctx, note.id); }, m_participantId);
    if (ok) {
        startNew();
        reload();
    }
    return ok;
}

void NotesTab::onTeamChanged(const ChangeSet &changes)
{
    if (!changes.participantIds.contains(m_participantId) && !changes.touches(QStringLiteral("all")))
        return;
    // The note being edited may have gone (deleted elsewhere, a restore): start afresh then.
    if (!m_editor->isNew() && !NoteRepository(m_team.database()).get(m_editor->note().id))
        startNew();
    reload();
}

} // namespace samsyn
