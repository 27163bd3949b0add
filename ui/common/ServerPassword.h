// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace trygg::ui {

// Issue 16: a server that asks for a password none of libpq's sources gives (the address, ~/.pgpass,
// PGPASSWORD, Kerberos) is answered in a dialog (storage/Connect.h, setPasswordPrompt). The window's own
// connections ask there; a connection made off the window's thread (the check whether a server is back) uses
// the password last given for that address, never a dialog. Passwords are kept in memory only.
void installServerPasswordPrompt();

} // namespace trygg::ui
