// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/teamsettings.h"

#include <QRandomGenerator>
#include <QStringList>

namespace samsyn {

// The invented words of the demo's plans, notes and exits, in Swedish as a team writes
// them. Each list is picked from with the demo's seeded random source.
struct DemoEnrolmentTexts
{
    struct ActionText
    {
        PartyKind party;
        QString what;
    };

    static const QStringList &ownDescriptions();
    static const QStringList &goals();
    static const QStringList &needs();
    static const QList<ActionText> &actions();
    static const QStringList &ownActions();
    static const QStringList &othersActions();
    static const QStringList &followupLog();
    static const QStringList &notes(); // index = NoteKind
    static const QStringList &onwardPlans();
    static const QStringList &ownViews();
    static const QStringList &followupResults();

    static const QString &pick(const QStringList &list, QRandomGenerator &random);
};

} // namespace samsyn
