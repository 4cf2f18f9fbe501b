// SPDX-License-Identifier: EUPL-1.2
#include "participants/participantoverviewtab.h"

#include "commands/participantcommands.h"
#include "participants/identityeditor.h"
#include "participants/settingscombos.h"
#include "storage/participantrepository.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>

namespace samsyn {

namespace {

QDate todayOf(const TeamFile &team)
{
    return team.clock().now().toLocalTime().date();
}

} // namespace

ParticipantOverviewTab::ParticipantOverviewTab(TeamFile &team, qint64 participantId, QWidget *parent)
    : QWidget(parent), m_team(team), m_id(participantId)
{
    setStyleSheet(FieldFeedback::styleSheet());
    buildForm();
    connect(&team, &TeamFile::changed, this, &ParticipantOverviewTab::onTeamChanged);
    reload();
}

void ParticipantOverviewTab::buildForm()
{
    auto *content = new QWidget;
    auto *outer = new QVBoxLayout(content);
    m_form = new QFormLayout;
    outer->addLayout(m_form);
    outer->addStretch(1); // spare height goes below the form, not into the income list's row
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    content->setMaximumWidth(820); // long lines of form fields are hard to read on wide screens
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("saveError"));
    m_error->setProperty("problem", true);
    m_error->setWordWrap(true);
    m_error->hide();
    m_form->addRow(m_error);

    m_identity = new IdentityEditor(todayOf(m_team), m_feedback);
    m_form->addRow(tr("Identity:"), m_feedback.wrap(QStringLiteral("identity"), m_identity));
    track(m_identity, [this](Participant &p) { return m_identity->applyTo(p); });
    connect(m_identity, &IdentityEditor::edited, this, &ParticipantOverviewTab::validateAll);
    connect(m_identity, &IdentityEditor::committed, this, [this] { commit(m_appliers.at(0)); });
    m_loaders << [this] { m_identity->setParticipant(m_stored); };

    m_protected = new QCheckBox(tr("Protected identity (skyddade personuppgifter)"));
    m_protected->setObjectName(QStringLiteral("protectedIdentity"));
    m_form->addRow(QString(), m_protected);
    const Apply protectedApply = [this](Participant &p) {
        p.protectedIdentity = m_protected->isChecked();
        return QList<FieldProblem>{};
    };
    connect(m_protected, &QCheckBox::clicked, this, [this, protectedApply] { commit(protectedApply); });
    m_loaders << [this] { m_protected->setChecked(m_stored.protectedIdentity); };

    addLine(QStringLiteral("givenName"), tr("Given name:"), &Participant::givenName);
    addLine(QStringLiteral("familyName"), tr("Family name:"), &Participant::familyName);
    addLine(QStringLiteral("phone"), tr("Phone:"), &Participant::phone);
    addLine(QStringLiteral("email"), tr("E-mail:"), &Participant::email);
    addLine(QStringLiteral("address"), tr("Address:"), &Participant::address);

    const SettingsRepository settings(m_team.database());
    auto *municipality = addCombo(QStringLiteral("municipality"), tr("Municipality:"),
                                  [](Participant &p, QComboBox *c) { p.municipalityId = SettingsCombos::currentId(c); });
    SettingsCombos::fillMunicipalities(municipality, settings);
    m_loaders << [this, municipality] {
        SettingsCombos::select(municipality, m_stored.municipalityId ? QVariant(*m_stored.municipalityId) : QVariant());
    };

    m_interpreter = new QCheckBox(tr("Interpreter needed"));
    m_interpreter->setObjectName(QStringLiteral("interpreterNeeded"));
    m_form->addRow(QString(), m_interpreter);
    const Apply interpreterApply = [this](Participant &p) {
        p.interpreterNeeded = m_interpreter->isChecked();
        return QList<FieldProblem>{};
    };
    connect(m_interpreter, &QCheckBox::clicked, this, [this, interpreterApply] { commit(interpreterApply); });
    m_loaders << [this] { m_interpreter->setChecked(m_stored.interpreterNeeded); };
    addLine(QStringLiteral("interpreterLanguage"), tr("Interpreter language:"), &Participant::interpreterLanguage);

    m_income = new QListWidget;
    m_income->setObjectName(QStringLiteral("incomeSources"));
    m_income->setAccessibleName(tr("Income sources"));
    for (const CodeEntry &entry : settings.codes(CodeTable::IncomeSource)) {
        auto *item = new QListWidgetItem(entry.displayLabel(), m_income);
        item->setData(Qt::UserRole, entry.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_income->setFixedHeight(m_income->sizeHintForRow(0) * std::min(m_income->count(), 6) + 2 * m_income->frameWidth());
    m_form->addRow(tr("Income sources:"), m_feedback.wrap(QStringLiteral("incomeSources"), m_income));
    const Apply incomeApply = [this](Participant &p) {
        p.incomeSources.clear();
        for (int i = 0; i < m_income->count(); ++i) {
            if (m_income->item(i)->checkState() == Qt::Checked)
                p.incomeSources << m_income->item(i)->data(Qt::UserRole).toString();
        }
        return QList<FieldProblem>{};
    };
    track(m_income, incomeApply);
    connect(m_income, &QListWidget::itemChanged, this, [this, incomeApply] {
        if (!m_loading)
            commit(incomeApply);
    });
    m_loaders << [this] {
        for (int i = 0; i < m_income->count(); ++i) {
            QListWidgetItem *item = m_income->item(i);
            item->setCheckState(m_stored.incomeSources.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    };

    const auto addCodeCombo = [&](const QString &field, const QString &label, const QString &table, QString Participant::*member) {
        auto *combo = addCombo(field, label, [member](Participant &p, QComboBox *c) { p.*member = SettingsCombos::currentCode(c); });
        SettingsCombos::fillCodes(combo, settings, table);
        m_loaders << [this, combo, member] {
            SettingsCombos::select(combo, (m_stored.*member).isEmpty() ? QVariant() : QVariant(m_stored.*member));
        };
    };
    addCodeCombo(QStringLiteral("occupation"), tr("Occupation:"), CodeTable::Occupation, &Participant::occupation);
    addCodeCombo(QStringLiteral("education"), tr("Education:"), CodeTable::Education, &Participant::education);
    addCodeCombo(QStringLiteral("supportTime"), tr("Time in public support:"), CodeTable::PublicSupportTime,
                 &Participant::supportTime);

    auto *status = addCombo(QStringLiteral("status"), tr("Status:"), [](Participant &p, QComboBox *c) {
        p.status = ParticipantStatuses::fromCode(SettingsCombos::currentCode(c)).value_or(p.status);
    });
    SettingsCombos::fillStatuses(status);
    m_loaders << [this, status] { SettingsCombos::select(status, ParticipantStatuses::code(m_stored.status)); };
    auto *coordinator = addCombo(QStringLiteral("coordinator"), tr("Coordinator:"),
                                 [](Participant &p, QComboBox *c) { p.coordinatorId = SettingsCombos::currentId(c); });
    SettingsCombos::fillMembers(coordinator, settings);
    m_loaders << [this, coordinator] {
        SettingsCombos::select(coordinator, m_stored.coordinatorId ? QVariant(*m_stored.coordinatorId) : QVariant());
    };

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QLineEdit *ParticipantOverviewTab::addLine(const QString &field, const QString &label, QString Participant::*member)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(field);
    edit->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    m_form->addRow(label, m_feedback.wrap(field, edit));
    const Apply apply = [edit, member](Participant &p) {
        p.*member = edit->text();
        return QList<FieldProblem>{};
    };
    track(edit, apply);
    connect(edit, &QLineEdit::textEdited, this, &ParticipantOverviewTab::validateAll);
    connect(edit, &QLineEdit::editingFinished, this, [this, apply] { commit(apply); });
    m_loaders << [this, edit, member] { edit->setText(m_stored.*member); };
    return edit;
}

QComboBox *ParticipantOverviewTab::addCombo(const QString &field, const QString &label,
                                            const std::function<void(Participant &, QComboBox *)> &apply)
{
    auto *combo = new QComboBox;
    combo->setObjectName(field);
    combo->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    m_form->addRow(label, m_feedback.wrap(field, combo));
    const Apply applyCombo = [combo, apply](Participant &p) {
        apply(p, combo);
        return QList<FieldProblem>{};
    };
    track(combo, applyCombo);
    connect(combo, &QComboBox::activated, this, [this, applyCombo] { commit(applyCombo); });
    return combo;
}

void ParticipantOverviewTab::track(QWidget *, Apply apply)
{
    m_appliers << std::move(apply);
}

void ParticipantOverviewTab::validateAll()
{
    Participant candidate = m_stored;
    QList<FieldProblem> problems;
    for (const Apply &apply : std::as_const(m_appliers))
        problems += apply(candidate);
    problems += candidate.validate(todayOf(m_team));
    m_feedback.show(problems);
}

void ParticipantOverviewTab::commit(const Apply &apply)
{
    if (m_loading)
        return;
    Participant after = m_stored;
    QList<FieldProblem> problems = apply(after);
    problems += after.validate(todayOf(m_team));
    if (!problems.isEmpty()) {
        validateAll(); // shows them; nothing is saved
        return;
    }
    try {
        editParticipant(m_team, m_stored, after);
        m_error->hide();
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->show();
    }
}

bool ParticipantOverviewTab::reload()
{
    const auto participant = ParticipantRepository(m_team.database()).get(m_id);
    if (!participant)
        return false;
    m_stored = *participant;
    load();
    return true;
}

void ParticipantOverviewTab::load()
{
    m_loading = true;
    for (const auto &loader : std::as_const(m_loaders))
        loader();
    m_loading = false;
    m_feedback.show({});
    Q_EMIT participantChanged(m_stored);
}

void ParticipantOverviewTab::onTeamChanged(const ChangeSet &changes)
{
    if (!changes.participantIds.contains(m_id) && !changes.touches(QStringLiteral("all")))
        return;
    if (!reload())
        Q_EMIT participantRemoved();
}

} // namespace samsyn
