// SPDX-License-Identifier: EUPL-1.2
#include "import/columnmapping.h"

#include "import/importtext.h"
#include "storage/settingsrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace samsyn {

namespace {

struct FieldInfo
{
    ImportField field;
    const char *key;
    // Folded header names (see importtext::foldKey) that mean this field in the lists teams keep.
    std::vector<const char *> headers;
};

const std::vector<FieldInfo> &fieldTable()
{
    static const std::vector<FieldInfo> table = {
        {ImportField::Identity, "identity",
         {"personnummer", "pnr", "persnr", "personnr", "personnummersamordningsnummer", "samordningsnummer", "idnummer",
          "identitet", "identity", "ssn"}},
        {ImportField::GivenName, "givenName", {"fornamn", "tilltalsnamn", "givenname", "firstname"}},
        {ImportField::FamilyName, "familyName", {"efternamn", "familyname", "lastname", "surname"}},
        {ImportField::FullName, "fullName", {"namn", "name", "fulltnamn", "fullname", "deltagare", "efternamnfornamn", "fornamnefternamn"}},
        {ImportField::Phone, "phone", {"telefon", "tel", "telefonnummer", "telnr", "mobil", "mobilnummer", "phone"}},
        {ImportField::Email, "email", {"epost", "epostadress", "mail", "email", "mejl"}},
        {ImportField::Address, "address", {"adress", "address", "gatuadress", "postadress", "bostadsadress"}},
        {ImportField::Municipality, "municipality", {"kommun", "hemkommun", "bostadskommun", "municipality"}},
        {ImportField::Status, "status", {"status", "lage"}},
        {ImportField::Coordinator, "coordinator", {"koordinator", "ansvarigkoordinator", "ansvarig", "coordinator"}},
        {ImportField::IncomeSource, "incomeSource",
         {"forsorjning", "forsorjningskalla", "inkomstkalla", "ersattning", "incomesource", "income"}},
        {ImportField::Occupation, "occupation", {"sysselsattning", "occupation"}},
        {ImportField::Education, "education", {"utbildning", "utbildningsniva", "education"}},
        {ImportField::ReferralDate, "referralDate",
         {"remissdatum", "aktualiseringsdatum", "aktualiserad", "remitterad", "inkommen", "datumforaktualisering",
          "referraldate"}},
        {ImportField::ReferringParty, "referringParty",
         {"remittent", "remitterandepart", "aktualiserandepart", "remitterandeaktor", "aktor", "referringparty"}},
        {ImportField::StartDate, "startDate", {"startdatum", "inskrivningsdatum", "inskriven", "start", "startdate"}},
        {ImportField::Programme, "programme", {"insats", "program", "programme", "verksamhet"}},
    };
    return table;
}

const FieldInfo &info(ImportField field)
{
    for (const FieldInfo &entry : fieldTable()) {
        if (entry.field == field)
            return entry;
    }
    return fieldTable().front();
}

} // namespace

const QString ColumnMapping::kMetaKey = QStringLiteral("import_mapping");

QList<ImportField> ColumnMapping::fields()
{
    QList<ImportField> result;
    for (const FieldInfo &entry : fieldTable())
        result << entry.field;
    return result;
}

QString ColumnMapping::key(ImportField field)
{
    return QLatin1String(info(field).key);
}

QString ColumnMapping::label(ImportField field)
{
    switch (field) {
    case ImportField::Identity:
        return tr("Personnummer");
    case ImportField::GivenName:
        return tr("Given name");
    case ImportField::FamilyName:
        return tr("Family name");
    case ImportField::FullName:
        return tr("Full name");
    case ImportField::Phone:
        return tr("Phone");
    case ImportField::Email:
        return tr("E-mail");
    case ImportField::Address:
        return tr("Address");
    case ImportField::Municipality:
        return tr("Municipality");
    case ImportField::Status:
        return tr("Status");
    case ImportField::Coordinator:
        return tr("Coordinator");
    case ImportField::IncomeSource:
        return tr("Income source");
    case ImportField::Occupation:
        return tr("Occupation");
    case ImportField::Education:
        return tr("Education");
    case ImportField::ReferralDate:
        return tr("Referral date");
    case ImportField::ReferringParty:
        return tr("Referring party");
    case ImportField::StartDate:
        return tr("Start date");
    case ImportField::Programme:
        break;
    }
    return tr("Programme");
}

ColumnMapping ColumnMapping::guess(const QStringList &header)
{
    ColumnMapping mapping;
    QList<bool> used(header.size(), false);
    for (const FieldInfo &entry : fieldTable()) {
        for (qsizetype i = 0; i < header.size() && !mapping.isMapped(entry.field); ++i) {
            if (used[i])
                continue;
            const QString folded = importtext::foldKey(header[i]);
            for (const char *name : entry.headers) {
                if (folded == QLatin1String(name)) {
                    mapping.setColumn(entry.field, header[i]);
                    used[i] = true;
                    break;
                }
            }
        }
    }
    // Separate name columns beat a combined one when a list has all three.
    if (mapping.isMapped(ImportField::GivenName) && mapping.isMapped(ImportField::FamilyName))
        mapping.setColumn(ImportField::FullName, QString());
    return mapping;
}

void ColumnMapping::setColumn(ImportField field, const QString &header)
{
    if (header.trimmed().isEmpty())
        m_columns.remove(field);
    else
        m_columns.insert(field, header);
}

QMap<ImportField, int> ColumnMapping::resolve(const QStringList &header, QStringList *problems) const
{
    QMap<ImportField, int> indexes;
    QStringList found;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        const qsizetype first = header.indexOf(it.value());
        if (first < 0) {
            found << tr("The column \"%1\" (for %2) is not in the file's first row.").arg(it.value(), label(it.key()));
            continue;
        }
        if (header.indexOf(it.value(), first + 1) >= 0) {
            found << tr("The column \"%1\" appears twice in the file's first row: rename one in Excel.").arg(it.value());
            continue;
        }
        indexes.insert(it.key(), int(first));
    }
    if (!isMapped(ImportField::Identity))
        found << tr("Choose the column with the personnummer.");
    const bool separate = isMapped(ImportField::GivenName) || isMapped(ImportField::FamilyName);
    if (isMapped(ImportField::FullName) && separate)
        found << tr("Choose either a full-name column or given-name and family-name columns, not both.");
    else if (!isMapped(ImportField::FullName)
             && !(isMapped(ImportField::GivenName) && isMapped(ImportField::FamilyName)))
        found << tr("Choose the name columns: a full name, or a given name and a family name.");
    if (problems)
        *problems = found;
    return indexes;
}

ColumnMapping ColumnMapping::restrictedTo(const QStringList &header, QStringList *dropped) const
{
    ColumnMapping result;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (header.contains(it.value()))
            result.setColumn(it.key(), it.value());
        else if (dropped)
            *dropped << label(it.key());
    }
    return result;
}

QString ColumnMapping::toJson() const
{
    QJsonObject columns;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        columns.insert(key(it.key()), it.value());
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("columns"), columns);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject columns = doc.object().value(QStringLiteral("columns")).toObject();
    ColumnMapping mapping;
    for (ImportField field : fields())
        mapping.setColumn(field, columns.value(key(field)).toString());
    return mapping;
}

std::optional<ColumnMapping> ColumnMapping::load(Database &db)
{
    const QString json = SettingsRepository(db).meta(kMetaKey);
    if (json.isEmpty())
        return std::nullopt;
    return fromJson(json);
}

void ColumnMapping::save(WriteContext &ctx, const ColumnMapping &mapping)
{
    SettingsRepository::setMeta(ctx, kMetaKey, mapping.toJson());
}

} // namespace samsyn
