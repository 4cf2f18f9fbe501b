// SPDX-License-Identifier: EUPL-1.2
#include "referrals/participantchooser.h"

#include "models/participantfilter.h"
#include "participants/identityeditor.h"
#include "storage/participantrepository.h"
#include "teamfile.h"
#include "util/clock.h"

#include <QButtonGroup>
#include <QCollator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace samsyn {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;
} // namespace

ParticipantChooser::ParticipantChooser(TeamFile &team, QWidget *parent)
    : QWidget(parent), m_team(team), m_existing(new QRadioButton(tr("An existing participant"))),
      m_new(new QRadioButton(tr("A new participant"))), m_pages(new QStackedWidget), m_search(new QLineEdit),
      m_list(new QListWidget), m_identity(new IdentityEditor(team.clock().today(), m_feedback)), m_given(new QLineEdit),
      m_family(new QLineEdit)
{
    m_existing->setObjectName(QStringLiteral("chooseExisting"));
    m_new->setObjectName(QStringLiteral("chooseNew"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_existing);
    group->addButton(m_new);
    m_search->setObjectName(QStringLiteral("participantSearch"));
    m_search->setPlaceholderText(tr("Search name or personnummer"));
    m_search->setAccessibleName(tr("Search participants"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("participantList"));
    m_list->setAccessibleName(tr("Participants"));
    m_list->setMinimumHeight(110);
    m_given->setObjectName(QStringLiteral("givenName"));
    m_given->setAccessibleName(tr("Given name"));
    m_family->setObjectName(QStringLiteral("familyName"));
    m_family->setAccessibleName(tr("Family name"));

    auto *existingPage = new QWidget;
    auto *existingLayout = new QVBoxLayout(existingPage);
    existingLayout->setContentsMargins(0, 0, 0, 0);
    existingLayout->addWidget(m_search);
    existingLayout->addWidget(m_list);
    auto *newPage = new QWidget;
    auto *newForm = new QFormLayout(newPage);
    newForm->setContentsMargins(0, 0, 0, 0);
    newForm->addRow(tr("Identity:"), m_feedback.wrap(QStringLiteral("identity"), m_identity));
    newForm->addRow(tr("Given name:"), m_feedback.wrap(QStringLiteral("givenName"), m_given));
    newForm->addRow(tr("Family name:"), m_feedback.wrap(QStringLiteral("familyName"), m_family));
    m_pages->addWidget(existingPage);
    m_pages->addWidget(newPage);

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_existing);
    choice->addWidget(m_new);
    choice->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choice);
    layout->addWidget(m_pages);

    fillList();
    m_existing->setChecked(true);
    connect(m_existing, &QRadioButton::toggled, this, [this](bool on) {
        m_pages->setCurrentIndex(on ? 0 : 1);
        Q_EMIT edited();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        const ParticipantFilter filter(text, {});
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(!filter.matchesKey(m_list->item(i)->data(kKeyRole).toString()));
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &ParticipantChooser::edited);
    connect(m_identity, &IdentityEditor::edited, this, &ParticipantChooser::edited);
    connect(m_given, &QLineEdit::textEdited, this, &ParticipantChooser::edited);
    connect(m_family, &QLineEdit::textEdited, this, &ParticipantChooser::edited);
}

void ParticipantChooser::fillList()
{
    QList<ParticipantRow> rows = ParticipantRepository(m_team.database()).rows();
    QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    auto sortName = [](const ParticipantRow &r) -> QString { return r.familyName + QStringLiteral(", ") + r.givenName; };
    std::sort(rows.begin(), rows.end(),
              [&](const ParticipantRow &a, const ParticipantRow &b) { return collator.compare(sortName(a), sortName(b)) < 0; });
    for (const ParticipantRow &row : rows) {
        Participant p;
        p.identityKind = row.identityKind;
        p.identity = row.identity;
        p.protectedIdentity = row.protectedIdentity;
        auto *item = new QListWidgetItem(tr("%1  ·  %2  ·  %3")
                                             .arg(sortName(row), p.maskedIdentity(), ParticipantStatuses::label(row.status)));
        item->setData(kIdRole, row.id);
        item->setData(kKeyRole, ParticipantFilter::searchKey(row));
        m_list->addItem(item);
    }
}

bool ParticipantChooser::isNew() const
{
    return m_new->isChecked();
}

std::optional<qint64> ParticipantChooser::existingId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (isNew() || !item || item->isHidden())
        return std::nullopt;
    return item->data(kIdRole).toLongLong();
}

Participant ParticipantChooser::newParticipant(QList<FieldProblem> *problems) const
{
    Participant p;
    *problems = m_identity->applyTo(p);
    p.givenName = m_given->text().trimmed();
    p.familyName = m_family->text().trimmed();
    p.status = ParticipantStatus::Referred;
    *problems += p.validate(m_team.clock().today());
    return p;
}

void ParticipantChooser::chooseExisting(qint64 participantId)
{
    m_existing->setChecked(true);
    m_search->clear();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kIdRole).toLongLong() == participantId) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void ParticipantChooser::chooseNew(const Participant &p)
{
    m_new->setChecked(true);
    m_identity->setParticipant(p);
    m_given->setText(p.givenName);
    m_family->setText(p.familyName);
    Q_EMIT edited();
}

} // namespace samsyn
