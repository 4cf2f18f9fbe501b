// SPDX-License-Identifier: EUPL-1.2
#include "meetings/decisionfields.h"

#include "common/isodateedit.h"
#include "participants/settingscombos.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace samsyn {

namespace {

void fillProgrammes(QComboBox *combo, const SettingsRepository &settings)
{
    combo->addItem(DecisionFields::tr("(choose)"));
    for (const Programme &p : settings.programmes())
        combo->addItem(p.name, p.id);
}

QPlainTextEdit *shortText(const QString &name, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(70);
    return edit;
}

QWidget *page(const QList<QPair<QString, QWidget *>> &rows)
{
    auto *widget = new QWidget;
    auto *form = new QFormLayout(widget);
    form->setContentsMargins(0, 0, 0, 0);
    for (const auto &[label, field] : rows)
        form->addRow(label, field);
    return widget;
}

} // namespace

DecisionFields::DecisionFields(TeamFile &team, QWidget *parent)
    : QWidget(parent), m_decision(new QComboBox), m_details(new QStackedWidget), m_offerProgramme(new QComboBox),
      m_coordinator(new QComboBox),
      m_plannedStart(makeIsoDateEdit(QStringLiteral("plannedStart"), tr("Planned start"), team.clock().today())),
      m_waitProgramme(new QComboBox), m_recommendation(shortText(QStringLiteral("recommendation"), tr("Recommendation"))),
      m_missing(shortText(QStringLiteral("missing"), tr("What is missing")))
{
    const SettingsRepository settings(team.database());
    m_decision->setObjectName(QStringLiteral("decisionKind"));
    m_decision->setAccessibleName(tr("Decision"));
    m_decision->addItem(tr("(no decision yet)"));
    for (DecisionKind k : {DecisionKind::Offer, DecisionKind::WaitingList, DecisionKind::Decline, DecisionKind::Postpone})
        m_decision->addItem(DecisionCodes::label(k), int(k));
    m_offerProgramme->setObjectName(QStringLiteral("offerProgramme"));
    m_offerProgramme->setAccessibleName(tr("Programme"));
    fillProgrammes(m_offerProgramme, settings);
    m_coordinator->setObjectName(QStringLiteral("offerCoordinator"));
    m_coordinator->setAccessibleName(tr("Coordinator"));
    SettingsCombos::fillMembers(m_coordinator, settings);
    m_waitProgramme->setObjectName(QStringLiteral("waitProgramme"));
    m_waitProgramme->setAccessibleName(tr("Programme"));
    fillProgrammes(m_waitProgramme, settings);

    m_details->addWidget(new QWidget);
    m_details->addWidget(page({{tr("Programme:"), m_offerProgramme},
                               {tr("Coordinator:"), m_coordinator},
                               {tr("Planned start:"), m_plannedStart}}));
    m_details->addWidget(page({{tr("Programme:"), m_waitProgramme}}));
    m_details->addWidget(page({{tr("Recommendation to the referring party:"), m_recommendation}}));
    m_details->addWidget(page({{tr("What is missing:"), m_missing}}));

    auto *decisionRow = new QFormLayout;
    decisionRow->addRow(tr("Decision:"), m_decision);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(decisionRow);
    layout->addWidget(m_details);

    connect(m_decision, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_details->setCurrentIndex(index);
        Q_EMIT edited();
    });
    for (QComboBox *combo : {m_offerProgramme, m_coordinator, m_waitProgramme})
        connect(combo, &QComboBox::currentIndexChanged, this, &DecisionFields::edited);
    connect(m_plannedStart, &QDateEdit::dateChanged, this, &DecisionFields::edited);
    connect(m_recommendation, &QPlainTextEdit::textChanged, this, &DecisionFields::edited);
    connect(m_missing, &QPlainTextEdit::textChanged, this, &DecisionFields::edited);
}

void DecisionFields::showDecision(const ReferralAssessment &a)
{
    m_decision->setCurrentIndex(a.decision ? m_decision->findData(int(*a.decision)) : 0);
    SettingsCombos::select(m_offerProgramme, a.programmeId ? QVariant(*a.programmeId) : QVariant());
    SettingsCombos::select(m_waitProgramme, a.programmeId ? QVariant(*a.programmeId) : QVariant());
    SettingsCombos::select(m_coordinator, a.coordinatorId ? QVariant(*a.coordinatorId) : QVariant());
    if (a.plannedStart.isValid())
        m_plannedStart->setDate(a.plannedStart);
    m_recommendation->setPlainText(a.recommendation);
    m_missing->setPlainText(a.missing);
    m_details->setCurrentIndex(m_decision->currentIndex());
}

void DecisionFields::applyTo(ReferralAssessment &a) const
{
    const QVariant kind = m_decision->currentData();
    a.decision = kind.isValid() ? std::optional<DecisionKind>(static_cast<DecisionKind>(kind.toInt())) : std::nullopt;
    a.programmeId = SettingsCombos::currentId(a.decision == DecisionKind::WaitingList ? m_waitProgramme : m_offerProgramme);
    a.coordinatorId = SettingsCombos::currentId(m_coordinator);
    a.plannedStart = m_plannedStart->date();
    a.recommendation = m_recommendation->toPlainText().trimmed();
    a.missing = m_missing->toPlainText().trimmed();
}

bool DecisionFields::hasDecision() const
{
    return m_decision->currentIndex() > 0;
}

} // namespace samsyn
