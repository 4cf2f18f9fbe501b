// SPDX-License-Identifier: EUPL-1.2
#include "import/importrowbuilder.h"

#include "domain/teamsettings.h"
#include "storage/enrollmentrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"

#include <QRegularExpression>

namespace samsyn {

ImportRowBuilder::ImportRowBuilder(Database &db, const QMap<ImportField, int> &columns, int headerSize,
                                   const ImportSettings &settings, QDate today)
    : m_db(db)
    , m_lookups(db)
    , m_columns(columns)
    , m_headerSize(headerSize)
    , m_settings(settings)
    , m_today(today)
{
}

std::optional<Personnummer> ImportRowBuilder::readIdentity(const QString &text, QDate today, QString *problem)
{
    const QString value = text.trimmed();
    static const QRegularExpression scientific(QStringLiteral("^\\d([.,]\\d+)?[eE]\\+?\\d+$"));
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (scientific.match(value).hasMatch()) {
        *problem = tr("The personnummer was saved as a number in scientific notation (like 1,91212E+11), so digits are "
                      "lost. In Excel, format the column as text, enter the numbers again and save again.");
        return std::nullopt;
    }
    if (digits.match(value).hasMatch() && value.size() == 9) {
        *problem = tr("The personnummer has 9 digits: Excel probably dropped a leading zero because the column is "
                      "formatted as numbers. Format the column as text and correct the number.");
        return std::nullopt;
    }
    if (digits.match(value).hasMatch() && value.size() == 11) {
        *problem = tr("The personnummer has 11 digits (10 or 12 are needed): a digit is missing, or Excel dropped a "
                      "leading zero because the column is formatted as numbers. Format the column as text and "
                      "correct the number.");
        return std::nullopt;
    }
    const Personnummer::ParseResult parsed = Personnummer::parse(value, today);
    if (!parsed.ok()) {
        *problem = tr("Invalid personnummer: %1").arg(parsed.message());
        return std::nullopt;
    }
    return parsed.value;
}

bool ImportRowBuilder::splitFullName(const QString &full, QString *given, QString *family)
{
    const QString name = full.simplified();
    const qsizetype comma = name.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        *family = name.left(comma).trimmed();
        *given = name.mid(comma + 1).trimmed();
    } else {
        const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
        *given = space > 0 ? name.left(space) : QString();
        *family = space > 0 ? name.mid(space + 1) : name;
    }
    return !given->isEmpty() && !family->isEmpty();
}

QString ImportRowBuilder::fullNameProblem()
{
    return tr("The full name needs a given name and a family name (\"Förnamn Efternamn\" or \"Efternamn, Förnamn\").");
}

QString ImportRowBuilder::cell(const CsvRecord &record, ImportField field) const
{
    const int index = m_columns.value(field, -1);
    // A short row (trailing cells left out) reads as empty cells.
    if (index < 0 || index >= record.fields.size())
        return {};
    return record.fields.at(index).trimmed();
}

QDate ImportRowBuilder::date(const CsvRecord &record, ImportField field, QStringList &problems) const
{
    const DateParseResult result = DateParser::parse(cell(record, field), m_settings.dateFormat, m_today);
    if (!result.problem.isEmpty())
        problems << tr("%1: %2").arg(ColumnMapping::label(field), result.problem);
    return result.date;
}

void ImportRowBuilder::applyPersonFields(const CsvRecord &record, ImportRow &row, QStringList &problems) const
{
    Participant &p = row.participant;
    QString given = cell(record, ImportField::GivenName);
    QString family = cell(record, ImportField::FamilyName);
    const QString full = cell(record, ImportField::FullName);
    if (!full.isEmpty() && !splitFullName(full, &given, &family))
        problems << fullNameProblem();
    if (!given.isEmpty())
        p.givenName = given;
    if (!family.isEmpty())
        p.familyName = family;
    // Empty cells leave what an existing participant has; only filled cells change it.
    for (auto [field, target] : {std::pair{ImportField::Phone, &p.phone}, std::pair{ImportField::Email, &p.email},
                                 std::pair{ImportField::Address, &p.address}}) {
        const QString value = cell(record, field);
        if (!value.isEmpty())
            *target = value;
    }
    QString problem;
    if (const QString text = cell(record, ImportField::Municipality); !text.isEmpty()) {
        if (const auto id = m_lookups.municipality(text, &problem))
            p.municipalityId = id;
        else
            problems << problem;
    }
    if (const QString text = cell(record, ImportField::Coordinator); !text.isEmpty()) {
        if (const auto id = m_lookups.member(text, &problem))
            p.coordinatorId = id;
        else
            problems << problem;
    }
    if (const QString text = cell(record, ImportField::Status); !text.isEmpty()) {
        if (const auto status = m_lookups.status(text, &problem))
            p.status = *status;
        else
            problems << problem;
    }
}

void ImportRowBuilder::applyCodes(const CsvRecord &record, Participant &p, QStringList &problems) const
{
    QString problem;
    if (const QString text = cell(record, ImportField::IncomeSource); !text.isEmpty()) {
        // Several sources in one cell: "Sjukpenning, Försörjningsstöd".
        QStringList codes;
        static const QRegularExpression separators(QStringLiteral("[,;]"));
        for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
            if (const auto code = m_lookups.code(CodeTable::IncomeSource, part, &problem))
                codes << *code;
            else
                problems << problem;
        }
        p.incomeSources = codes;
    }
    for (auto [field, table, target] : {std::tuple{ImportField::Occupation, CodeTable::Occupation, &p.occupation},
                                        std::tuple{ImportField::Education, CodeTable::Education, &p.education}}) {
        const QString text = cell(record, field);
        if (text.isEmpty())
            continue;
        if (const auto code = m_lookups.code(table, text, &problem))
            *target = *code;
        else
            problems << problem;
    }
}

void ImportRowBuilder::applyReferral(const CsvRecord &record, ImportRow &row, QStringList &problems) const
{
    const QDate received = date(record, ImportField::ReferralDate, problems);
    const QString partyText = cell(record, ImportField::ReferringParty);
    if (!received.isValid()) {
        if (!partyText.isEmpty() && cell(record, ImportField::ReferralDate).isEmpty())
            problems << tr("A referring party without a referral date: enter the date the referral was received.");
        return;
    }
    if (received > m_today) {
        problems << tr("The referral date is in the future.");
        return;
    }
    if (partyText.isEmpty()) {
        problems << tr("A referral date needs the referring party (map a column with FK, Af, the region or the municipality).");
        return;
    }
    QString problem;
    const auto party = m_lookups.party(partyText, &problem);
    if (!party) {
        problems << problem;
        return;
    }
    if (row.participant.id > 0) {
        for (const Referral &existing : ReferralRepository(m_db).forParticipant(row.participant.id)) {
            if (existing.receivedOn == received)
                return; // already recorded by an earlier import or by hand
        }
    }
    Referral referral;
    referral.receivedOn = received;
    referral.referringPartyId = *party;
    // An old list's referral of someone already past the referred stage (or enrolled by this
    // row) was decided long ago: it must not appear on the next meeting's agenda.
    const bool stillReferred = row.participant.status == ParticipantStatus::Referred && !row.enrollment;
    referral.status = stillReferred ? ReferralStatus::Received : ReferralStatus::Decided;
    row.referral = referral;
}

void ImportRowBuilder::applyEnrollment(const CsvRecord &record, ImportRow &row, QStringList &problems) const
{
    const QDate start = date(record, ImportField::StartDate, problems);
    const QString programmeText = cell(record, ImportField::Programme);
    if (!start.isValid()) {
        if (!programmeText.isEmpty() && cell(record, ImportField::StartDate).isEmpty())
            problems << tr("A programme without a start date: enter the start date.");
        return;
    }
    if (programmeText.isEmpty()) {
        problems << tr("A start date needs the programme (map a column with the programme's name).");
        return;
    }
    QString problem;
    const auto programme = m_lookups.programme(programmeText, &problem);
    if (!programme) {
        problems << problem;
        return;
    }
    const ParticipantStatus status = row.participant.status;
    if (status != ParticipantStatus::Active && status != ParticipantStatus::Referred) {
        // Referred is the default for an empty status cell; an enrollment makes the person active.
        problems << tr("A start date makes the participant active, but the status says \"%1\". The import cannot record "
                       "exits or passive phases: leave the start date out for this row or correct the status.")
                        .arg(ParticipantStatuses::label(status));
        return;
    }
    if (row.participant.id > 0) {
        for (const Enrollment &existing : EnrollmentRepository(m_db).forParticipant(row.participant.id)) {
            if (existing.programmeId != *programme)
                continue;
            if (existing.startDate == start)
                return; // already enrolled with this start
            if (existing.isOpen()) {
                problems << tr("The participant already has an open enrollment in this programme.");
                return;
            }
        }
    }
    Enrollment enrollment;
    enrollment.programmeId = *programme;
    enrollment.startDate = start;
    enrollment.coordinatorId = row.participant.coordinatorId;
    problems << enrollment.problems();
    row.enrollment = enrollment;
}

ImportRow ImportRowBuilder::build(const CsvRecord &record) const
{
    ImportRow row;
    row.row = record.row;
    auto reject = [&row](const QStringList &problems) {
        row.outcome = ImportOutcome::Reject;
        row.reason = problems.join(QLatin1Char(' '));
        return row;
    };
    if (!record.error.isEmpty())
        return reject({record.error});
    for (qsizetype i = m_headerSize; i < record.fields.size(); ++i) {
        if (!record.fields.at(i).trimmed().isEmpty())
            return reject({tr("The row has %1 values but the first row has %2 columns: a value probably contains the "
                              "separator without quotes.")
                               .arg(record.fields.size())
                               .arg(m_headerSize)});
    }
    const QString identityText = cell(record, ImportField::Identity);
    if (identityText.isEmpty())
        return reject({tr("The personnummer is missing.")});
    QString problem;
    const auto number = readIdentity(identityText, m_today, &problem);
    if (!number)
        return reject({problem});
    row.maskedIdentity = number->masked();

    const auto existing = ParticipantRepository(m_db).findByIdentity(number->canonical());
    if (existing) {
        row.participant = *existing;
        if (m_settings.onDuplicate == DuplicatePolicy::Skip) {
            row.outcome = ImportOutcome::Skip;
            row.reason = tr("Already in the team file: left unchanged.");
            return row;
        }
        row.outcome = ImportOutcome::Update;
    } else {
        row.participant.setIdentity(*number);
        row.outcome = ImportOutcome::Create;
    }

    QStringList problems;
    applyPersonFields(record, row, problems);
    const bool nameSplitFailed = problems.contains(fullNameProblem());
    applyCodes(record, row.participant, problems);
    // The full-name message already says what is missing; "given name is required" would repeat it.
    for (const FieldProblem &fieldProblem : row.participant.validate(m_today)) {
        const bool nameField = fieldProblem.field == QLatin1String("givenName") || fieldProblem.field == QLatin1String("familyName");
        if (!(nameSplitFailed && nameField))
            problems << fieldProblem.message;
    }
    applyEnrollment(record, row, problems);
    applyReferral(record, row, problems);
    if (!problems.isEmpty()) {
        problems.removeDuplicates();
        return reject(problems);
    }
    return row;
}

} // namespace samsyn
