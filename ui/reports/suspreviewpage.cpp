// SPDX-License-Identifier: EUPL-1.2
#include "reports/suspreviewpage.h"

#include "export/suscounts.h"
#include "import/csvreader.h"
#include "reports/susexportwizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samsyn {

namespace {

QTableWidget *readOnlyTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    return table;
}

QTableWidgetItem *figure(int value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SusPreviewPage::SusPreviewPage(SusExportWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_counts(readOnlyTable(QStringLiteral("susCounts"), tr("Participants per insats for Uppföljning Finsam"), this))
    , m_countsNote(new QLabel(this))
    , m_rowsTitle(new QLabel(this))
    , m_rows(readOnlyTable(QStringLiteral("susRows"), tr("The first rows of the deltagare file"), this))
{
    setObjectName(QStringLiteral("susPreviewPage"));
    setTitle(tr("Figures for Uppföljning Finsam"));
    setSubTitle(tr("Type these into the form, insats by insats. They are the participants (enrollments running in "
                   "the period) of the antal file."));
    // The form's own words, whatever the UI language: they are typed into a Swedish form.
    m_counts->setColumnCount(4);
    m_counts->setHorizontalHeaderLabels(
        {QStringLiteral("Insats"), QStringLiteral("Kvinnor"), QStringLiteral("Män"), QStringLiteral("Totalt")});
    m_countsNote->setObjectName(QStringLiteral("susCountsNote"));
    m_countsNote->setWordWrap(true);
    m_rowsTitle->setObjectName(QStringLiteral("susRowsTitle"));
    m_rows->setWordWrap(false);
    m_rows->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts, 0, Qt::AlignLeft);
    layout->addWidget(m_countsNote);
    layout->addSpacing(8);
    layout->addWidget(m_rowsTitle);
    layout->addWidget(m_rows, 3);
}

void SusPreviewPage::initializePage()
{
    fillCounts();
    fillRows();
}

void SusPreviewPage::fillCounts()
{
    const SusExport *exporter = m_wizard.exporter();
    const QList<SusCountRow> counts = exporter ? SusCounts::compute(exporter->data()) : QList<SusCountRow>();
    m_counts->setRowCount(int(counts.size()));
    int unknown = 0;
    for (int i = 0; i < counts.size(); ++i) {
        const SusCountRow &row = counts.at(i);
        m_counts->setItem(i, 0, new QTableWidgetItem(row.programme));
        m_counts->setItem(i, 1, figure(row.women));
        m_counts->setItem(i, 2, figure(row.men));
        m_counts->setItem(i, 3, figure(row.total()));
        unknown += row.unknownGender;
    }
    // Sized to its figures: a narrow table reads across like the form, without a gap
    // between the name of the insats and its numbers.
    m_counts->resizeColumnsToContents();
    m_counts->setColumnWidth(0, std::max(m_counts->columnWidth(0) + 24, 220));
    for (int c = 1; c < 4; ++c)
        m_counts->setColumnWidth(c, std::max(m_counts->columnWidth(c) + 16, 80));
    int width = 2 * m_counts->frameWidth();
    for (int c = 0; c < 4; ++c)
        width += m_counts->columnWidth(c);
    const int height = 2 * m_counts->frameWidth() + m_counts->horizontalHeader()->sizeHint().height()
                       + m_counts->verticalHeader()->length();
    m_counts->setFixedSize(width, std::min(height, 320));
    QStringList notes;
    if (unknown > 0)
        notes << tr("%n enrollment(s) without a recorded legal gender are not in these figures.", nullptr, unknown);
    if (exporter && exporter->anonymousCount() > 0)
        notes << tr("%n row(s) of the file are anonymous (no consent to registration, or protected identity).",
                    nullptr, exporter->anonymousCount());
    if (exporter && !exporter->gallringNote().isEmpty())
        notes << exporter->gallringNote();
    m_countsNote->setText(notes.join(QLatin1Char(' ')));
    m_countsNote->setVisible(!notes.isEmpty());
}

void SusPreviewPage::fillRows()
{
    // Read back from the bytes that will be written, so the preview cannot disagree with them.
    const SusExport *exporter = m_wizard.exporter();
    const CsvTable csv = exporter ? CsvReader::read(exporter->deltagareCsv()) : CsvTable();
    const QStringList header = csv.header();
    const int total = std::max(0, int(csv.records.size()) - 1);
    const int shown = std::min(total, kPreviewRows);
    m_rowsTitle->setText(total == 0 ? tr("The deltagare file has no rows for this period.")
                                    : tr("The first %1 of %n row(s) of the deltagare file:", nullptr, total).arg(shown));
    m_rows->clear();
    m_rows->setColumnCount(int(header.size()));
    m_rows->setHorizontalHeaderLabels(header);
    m_rows->setRowCount(shown);
    // Personnummer are masked on screen as in every list; the file carries them whole.
    const qsizetype identityColumn = header.indexOf(QStringLiteral("personnummer"));
    for (int r = 0; r < shown; ++r) {
        const QStringList &fields = csv.records.at(r + 1).fields;
        for (int c = 0; c < fields.size() && c < header.size(); ++c) {
            const QString &value = fields.at(c);
            const bool mask = c == identityColumn && value.size() == 12;
            m_rows->setItem(r, c, new QTableWidgetItem(mask ? value.left(8) + QStringLiteral("-****") : value));
        }
    }
    m_rows->resizeColumnsToContents();
}

} // namespace samsyn
