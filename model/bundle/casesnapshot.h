#pragma once

#include "bundle/bundleformat.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

namespace habeas::bundle {

// case.json: every row of one case, table by table — the case, its parties, chronology,
// exhibits with their page text and regions, claims with their elements' statuses and
// citations, damages, requests, generated documents and deadlines, trashed rows included —
// with the ids it had in the library it came from. Importing remaps every id and every
// reference between rows; a reference to a row the bundle does not hold is refused.
class CaseSnapshot final {
public:
    // Reads the case's rows. The case must exist.
    static Outcome<CaseSnapshot> read(const QSqlDatabase &db, qint64 caseId);
    // Parses and checks case.json's shape (tables, columns, value types); nothing is written.
    static Outcome<CaseSnapshot> fromJson(const QByteArray &bytes, const QSqlDatabase &db);

    QByteArray toJson() const;
    QJsonObject counts() const;
    // The SHA-256s of the originals (exhibits) and of the generated documents' copies.
    QSet<QString> exhibitHashes() const;
    QSet<QString> documentHashes() const;
    QString title() const;
    // The rows, table by table; and a snapshot of rows rewritten (the teaching copy's).
    const QJsonObject &tableRows() const { return m_tables; }
    static CaseSnapshot fromTables(QJsonObject tables);

    // Inserts the rows as a new case and returns its id. Call inside a transaction.
    Outcome<qint64> insert(const QSqlDatabase &db) const;

private:
    QJsonObject m_tables; // table name → array of row objects (column → value)
};

} // namespace habeas::bundle
