// SPDX-License-Identifier: EUPL-1.2
#include "extract/extracthistory.h"

#include "storage/correctionrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace samsyn {

namespace {

// The stored field names of a correction, in words; a name not listed is shown as stored.
QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "End date")},
        {QStringLiteral("exit_reason"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "Reason for ending")},
        {QStringLiteral("income_after"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "Income after")},
        {QStringLiteral("occupation_after"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "Occupation after")},
        {QStringLiteral("extent_percent"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "Extent of work or studies")},
        {QStringLiteral("onward_plan"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "The plan ahead")},
        {QStringLiteral("handover_party"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "Handed over to")},
        {QStringLiteral("handover_contact"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "Contact person")},
        {QStringLiteral("sip_continues"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "The SIP continues")},
        {QStringLiteral("own_view"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "Your own view")},
        {QStringLiteral("readier"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "Feels readier")},
        {QStringLiteral("followup1_due"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "First follow-up")},
        {QStringLiteral("followup2_due"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "Second follow-up")},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "Decision")},
        {QStringLiteral("programme"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "Programme")},
        {QStringLiteral("coordinator"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "Coordinator")},
        {QStringLiteral("planned_start"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "Planned start")},
        {QStringLiteral("recommendation"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "Recommendation")},
        {QStringLiteral("missing"), QT_TRANSLATE_NOOP("samsyn::ExtractHistory", "What was missing")},
    };
    const char *label = labels.value(field);
    return label ? ExtractHistory::tr(label) : field;
}

QString subjectText(Correction::Subject subject)
{
    switch (subject) {
    case Correction::Subject::Decision: return ExtractHistory::tr("The meeting's decision");
    case Correction::Subject::Exit: return ExtractHistory::tr("The end of your time with us");
    case Correction::Subject::ExitUndo: return ExtractHistory::tr("An ending recorded by mistake, taken back");
    }
    return {};
}

QString valueText(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << valueText(item);
        return items.join(QStringLiteral(", "));
    }
    if (v.isBool())
        return v.toBool() ? ExtractHistory::tr("yes") : ExtractHistory::tr("no");
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

// "exit_reason arbete -> studier; onward_plan" names the fields that changed; what they held
// before is in the stored old values. Only those fields are shown, with their old value.
QString before(const Correction &c)
{
    const QJsonObject old = QJsonDocument::fromJson(c.oldValue.toUtf8()).object();
    QStringList lines;
    for (const QString &change : c.changed.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString field = change.trimmed().section(QLatin1Char(' '), 0, 0);
        if (field.isEmpty())
            continue;
        const QString value = old.contains(field) ? valueText(old.value(field)) : QString();
        lines << fieldLabel(field) + QStringLiteral(": ") + ExtractHistory::orNotRecorded(value);
    }
    return ExtractHistory::lines(lines);
}

} // namespace

void ExtractHistory::corrections(Document &d, const Source &s)
{
    const QList<Correction> list = CorrectionRepository(s.db).forParticipant(s.participantId);
    if (list.isEmpty())
        return; // most people have none
    d.heading(tr("Corrections"));
    d.paragraph(tr("Information that was corrected after it was recorded. The sections above show it as corrected; here is "
                   "what it said before, and why it was changed."));
    doc::Table t{{tr("Date"), tr("What was corrected"), tr("Why"), tr("Before the correction")}, {}, {14, 24, 28, 34}, {}};
    for (const Correction &c : list)
        t.rows << QStringList{iso(c.correctedAt.toLocalTime().date()), subjectText(c.subject), c.reason, before(c)};
    d.table(t);
}

} // namespace samsyn
