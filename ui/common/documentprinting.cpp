// SPDX-License-Identifier: EUPL-1.2
#include "common/documentprinting.h"

#include "documents/loggedprint.h"
#include "documents/pagedprinter.h"
#include "shell/userprompts.h"
#include "teamfile.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace samsyn {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::DocumentPrinting)
};

QPrinter *s_printer = nullptr;

DocumentPrinting::PreviewHandler &handler()
{
    static DocumentPrinting::PreviewHandler h;
    return h;
}

// The printer belongs to the application: deleted before QApplication goes, since a
// QPrinter outliving it may touch the platform's print system.
void deletePrinter()
{
    delete s_printer;
    s_printer = nullptr;
}

} // namespace

QPrinter &DocumentPrinting::printer()
{
    if (!s_printer) {
        s_printer = new QPrinter(QPrinter::HighResolution);
        s_printer->setPageSize(QPageSize(QPageSize::A4));
        qAddPostRoutine(deletePrinter);
    }
    return *s_printer;
}

void DocumentPrinting::setPreviewHandler(PreviewHandler h)
{
    handler() = std::move(h);
}

bool DocumentPrinting::preview(const Document &document, QWidget *parent)
{
    if (handler())
        return handler()(document, parent);
    QPrintPreviewDialog dialog(&printer(), parent);
    dialog.resize(1000, 800);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter *device) { PagedPrinter::print(document, *device); });
    return dialog.exec() == QDialog::Accepted;
}

bool DocumentPrinting::previewLogged(TeamFile &team, UserPrompts &prompts, QWidget *parent, const QString &title,
                                     const Document &document, const QString &detail, qint64 participantId,
                                     const std::function<void(WriteContext &)> &keep)
{
    try {
        // Refused before the preview: a print that cannot be recorded must not happen.
        LoggedPrint::requireWritable(team);
        if (!preview(document, parent))
            return false;
        LoggedPrint::record(team, detail, participantId, keep);
    } catch (const Error &e) {
        prompts.error(parent, title, e.message(), e.technicalDetail());
        return false;
    }
    return true;
}

bool DocumentPrinting::savePdf(TeamFile &team, UserPrompts &prompts, QWidget *parent, const QString &title,
                               const QString &fileName, const std::function<int(const QString &)> &write)
{
    const QString suggested = QFileInfo(team.path()).absoluteDir().filePath(fileName);
    QString path = prompts.savePdfName(parent, title, suggested);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    try {
        const int pages = write(path);
        prompts.inform(parent, title, Tr::tr("Saved %1 (%n page(s)).", nullptr, pages).arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        prompts.error(parent, title, e.message(), e.technicalDetail());
        return false;
    }
    return true;
}

} // namespace samsyn
