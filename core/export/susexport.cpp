// SPDX-License-Identifier: EUPL-1.2
#include "export/susexport.h"

#include "export/atomicfileset.h"
#include "export/csvwriter.h"
#include "teamfile.h"
#include "util/error.h"

#include <QHash>

namespace samsyn {

namespace {

using Kind = CsvWriter::Kind;

QString iso(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("Ja") : QStringLiteral("Nej");
}

QString genderLabel(const std::optional<Gender> &gender)
{
    // The file's value list is Swedish by specification, whatever the UI language.
    if (!gender)
        return {};
    return *gender == Gender::Female ? QStringLiteral("Kvinna") : QStringLiteral("Man");
}

QString count(int value)
{
    return QString::number(value);
}

} // namespace

SusExport::SusExport(SusData data)
    : m_data(std::move(data))
    , m_problems(SusValidation::check(m_data.records))
{
}

SusExport SusExport::read(Database &db, const Period &period)
{
    return SusExport(SusData::read(db, period));
}

QString SusExport::gallringNote() const
{
    if (!m_data.deletedByGallring)
        return {};
    return tr("Gallring has deleted participants with entries in this period: they are not in these files (the period "
              "report keeps their counts).");
}

int SusExport::anonymousCount() const
{
    return int(std::count_if(m_data.records.cbegin(), m_data.records.cend(),
                             [](const SusRecord &r) { return r.isAnonymous(); }));
}

QString SusExport::antalFileName(const Period &period)
{
    return QStringLiteral("antal_%1.csv").arg(period.fileLabel());
}

QString SusExport::deltagareFileName(const Period &period)
{
    return QStringLiteral("deltagare_%1.csv").arg(period.fileLabel());
}

QString SusExport::problemFileName(const Period &period)
{
    return QStringLiteral("problem_%1.csv").arg(period.fileLabel());
}

int SusExport::ageOn(QDate birth, QDate day)
{
    if (!birth.isValid() || !day.isValid())
        return -1;
    int age = day.year() - birth.year();
    // Born on 29 February: a year older on 1 March in a common year, as the law counts.
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

QByteArray SusExport::antalCsv() const
{
    CsvWriter csv({{QStringLiteral("period_fran"), Kind::Date},
                   {QStringLiteral("period_till"), Kind::Date},
                   {QStringLiteral("insats"), Kind::Text},
                   {QStringLiteral("kon"), Kind::Text},
                   {QStringLiteral("paborjade"), Kind::Number},
                   {QStringLiteral("pagaende"), Kind::Number},
                   {QStringLiteral("avslutade"), Kind::Number},
                   {QStringLiteral("varav_anonyma"), Kind::Number}});
    const Period &period = m_data.period;
    for (const QString &programme : m_data.programmes) {
        for (const Gender gender : {Gender::Female, Gender::Male}) {
            int started = 0;
            int ongoing = 0;
            int ended = 0;
            int anonymous = 0;
            for (const SusRecord &r : m_data.records) {
                if (r.programme != programme || r.gender != gender)
                    continue;
                // Every record overlaps the period (SusData reads only those): all are ongoing.
                ++ongoing;
                started += period.contains(r.start) ? 1 : 0;
                ended += period.contains(r.end) ? 1 : 0;
                anonymous += r.isAnonymous() ? 1 : 0;
            }
            csv.addRow({iso(period.first()), iso(period.last()), programme, genderLabel(gender), count(started),
                        count(ongoing), count(ended), count(anonymous)});
        }
    }
    return csv.toUtf8();
}

QStringList SusExport::deltagareRow(const SusRecord &r) const
{
    const bool anonymous = r.isAnonymous();
    auto personal = [anonymous](const QString &value) { return anonymous ? QString() : value; };
    const int age = ageOn(r.birthDate, r.start);
    return {r.programme,
            yesNo(anonymous),
            personal(r.personnummer),
            genderLabel(r.gender),
            personal(r.birthDate.isValid() ? QString::number(r.birthDate.year()) : QString()),
            personal(age >= 0 ? QString::number(age) : QString()),
            personal(r.municipality),
            r.referringParty,
            iso(r.start),
            iso(r.end),
            r.incomeBefore.join(QLatin1Char('|')),
            r.incomeAfter.join(QLatin1Char('|')),
            r.occupationBefore,
            r.occupationAfter,
            r.extentPercent ? QString::number(*r.extentPercent) : QString(),
            r.education,
            r.supportTime,
            r.exitReason,
            personal(iso(r.consentDate))};
}

QByteArray SusExport::deltagareCsv() const
{
    CsvWriter csv({{QStringLiteral("insats"), Kind::Text},
                   {QStringLiteral("anonym"), Kind::Text},
                   {QStringLiteral("personnummer"), Kind::Identity},
                   {QStringLiteral("kon"), Kind::Text},
                   {QStringLiteral("fodelsear"), Kind::Number},
                   {QStringLiteral("alder_vid_start"), Kind::Number},
                   {QStringLiteral("kommun"), Kind::Text},
                   {QStringLiteral("remitterande_part"), Kind::Text},
                   {QStringLiteral("startdatum"), Kind::Date},
                   {QStringLiteral("slutdatum"), Kind::Date},
                   {QStringLiteral("forsorjning_fore"), Kind::Text},
                   {QStringLiteral("forsorjning_efter"), Kind::Text},
                   {QStringLiteral("sysselsattning_fore"), Kind::Text},
                   {QStringLiteral("sysselsattning_efter"), Kind::Text},
                   {QStringLiteral("omfattning_efter"), Kind::Number},
                   {QStringLiteral("utbildningsniva"), Kind::Text},
                   {QStringLiteral("tid_i_offentlig_forsorjning"), Kind::Text},
                   {QStringLiteral("avslutsanledning"), Kind::Text},
                   {QStringLiteral("samtycke_datum"), Kind::Date}});
    for (const SusRecord &r : m_data.records)
        csv.addRow(deltagareRow(r));
    return csv.toUtf8();
}

QByteArray SusExport::problemCsv() const
{
    // Spreadsheet row numbers: the header is row 1, the first enrollment row 2.
    QHash<qint64, int> rowOf;
    for (qsizetype i = 0; i < m_data.records.size(); ++i)
        rowOf.insert(m_data.records.at(i).enrollmentId, int(i) + 2);
    CsvWriter csv({{QStringLiteral("deltagare_rad"), Kind::Number},
                   {QStringLiteral("insats"), Kind::Text},
                   {QStringLiteral("startdatum"), Kind::Date},
                   {QStringLiteral("falt"), Kind::Text},
                   {QStringLiteral("problem"), Kind::Text}});
    QHash<qint64, const SusRecord *> records;
    for (const SusRecord &r : m_data.records)
        records.insert(r.enrollmentId, &r);
    for (const SusProblem &p : m_problems) {
        const SusRecord *r = records.value(p.enrollmentId);
        csv.addRow({count(rowOf.value(p.enrollmentId)), r ? r->programme : QString(), r ? iso(r->start) : QString(),
                    p.field, p.message});
    }
    return csv.toUtf8();
}

QStringList SusExport::write(TeamFile &team, const QString &folder, bool allowIncomplete) const
{
    if (!isComplete() && !allowIncomplete)
        throw Error(ErrorCode::Validation,
                    tr("Nothing was written: %n problem(s) in the data of %1 must be corrected first, or the export "
                       "must be made explicitly as incomplete.",
                       nullptr, int(m_problems.size()))
                        .arg(period().label()));
    AtomicFileSet files(folder);
    files.add(antalFileName(period()), antalCsv());
    files.add(deltagareFileName(period()), deltagareCsv());
    if (isComplete())
        files.remove(problemFileName(period())); // from an earlier, incomplete run
    else
        files.add(problemFileName(period()), problemCsv());
    files.prepare();

    QStringList written;
    team.write(QStringLiteral("export.sus"), [&](WriteContext &ctx) {
        ctx.setDetail(QStringLiteral("%1, format %2: %3 enrollment rows, %4 anonymous, %5 problems%6")
                          .arg(period().code())
                          .arg(kFormatVersion)
                          .arg(m_data.records.size())
                          .arg(anonymousCount())
                          .arg(m_problems.size())
                          .arg(isComplete() ? QString() : QStringLiteral(", written as incomplete")));
        // Last in the action: if the files cannot be placed the audit row is rolled back too.
        written = files.commit();
    });
    return written;
}

} // namespace samsyn
