#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QtGlobal>

namespace habeas {

// What the register of affected persons of a public-interest case says, in figures (see
// docs/cli.md, `register stats`). Counted when the register is imported, so reading them never
// scans the register. Over `records` (distinct persons with a valid ID number) unless said.
struct RegisterStats {
    qint64 rows = 0; // data rows read
    qint64 invalidIdNumbers = 0; // rows whose ID number is malformed or fails its check character
    qint64 duplicates = 0; // rows whose valid ID number appeared in an earlier row
    qint64 records = 0; // rows - invalidIdNumbers - duplicates: distinct persons
    qint64 minors = 0; // under 18 on asOf
    qint64 under14 = 0; // under 14 on asOf (PIPL 28, 31: their information is sensitive)
    qint64 invalidPhones = 0; // rows with a phone that is not a phone number
    QMap<QString, qint64> byCategory; // the category column as written, trimmed
    QMap<QString, qint64> byProvince; // the first two digits of the ID number
    QMap<QString, qint64> byAgeBand; // "0-13", "14-17", "18-59", "60+" on asOf
    qint64 unreadableRows = 0; // rows that could not be read (not in `rows`)
    QDate asOf; // the date of the conduct the ages are counted on
    QString sourceName; // the imported file's name, without its folder

    bool isEmpty() const { return rows == 0; }
};

} // namespace habeas
