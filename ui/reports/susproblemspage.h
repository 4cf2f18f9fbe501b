// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "export/susvalidation.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace samsyn {

class SusExportWizard;

// Step 2 of the quarter-end export: every problem SusValidation found, one line each (who,
// which enrollment, which field, why). Double-click or Enter on a line opens that
// participant's card at the tab holding the field (openParticipant). The step is complete
// when there are no problems, or when the user ticks "export anyway", which writes the
// incomplete rows to the problem file. "Check again" re-reads after corrections.
class SusProblemsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SusProblemsPage(SusExportWizard &wizard);

    void initializePage() override;
    bool isComplete() const override;
    // Next is disabled while incomplete; this also holds for QWizard::next() called directly.
    bool validatePage() override;

    QTableWidget *table() const { return m_table; }
    bool allowIncomplete() const;
    void setAllowIncomplete(bool allow);
    // Opens the participant of a line, as a double-click would.
    void openLine(int row);

    // Where on the card a problem is corrected (ParticipantCard::openAt): the tab, the field's
    // widget, and the enrolment ("enrollment/enrolOccupation@12", "overview/municipality").
    static QString placeFor(const SusProblem &problem);
    static QString fieldLabel(const QString &field);

Q_SIGNALS:
    void openParticipant(qint64 participantId, const QString &place);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void recheck();
    void fill();

    SusExportWizard &m_wizard;
    QLabel *m_summary;
    QTableWidget *m_table;
    QCheckBox *m_allow;
};

} // namespace samsyn
