// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace samsyn::importtext {

// Folds text for matching what people typed in old lists against the team's names: case,
// diacritics (Åsele = asele = ASELE), surrounding and repeated spaces. Never stored.
QString fold(const QString &text);

// fold() with everything but letters and digits removed, for header names ("E-post" = "epost").
QString foldKey(const QString &text);

} // namespace samsyn::importtext
