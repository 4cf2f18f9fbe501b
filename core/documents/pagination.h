// SPDX-License-Identifier: EUPL-1.2
#pragma once

class QTextDocument;

namespace samsyn {

// Page-break rules that QTextDocument's layout does not know. A heading left alone at the
// foot of a page, with its text on the next, reads as a mistake on paper; Qt has no
// "keep with next", so after the document is laid out for its page size a heading whose
// following content starts on a later page is moved to the top of that page.
class Pagination
{
public:
    // `content` must already have its paint device and page size set. Returns the number of
    // headings moved. Only headings (QTextBlockFormat::headingLevel() > 0) are moved.
    static int keepHeadingsWithNext(QTextDocument &content);
    // Headings whose following content starts on a later page (zero after the above).
    static int orphanedHeadings(const QTextDocument &content);
};

} // namespace samsyn
