// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "import/importlookups.h"
#include "import/importplan.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

#include <optional>

namespace samsyn {

class Database;

// Turns one record of the file into an ImportRow: reads the personnummer (recognising the
// damage Excel does to it), looks up names and codes, parses dates, and applies the same
// checks the participant form and the repositories apply, so that a row the plan accepts
// is one the write accepts. Collects every problem of a row, not just the first.
class ImportRowBuilder
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ImportRowBuilder)

public:
    ImportRowBuilder(Database &db, const QMap<ImportField, int> &columns, int headerSize, const ImportSettings &settings,
                     QDate today);

    ImportRow build(const CsvRecord &record) const;

    // nullopt with `problem` set when the cell is not a valid number.
    static std::optional<Personnummer> readIdentity(const QString &text, QDate today, QString *problem);
    // "Efternamn, Förnamn" when there is a comma; otherwise the last word is the family name
    // ("Anna Maria Berg": given "Anna Maria", family "Berg"). False for a single word.
    static bool splitFullName(const QString &full, QString *given, QString *family);

private:
    static QString fullNameProblem();
    QString cell(const CsvRecord &record, ImportField field) const;
    void applyPersonFields(const CsvRecord &record, ImportRow &row, QStringList &problems) const;
    void applyCodes(const CsvRecord &record, Participant &participant, QStringList &problems) const;
    void applyReferral(const CsvRecord &record, ImportRow &row, QStringList &problems) const;
    void applyEnrollment(const CsvRecord &record, ImportRow &row, QStringList &problems) const;
    QDate date(const CsvRecord &record, ImportField field, QStringList &problems) const;

    Database &m_db;
    ImportLookups m_lookups;
    QMap<ImportField, int> m_columns;
    int m_headerSize = 0;
    ImportSettings m_settings;
    QDate m_today;
};

} // namespace samsyn
