// SPDX-License-Identifier: EUPL-1.2
// The stored form of a final slutdokumentation: JSON with one key per field. Written once,
// read back on every later print; a field added in a later version of Samsyn reads as empty
// from an older copy, which is exactly what that copy said.
#include "exit/exitreportdata.h"

#include "util/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace samsyn {

namespace {

QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate date(const QJsonObject &o, const QString &key)
{
    return QDate::fromString(o.value(key).toString(), Qt::ISODate);
}

QJsonValue optionalInt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

QByteArray ExitReportData::toJson() const
{
    QJsonArray goalArray;
    for (const ExitReportGoal &g : goals)
        goalArray.append(QJsonObject{{QStringLiteral("text"), g.text}, {QStringLiteral("reached"), g.reached}});
    QJsonArray actionArray;
    for (const ExitReportAction &a : actions)
        actionArray.append(QJsonObject{{QStringLiteral("party"), a.party}, {QStringLiteral("contact"), a.contact},
                                       {QStringLiteral("what"), a.what}, {QStringLiteral("start"), iso(a.start)},
                                       {QStringLiteral("due"), iso(a.due)}, {QStringLiteral("status"), a.status}});
    QJsonArray measureArray;
    for (const ExitReportMeasure &m : measures)
        measureArray.append(QJsonObject{{QStringLiteral("instrument"), m.instrument}, {QStringLiteral("startDate"), iso(m.startDate)},
                                        {QStringLiteral("startTotal"), m.startTotal}, {QStringLiteral("latestDate"), iso(m.latestDate)},
                                        {QStringLiteral("latestTotal"), m.latestTotal}});
    const QJsonObject o{
        {QStringLiteral("kind"), QStringLiteral("slutdokumentation")},
        {QStringLiteral("format"), 1},
        {QStringLiteral("enrollmentId"), enrollmentId},
        {QStringLiteral("participantId"), participantId},
        {QStringLiteral("name"), name},
        {QStringLiteral("identity"), identity},
        {QStringLiteral("programme"), programme},
        {QStringLiteral("coordinator"), coordinator},
        {QStringLiteral("start"), iso(start)},
        {QStringLiteral("end"), iso(end)},
        {QStringLiteral("hasReferral"), hasReferral},
        {QStringLiteral("referringParty"), referringParty},
        {QStringLiteral("referredOn"), iso(referredOn)},
        {QStringLiteral("referralReason"), referralReason},
        {QStringLiteral("ownWish"), ownWish},
        {QStringLiteral("goals"), goalArray},
        {QStringLiteral("actions"), actionArray},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("present"), present},
        {QStringLiteral("absentNotified"), absentNotified},
        {QStringLiteral("absent"), absent},
        {QStringLiteral("measures"), measureArray},
        {QStringLiteral("exitReason"), exitReason},
        {QStringLiteral("occupationAfter"), occupationAfter},
        {QStringLiteral("incomeAfter"), QJsonArray::fromStringList(incomeAfter)},
        {QStringLiteral("extentPercent"), optionalInt(extentPercent)},
        {QStringLiteral("readier"), readier ? QJsonValue(*readier) : QJsonValue()},
        {QStringLiteral("onwardPlan"), onwardPlan},
        {QStringLiteral("handoverParty"), handoverParty},
        {QStringLiteral("handoverContact"), handoverContact},
        {QStringLiteral("sipContinues"), sipContinues},
        {QStringLiteral("ownView"), ownView},
        {QStringLiteral("followup1Due"), iso(followup1Due)},
        {QStringLiteral("followup2Due"), iso(followup2Due)},
        {QStringLiteral("writtenBy"), writtenBy},
        {QStringLiteral("writtenAt"), writtenAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("final"), final},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ExitReportData ExitReportData::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject o = doc.object();
    if (error.error != QJsonParseError::NoError || o.value(QStringLiteral("kind")).toString() != QLatin1String("slutdokumentation"))
        throw Error(ErrorCode::Corrupt, tr("The stored slutdokumentation cannot be read; the team file may be damaged. "
                                           "Restore a backup or ask for support."));
    ExitReportData d;
    d.enrollmentId = o.value(QStringLiteral("enrollmentId")).toInteger();
    d.participantId = o.value(QStringLiteral("participantId")).toInteger();
    d.name = o.value(QStringLiteral("name")).toString();
    d.identity = o.value(QStringLiteral("identity")).toString();
    d.programme = o.value(QStringLiteral("programme")).toString();
    d.coordinator = o.value(QStringLiteral("coordinator")).toString();
    d.start = date(o, QStringLiteral("start"));
    d.end = date(o, QStringLiteral("end"));
    d.hasReferral = o.value(QStringLiteral("hasReferral")).toBool();
    d.referringParty = o.value(QStringLiteral("referringParty")).toString();
    d.referredOn = date(o, QStringLiteral("referredOn"));
    d.referralReason = o.value(QStringLiteral("referralReason")).toString();
    d.ownWish = o.value(QStringLiteral("ownWish")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("goals")).toArray()) {
        const QJsonObject g = v.toObject();
        d.goals << ExitReportGoal{g.value(QStringLiteral("text")).toString(), g.value(QStringLiteral("reached")).toString()};
    }
    for (const QJsonValue &v : o.value(QStringLiteral("actions")).toArray()) {
        const QJsonObject a = v.toObject();
        d.actions << ExitReportAction{a.value(QStringLiteral("party")).toString(), a.value(QStringLiteral("contact")).toString(),
                                      a.value(QStringLiteral("what")).toString(), date(a, QStringLiteral("start")),
                                      date(a, QStringLiteral("due")), a.value(QStringLiteral("status")).toString()};
    }
    d.sessions = o.value(QStringLiteral("sessions")).toInt();
    d.present = o.value(QStringLiteral("present")).toInt();
    d.absentNotified = o.value(QStringLiteral("absentNotified")).toInt();
    d.absent = o.value(QStringLiteral("absent")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("measures")).toArray()) {
        const QJsonObject m = v.toObject();
        d.measures << ExitReportMeasure{m.value(QStringLiteral("instrument")).toString(), date(m, QStringLiteral("startDate")),
                                        m.value(QStringLiteral("startTotal")).toInt(), date(m, QStringLiteral("latestDate")),
                                        m.value(QStringLiteral("latestTotal")).toInt()};
    }
    d.exitReason = o.value(QStringLiteral("exitReason")).toString();
    d.occupationAfter = o.value(QStringLiteral("occupationAfter")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("incomeAfter")).toArray())
        d.incomeAfter << v.toString();
    if (o.value(QStringLiteral("extentPercent")).isDouble())
        d.extentPercent = o.value(QStringLiteral("extentPercent")).toInt();
    if (o.value(QStringLiteral("readier")).isBool())
        d.readier = o.value(QStringLiteral("readier")).toBool();
    d.onwardPlan = o.value(QStringLiteral("onwardPlan")).toString();
    d.handoverParty = o.value(QStringLiteral("handoverParty")).toString();
    d.handoverContact = o.value(QStringLiteral("handoverContact")).toString();
    d.sipContinues = o.value(QStringLiteral("sipContinues")).toBool();
    d.ownView = o.value(QStringLiteral("ownView")).toString();
    d.followup1Due = date(o, QStringLiteral("followup1Due"));
    d.followup2Due = date(o, QStringLiteral("followup2Due"));
    d.writtenBy = o.value(QStringLiteral("writtenBy")).toString();
    d.writtenAt = QDateTime::fromString(o.value(QStringLiteral("writtenAt")).toString(), Qt::ISODate);
    d.final = o.value(QStringLiteral("final")).toBool();
    return d;
}

} // namespace samsyn
