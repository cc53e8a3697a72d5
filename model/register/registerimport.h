#pragma once

#include "core/result.h"
#include "register/registerkey.h"
#include "register/registerstats.h"
#include "register/tablereader.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <vector>

namespace habeas {

// The columns of a register file. Each role is found by its header: the usual Chinese and
// English names, or the header given for it.
enum class RegisterRole { Name, IdNumber, Phone, Address, Category };
inline constexpr RegisterRole kRegisterRoles[] = { RegisterRole::Name, RegisterRole::IdNumber,
    RegisterRole::Phone, RegisterRole::Address, RegisterRole::Category };
QString toId(RegisterRole role); // "name", "id-number", "phone", "address", "category"
std::optional<RegisterRole> registerRoleFromId(QStringView id);
QString roleName(RegisterRole role); // translated

struct ColumnMapping {
    QHash<RegisterRole, int> columns; // role → 0-based column; a role absent: no such column
    int headerColumns = 0;
    int column(RegisterRole role) const { return columns.value(role, -1); }
};

// Maps a header row: `given` (role → header text, from --column) first, then the usual names.
// An error when a given header is not in the row, or no column holds the ID number.
Result<ColumnMapping> mapColumns(
    const QStringList &header, const QHash<RegisterRole, QString> &given);

// A row that could not be read, for the report.
struct UnreadableRow {
    qint64 line = 0;
    QString problem;
};

// What is stored of one row: hashes and derived facts, never the identifiers themselves.
struct PersonRow {
    quint32 line = 0;
    qint16 category = -1; // index into the categories; -1: none
    qint8 age = -1; // -1: no valid ID number
    quint8 province = 0;
    bool hasId = false;
    bool hasPhone = false;
    RegisterKey::Hash idHash = 0;
    RegisterKey::Hash phoneHash = 0;
};

// 64-bit keys in an open-addressing table: the first 17 digits of an ID number are the person
// (the 18th is their check character), and fit in 57 bits, so ten million of them take
// 128 MiB rather than a set of strings or hashes many times that size.
class IdSet {
public:
    // True when the key was not in the set.
    bool insert(quint64 key);
    qsizetype size() const { return m_size; }

private:
    void grow();
    std::vector<quint64> m_slots; // 0: empty; a key is stored plus one
    qsizetype m_size = 0;
};

// Turns rows into PersonRows and counts the statistics as it goes. Rows arrive in file order,
// so "an earlier row" of a duplicate is the earlier one in the file.
class RegisterRowProcessor {
public:
    RegisterRowProcessor(const ColumnMapping &mapping, QDate asOf, const RegisterKey &key);

    // False when the row could not be read (it is then in unreadable()).
    bool process(const registerfile::TableRow &row, PersonRow &out);

    // The figures so far (the breakdowns are counted in arrays and put into maps here).
    RegisterStats stats() const;
    qint64 unreadableCount() const { return m_unreadable; }
    const QList<UnreadableRow> &unreadable() const { return m_unreadableList; } // first 100
    const QStringList &categories() const { return m_categories; }

    static QString ageBand(int age); // "0-13", "14-17", "18-59", "60+"
    static constexpr int kListedUnreadable = 100;
    static constexpr int kMaxCategories = 32000;

private:
    bool reject(qint64 line, const QString &problem);
    qint16 categoryIndex(const QString &category);
    void countRecord(const PersonRow &person);

    ColumnMapping m_mapping;
    QDate m_asOf;
    const RegisterKey &m_key;
    RegisterStats m_stats;
    IdSet m_seen;
    qint64 m_unreadable = 0;
    QList<UnreadableRow> m_unreadableList;
    QStringList m_categories;
    QHash<QString, qint16> m_categoryIndex;
    std::vector<qint64> m_byCategory;
    qint64 m_byProvince[100] = {};
    qint64 m_byAgeBand[4] = {};
};

// Completed years of age on `on` of someone born on `birth` (a 29 February birthday falls on
// 1 March in other years).
int ageOn(QDate birth, QDate on);

} // namespace habeas
