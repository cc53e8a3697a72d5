#pragma once

#include "core/result.h"
#include "register/registerimport.h"
#include "register/registerstats.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <atomic>
#include <functional>

namespace habeas {

class Library;

struct RegisterImportOptions {
    QDate asOf; // invalid: the case's earliest chronology date (to the day)
    QHash<RegisterRole, QString> columns; // role → header, over the usual headers
    QString sheet; // XLSX: the sheet's name; empty: the first
    bool replace = false; // replace the case's register; otherwise a case with one is refused
    std::atomic<bool> *cancel = nullptr; // set from any thread: the import stops, nothing stored
    // Called on the importing thread now and then: bytes of the file read, its size, rows so far.
    std::function<void(qint64 done, qint64 total, qint64 rows)> progress;
};

struct RegisterImportReport {
    RegisterStats stats;
    QList<UnreadableRow> unreadable; // the first 100
    ColumnMapping mapping;
    QStringList header;
    double seconds = 0;
};

struct RegisterMatch {
    qint64 line = 0;
    QString category;
    int age = -1; // -1: the row's ID number is not valid
    bool byIdNumber = false; // which of the row's hashes matched
};

// The register of affected persons of each case: an imported list of people, kept as keyed
// hashes of their ID and phone numbers and the facts derived from them (age on the date of the
// conduct, province, category), with its statistics counted at import. Never the names,
// addresses, ID numbers or phone numbers themselves.
class RegisterStore final {
    Q_DISABLE_COPY_MOVE(RegisterStore)

public:
    explicit RegisterStore(Library &library);

    // One transaction: a cancel, an error or a crash leaves the library as it was. Rows that
    // cannot be read are counted and listed; a file with no readable row is an error.
    Result<RegisterImportReport> importFile(
        qint64 caseId, const QString &path, const RegisterImportOptions &options);
    // The header and first rows of a file, as the import would map them (the GUI's preview).
    Result<RegisterImportReport> preview(const QString &path, const RegisterImportOptions &options,
        QList<QStringList> *firstRows, int count = 10) const;

    Result<bool> hasRegister(qint64 caseId) const;
    // Empty (isEmpty()) when the case has no register.
    Result<RegisterStats> stats(qint64 caseId) const;
    Result<QList<RegisterMatch>> findIdNumber(qint64 caseId, const QString &idNumber) const;
    Result<QList<RegisterMatch>> findPhone(qint64 caseId, const QString &phone) const;
    Status clear(qint64 caseId);

    // The date ages are counted on when the import gives none: the earliest chronology event
    // dated to the day.
    Result<QDate> defaultAsOf(qint64 caseId) const;

private:
    Result<RegisterKey> searchKey(qint64 caseId) const;
    Result<QList<RegisterMatch>> find(
        qint64 caseId, bool byId, const RegisterKey::Hash &hash) const;
    Status storeFigures(qint64 caseId, const RegisterImportReport &report,
        const QStringList &categories, const QString &keyId);
    Status deleteRegister(qint64 caseId);
    Status bulkImport(qint64 caseId, const QString &path, const RegisterImportOptions &options,
        const RegisterKey &key, RegisterImportReport &report);

    Library &m_library;
};

} // namespace habeas
