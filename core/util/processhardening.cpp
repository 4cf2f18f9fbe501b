// SPDX-License-Identifier: EUPL-1.2
#include "util/processhardening.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace samsyn {

bool hardenProcess()
{
    bool ok = true;
#if defined(Q_OS_UNIX)
    struct rlimit none {};
    ok = setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#endif
#if defined(Q_OS_LINUX)
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

bool coreDumpsDisabled()
{
#if defined(Q_OS_UNIX)
    struct rlimit limit {};
    return getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0;
#else
    return true;
#endif
}

bool processDumpable()
{
#if defined(Q_OS_LINUX)
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
#else
    return false;
#endif
}

} // namespace samsyn
