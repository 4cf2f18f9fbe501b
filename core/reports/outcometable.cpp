// SPDX-License-Identifier: EUPL-1.2
#include "reports/outcometable.h"

#include "domain/participantevent.h"
#include "reports/reportformat.h"
#include "storage/settingsrepository.h"

#include <QCollator>

#include <algorithm>

namespace samsyn {

namespace {

struct Candidate
{
    qint64 id = 0;
    QString name;
    bool active = true;
};

// Parties by their short names ("FK", "Af") where those tell them apart: a column of a
// portrait page is too narrow for "Försäkringskassan". The rows keep the full names.
QList<Candidate> partyCandidates(const QList<Party> &parties)
{
    QMap<QString, int> uses;
    for (const Party &p : parties)
        ++uses[p.shortName];
    QList<Candidate> result;
    for (const Party &p : parties) {
        const bool shortIsClear = !p.shortName.isEmpty() && uses.value(p.shortName) == 1;
        result << Candidate{p.id, shortIsClear ? p.shortName : p.name, p.active};
    }
    return result;
}

// The columns a grouping can have, in print order: municipalities and programmes by name
// (Swedish collation), parties in the team's own order.
QList<Candidate> candidates(Database &db, OutcomeGrouping grouping)
{
    const SettingsRepository settings(db);
    QList<Candidate> result;
    switch (grouping) {
    case OutcomeGrouping::Municipality:
        for (const Municipality &m : settings.municipalities(true))
            result << Candidate{m.id, m.name, m.active};
        break;
    case OutcomeGrouping::ReferringParty:
        return partyCandidates(settings.parties(true));
    case OutcomeGrouping::Programme:
        for (const Programme &p : settings.programmes(true))
            result << Candidate{p.id, p.name, p.active};
        break;
    }
    QCollator collator{QLocale(QLocale::Swedish, QLocale::Sweden)};
    std::stable_sort(result.begin(), result.end(),
                     [&](const Candidate &a, const Candidate &b) { return collator.compare(a.name, b.name) < 0; });
    return result;
}

} // namespace

OutcomeTable OutcomeTable::build(Database &db, OutcomeGrouping grouping, const Period &chosen)
{
    OutcomeTable t;
    t.grouping = grouping;
    t.period = chosen;
    QMap<qint64, OutcomeColumnFigures> figures;
    for (const OutcomeColumnFigures &f : ReportQueries(db).outcomeFigures(grouping, chosen.first(), chosen.last()))
        figures.insert(f.column, f);

    // Active columns always show (a municipality with nobody is news too); inactive ones
    // only when they have someone.
    for (const Candidate &c : candidates(db, grouping)) {
        if (c.active || figures.contains(c.id))
            t.columns << Column{c.id, c.name, figures.value(c.id)};
    }
    if (figures.contains(0)) {
        const QString none = grouping == OutcomeGrouping::Municipality ? tr("No municipality") : tr("No referral");
        t.columns << Column{0, none, figures.value(0)};
    }
    t.columns << Column{OutcomeColumnFigures::kTotalColumn, tr("Total"), figures.value(OutcomeColumnFigures::kTotalColumn)};
    t.retainedByGallring = ReportQueries(db).retained(chosen.first(), chosen.last()).any();

    const OutcomeColumnFigures &all = t.total().figures;
    const SettingsRepository settings(db);
    for (const CodeEntry &c : settings.codes(ParticipantEvent::kCategoryTable, true)) {
        if (c.active || all.events.value(c.code) > 0)
            t.categories << RowLabel{c.code, c.displayLabel()};
    }
    for (const Party &p : settings.parties(true)) {
        if (p.active || all.referredBy.value(p.id) > 0)
            t.referrers << RowLabel{QString::number(p.id), p.name};
    }
    if (all.referredBy.value(0) > 0)
        t.referrers << RowLabel{QStringLiteral("0"), tr("No referral recorded")};
    return t;
}

ReportTable OutcomeTable::table(const QLocale &locale) const
{
    using F = ReportFormat;
    ReportTable t;
    t.title = tr("Outcome per %1").arg(groupingLabel(grouping).toLower());
    t.headers << QString();
    for (const Column &c : columns)
        t.headers << c.label;

    auto row = [&](const QString &label, const std::function<QString(const OutcomeColumnFigures &)> &cell) {
        QStringList cells;
        for (const Column &c : columns)
            cells << cell(c.figures);
        t.addRow(label, cells);
    };
    auto heading = [&](const QString &label) { t.addRow(label, QStringList(columns.size(), QString())); };

    row(tr("Number of individuals"), [](const OutcomeColumnFigures &f) { return F::count(f.individuals); });
    row(tr("Mean age at enrollment start"), [&](const OutcomeColumnFigures &f) { return F::ratio(f.ageSum, f.withAge, locale); });
    row(tr("Women"), [](const OutcomeColumnFigures &f) { return F::count(f.women); });
    row(tr("Men"), [](const OutcomeColumnFigures &f) { return F::count(f.men); });
    const OutcomeColumnFigures &all = total().figures;
    if (all.individuals > all.women + all.men)
        row(tr("Gender not recorded"),
            [](const OutcomeColumnFigures &f) { return F::count(f.individuals - f.women - f.men); });

    heading(tr("Events in the period"));
    for (const RowLabel &c : categories)
        row(c.label, [&](const OutcomeColumnFigures &f) { return F::count(f.events.value(c.key)); });
    heading(tr("Referred by"));
    for (const RowLabel &p : referrers)
        row(p.label, [&](const OutcomeColumnFigures &f) { return F::count(f.referredBy.value(p.key.toLongLong())); });

    QString note = tr("Individuals: everyone with an enrollment between %1 and %2. Mean age: completed years at the start "
                      "of the earliest such enrollment, one decimal, halves rounded away from zero. Events: individuals "
                      "with at least one event of the kind dated in the period. Referred by: the party of the latest "
                      "referral received by %2.")
                       .arg(period.first().toString(Qt::ISODate), period.last().toString(Qt::ISODate));
    if (grouping == OutcomeGrouping::Programme)
        note += QLatin1Char(' ') + tr("A person in two programmes is counted in both columns and once in the total.");
    if (retainedByGallring)
        note += QLatin1Char(' ') + tr("Gallring has deleted participants with entries in this period: they are counted in "
                                      "the period report's totals only, not in this table.");
    t.note = note;
    return t;
}

ReportContent OutcomeTable::content(const QLocale &locale) const
{
    ReportContent c;
    c.title = tr("Outcome table");
    c.subtitle = ReportFormat::period(period) + QStringLiteral(" \u00b7 ") + tr("per %1").arg(groupingLabel(grouping).toLower());
    c.period = period;
    c.tables = {table(locale)};
    return c;
}

QString OutcomeTable::groupingLabel(OutcomeGrouping grouping)
{
    switch (grouping) {
    case OutcomeGrouping::Municipality: return tr("Municipality");
    case OutcomeGrouping::ReferringParty: return tr("Referring party");
    case OutcomeGrouping::Programme: return tr("Programme");
    }
    return {};
}

std::optional<OutcomeGrouping> OutcomeTable::groupingFromCode(const QString &code)
{
    if (code == QLatin1String("municipality"))
        return OutcomeGrouping::Municipality;
    if (code == QLatin1String("party"))
        return OutcomeGrouping::ReferringParty;
    if (code == QLatin1String("programme"))
        return OutcomeGrouping::Programme;
    return std::nullopt;
}

} // namespace samsyn
