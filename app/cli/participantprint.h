// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "teamfile.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace samsyn::cli {

class Arguments;
struct Context;

// What every `print <document> FILE --participant PNR -o OUT.pdf` command starts with: the
// output path and the participant checked (usage errors before the file is opened), the team
// file opened for a short read, and the participant found by personnummer.
struct ParticipantPrint
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::ParticipantPrint)

public:
    // The value options these commands share, plus the command's own.
    static QStringList valueOptions(const QStringList &own = {});
    static ParticipantPrint open(Context &context, const Arguments &args);

    std::unique_ptr<TeamFile> team;
    qint64 participantId = 0;
    QString out;
};

} // namespace samsyn::cli
