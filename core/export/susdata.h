// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "export/susrecord.h"
#include "reports/period.h"

#include <QList>
#include <QStringList>

namespace samsyn {

class Database;

// Everything the quarter-end export needs for one period, read in one go: the programmes
// the `antal` file lists (every active one, plus an inactive one that still has an
// enrollment in the period) and one record per enrollment that belongs to the period.
struct SusData
{
    Period period;
    QStringList programmes;   // Swedish order
    QList<SusRecord> records; // by programme (Swedish order), start date, enrollment
    bool deletedByGallring = false; // gallring deleted people with entries in the period: not in the records

    static SusData read(Database &db, const Period &period);
};

} // namespace samsyn
