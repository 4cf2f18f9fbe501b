// SPDX-License-Identifier: EUPL-1.2
#include "reports/reportprinting.h"

#include "documents/pagedprinter.h"
#include "documents/pdfexport.h"
#include "reports/reportcsv.h"
#include "shell/userprompts.h"
#include "util/error.h"

#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace samsyn {

ReportPrinting::ReportPrinting(UserPrompts &prompts, QString folder) : m_prompts(prompts), m_folder(std::move(folder)) {}

ReportPrinting::~ReportPrinting() = default;

QPrinter &ReportPrinting::printer()
{
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageSize(QPageSize(QPageSize::A4));
        m_printer->setPageOrientation(QPageLayout::Portrait);
    }
    return *m_printer;
}

void ReportPrinting::preview(const Document &document, QWidget *parent)
{
    QPrintPreviewDialog dialog(&printer(), parent);
    dialog.setWindowTitle(tr("Print preview – %1").arg(document.title));
    dialog.resize(900, 1000);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter *p) { PagedPrinter::print(document, *p); });
    dialog.exec();
}

QString ReportPrinting::ask(bool pdf, const QString &fileStem, QWidget *parent)
{
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv");
    const QString suggested = QDir(m_folder).filePath(fileStem + suffix);
    QString path = pdf ? m_prompts.savePdfName(parent, tr("Save the report as PDF"), suggested)
                       : m_prompts.saveCsvName(parent, tr("Save the report as CSV"), suggested);
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

QString ReportPrinting::savePdf(const Document &document, const QString &fileStem, QWidget *parent)
{
    const QString path = ask(true, fileStem, parent);
    if (path.isEmpty())
        return {};
    try {
        const int pages = writePdf(document, path);
        m_prompts.inform(parent, tr("Save the report as PDF"),
                         tr("Saved %1 (%n page(s)).", nullptr, pages).arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        m_prompts.error(parent, tr("Save the report as PDF"), e.message(), e.technicalDetail());
        return {};
    }
    return path;
}

QString ReportPrinting::saveCsv(const ReportContent &content, const QString &fileStem, QWidget *parent)
{
    const QString path = ask(false, fileStem, parent);
    if (path.isEmpty())
        return {};
    try {
        ReportCsv::write(content, path);
        m_prompts.inform(parent, tr("Save the report as CSV"), tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        m_prompts.error(parent, tr("Save the report as CSV"), e.message(), e.technicalDetail());
        return {};
    }
    return path;
}

} // namespace samsyn
