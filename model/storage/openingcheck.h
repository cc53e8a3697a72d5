#pragma once

#include <QString>

// The structural check a library passes when it is opened (PRAGMA quick_check), and the record
// that lets the next opening run it in the background instead of before the window appears.
//
// Closing a library whose file passed the check (or was written only by Habeas since) writes
// `clean-close` beside it: the file's size, modification time and a hash of its 100-byte SQLite
// header. An opening that finds the marker naming the file exactly as it is, with no -wal file
// beside it, knows nothing outside Habeas has touched the file since it was last checked; any
// other opening (a crash, a copy, a file edited by another program, no marker) checks first,
// as before. See Library::open for how the background check gates writes.
namespace habeas::OpeningCheck {

inline constexpr auto kMarkerFile = "clean-close";

// Whether the marker in `libraryDir` names `dbFile` as it is now, with no -wal file beside it.
bool closedCleanly(const QString &libraryDir, const QString &dbFile);
// Records `dbFile` as it is now; removes the marker instead when a -wal file is beside it
// (another connection still has the library open). Best effort: a marker that cannot be
// written only means the next opening checks first.
void markClosedCleanly(const QString &libraryDir, const QString &dbFile);
void removeMarker(const QString &libraryDir);

// PRAGMA quick_check on a read-only connection of the calling thread's own: "ok", or SQLite's
// findings (or the error that stopped it). Safe beside writers: it reads one snapshot.
QString quickCheck(const QString &dbFile);

} // namespace habeas::OpeningCheck
