// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace samsyn {

struct Document;

// Writes the document as an A4 PDF (300 dpi, fonts embedded, title and creator set).
// Atomic: the file appears complete or not at all. Throws samsyn::Error with a message for
// the user when the folder is missing, read-only or full. Returns the number of pages.
int writePdf(const Document &document, const QString &path);

} // namespace samsyn
