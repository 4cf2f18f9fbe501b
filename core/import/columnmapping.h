// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// The participant data an imported column can fill. A referral date needs a referring party
// and a start date needs a programme (both by name), because Samsyn stores them as a referral
// and an enrollment rather than as loose dates.
enum class ImportField {
    Identity,
    GivenName,
    FamilyName,
    FullName, // "Förnamn Efternamn" or "Efternamn, Förnamn"
    Phone,
    Email,
    Address,
    Municipality,
    Status,
    Coordinator,
    IncomeSource,
    Occupation,
    Education,
    ReferralDate,
    ReferringParty,
    StartDate,
    Programme,
};

// Which source column (by its header text) fills which field. Kept per team as JSON in the
// meta table (`import_mapping`), so the next import from the same Excel list needs no
// mapping work. Plain value: the import and the wizard own copies.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ColumnMapping)

public:
    static const QString kMetaKey;

    static QList<ImportField> fields();
    static QString key(ImportField field); // stable, used in the JSON
    static QString label(ImportField field);

    // A mapping from common Swedish (and English) header names.
    static ColumnMapping guess(const QStringList &header);

    QString column(ImportField field) const { return m_columns.value(field); }
    void setColumn(ImportField field, const QString &header);
    bool isMapped(ImportField field) const { return !column(field).isEmpty(); }
    bool isEmpty() const { return m_columns.isEmpty(); }

    // Column index per mapped field for this header; `problems` gets what the user must fix
    // before anything can be imported (no personnummer column, a mapped column missing or
    // appearing twice in the header, no name column, ...).
    QMap<ImportField, int> resolve(const QStringList &header, QStringList *problems) const;

    // This mapping without the fields whose column the header lacks: a saved mapping applied
    // to a later list with fewer columns. `dropped` gets the labels of the fields left out.
    ColumnMapping restrictedTo(const QStringList &header, QStringList *dropped = nullptr) const;

    QString toJson() const;
    // Unknown keys are ignored (a newer Samsyn may have saved more); nullopt when not JSON.
    static std::optional<ColumnMapping> fromJson(const QString &json);

    // The team's saved mapping; nullopt when none was saved.
    static std::optional<ColumnMapping> load(Database &db);
    static void save(WriteContext &ctx, const ColumnMapping &mapping);

    friend bool operator==(const ColumnMapping &a, const ColumnMapping &b) { return a.m_columns == b.m_columns; }

private:
    QMap<ImportField, QString> m_columns;
};

} // namespace samsyn
