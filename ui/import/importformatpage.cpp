// SPDX-License-Identifier: EUPL-1.2
#include "import/importformatpage.h"

#include "import/importwizardstate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samsyn {

ImportFormatPage::ImportFormatPage(ImportWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_encoding(new QComboBox(this))
    , m_separator(new QComboBox(this))
    , m_dates(new QComboBox(this))
    , m_duplicates(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_preview(new QTableWidget(this))
{
    setTitle(tr("Check how the list is read"));
    setSubTitle(tr("If letters like å, ä, ö look wrong or everything is in one column, change the encoding or the separator."));
    for (CsvEncoding e : {CsvEncoding::Auto, CsvEncoding::Utf8, CsvEncoding::Utf16Le, CsvEncoding::Windows1252})
        m_encoding->addItem(CsvEncodings::label(e), int(e));
    m_separator->addItem(tr("Detect"), QString());
    m_separator->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_separator->addItem(tr("Comma ,"), QStringLiteral(","));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    for (ImportDateFormat f : {ImportDateFormat::Auto, ImportDateFormat::Iso, ImportDateFormat::Yymmdd, ImportDateFormat::Dmy,
                               ImportDateFormat::Excel})
        m_dates->addItem(ImportDateFormats::label(f), int(f));
    m_duplicates->addItem(tr("Leave them unchanged (skip the row)"), int(DuplicatePolicy::Skip));
    m_duplicates->addItem(tr("Update them with the list's values"), int(DuplicatePolicy::Update));

    auto *form = new QFormLayout;
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Separator:"), m_separator);
    form->addRow(QString(), m_detected);
    form->addRow(tr("Dates are written as:"), m_dates);
    form->addRow(tr("People already in the team file:"), m_duplicates);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);

    for (QComboBox *combo : {m_encoding, m_separator})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportFormatPage::reread);
}

void ImportFormatPage::initializePage()
{
    refresh();
}

void ImportFormatPage::reread()
{
    m_state.csvOptions.encoding = CsvEncoding(m_encoding->currentData().toInt());
    const QString separator = m_separator->currentData().toString();
    m_state.csvOptions.separator = separator.isEmpty() ? QChar() : separator.at(0);
    m_state.reread();
    refresh();
}

void ImportFormatPage::refresh()
{
    const CsvTable &table = m_state.table;
    const QString separator = table.separator == QLatin1Char('\t') ? tr("tab") : QString(table.separator);
    m_detected->setText(tr("Read as %1 with the separator \"%2\": %n row(s) after the column names.", nullptr,
                           int(std::max<qsizetype>(0, table.records.size() - 1)))
                            .arg(CsvEncodings::label(table.encoding), separator));

    const QStringList header = table.header();
    const int rows = int(std::min<qsizetype>(kPreviewRows, std::max<qsizetype>(0, table.records.size() - 1)));
    m_preview->clear();
    m_preview->setColumnCount(int(header.size()));
    m_preview->setHorizontalHeaderLabels(header);
    m_preview->setRowCount(rows);
    QStringList rowNumbers;
    for (int r = 0; r < rows; ++r) {
        const CsvRecord &record = table.records.at(r + 1);
        rowNumbers << QString::number(record.row);
        for (int c = 0; c < record.fields.size() && c < header.size(); ++c) {
            auto *item = new QTableWidgetItem(record.fields.at(c));
            if (!record.error.isEmpty()) {
                item->setBackground(QColor(0xfd, 0xe7, 0xe9));
                item->setToolTip(record.error);
            }
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->setVerticalHeaderLabels(rowNumbers);
    m_preview->resizeColumnsToContents();
}

bool ImportFormatPage::validatePage()
{
    m_state.settings.dateFormat = ImportDateFormat(m_dates->currentData().toInt());
    m_state.settings.onDuplicate = DuplicatePolicy(m_duplicates->currentData().toInt());
    return true;
}

} // namespace samsyn
