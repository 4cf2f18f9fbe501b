// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "export/susdata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace samsyn {

// The figures for the national web form Uppföljning Finsam, which asks, per insats, for the
// number of participants split into kvinnor and män: laid out in that order so they can be
// typed in line by line. A participant is an enrollment active on any day of the period
// (the `pagaende` of the antal file), so the screen and the file always agree.
struct SusCountRow
{
    QString programme;
    int women = 0;
    int men = 0;
    int unknownGender = 0; // not in women or men: the validation lists these
    int total() const { return women + men; }
};

class SusCounts
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::SusCounts)

public:
    // One row per programme of `data.programmes`, in that order, zero rows included.
    static QList<SusCountRow> compute(const SusData &data);
    // The rows as aligned plain text with the column heads Insats / Kvinnor / Män / Totalt
    // (the form's words, in Swedish whatever the UI language), for the terminal.
    static QString text(const QList<SusCountRow> &rows);
};

} // namespace samsyn
