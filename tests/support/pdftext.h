// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

namespace samsyn::test {

// The text of each page of a PDF as poppler's `pdftotext -layout` reads it (what a person
// copying from the PDF or a screen reader gets).
QStringList pdfPages(const QString &pdf);

// The text of each page's body only, without header and footer: what lies between
// `topMm` and `bottomMm` from the top edge. Text that a page paints outside its clip (Qt
// emits a line straddling the page's foot on both pages, clipped) is left out too.
QStringList pdfPageBodies(const QString &pdf, int pages, double topMm, double bottomMm);

// PNGs of the pages next to the PDF (`name-1.png`, ...), at 60 dpi, for a person to look at.
// lastPage 0 renders every page.
void renderPng(const QString &pdf, int lastPage = 0);

} // namespace samsyn::test
