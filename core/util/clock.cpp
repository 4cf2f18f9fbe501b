// SPDX-License-Identifier: EUPL-1.2
#include "util/clock.h"

namespace samsyn {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

} // namespace samsyn
