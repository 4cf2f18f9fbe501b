// SPDX-License-Identifier: EUPL-1.2
// Deltagare list with 100,000 participants: model load, one filter keystroke, one sort by
// name (median of 5). Identities: all of Skatteverket's test personnummer (about 41,000) and
// test samordningsnummer (about 2,000), the rest "other identity" reservnummer R-000001...,
// because no more valid-but-fake Swedish numbers exist. Then the audit chain at open
// (bench_audit.cpp). Not run by ctest.
#include "benchtiming.h"
#include "models/participantfilter.h"
#include "models/participanttablemodel.h"
#include "storage/participantrepository.h"
#include "tempteam.h"
#include "testidentities.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace samsyn;
using samsyn::bench::medianMs;

namespace {

int kParticipants = 100000; // argv[1] overrides, for a quicker run

void fill(test::TempTeam &t)
{
    const QStringList given{QStringLiteral("Sara"), QStringLiteral("José"), QStringLiteral("Omar"), QStringLiteral("Elin"),
                            QStringLiteral("Nils"), QStringLiteral("Amina"), QStringLiteral("Åke"), QStringLiteral("Ödön")};
    const QStringList family{QStringLiteral("Åström"), QStringLiteral("Östlund"), QStringLiteral("Andersson"),
                             QStringLiteral("Hassan"), QStringLiteral("Ärlemark"), QStringLiteral("Zetterlund"),
                             QStringLiteral("Berg"), QStringLiteral("Lindqvist"), QStringLiteral("Nyberg")};
    // The published lists repeat a few numbers; each identity may be used once.
    QStringList pnr = test::testPersonnummer();
    pnr.removeDuplicates();
    QStringList snr = test::testSamordningsnummer();
    snr.removeDuplicates();
    // Skatteverket's list holds 24 samordningsnummer with impossible dates; they are skipped
    // (dereferencing their empty optional was a use-after-free that ASan found).
    QList<Personnummer> swedish;
    for (const QString &number : pnr) {
        if (const auto parsed = Personnummer::fromStored(Personnummer::Kind::Personnummer, number))
            swedish << *parsed;
    }
    for (const QString &number : snr) {
        if (const auto parsed = Personnummer::fromStored(Personnummer::Kind::Samordningsnummer, number))
            swedish << *parsed;
    }
    t->write(QStringLiteral("participant.create"), [&](WriteContext &ctx) {
        for (int i = 0; i < kParticipants; ++i) {
            Participant p;
            if (i < swedish.size()) {
                p.setIdentity(swedish.at(i));
            } else {
                p.identityKind = Personnummer::Kind::Other;
                p.identity = QStringLiteral("R-%1").arg(i, 6, 10, QLatin1Char('0'));
                p.gender = (i % 2) ? Gender::Male : Gender::Female;
            }
            p.givenName = given.at(i % given.size());
            p.familyName = family.at((i / 7) % family.size()) + QString::number(i % 1000);
            p.status = ParticipantStatuses::all().at(i % 5);
            ParticipantRepository::insert(ctx, p);
        }
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc > 1)
        kParticipants = std::max(1, QString::fromLocal8Bit(argv[1]).toInt());
    test::TempTeam t;
    QElapsedTimer fillTimer;
    fillTimer.start();
    fill(t);
    std::printf("created %d participants in %.0f ms (one transaction)\n", kParticipants,
                static_cast<double>(fillTimer.elapsed()));

    std::unique_ptr<ParticipantTableModel> model;
    const double load = medianMs([&] { model = std::make_unique<ParticipantTableModel>(t.team()); });

    // The same proxy logic as ui/participants/participantproxymodel (the benchmark links the core only).
    struct Proxy : QSortFilterProxyModel
    {
        ParticipantTableModel *m = nullptr;
        ParticipantFilter filter;
        bool filterAcceptsRow(int row, const QModelIndex &) const override
        {
            return filter.matches(m->entry(row).searchKey, m->entry(row).row.status);
        }
        bool lessThan(const QModelIndex &l, const QModelIndex &r) const override
        {
            return m->sortValue(l.row(), l.column()) < m->sortValue(r.row(), r.column());
        }
    } proxy;
    proxy.m = model.get();
    proxy.setSourceModel(model.get());
    const QSet<ParticipantStatus> current{ParticipantStatus::Referred, ParticipantStatus::Waiting, ParticipantStatus::Active,
                                          ParticipantStatus::Passive};
    proxy.sort(ParticipantTableModel::Name);
    int i = 0;
    const QStringList queries{QStringLiteral("o"), QStringLiteral("os"), QStringLiteral("ost"), QStringLiteral("ostl"),
                              QStringLiteral("ostlu")};
    const double keystroke = medianMs([&] {
        proxy.filter = ParticipantFilter(queries.at(i++ % queries.size()), current);
        proxy.invalidate();
        (void)proxy.rowCount(); // the proxy filters lazily: count what the view would ask for
    });
    proxy.filter = ParticipantFilter({}, current);
    proxy.invalidate();
    Qt::SortOrder order = Qt::DescendingOrder;
    const double sort = medianMs([&] {
        proxy.sort(ParticipantTableModel::Name, order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    });

    std::printf("rows: %d, visible after status filter: %d\n", model->rowCount(), proxy.rowCount());
    std::printf("model load (query + search keys + Swedish ranks): %.1f ms\n", load);
    std::printf("filter keystroke over all rows (sorted view):      %.1f ms\n", keystroke);
    std::printf("sort by name:                                      %.1f ms\n", sort);

    // argv[2]: audit entries (default 300,000).
    bench::auditChain(argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 300000);
    return 0;
}
