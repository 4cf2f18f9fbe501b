// SPDX-License-Identifier: EUPL-1.2
#include "domain/teamsettings.h"

#include <QLocale>
#include <QSet>

namespace samsyn {

QString PartyKinds::code(PartyKind kind)
{
    switch (kind) {
    case PartyKind::Fk:
        return QStringLiteral("fk");
    case PartyKind::Af:
        return QStringLiteral("af");
    case PartyKind::Region:
        return QStringLiteral("region");
    case PartyKind::Municipality:
        return QStringLiteral("municipality");
    case PartyKind::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<PartyKind> PartyKinds::fromCode(const QString &code)
{
    for (PartyKind kind : all()) {
        if (PartyKinds::code(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString PartyKinds::label(PartyKind kind)
{
    switch (kind) {
    case PartyKind::Fk:
        return tr("Försäkringskassan");
    case PartyKind::Af:
        return tr("Arbetsförmedlingen");
    case PartyKind::Region:
        return tr("Region");
    case PartyKind::Municipality:
        return tr("Municipality");
    case PartyKind::Other:
        break;
    }
    return tr("Other");
}

QString PartyKinds::susLabel(PartyKind kind)
{
    // The export's value list is Swedish by specification, whatever the UI language.
    switch (kind) {
    case PartyKind::Fk:
        return QStringLiteral("FK");
    case PartyKind::Af:
        return QStringLiteral("Af");
    case PartyKind::Region:
        return QStringLiteral("Region");
    case PartyKind::Municipality:
        return QStringLiteral("Kommun");
    case PartyKind::Other:
        break;
    }
    return QStringLiteral("Annan");
}

QList<PartyKind> PartyKinds::all()
{
    return {PartyKind::Fk, PartyKind::Af, PartyKind::Region, PartyKind::Municipality, PartyKind::Other};
}

QString CodeEntry::displayLabel() const
{
    if (!labelEn.isEmpty() && QLocale().language() != QLocale::Swedish)
        return labelEn;
    return label;
}

QStringList TeamSetup::problems() const
{
    QStringList result;
    if (info.name.trimmed().isEmpty())
        result << tr("The team needs a name.");
    if (info.name.size() > 200)
        result << tr("The team name is too long (at most 200 characters).");
    QSet<QString> names;
    for (const QString &m : municipalities) {
        if (m.trimmed().isEmpty())
            result << tr("A municipality has no name.");
        else if (names.contains(m.trimmed().toLower()))
            result << tr("The municipality %1 is listed twice.").arg(m.trimmed());
        names.insert(m.trimmed().toLower());
    }
    QSet<QString> partyNames{tr("Försäkringskassan").toLower(), tr("Arbetsförmedlingen").toLower(),
                             (regionName.trimmed().isEmpty() ? tr("Region") : regionName.trimmed()).toLower()};
    for (const QString &m : municipalities)
        partyNames.insert(m.trimmed().toLower());
    for (const QString &p : otherParties)
        partyNames.insert(p.trimmed().toLower());
    QSet<QString> memberNames;
    for (const MemberSetup &member : members) {
        if (member.name.trimmed().isEmpty())
            result << tr("A team member has no name.");
        if (!member.partyName.isEmpty() && !partyNames.contains(member.partyName.trimmed().toLower()))
            result << tr("%1 belongs to a party that is not in the list: %2.").arg(member.name, member.partyName);
        memberNames.insert(member.name.trimmed());
    }
    if (!me.isEmpty() && !memberNames.contains(me.trimmed()))
        result << tr("You (%1) are not among the team members.").arg(me);
    QSet<QString> programmeNames;
    for (const Programme &programme : programmes) {
        if (programme.name.trimmed().isEmpty())
            result << tr("A programme has no name.");
        else if (programmeNames.contains(programme.name.trimmed().toLower()))
            result << tr("The programme %1 is listed twice.").arg(programme.name);
        programmeNames.insert(programme.name.trimmed().toLower());
        if (programme.capacity < 0 || programme.capacity > 10000)
            result << tr("The capacity of %1 must be between 0 and 10000.").arg(programme.name);
    }
    return result;
}

TeamSetup TeamSetup::minimal(const QString &teamName)
{
    TeamSetup setup;
    setup.info.name = teamName;
    setup.info.secrecyMarking = QStringLiteral("Sekretess enligt OSL 26 kap. 1 §");
    setup.regionName = QStringLiteral("Region");
    return setup;
}

} // namespace samsyn
