// SPDX-License-Identifier: EUPL-1.2
#include "domain/personnummer.h"
#include "exit/exitservice.h"
#include "extract/auditactions.h"
#include "extract/extractprinting.h"
#include "extract/registerextract.h"
#include "extractfixtures.h"
#include "pdftext.h"
#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "testidentities.h"
#include "util/error.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

// The document as lines a test can compare: "# heading", "## subheading", "label = value",
// "| cell | cell" for table rows (headers too), and paragraphs as they are.
QStringList lines(const Document &d)
{
    QStringList out;
    for (const doc::Block &block : d.blocks) {
        if (const auto *h = std::get_if<doc::Heading>(&block))
            out << QString(h->level, QLatin1Char('#')) + QLatin1Char(' ') + h->text;
        else if (const auto *p = std::get_if<doc::Paragraph>(&block))
            out << p->text;
        else if (const auto *kv = std::get_if<doc::KeyValueTable>(&block)) {
            for (const doc::KeyValue &row : kv->rows)
                out << row.label + QStringLiteral(" = ") + row.value;
        } else if (const auto *t = std::get_if<doc::Table>(&block)) {
            out << QStringLiteral("| ") + t->headers.join(QStringLiteral(" | "));
            for (const QStringList &row : t->rows)
                out << QStringLiteral("| ") + row.join(QStringLiteral(" | "));
        }
    }
    return out;
}

// The lines from heading `from` up to the next level-1 heading.
QStringList section(const QStringList &all, const QString &from)
{
    const qsizetype start = all.indexOf(QStringLiteral("# ") + from);
    REQUIRE(start >= 0);
    QStringList out;
    for (qsizetype i = start + 1; i < all.size() && !all.at(i).startsWith(QStringLiteral("# ")); ++i)
        out << all.at(i);
    return out;
}

QStringList headings(const QStringList &all, int level)
{
    QStringList out;
    const QString mark = QString(level, QLatin1Char('#')) + QLatin1Char(' ');
    for (const QString &line : all) {
        if (line.startsWith(mark))
            out << line.mid(mark.size());
    }
    return out;
}

Document extract(TempTeam &t, qint64 participantId, RegisterExtract::Part part = RegisterExtract::Part::Register)
{
    return RegisterExtract::build(t.team(), participantId, part);
}

QString everything(const Document &d)
{
    QStringList all = lines(d);
    all << d.title << d.subtitle << d.letterHead->recipient << d.letterHead->sender;
    return all.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("register extract: a letter to the person with every part of the register, in order", "[extract]")
{
    TempTeam t;
    ExtractFixture f(t);
    const Document d = extract(t, f.stay.participantId);
    CHECK(d.title == QStringLiteral("Register extract"));
    CHECK(d.subtitle == QStringLiteral("Åsa Öberg · 2026-11-24"));
    REQUIRE(d.letterHead);
    CHECK(d.letterHead->recipient == QStringList{QStringLiteral("Åsa Öberg")});
    CHECK(d.letterHead->sender.contains(QStringLiteral("Karin Koordinator")));
    CHECK(d.meta.controller == QStringLiteral("Testkommunen"));
    const QStringList all = lines(d);
    CHECK(headings(all, 1) == QStringList{QStringLiteral("How we handle your information"), QStringLiteral("About you"),
                                          QStringLiteral("Referrals to the team"), QStringLiteral("Consents"),
                                          QStringLiteral("Your time in the team"), QStringLiteral("Coordinated individual plans (SIP)"),
                                          QStringLiteral("Notes"), QStringLiteral("Group activities"), QStringLiteral("Self-ratings"),
                                          QStringLiteral("Who has read or changed your information"), QStringLiteral("Your rights")});
    CHECK(headings(all, 2) == QStringList{QStringLiteral("Referral received 2025-12-01 from Försäkringskassan"),
                                          QStringLiteral("Gruppen, from 2026-01-12")});
    const QStringList about = section(all, QStringLiteral("How we handle your information"));
    CHECK(about.contains(QStringLiteral("Responsible for your personal data (personuppgiftsansvarig) = Testkommunen")));
    CHECK(about.contains(QStringLiteral("Why we keep it = ") + RegisterExtract::purposes()));
    CHECK(about.filter(QStringLiteral("Where it comes from = From you, and from those who referred you to the team: Försäkringskassan."))
              .size() == 1);
    CHECK(about.filter(QStringLiteral("How long we keep it = 5 ")).size() == 1);
}

TEST_CASE("register extract: identity in full, referral with its decision, consents, stays, plans, notes, ratings", "[extract]")
{
    TempTeam t;
    ExtractFixture f(t);
    const QStringList all = lines(extract(t, f.stay.participantId));
    const QString pnr = Personnummer::fromStored(Personnummer::Kind::Personnummer, f.stay.pnr)->twelveWithDash();
    CHECK(section(all, QStringLiteral("About you")) ==
          QStringList{QStringLiteral("Name = Åsa Öberg"), QStringLiteral("Personal identity number = ") + pnr,
                      QStringLiteral("Where you are with the team = Exited"), QStringLiteral("Your coordinator = Karin Koordinator"),
                      QStringLiteral("Registered = 2026-11-24"), QStringLiteral("Last changed = 2026-11-24")});
    const QStringList referral = section(all, QStringLiteral("Referrals to the team"));
    for (const char *line : {"Case officer (handläggare) = Handläggare 7", "Status = Decided",
                             "Your own wish = Vill hitta ett arbete där jag får använda händerna.",
                             "Assessed at the team's meeting on 2025-12-09:",
                             "Does the person want to take part? = Yes. Åsa vill börja så snart som möjligt.",
                             "Decision = Offer a place", "Programme = Steget", "Planned start = 2026-01-12"}) {
        INFO(line);
        CHECK(referral.contains(QString::fromUtf8(line)));
    }
    CHECK(section(all, QStringLiteral("Consents")) ==
          QStringList{QStringLiteral("| Purpose | Parties | Given | Form | Valid until | Withdrawn"),
                      QStringLiteral("| Information exchange within the team | Försäkringskassan, Arbetsförmedlingen | 2025-12-01 | Written | "
                                     "2027-11-30 | No")});
    const QStringList stay = section(all, QStringLiteral("Your time in the team"));
    CHECK(stay.contains(QStringLiteral("The stay ended on 2026-10-30.")));
    CHECK(stay.contains(QStringLiteral("In your own words = Jag är stolt över att jag klarade det. Gruppen betydde mycket.")));
    CHECK(stay.contains(QStringLiteral("Handed over to = Arbetsförmedlingen\nAnna Arbetsförmedlare")));
    CHECK(section(all, QStringLiteral("Coordinated individual plans (SIP)")).filter(QStringLiteral("| 1 | 2026-01-20 | Arbetsträna 25 %")).size() == 1);
    CHECK(section(all, QStringLiteral("Notes")) ==
          QStringList{QStringLiteral("| Date | Kind of contact | Written by | Note"),
                      QStringLiteral("| 2026-01-13 | Individual meeting | Karin Koordinator | ") + ExtractFixture::kFirstNote,
                      QStringLiteral("| 2026-03-04 | Phone call | Karin Koordinator | ") + ExtractFixture::kSecondNote});
    CHECK(section(all, QStringLiteral("Group activities")).contains(QStringLiteral("| Gruppen | 2026-01-12 | Ongoing | 4 of 5 | 1 | 0")));
    CHECK(section(all, QStringLiteral("Self-ratings")) ==
          QStringList{QStringLiteral("| Date | Rating | Result | Answers per item"),
                      QStringLiteral("| 2026-01-14 | WHO-5 | 32 % (raw score 8 of 25) | 2, 1, 2, 2, 1"),
                      QStringLiteral("| 2026-01-14 | KASAM-13 | 50 (total) | "),
                      QStringLiteral("| 2026-10-20 | WHO-5 | 56 % (raw score 14 of 25) | 3, 3, 3, 3, 2"),
                      QStringLiteral("| 2026-10-20 | KASAM-13 | 61 (total) | ")});
}

TEST_CASE("register extract: another participant's data never appears, and theirs holds only their own", "[extract]")
{
    TempTeam t;
    ExtractFixture f(t);
    const QString mine = everything(extract(t, f.stay.participantId));
    const QString otherPnr = Personnummer::fromStored(Personnummer::Kind::Personnummer, f.otherPnr)->twelveWithDash();
    for (const QString &foreign : {ExtractFixture::kOtherName, ExtractFixture::kOtherNote, otherPnr, QStringLiteral("Märta"),
                                   QStringLiteral("2026-03-01"), QStringLiteral("Handläggare 12")}) {
        INFO(foreign.toStdString());
        CHECK_FALSE(mine.contains(foreign));
    }
    const Document theirs = extract(t, f.otherId);
    const QString text = everything(theirs);
    CHECK(text.contains(ExtractFixture::kOtherNote));
    CHECK(text.contains(otherPnr));
    CHECK_FALSE(text.contains(QStringLiteral("Åsa")));
    CHECK_FALSE(text.contains(ExtractFixture::kFirstNote));
    // Her consent shows its withdrawal; she has no stay, plan or rating, and says so.
    CHECK(section(lines(theirs), QStringLiteral("Consents")).filter(QStringLiteral("| 2026-02-02 | Written | 2027-02-01 | 2026-03-01")).size() == 1);
    CHECK(section(lines(theirs), QStringLiteral("Your time in the team")) ==
          QStringList{QStringLiteral("You have not been enrolled in any of the team's programmes.")});
    CHECK(section(lines(theirs), QStringLiteral("Self-ratings")) == QStringList{QStringLiteral("No self-ratings are recorded.")});
}

TEST_CASE("log extract: every audit row about the person, oldest first, read or change, and nothing else", "[extract]")
{
    TempTeam t;
    ExtractFixture f(t);
    t->logView(f.stay.participantId, QStringLiteral("card"));
    t->logView(f.otherId, QStringLiteral("card"));
    const Document d = extract(t, f.stay.participantId, RegisterExtract::Part::LogOnly);
    CHECK(d.title == QStringLiteral("Log extract"));
    const QStringList all = lines(d);
    CHECK(headings(all, 1) == QStringList{QStringLiteral("Who has read or changed your information"), QStringLiteral("Your rights")});
    CHECK(all.contains(QStringLiteral("Personal identity number = ") +
                       Personnummer::fromStored(Personnummer::Kind::Personnummer, f.stay.pnr)->twelveWithDash()));
    CHECK_FALSE(everything(d).contains(ExtractFixture::kFirstNote));

    const QStringList log = section(all, QStringLiteral("Who has read or changed your information")).filter(QStringLiteral("| 2026-"));
    const qint64 rows = t->database()
                            .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE participant_id = ?"), {f.stay.participantId})
                            .toLongLong();
    CHECK(log.size() == rows);
    CHECK(log.constFirst().endsWith(QStringLiteral("| Karin Koordinator | Registered a referral | Change")));
    CHECK(log.filter(QStringLiteral("| Wrote a note | Change")).size() == 2);
    CHECK(log.filter(QStringLiteral("| Recorded a consent | Change")).size() == 1);
    CHECK(log.constLast().endsWith(QStringLiteral("| Karin Koordinator | Opened the participant card | Read")));
}

TEST_CASE("printing an extract is recorded under the person, and the next log extract shows it", "[extract]")
{
    TempTeam t;
    ExtractFixture f(t);
    const QString pdf = freshTestOutput(QStringLiteral("extract"), QStringLiteral("register-extract.pdf"));
    const int pages = ExtractPrinting::pdf(t.team(), f.stay.participantId, RegisterExtract::Part::Register, pdf);
    CHECK(pages >= 3);
    renderPng(pdf, 1);
    const QString text = pdfPages(pdf).join(QLatin1Char('\n')).simplified();
    CHECK(text.contains(QStringLiteral("Register extract")));
    CHECK(text.contains(QStringLiteral("Telefon: arbetsträningen på snickeriet"))); // a long row may wrap
    CHECK(t->database()
              .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'document.print' AND participant_id = ? "
                                     "AND detail = 'register extract'"),
                      {f.stay.participantId})
              .toInt() == 1);
    const QStringList log = lines(extract(t, f.stay.participantId, RegisterExtract::Part::LogOnly));
    CHECK(log.filter(QStringLiteral("| 2026-")).constLast().endsWith(QStringLiteral("| Printed a register extract | Read")));
}

TEST_CASE("register extract: an unknown participant is a clear error and writes nothing", "[extract]")
{
    TempTeam t;
    const qint64 before = t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    const QString pdf = freshTestOutput(QStringLiteral("extract"), QStringLiteral("nobody.pdf"));
    try {
        ExtractPrinting::pdf(t.team(), 4711, RegisterExtract::Part::Register, pdf);
        FAIL("no error");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::NotFound);
        CHECK(e.message() == QStringLiteral("The participant is not in this team file."));
    }
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() == before);
}

TEST_CASE("audit actions in plain words: read or change, and which document was printed", "[extract]")
{
    CHECK(AuditActions::kind(QStringLiteral("participant.view")) == AuditActions::Kind::Read);
    CHECK(AuditActions::kind(QStringLiteral("document.print")) == AuditActions::Kind::Read);
    CHECK(AuditActions::kind(QStringLiteral("note.edit")) == AuditActions::Kind::Change);
    CHECK(AuditActions::describe(QStringLiteral("document.print"), QStringLiteral("sip 3 version 2")) == QStringLiteral("Printed the SIP"));
    CHECK(AuditActions::describe(QStringLiteral("document.print"), QStringLiteral("letter 9")) ==
          QStringLiteral("Printed the decision letter on the referral"));
    CHECK(AuditActions::describe(QStringLiteral("enrollment.passive")) == QStringLiteral("Changed the enrolment"));
    CHECK(AuditActions::describe(QStringLiteral("future.thing")) == QStringLiteral("Other change (future.thing)"));
}

TEST_CASE("register extract: a corrected exit shows what it said before and why it was changed", "[extract][corrections]")
{
    TempTeam t;
    ExtractFixture f(t);
    // No corrections, no section.
    CHECK_FALSE(headings(lines(extract(t, f.stay.participantId)), 1).contains(QStringLiteral("Corrections")));

    EnrollmentExit x = *EnrollmentRepository(t->database()).get(f.stay.enrollmentId)->exit;
    const QString oldReason = x.reason;
    x.reason = QStringLiteral("studier");
    x.onwardPlan = QStringLiteral("Komvux från januari.");
    ExitService(t.team()).correct(f.stay.enrollmentId, x, QStringLiteral("Fel orsak valdes vid avslutet."));

    const QStringList all = lines(extract(t, f.stay.participantId));
    const QStringList corrections = section(all, QStringLiteral("Corrections"));
    REQUIRE(corrections.size() == 3); // the explanation, the header row, one correction
    CHECK(corrections.at(1) == QStringLiteral("| Date | What was corrected | Why | Before the correction"));
    CHECK(corrections.at(2).startsWith(QStringLiteral("| 2026-11-24 | The end of your time with us | Fel orsak valdes vid avslutet. | ")));
    CHECK(corrections.at(2).contains(QStringLiteral("Reason for ending: ") + oldReason));
    CHECK(corrections.at(2).contains(QStringLiteral("The plan ahead: ")));
    // The other participant's extract has no corrections.
    CHECK_FALSE(headings(lines(extract(t, f.otherId)), 1).contains(QStringLiteral("Corrections")));
}
