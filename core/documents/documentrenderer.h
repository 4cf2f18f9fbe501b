// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/documentmodel.h"

#include <memory>

class QTextDocument;

namespace samsyn {

// Turns a Document into a QTextDocument with the house typography, through QTextCursor
// only: user text is inserted as plain text and can never become markup. The result has
// no page size yet; PagedPrinter lays it out for a device. The caller owns the result.
class DocumentRenderer
{
public:
    static std::unique_ptr<QTextDocument> render(const Document &document);
};

} // namespace samsyn
