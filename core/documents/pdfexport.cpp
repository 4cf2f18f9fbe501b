// SPDX-License-Identifier: EUPL-1.2
#include "documents/pdfexport.h"

#include "documents/documentmodel.h"
#include "documents/pagedprinter.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace samsyn {

namespace {

struct PdfExport
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::PdfExport)

public:
    [[noreturn]] static void fail(const QString &path, const QString &detail)
    {
        const QFileInfo info(path);
        const QString folder = QDir::toNativeSeparators(info.absolutePath());
        const QString file = QDir::toNativeSeparators(info.absoluteFilePath());
        if (!QFileInfo::exists(info.absolutePath()))
            throw Error(ErrorCode::Missing,
                        tr("Could not save the PDF: the folder %1 does not exist. Choose another folder.").arg(folder),
                        detail);
        if (!QFileInfo(info.absolutePath()).isWritable() || (info.exists() && !info.isWritable()))
            throw Error(ErrorCode::ReadOnly,
                        tr("Could not save the PDF %1: the folder or file is read-only. Choose another folder.")
                            .arg(file),
                        detail);
        throw Error(ErrorCode::IoError,
                    tr("Could not save the PDF %1. Check that the disk is not full and try again.").arg(file), detail);
    }
};

} // namespace

int writePdf(const Document &document, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        PdfExport::fail(path, file.errorString());

    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Samsyn " SAMSYN_VERSION));
        pages = PagedPrinter::print(document, writer);
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        PdfExport::fail(path, file.errorString());
    return pages;
}

} // namespace samsyn
