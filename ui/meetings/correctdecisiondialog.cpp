// SPDX-License-Identifier: EUPL-1.2
#include "meetings/correctdecisiondialog.h"

#include "common/correctionfooter.h"
#include "meetings/decisioncorrection.h"
#include "meetings/decisionfields.h"
#include "meetings/decisionservice.h"
#include "meetings/decisiontext.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace samsyn {

namespace {

QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("decision"))
        return CorrectDecisionDialog::tr("decision");
    if (field == QLatin1String("programme"))
        return CorrectDecisionDialog::tr("programme");
    if (field == QLatin1String("coordinator"))
        return CorrectDecisionDialog::tr("coordinator");
    if (field == QLatin1String("planned_start"))
        return CorrectDecisionDialog::tr("planned start");
    if (field == QLatin1String("recommendation"))
        return CorrectDecisionDialog::tr("recommendation");
    if (field == QLatin1String("missing"))
        return CorrectDecisionDialog::tr("what is missing");
    return field;
}

} // namespace

CorrectDecisionDialog::CorrectDecisionDialog(TeamFile &team, const ReferralAssessment &recorded, QWidget *parent)
    : QDialog(parent), m_team(team), m_recorded(recorded), m_blocked(DecisionCorrection::blockedBy(team.database(), recorded)),
      m_fields(new DecisionFields(team)), m_footer(new CorrectionFooter(tr("Correct decision"), this))
{
    setWindowTitle(tr("Correct the recorded decision"));
    auto *intro = new QLabel(tr("Recorded on %1: %2.\nThe corrected decision keeps that date. The participant's status and "
                                "the waiting list follow it; protocols and letters printed from now on show the corrected "
                                "decision and the reason. Documents already printed are not changed.")
                                 .arg(recorded.decidedOn.toString(Qt::ISODate),
                                      decisionText(recorded, SettingsRepository(team.database()))));
    intro->setWordWrap(true);
    m_fields->showDecision(recorded);
    m_fields->setEnabled(m_blocked.isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_fields);
    layout->addWidget(m_footer);
    connect(m_fields, &DecisionFields::edited, this, &CorrectDecisionDialog::revalidate);
    connect(m_footer, &CorrectionFooter::reasonEdited, this, &CorrectDecisionDialog::revalidate);
    revalidate();
}

ReferralAssessment CorrectDecisionDialog::corrected() const
{
    ReferralAssessment a;
    m_fields->applyTo(a);
    return DecisionCorrection::merged(m_recorded, a);
}

QString CorrectDecisionDialog::problem() const
{
    if (!m_blocked.isEmpty())
        return m_blocked;
    const ReferralAssessment a = corrected();
    if (!a.decision)
        return tr("Choose the corrected decision.");
    const QList<FieldProblem> problems = a.validate();
    if (!problems.isEmpty())
        return problems.first().message;
    if (DecisionCorrection::changes(m_recorded, a).isEmpty())
        return tr("Change what was recorded wrongly; nothing differs from the recorded decision yet.");
    if (m_footer->reason().isEmpty())
        return tr("Give the reason for the correction.");
    return {};
}

void CorrectDecisionDialog::revalidate()
{
    QStringList words;
    if (m_blocked.isEmpty()) {
        for (const QString &change : DecisionCorrection::changes(m_recorded, corrected()))
            words << fieldLabel(change.section(QLatin1Char(' '), 0, 0));
    }
    m_footer->setChanges(words.join(QStringLiteral(", ")));
    m_footer->setProblem(problem());
}

bool CorrectDecisionDialog::save()
{
    return m_footer->attempt([this] { DecisionService(m_team).correct(m_recorded.id, corrected(), m_footer->reason()); });
}

void CorrectDecisionDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace samsyn
