// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QGuiApplication>

namespace samsyn {

// Shows the wait cursor for the life of the object, so an early return or an exception
// cannot leave it on.
class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace samsyn
