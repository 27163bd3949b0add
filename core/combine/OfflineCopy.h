// SPDX-License-Identifier: EUPL-1.2
#pragma once

// An offline copy of a register on a server brought back (issue 16: "copy ... from a file to a server and
// back (an offline copy for a laptop), keeping origins so combine can bring offline edits back").
//
// `trygg-cli copy URI FILE` makes a file of the same register: the same register id, the same ids and the
// same audit trail up to the copy. Whoever took it along edits it offline; combining it into the server's
// register (trygg-cli combine URI FILE, or the window's Combine) then brings back what was done offline. The
// trail says what that was: the entries after the last one the two trails share (the same id and the same
// chain hash) are the copy's own, and the server's entries after it are what others did meanwhile.

#include "combine/Combine.h"

#include <string>

namespace trygg {

class RegisterFile;
struct RegisterData;

// Whether the register at `sectionPath`, of the register id `sectionUid`, is an offline copy of `target`: the
// same register id, the target on a server and the section a file.
bool isOfflineCopy(RegisterFile &target, const std::string &sectionUid, const std::string &sectionPath);

// Brings the offline copy at `path` back into `target`, in one transaction: every record the copy added,
// changed or removed since it was made, which the register has not changed since, is written as the copy
// has it (added records get the register's next ids, the references among them following; a unit or person
// the register has under the same name meanwhile is that one). A record changed both offline and in the
// register since (its content now differs) is a conflict, left as the register has it unless `resolve`
// decides it: Section takes the copy's version, Combined keeps the register's, Both adds the copy's as a
// record of its own. A review or approval of a record new in the copy comes back with it. The register's own
// settings (its name, matrices, review rules) stay as the register has them. Throws
// InputError for a file that shares no entry of the trail with the register (a copy of it made otherwise).
CombineSummary bringBackOfflineCopy(RegisterFile &target, const std::string &path, const CombineResolver &resolve);

} // namespace trygg
