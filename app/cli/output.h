#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace habeas::cli {

enum ExitCode : int { Done = 0, CheckFailed = 1, UsageError = 2, LibraryError = 3 };

// Where a command's results go: one JSON document on stdout with --json, else aligned text.
// Messages always go to stderr, one clear line each.
class Output final {
public:
    explicit Output(bool json)
        : m_json(json)
    {
    }

    bool json() const { return m_json; }

    void printJson(const QJsonValue &value) const;
    void printLine(const QString &line) const;
    // Columns aligned by display width: CJK characters take two cells.
    void printTable(const QStringList &headers, const QList<QStringList> &rows) const;
    // A list: with --json an array of each item's JSON, else a table of one row per item.
    template<typename T, typename ToJson, typename ToRow>
    void printList(
        const QList<T> &items, ToJson toJson, const QStringList &headers, ToRow toRow) const
    {
        if (m_json) {
            QJsonArray array;
            for (const T &item : items)
                array.append(toJson(item));
            printJson(array);
            return;
        }
        QList<QStringList> rows;
        rows.reserve(items.size());
        for (const T &item : items)
            rows << toRow(item);
        printTable(headers, rows);
    }
    // The same for a list a store read: its error instead when the read failed. Returns the
    // command's exit code.
    template<typename T, typename ToJson, typename ToRow>
    int printList(
        const Result<QList<T>> &items, ToJson toJson, const QStringList &headers, ToRow toRow) const
    {
        if (!items.ok())
            return fail(items.error());
        printList(items.value(), toJson, headers, toRow);
        return Done;
    }
    // key: value lines, keys aligned.
    void printFields(const QList<std::pair<QString, QString>> &fields) const;

    void message(const QString &text) const;
    int fail(int code, const QString &text) const;
    int fail(const Error &error) const;

    static int exitCodeFor(const Error &error);
    static int displayWidth(const QString &text);

private:
    bool m_json;
};

} // namespace habeas::cli
