// SPDX-License-Identifier: EUPL-1.2
#include "import/importlookups.h"

#include "domain/teamsettings.h"
#include "import/importtext.h"
#include "storage/settingsrepository.h"

namespace samsyn {

namespace {

// "Åsele kommun" and "Åsele" name the same municipality in people's lists.
QString municipalityKey(const QString &text)
{
    QString folded = importtext::fold(text);
    static const QString suffix = QStringLiteral(" kommun");
    if (folded.endsWith(suffix))
        folded.chop(suffix.size());
    return folded;
}

QString listed(const QStringList &names)
{
    return names.isEmpty() ? ImportLookups::tr("none") : names.join(QStringLiteral(", "));
}

} // namespace

ImportLookups::ImportLookups(Database &db)
{
    const SettingsRepository settings(db);
    for (const Municipality &m : settings.municipalities(true)) {
        add(m_municipalities, municipalityKey(m.name), m.id);
        m_municipalityNames << m.name;
    }
    for (const Member &m : settings.members(true)) {
        add(m_members, importtext::fold(m.name), m.id);
        m_memberNames << m.name;
    }
    for (const Party &p : settings.parties(true)) {
        add(m_parties, importtext::fold(p.name), p.id);
        if (!p.shortName.isEmpty())
            add(m_parties, importtext::fold(p.shortName), p.id);
        m_partyNames << p.name;
    }
    for (const Programme &p : settings.programmes(true)) {
        add(m_programmes, importtext::fold(p.name), p.id);
        m_programmeNames << p.name;
    }
    for (const QString &table : {CodeTable::IncomeSource, CodeTable::Occupation, CodeTable::Education}) {
        QHash<QString, QString> &codes = m_codes[table];
        for (const CodeEntry &entry : settings.codes(table, true)) {
            for (const QString &name : {entry.code, entry.label, entry.labelEn}) {
                if (!name.isEmpty())
                    codes.insert(importtext::fold(name), entry.code);
            }
        }
    }
}

void ImportLookups::add(Index &index, const QString &name, qint64 id)
{
    const auto it = index.constFind(name);
    if (it != index.constEnd() && it.value() != id)
        index.insert(name, kAmbiguous);
    else
        index.insert(name, id);
}

std::optional<qint64> ImportLookups::find(const Index &index, const QString &key, const QString &text, const QString &what,
                                          const QStringList &known, QString *problem)
{
    const auto it = index.constFind(key);
    if (it == index.constEnd()) {
        *problem = tr("The team has no %1 called \"%2\" (known: %3). Add it in the settings or correct the list.")
                       .arg(what, text.simplified(), listed(known));
        return std::nullopt;
    }
    if (it.value() == kAmbiguous) {
        *problem = tr("\"%1\" matches more than one %2: write the full name.").arg(text.simplified(), what);
        return std::nullopt;
    }
    return it.value();
}

std::optional<qint64> ImportLookups::municipality(const QString &text, QString *problem) const
{
    return find(m_municipalities, municipalityKey(text), text, tr("municipality"), m_municipalityNames, problem);
}

std::optional<qint64> ImportLookups::member(const QString &text, QString *problem) const
{
    return find(m_members, importtext::fold(text), text, tr("team member"), m_memberNames, problem);
}

std::optional<qint64> ImportLookups::party(const QString &text, QString *problem) const
{
    return find(m_parties, importtext::fold(text), text, tr("party"), m_partyNames, problem);
}

std::optional<qint64> ImportLookups::programme(const QString &text, QString *problem) const
{
    return find(m_programmes, importtext::fold(text), text, tr("programme"), m_programmeNames, problem);
}

std::optional<QString> ImportLookups::code(const QString &table, const QString &text, QString *problem) const
{
    const QHash<QString, QString> codes = m_codes.value(table);
    const auto it = codes.constFind(importtext::fold(text));
    if (it != codes.constEnd())
        return it.value();
    *problem = tr("\"%1\" is not a value of the list %2: use one of the team's values (Settings, code tables).")
                   .arg(text.simplified(), table);
    return std::nullopt;
}

std::optional<ParticipantStatus> ImportLookups::status(const QString &text, QString *problem) const
{
    const QString key = importtext::fold(text);
    // The words Swedish lists use, besides the codes and the labels of the current language.
    static const QHash<QString, ParticipantStatus> words = {
        {QStringLiteral("aktualiserad"), ParticipantStatus::Referred}, {QStringLiteral("remitterad"), ParticipantStatus::Referred},
        {QStringLiteral("vantar"), ParticipantStatus::Waiting},        {QStringLiteral("vantelista"), ParticipantStatus::Waiting},
        {QStringLiteral("ko"), ParticipantStatus::Waiting},            {QStringLiteral("aktiv"), ParticipantStatus::Active},
        {QStringLiteral("inskriven"), ParticipantStatus::Active},      {QStringLiteral("passiv"), ParticipantStatus::Passive},
        {QStringLiteral("avslutad"), ParticipantStatus::Exited},       {QStringLiteral("utskriven"), ParticipantStatus::Exited},
    };
    if (words.contains(key))
        return words.value(key);
    for (ParticipantStatus s : ParticipantStatuses::all()) {
        if (key == ParticipantStatuses::code(s) || key == importtext::fold(ParticipantStatuses::label(s)))
            return s;
    }
    *problem = tr("\"%1\" is not a status Samsyn knows (aktualiserad, väntar, aktiv, passiv, avslutad).").arg(text.simplified());
    return std::nullopt;
}

} // namespace samsyn
