// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

namespace samsyn {

// Plain words for the audit log's stable action names ("participant.view", "note.add",
// "document.print", ...), for the card's Logg tab and the log extract a person can ask for
// (GDPR art. 15). The detail column is never needed to understand a row, except for prints,
// where it names the document.
class AuditActions
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::AuditActions)

public:
    // Reading (opening, listing, printing, exporting) or changing the person's data.
    enum class Kind { Read, Change };

    static Kind kind(const QString &action);
    static QString kindLabel(Kind kind);
    // "Opened the participant card", "Added a note", "Printed the SIP"; an action this
    // version does not know reads "Other change (action)".
    static QString describe(const QString &action, const QString &detail = {});
};

} // namespace samsyn
