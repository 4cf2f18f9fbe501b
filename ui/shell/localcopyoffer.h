// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace samsyn {

class TeamFile;
class UserPrompts;

// A team file on a network share opens read-only (SQLite cannot keep it safe there). This
// offers the way out the coordinator needs: a verified copy in this computer's data folder,
// which is then the file to work in. The original stays untouched on the share.
class LocalCopyOffer
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::LocalCopyOffer)

public:
    // Asks, copies and returns the path of the copy; empty when the user declined or the copy
    // failed (the failure has been shown). `folder` is where copies go (the data folder).
    static QString offer(TeamFile &team, UserPrompts &prompts, QWidget *parent, const QString &folder);

    // A name in `folder` that does not exist yet: team.samsyn, team (2).samsyn, ...
    static QString freeName(const QString &folder, const QString &fileName);
};

} // namespace samsyn
