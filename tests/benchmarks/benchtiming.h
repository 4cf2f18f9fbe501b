// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <functional>

namespace samsyn::bench {

// The median of five runs, in milliseconds: one slow run on a shared machine says nothing.
inline double medianMs(const std::function<void()> &work)
{
    QList<double> times;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(2);
}

// The audit chain's checks at open (hash chain and anchors) over `entries` entries.
void auditChain(int entries);

} // namespace samsyn::bench
