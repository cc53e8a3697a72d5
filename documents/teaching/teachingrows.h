#pragma once

#include "teachingrender.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace habeas {
class BlobStorage;
} // namespace habeas

namespace habeas::teaching {

class Pseudonyms;

// The live exhibits of case.json's tables in exhibit order, each with a neutral name (E1, E2 …),
// its original from `blobs` (a local file), its live redaction regions and its page text.
QList<ExhibitPlan> exhibitPlans(const QJsonObject &tables, const BlobStorage &blobs);

// Rewrites case.json's tables (casesnapshot.h) as a teaching copy's: every text column through
// the pseudonyms; the parties' names replaced, their ID numbers, credit codes, phones and birth
// dates removed and addresses masked; the case number removed and a new bundle identity; each
// exhibit pointing at its rendering (neutral file name, its hash, size and type; page text
// as the rendering shows it, pseudonymised); trashed exhibits and what hangs on them left
// out; no generated document (the document register stays home).
QJsonObject anonymiseTables(const QJsonObject &tables, const Pseudonyms &pseudonyms,
    const QHash<qint64, Rendering> &renderings, const QString &bundleId);

// Every known identifier still in a text of the tables, as "events 3 text: 罗某".
QStringList tableLeaks(const QJsonObject &tables, const Pseudonyms &pseudonyms);
// The same for a flat JSON object (the manifest's case summary), as "<where> <key>: 罗某".
QStringList objectLeaks(
    const QJsonObject &object, const QString &where, const Pseudonyms &pseudonyms);

} // namespace habeas::teaching
