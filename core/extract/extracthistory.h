// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/documentmodel.h"

#include <QCoreApplication>
#include <QDate>

namespace samsyn {

class Database;
class SettingsRepository;

// The sections of the register extract that tell a participant's history with the team, one
// function per section, each read only by the participant's id (nobody else's data can come
// along). Used by RegisterExtract; kept apart so each file stays short.
class ExtractHistory
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ExtractHistory)

public:
    struct Source
    {
        Database &db;
        const SettingsRepository &settings;
        qint64 participantId = 0;
        QDate today;
    };

    // extracthistory.cpp: how the person came to the team and what was decided.
    static void referrals(Document &d, const Source &s);
    static void consents(Document &d, const Source &s);
    static void enrolments(Document &d, const Source &s);
    // extractactivity.cpp: what happened during the stays.
    static void plans(Document &d, const Source &s);
    static void notes(Document &d, const Source &s);
    static void attendance(Document &d, const Source &s);
    static void assessments(Document &d, const Source &s);
    static void events(Document &d, const Source &s);
    // extractcorrections.cpp: decisions and exits corrected afterwards, with what they said before.
    static void corrections(Document &d, const Source &s);

    // Shared wording: "2026-01-12", "Not recorded", a list on separate lines.
    static QString iso(QDate date);
    static QString orNotRecorded(const QString &text);
    static void nothing(Document &d, const QString &text);
    // The non-empty items, one per line.
    static QString lines(const QStringList &items);
    // A key/value box of the rows that have a value: the extract shows what is stored, not
    // the fields left empty.
    static void keptValues(Document &d, const QList<doc::KeyValue> &rows);
};

} // namespace samsyn
