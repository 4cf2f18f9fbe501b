// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace samsyn {

// The team itself: shown in headers and status bars, printed on every document.
struct TeamInfo
{
    QString name;
    QString association;    // samordningsförbund
    QString controller;     // personuppgiftsansvarig: the employing party that owns the records
    QString secrecyMarking; // printed on every page, e.g. "Sekretess enligt OSL 26 kap. 1 §"
    int retentionYears = 5; // gallring: years after the last entry
    bool demo = false;      // invented data: marked everywhere it is shown or printed
};

// The four kinds of party in Finsam (plus others such as a coordinator's own organisation).
enum class PartyKind { Fk, Af, Region, Municipality, Other };

struct PartyKinds
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::PartyKinds)
public:
    static QString code(PartyKind kind);
    static std::optional<PartyKind> fromCode(const QString &code);
    static QString label(PartyKind kind);
    // The referring-party value SUS-style lists use: FK, Af, Region, Kommun, Annan.
    static QString susLabel(PartyKind kind);
    static QList<PartyKind> all();
};

struct Municipality
{
    qint64 id = 0;
    QString name;
    bool active = true;
};

struct Party
{
    qint64 id = 0;
    PartyKind kind = PartyKind::Other;
    QString name;
    QString shortName;
    std::optional<qint64> municipalityId;
    bool active = true;
    int sortOrder = 0;
};

struct Member
{
    qint64 id = 0;
    QString name;
    QString role;
    std::optional<qint64> partyId;
    QString phone;
    QString email;
    bool active = true;
};

// An insats the team offers, with its capacity and optional places per party.
struct Programme
{
    qint64 id = 0;
    QString name;
    QString description;
    int capacity = 0;
    int maxMonths = 12;
    bool active = true;
    QMap<qint64, int> quotas; // party id -> places
};

// One value of a code table (income source, occupation, ...). Codes are stable; labels are
// the team's. `reportGroup` lets reports group values (e.g. exits to work or studies).
struct CodeEntry
{
    QString table;
    QString code;
    QString label;   // Swedish, used in exports
    QString labelEn; // shown in the English UI when set
    QString reportGroup;
    int sortOrder = 0;
    bool active = true;

    QString displayLabel() const;
};

// The code tables the foundation defines; later schema versions add more.
namespace CodeTable {
inline const QString IncomeSource = QStringLiteral("income_source");
inline const QString Occupation = QStringLiteral("occupation");
inline const QString Education = QStringLiteral("education");
inline const QString PublicSupportTime = QStringLiteral("public_support_time");
inline const QString ExitReason = QStringLiteral("exit_reason");
} // namespace CodeTable

// What the first-run wizard (or `samsyn-cli init`) collects to create a team file.
struct TeamSetup
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::TeamSetup)
public:
    struct MemberSetup
    {
        QString name;
        QString role;
        QString partyName; // one of the parties created below
    };

    TeamInfo info;
    QStringList municipalities;       // each also becomes a party of kind Municipality
    QString regionName;               // the region party, e.g. "Region Jönköpings län"
    QStringList otherParties;
    QList<MemberSetup> members;
    QList<Programme> programmes;      // quotas are not set here
    QString me;                       // which member is using Samsyn (a name in `members`)

    // Problems a coordinator must fix before the file can be created; empty when fine.
    QStringList problems() const;
    // A sensible setup for `samsyn-cli init --team NAME`: the default parties, no members.
    static TeamSetup minimal(const QString &teamName);
};

} // namespace samsyn
