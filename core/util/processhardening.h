// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace samsyn {

// Keeps personal data out of crash dumps: no core files, and (Linux) the process is not
// dumpable, so other processes of the same user cannot read its memory through ptrace or
// /proc. Both front ends call it first thing (KeePassXC does the same). Returns true when
// every step took effect.
bool hardenProcess();

// What hardenProcess() left in force, for the tests.
bool coreDumpsDisabled();
bool processDumpable();

} // namespace samsyn
