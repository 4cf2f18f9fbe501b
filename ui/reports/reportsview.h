// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/documentmodel.h"
#include "reports/reportcontent.h"

#include <QPointer>
#include <QTextDocument>
#include <QWidget>

#include <memory>

class QComboBox;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace samsyn {

class ChartsPanel;
class PeriodPicker;
class ReportPrinting;
class TeamFile;
class UserPrompts;

// Rapporter: a period, a choice of report (period report, annual report with goals, outcome
// table by municipality / referring party / programme), the report on screen as the same
// Document the PDF prints, the period's charts, and the ways out: print preview, PDF, CSV
// and the quarter-end export wizard. The figures come from the core builders the CLI's
// `report` command uses. Borrows the TeamFile and the prompts; rebuilds when the file
// changes (when next shown).
class ReportsView : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Period, Annual, Outcomes };

    ReportsView(TeamFile &team, UserPrompts &prompts, QWidget *parent = nullptr);
    ~ReportsView() override;

    PeriodPicker *periodPicker() const { return m_picker; }
    void setKind(Kind kind, const QString &outcomeGrouping = QStringLiteral("municipality"));
    void showCharts(bool charts);

    const ReportContent &content() const { return m_content; }
    const Document &document() const { return m_document; }
    QTextBrowser *browser() const { return m_browser; }
    ChartsPanel *charts() const { return m_charts; }

    void printPreview();
    QString saveAsPdf();
    QString saveAsCsv();
    // Opens the quarter-end export wizard (a window of its own, deleted on close).
    void openSusExport();

Q_SIGNALS:
    void openParticipant(qint64 participantId, const QString &tab);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void updateControls();
    QString fileStem() const;

    TeamFile &m_team;
    UserPrompts &m_prompts;
    PeriodPicker *m_picker;
    QComboBox *m_kind;
    QComboBox *m_grouping;
    QPushButton *m_preview;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    QPushButton *m_export;
    QTabWidget *m_tabs;
    QTextBrowser *m_browser;
    ChartsPanel *m_charts;
    std::unique_ptr<ReportPrinting> m_printing;
    ReportContent m_content;
    Document m_document;
    QPointer<QTextDocument> m_shown;
    bool m_stale = true;
};

} // namespace samsyn
