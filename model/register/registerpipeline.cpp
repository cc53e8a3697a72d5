#include "register/registerpipeline.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace habeas::registerpipeline {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::Register)
};
constexpr size_t kBatchRows = 4096;
} // namespace

Producer::Producer(const QString &path, const QString &sheet, const ColumnMapping &mapping,
    QDate asOf, const RegisterKey &key)
    : m_path(path)
    , m_sheet(sheet)
    , m_processor(mapping, asOf, key)
{
    // Only the mapped columns are decoded (and any beyond the header, to tell ragged rows).
    m_columns = ~quint64(0) << std::min(mapping.headerColumns, 63);
    for (const RegisterRole role :
        { RegisterRole::IdNumber, RegisterRole::Phone, RegisterRole::Category }) {
        const int col = mapping.column(role);
        if (col >= 0)
            m_columns |= quint64(1) << std::min(col, 63);
    }
}

Producer::~Producer()
{
    join();
}

void Producer::start(BatchQueue &queue)
{
    m_reader = std::thread([this] {
        read();
        m_rows.close();
    });
    m_checker = std::thread([this, &queue] {
        check(queue);
        queue.close();
    });
}

void Producer::join()
{
    if (m_reader.joinable())
        m_reader.join();
    if (m_checker.joinable())
        m_checker.join();
}

void Producer::read()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status = Error::io(Text::tr("cannot read %1: %2").arg(m_path, file.errorString()));
        return;
    }
    bool header = true;
    bool stopped = false;
    RowBatch batch;
    batch.reserve(kBatchRows);
    const auto sink = [&](const registerfile::TableRow &row) {
        if (header) {
            header = false;
            return true;
        }
        batch.push_back(row);
        if (batch.size() == kBatchRows) {
            if (!m_rows.push(std::move(batch)))
                return !(stopped = true);
            batch = RowBatch();
            batch.reserve(kBatchRows);
        }
        return true;
    };
    registerfile::ReadLimits limits;
    limits.csvColumns = m_columns;
    m_status = registerfile::readTable(file, m_sheet, sink, limits, &m_bytes);
    if (m_status.ok() && !stopped && !batch.empty())
        m_rows.push(std::move(batch));
}

void Producer::check(BatchQueue &queue)
{
    RowBatch rows;
    Batch batch;
    batch.reserve(kBatchRows);
    while (m_rows.pop(rows)) {
        for (const registerfile::TableRow &row : rows) {
            PersonRow person;
            if (m_processor.process(row, person))
                batch.push_back(person);
        }
        if (batch.size() >= kBatchRows / 2) {
            if (!queue.push(std::move(batch))) {
                m_rows.cancel();
                return;
            }
            batch = Batch();
            batch.reserve(kBatchRows);
        }
    }
    if (!batch.empty())
        queue.push(std::move(batch));
}

KeyWriter::KeyWriter(const QSqlDatabase &db, qint64 caseId)
    : m_db(db)
    , m_caseId(caseId)
{
    m_rows.reserve(kChunkEntries);
}

Status KeyWriter::add(const PersonRow &row)
{
    if (!row.hasId && !row.hasPhone)
        return {};
    m_rows.push_back(row);
    return m_rows.size() >= kChunkEntries ? flush() : Status {};
}

Status KeyWriter::finish()
{
    return m_rows.empty() ? Status {} : flush();
}

void KeyWriter::encode(const PersonRow &row, RegisterKey::Hash hash, char *entry)
{
    qToLittleEndian<quint64>(hash, entry);
    qToLittleEndian<quint32>(row.line, entry + 8);
    qToLittleEndian<qint16>(row.category, entry + 12);
    entry[14] = char(row.age);
    entry[15] = char(row.province);
}

QList<PersonRow> KeyWriter::decode(const QByteArray &entries, RegisterKey::Hash hash)
{
    QList<PersonRow> rows;
    const char *p = entries.constData();
    for (qsizetype at = 0; at + kEntryBytes <= entries.size(); at += kEntryBytes) {
        if (qFromLittleEndian<quint64>(p + at) != hash)
            continue;
        PersonRow row;
        row.line = qFromLittleEndian<quint32>(p + at + 8);
        row.category = qFromLittleEndian<qint16>(p + at + 12);
        row.age = qint8(p[at + 14]);
        row.province = quint8(p[at + 15]);
        rows.append(row);
    }
    return rows;
}

Status KeyWriter::flush()
{
    std::vector<Entry> ids;
    std::vector<Entry> phones;
    ids.reserve(m_rows.size());
    for (const PersonRow &row : m_rows) {
        if (row.hasId)
            ids.push_back({ row.idHash, &row });
        if (row.hasPhone)
            phones.push_back({ row.phoneHash, &row });
    }
    if (auto st = write(u"id"_s, ids, m_chunk); !st.ok())
        return st;
    ids = {};
    if (auto st = write(u"phone"_s, phones, m_chunk); !st.ok())
        return st;
    ++m_chunk;
    m_rows.clear();
    return {};
}

Status KeyWriter::write(const QString &kind, std::vector<Entry> &entries, int chunk)
{
    std::sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return bucketOf(a.hash) < bucketOf(b.hash); });
    SqlQuery insert(m_db,
        u"INSERT INTO register_keys (case_id, kind, bucket, chunk, entries) "
        "VALUES (:c, :kind, :bucket, :chunk, :entries)"_s);
    QByteArray blob;
    for (size_t i = 0; i < entries.size();) {
        const RegisterKey::Hash bucket = bucketOf(entries[i].hash);
        size_t end = i;
        while (end < entries.size() && bucketOf(entries[end].hash) == bucket)
            ++end;
        blob.resize(qsizetype(end - i) * kEntryBytes);
        for (size_t k = i; k < end; ++k)
            encode(*entries[k].row, entries[k].hash, blob.data() + (k - i) * kEntryBytes);
        insert.bind(u":c"_s, m_caseId)
            .bind(u":kind"_s, kind)
            .bind(u":bucket"_s, qint64(bucket))
            .bind(u":chunk"_s, chunk)
            .bind(u":entries"_s, blob);
        if (auto st = insert.exec(); !st.ok())
            return st;
        i = end;
    }
    return {};
}

} // namespace habeas::registerpipeline
