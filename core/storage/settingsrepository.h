// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/teamsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// Team settings: team info (the meta table), municipalities, parties, members, programmes
// with quotas, and the code tables. Reads take the Database; writes take a WriteContext,
// so they happen only inside WritePath::run.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::SettingsRepository)

public:
    explicit SettingsRepository(Database &db) : m_db(db) {}

    TeamInfo teamInfo() const;
    QString meta(const QString &key, const QString &fallback = {}) const;

    QList<Municipality> municipalities(bool includeInactive = false) const;
    QList<Party> parties(bool includeInactive = false) const;
    QList<Member> members(bool includeInactive = false) const;
    QList<Programme> programmes(bool includeInactive = false) const;
    QList<CodeEntry> codes(const QString &table, bool includeInactive = false) const;
    std::optional<CodeEntry> code(const QString &table, const QString &code) const;
    QStringList codeTables() const;

    std::optional<Member> member(qint64 id) const;
    std::optional<Party> party(qint64 id) const;
    std::optional<Municipality> municipality(qint64 id) const;
    std::optional<Programme> programme(qint64 id) const;
    // The words a document prints for an id or a code: empty for no id or code, the code
    // itself when the team has removed it from its table.
    QString partyName(std::optional<qint64> id) const;
    QString memberName(std::optional<qint64> id) const;
    QString programmeName(std::optional<qint64> id) const;
    QString codeLabel(const QString &table, const QString &code) const;

    static void setMeta(WriteContext &ctx, const QString &key, const QString &value);
    static void setTeamInfo(WriteContext &ctx, const TeamInfo &info);
    // Insert when id is 0, update otherwise; returns the id.
    static qint64 saveMunicipality(WriteContext &ctx, const Municipality &municipality);
    static qint64 saveParty(WriteContext &ctx, const Party &party);
    static qint64 saveMember(WriteContext &ctx, const Member &member);
    static qint64 saveProgramme(WriteContext &ctx, const Programme &programme);
    static void saveCode(WriteContext &ctx, const CodeEntry &entry);

    // Fills a new file from the first-run wizard (or `init`), in the caller's transaction.
    // Returns the id of the member named as `me`, if any.
    static std::optional<qint64> applySetup(WriteContext &ctx, const TeamSetup &setup);

private:
    Database &m_db;
};

} // namespace samsyn
