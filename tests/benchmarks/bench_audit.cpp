// SPDX-License-Identifier: EUPL-1.2
// What opening a team file spends on its audit log: the whole hash chain is verified and
// compared with its anchors. A team that opens cards all day for ten years gathers some
// hundred thousand entries.
#include "benchtiming.h"
#include "storage/auditanchors.h"
#include "storage/auditlog.h"
#include "storage/writepath.h"
#include "tempteam.h"

#include <cstdio>

namespace samsyn::bench {

void auditChain(int entries)
{
    test::TempTeam t;
    QElapsedTimer fillTimer;
    fillTimer.start();
    t->write(QStringLiteral("bench.audit"), [&](WriteContext &ctx) {
        for (int i = 0; i < entries; ++i)
            ctx.audit(QStringLiteral("participant.view"), i % 5000 + 1, QStringLiteral("card"));
    });
    std::printf("appended %d audit entries in %.0f ms\n", entries, static_cast<double>(fillTimer.elapsed()));
    t.reopen(); // closing anchors the head
    const double chain = medianMs([&] { (void)AuditLog::verify(t->database()); });
    const double anchors = medianMs([&] { (void)AuditAnchors::of(t->database()).check(t->database()); });
    std::printf("audit chain verify at open (%d entries):         %.1f ms\n", entries, chain);
    std::printf("audit anchors check at open:                       %.1f ms\n", anchors);
}

} // namespace samsyn::bench
