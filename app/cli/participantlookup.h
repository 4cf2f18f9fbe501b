// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace samsyn {
class TeamFile;
}

namespace samsyn::cli {

// Finds the participant a command names with `--participant`: a personnummer or
// samordningsnummer in any form Personnummer::parse takes (10 or 12 digits, with or without
// '-', '+' or spaces), or a reservnummer as registered. Throws Error with a clear sentence
// when the number is invalid or nobody in the file has it.
class ParticipantLookup
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::ParticipantLookup)

public:
    static qint64 find(TeamFile &team, const QString &text, QDate today);
};

} // namespace samsyn::cli
