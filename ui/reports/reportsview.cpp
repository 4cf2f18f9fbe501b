// SPDX-License-Identifier: EUPL-1.2
#include "reports/reportsview.h"

#include "common/waitcursor.h"
#include "documents/documentmeta.h"
#include "documents/documentrenderer.h"
#include "reports/annualreport.h"
#include "reports/chartspanel.h"
#include "reports/outcometable.h"
#include "reports/periodpicker.h"
#include "reports/periodreport.h"
#include "reports/reportcharts.h"
#include "reports/reportdocument.h"
#include "reports/reportprinting.h"
#include "reports/susexportwizard.h"
#include "teamfile.h"
#include "util/clock.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace samsyn {

namespace {

QPushButton *button(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

ReportsView::ReportsView(TeamFile &team, UserPrompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_team(team)
    , m_prompts(prompts)
    , m_picker(new PeriodPicker(team.clock().today(), this))
    , m_kind(new QComboBox(this))
    , m_grouping(new QComboBox(this))
    , m_preview(button(QStringLiteral("printPreview"), tr("Print preview…"), this))
    , m_pdf(button(QStringLiteral("savePdf"), tr("Save as PDF…"), this))
    , m_csv(button(QStringLiteral("saveCsv"), tr("Save as CSV…"), this))
    , m_export(button(QStringLiteral("susExport"), tr("Quarter-end export (SUS)…"), this))
    , m_tabs(new QTabWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_charts(new ChartsPanel(this))
    , m_printing(std::make_unique<ReportPrinting>(prompts, QFileInfo(team.path()).absolutePath()))
{
    setObjectName(QStringLiteral("reportsView"));
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->setAccessibleName(tr("Report"));
    m_kind->addItem(tr("Period report"), int(Kind::Period));
    m_kind->addItem(tr("Annual report (goals against outcome)"), int(Kind::Annual));
    m_kind->addItem(tr("Outcome table"), int(Kind::Outcomes));
    m_grouping->setObjectName(QStringLiteral("outcomeGrouping"));
    m_grouping->setAccessibleName(tr("Columns of the outcome table"));
    for (const QString &code : {QStringLiteral("municipality"), QStringLiteral("party"), QStringLiteral("programme")})
        m_grouping->addItem(tr("per %1").arg(OutcomeTable::groupingLabel(*OutcomeTable::groupingFromCode(code)).toLower()),
                            code);
    m_export->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_export->setToolTip(tr("The two files for the förbund and the figures for Uppföljning Finsam (%1)")
                             .arg(m_export->shortcut().toString(QKeySequence::NativeText)));
    m_browser->setObjectName(QStringLiteral("reportBrowser"));
    m_browser->setAccessibleName(tr("The report"));
    m_browser->setOpenLinks(false);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(m_browser, tr("Report"));
    m_tabs->addTab(m_charts, tr("Charts"));

    auto *choice = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("Period:"), this);
    periodLabel->setBuddy(m_picker);
    auto *reportLabel = new QLabel(tr("Report:"), this);
    reportLabel->setBuddy(m_kind);
    choice->addWidget(periodLabel);
    choice->addWidget(m_picker);
    choice->addSpacing(16);
    choice->addWidget(reportLabel);
    choice->addWidget(m_kind);
    choice->addWidget(m_grouping);
    choice->addStretch(1);
    choice->addWidget(m_export);

    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_preview);
    actions->addWidget(m_pdf);
    actions->addWidget(m_csv);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(actions);

    connect(m_picker, &PeriodPicker::periodChanged, this, &ReportsView::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsView::refresh);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ReportsView::refresh);
    connect(m_preview, &QPushButton::clicked, this, &ReportsView::printPreview);
    auto *print = new QAction(tr("Print preview"), this);
    print->setShortcut(QKeySequence::Print);
    print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(print);
    connect(print, &QAction::triggered, this, &ReportsView::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsView::saveAsPdf);
    connect(m_csv, &QPushButton::clicked, this, &ReportsView::saveAsCsv);
    connect(m_export, &QPushButton::clicked, this, &ReportsView::openSusExport);
    // Figures change with every entry; rebuilding while nobody looks would be wasted work.
    connect(&m_team, &TeamFile::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
    refresh();
}

ReportsView::~ReportsView() = default;

void ReportsView::setKind(Kind kind, const QString &outcomeGrouping)
{
    const QSignalBlocker block(m_grouping);
    m_grouping->setCurrentIndex(std::max(0, m_grouping->findData(outcomeGrouping)));
    if (m_kind->currentIndex() == m_kind->findData(int(kind)))
        refresh();
    else
        m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ReportsView::showCharts(bool charts)
{
    m_tabs->setCurrentWidget(charts ? static_cast<QWidget *>(m_charts) : m_browser);
}

void ReportsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ReportsView::refresh()
{
    updateControls();
    // A rebuild can take a moment on a large team; the cursor says so.
    const WaitCursor wait;
    Database &db = m_team.database();
    const Period period = m_picker->period();
    const QDate today = m_team.clock().today();
    const auto kind = Kind(m_kind->currentData().toInt());
    if (kind == Kind::Period) {
        m_content = PeriodReport::build(db, period, today).content();
    } else if (kind == Kind::Annual) {
        m_content = AnnualReport::build(db, period, today).content();
    } else {
        const auto grouping = OutcomeTable::groupingFromCode(m_grouping->currentData().toString());
        m_content = OutcomeTable::build(db, grouping.value_or(OutcomeGrouping::Municipality), period).content();
    }
    m_document = ReportDocument::build(m_content, DocumentMeta::forTeam(m_team));

    // The screen shows the document the PDF prints, so what is read here is what is sent.
    std::unique_ptr<QTextDocument> rendered = DocumentRenderer::render(m_document);
    // The browser owns each rendered document as a child; the one it replaces goes.
    rendered->setParent(m_browser);
    m_browser->setDocument(rendered.get());
    delete m_shown.data();
    m_shown = rendered.release();
    m_browser->moveCursor(QTextCursor::Start);

    // The outcome table has no charts of its own; the tab still shows the period's.
    m_charts->setCharts(m_content.charts.isEmpty() ? ReportCharts::forPeriod(PeriodReport::build(db, period, today), QLocale())
                                                   : m_content.charts);
    m_stale = false;
}

void ReportsView::updateControls()
{
    m_grouping->setVisible(Kind(m_kind->currentData().toInt()) == Kind::Outcomes);
}

QString ReportsView::fileStem() const
{
    return m_content.title + QLatin1Char(' ') + m_content.period.fileLabel();
}

void ReportsView::printPreview()
{
    m_printing->preview(m_document, this);
}

QString ReportsView::saveAsPdf()
{
    return m_printing->savePdf(m_document, fileStem(), this);
}

QString ReportsView::saveAsCsv()
{
    return m_printing->saveCsv(m_content, fileStem(), this);
}

void ReportsView::openSusExport()
{
    auto *wizard = new SusExportWizard(m_team, m_prompts, window());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SusExportWizard::openParticipant, this, &ReportsView::openParticipant);
    wizard->show();
}

} // namespace samsyn
