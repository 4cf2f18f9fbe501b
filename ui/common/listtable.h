// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

class QTableView;

namespace samsyn {

// The one look and behaviour of Samsyn's read-only lists (participants, referrals,
// consultations): whole rows selected one at a time, no editing in place, striped rows, one
// line per row, no row numbers, the last column filling the width. Named for tests and for
// screen readers.
void configureListTable(QTableView *table, const QString &objectName, const QString &accessibleName);

} // namespace samsyn
