// SPDX-License-Identifier: EUPL-1.2
#include "participants/newparticipantdialog.h"

#include "commands/participantcommands.h"
#include "participants/identityeditor.h"
#include "participants/settingscombos.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/clock.h"
#include "util/error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace samsyn {

NewParticipantDialog::NewParticipantDialog(TeamFile &team, QWidget *parent)
    : QDialog(parent), m_team(team),
      m_identity(new IdentityEditor(team.clock().now().toLocalTime().date(), m_feedback)), m_given(new QLineEdit),
      m_family(new QLineEdit), m_municipality(new QComboBox), m_coordinator(new QComboBox), m_status(new QComboBox),
      m_error(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("newParticipantDialog"));
    setWindowTitle(tr("New participant"));
    setStyleSheet(FieldFeedback::styleSheet());
    m_given->setObjectName(QStringLiteral("givenName"));
    m_given->setAccessibleName(tr("Given name"));
    m_family->setObjectName(QStringLiteral("familyName"));
    m_family->setAccessibleName(tr("Family name"));
    m_municipality->setAccessibleName(tr("Municipality"));
    m_coordinator->setAccessibleName(tr("Coordinator"));
    m_status->setAccessibleName(tr("Status"));
    m_error->setProperty("problem", true);
    m_error->setWordWrap(true);
    m_error->hide();

    const SettingsRepository settings(team.database());
    SettingsCombos::fillMunicipalities(m_municipality, settings);
    SettingsCombos::fillMembers(m_coordinator, settings);
    if (team.currentMember())
        SettingsCombos::select(m_coordinator, QVariant(*team.currentMember()));
    SettingsCombos::fillStatuses(m_status);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Identity:"), m_feedback.wrap(QStringLiteral("identity"), m_identity));
    form->addRow(tr("Given name:"), m_feedback.wrap(QStringLiteral("givenName"), m_given));
    form->addRow(tr("Family name:"), m_feedback.wrap(QStringLiteral("familyName"), m_family));
    form->addRow(tr("Municipality:"), m_municipality);
    form->addRow(tr("Coordinator:"), m_coordinator);
    form->addRow(tr("Status:"), m_status);
    form->addRow(m_error);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewParticipantDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_identity, &IdentityEditor::edited, this, &NewParticipantDialog::validate);
    connect(m_given, &QLineEdit::textEdited, this, &NewParticipantDialog::validate);
    connect(m_family, &QLineEdit::textEdited, this, &NewParticipantDialog::validate);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    resize(560, sizeHint().height());
}

Participant NewParticipantDialog::candidate(QList<FieldProblem> *problems) const
{
    Participant p;
    *problems = m_identity->applyTo(p);
    p.givenName = m_given->text();
    p.familyName = m_family->text();
    p.municipalityId = SettingsCombos::currentId(m_municipality);
    p.coordinatorId = SettingsCombos::currentId(m_coordinator);
    p.status = ParticipantStatuses::fromCode(SettingsCombos::currentCode(m_status)).value_or(ParticipantStatus::Referred);
    *problems += p.validate(m_team.clock().now().toLocalTime().date());
    return p;
}

void NewParticipantDialog::validate()
{
    QList<FieldProblem> problems;
    candidate(&problems);
    // Empty fields the user has not reached yet are not shouted about, only the button waits.
    QList<FieldProblem> shown;
    for (const FieldProblem &problem : problems) {
        const auto *edit = findChild<QLineEdit *>(problem.field);
        if (!edit || !edit->text().isEmpty())
            shown << problem;
    }
    m_feedback.show(shown);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void NewParticipantDialog::accept()
{
    QList<FieldProblem> problems;
    Participant p = candidate(&problems);
    if (!problems.isEmpty()) {
        m_feedback.show(problems);
        return;
    }
    try {
        addParticipant(m_team, p);
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    m_createdId = p.id;
    QDialog::accept();
}

} // namespace samsyn
