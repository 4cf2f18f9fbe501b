// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "export/susexport.h"

#include <QWizard>

#include <optional>

namespace samsyn {

class SusPeriodPage;
class SusProblemsPage;
class SusPreviewPage;
class SusSavePage;
class TeamFile;
class UserPrompts;

// The quarter-end export ("SUS-export", docs/user/sus-export.md) as four steps: the period
// (the last completed quarter unless changed), the problems SusValidation finds (each opens
// the participant's card; continuing past them needs "export anyway"), the figures for
// Uppföljning Finsam with the first rows of the file, and the folder the files are written
// to. Everything is computed and written by SusExport, exactly as `samsyn-cli export sus`
// does, so the export is logged (`export.sus`) by the core. Borrows the TeamFile and the
// prompts (the folder is asked through them).
class SusExportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { PeriodPage, ProblemsPage, PreviewPage, SavePage };

    SusExportWizard(TeamFile &team, UserPrompts &prompts, QWidget *parent = nullptr);
    ~SusExportWizard() override;

    Period period() const;
    void setPeriod(const Period &period);

    // Reads the period's data again (after the user corrected something) and validates it.
    void readExport();
    // Null before the problems page has been reached.
    const SusExport *exporter() const { return m_export ? &*m_export : nullptr; }

    bool allowIncomplete() const;
    void setAllowIncomplete(bool allow);

    TeamFile &team() const { return m_team; }
    UserPrompts &prompts() const { return m_prompts; }

    SusProblemsPage *problemsPage() const { return m_problems; }
    SusPreviewPage *previewPage() const { return m_preview; }
    SusSavePage *savePage() const { return m_save; }

Q_SIGNALS:
    void openParticipant(qint64 participantId, const QString &tab);

private:
    TeamFile &m_team;
    UserPrompts &m_prompts;
    SusPeriodPage *m_period;
    SusProblemsPage *m_problems;
    SusPreviewPage *m_preview;
    SusSavePage *m_save;
    std::optional<SusExport> m_export;
};

} // namespace samsyn
