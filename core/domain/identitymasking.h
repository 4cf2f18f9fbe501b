// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace samsyn {

struct Participant;

// Hides a person's identity inside free text shown where others can read it (meeting mode
// on a projector). A referral's reason is written by the referring handläggare and often
// names the person ("Anna har varit sjukskriven ..."); the heading shows initials, so the
// text must not undo that. Masks each part of the given and family names (whole words, any
// case, also the Swedish genitive "Annas") with its initial, and anything shaped like a
// personnummer or samordningsnummer (ten-digit mobile numbers look the same and are hidden
// too, which is no loss on a projector). Names of other people cannot be recognised and are
// left as written.
class IdentityMasking
{
public:
    static QString mask(const QString &text, const Participant &person);
    // Only the personnummer-shaped numbers: for when the chair has shown the name.
    static QString maskNumbers(const QString &text);
};

} // namespace samsyn
