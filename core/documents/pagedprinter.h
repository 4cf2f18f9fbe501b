// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>

class QPagedPaintDevice;
class QTextDocument;

namespace samsyn {

struct Document;
struct DocumentMeta;

// Paints a document page by page on any paged device: a QPdfWriter in the core, the
// remembered QPrinter of the print preview in the UI, so preview and PDF are the same
// layout. Every page gets the header (team, title, secrecy marking, demo marking) and the
// footer (printed when and by whom, the controller, "Page X of Y"). Uses the device's page
// size and orientation as they are; the margins are the layout's own, measured from the
// paper's edge. The device must not have a painter active.
class PagedPrinter
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::PagedPrinter)

public:
    // Renders and prints; returns the number of pages.
    static int print(const Document &document, QPagedPaintDevice &device);
    // Prints an already rendered document (it is laid out for the device on the way).
    static int print(QTextDocument &content, const QString &title, const DocumentMeta &meta, QPagedPaintDevice &device);
};

} // namespace samsyn
