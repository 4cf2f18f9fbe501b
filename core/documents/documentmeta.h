// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDateTime>
#include <QString>

namespace samsyn {

class TeamFile;

// What every printed page says besides the content: who the team is, who is responsible
// for the personal data, how secret the document is, and who printed it when. Fill it with
// forTeam() so every document type prints the same header and footer.
struct DocumentMeta
{
    QString teamName;
    QString controller;     // personuppgiftsansvarig
    QString secrecyMarking; // e.g. "Sekretess enligt OSL 26 kap. 1 §"; empty prints nothing
    QString printedBy;
    QDateTime printedAt;    // from the caller's Clock, never the wall clock
    bool demo = false;      // invented persons: every page says so

    // Team settings, the current member and the team's clock.
    static DocumentMeta forTeam(TeamFile &team);
};

} // namespace samsyn
