#include "evidence/importrun.h"

#include "evidence/parserpool.h"
#include "storage/library.h"
#include "storage/sql.h"
#include "storage/storagebackend.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace habeas {

ImportRun::ImportRun(Library &library, ParserPool &pool)
    : m_library(library)
    , m_pool(pool)
    , m_processor(library)
{
}

QList<ImportedFile> ImportRun::run(qint64 caseId, const QStringList &files,
    const EvidenceRecord &meta, const QString &password, bool ocr)
{
    QList<ImportedFile> out(files.size());
    m_out = &out;
    m_password = password;
    m_ocr = ocr;
    m_reading.clear();
    m_read.clear();
    QEventLoop loop;
    const auto connection = QObject::connect(&m_pool, &ParserPool::parsed, &loop,
        [this, &loop](quint64 ticket, const ParseResult &result) {
            const auto it = m_reading.constFind(ticket);
            if (it == m_reading.cend())
                return;
            m_read.append({ it.value(), result });
            m_reading.erase(it);
            if (m_read.size() >= kBatch || m_reading.isEmpty())
                storeBatch();
            if (m_reading.isEmpty())
                loop.quit();
        });
    for (int first = 0; first < files.size(); first += kBatch) {
        stageAndRecord(caseId, files, first, meta, out);
        // The library failing (its server went away) would fail every later batch alike: they
        // are not tried, and say so.
        if (const int failed = firstLibraryFailure(out, first); failed >= 0) {
            leaveUntried(out, files, first + kBatch, out.at(failed).import.failure);
            break;
        }
        // What the workers answered meanwhile is stored now, a batch at a time.
        QCoreApplication::processEvents();
    }
    if (!m_reading.isEmpty())
        loop.exec();
    storeBatch();
    QObject::disconnect(connection);
    m_out = nullptr;
    return out;
}

void ImportRun::stageAndRecord(qint64 caseId, const QStringList &files, int first,
    const EvidenceRecord &meta, QList<ImportedFile> &out)
{
    const QStringList chunk = files.mid(first, kBatch);
    BlobStorage *blobs = &m_library.blobs();
    // Hashing and copying on every core; the parse workers of the last batch run meanwhile.
    const QList<Result<StagedFile>> staged = QtConcurrent::blockingMapped(
        chunk, [blobs](const QString &file) { return EvidenceStore::stage(*blobs, file); });
    QList<StagedFile> toRecord;
    QList<int> recordIndex;
    for (int i = 0; i < staged.size(); ++i) {
        if (staged.at(i).ok()) {
            toRecord << staged.at(i).value();
            recordIndex << first + i;
        } else {
            out[first + i].import.path = chunk.at(i);
            out[first + i].import.message = staged.at(i).error().message;
            out[first + i].import.failure = staged.at(i).error().kind;
        }
    }
    const QList<ImportOutcome> recorded = m_library.evidence().recordAll(caseId, toRecord, meta);
    for (int i = 0; i < recorded.size(); ++i) {
        const int index = recordIndex.at(i);
        out[index].import = recorded.at(i);
        if (wantsReading(recorded.at(i)))
            submit(index, recorded.at(i).id);
    }
}

int ImportRun::firstLibraryFailure(const QList<ImportedFile> &out, int first)
{
    for (int i = first; i < std::min<int>(first + kBatch, out.size()); ++i)
        if (out.at(i).import.libraryFailed())
            return i;
    return -1;
}

void ImportRun::leaveUntried(
    QList<ImportedFile> &out, const QStringList &files, int from, Error::Kind failure)
{
    for (int i = from; i < out.size(); ++i) {
        out[i].import.path = files.at(i);
        out[i].import.failure = failure;
        out[i].import.message = QCoreApplication::translate(
            "habeas::Evidence", "Not tried: the library failed on an earlier file of this import.");
    }
}

// A new exhibit; a duplicate still unread, or locked when a password now comes with it.
bool ImportRun::wantsReading(const ImportOutcome &o) const
{
    if (o.kind == ImportOutcome::Kind::Rejected || !o.id)
        return false;
    if (o.kind == ImportOutcome::Kind::Imported)
        return true;
    // The same file named twice in one import: read once.
    if (std::any_of(m_reading.cbegin(), m_reading.cend(),
            [&o](const Reading &r) { return r.job.id == o.id; }))
        return false;
    const auto before = m_library.evidence().item(o.id);
    if (!before.ok())
        return false;
    using State = EvidenceRecord::ParseState;
    return before->parseState == State::Pending
        || (before->parseState == State::Encrypted && !m_password.isEmpty());
}

void ImportRun::submit(int index, qint64 id)
{
    const auto job = m_processor.prepare(id, m_password, m_ocr);
    if (!job.ok()) {
        (*m_out)[index].readError = job.error().message;
        return;
    }
    const ProcessJob &j = job.value();
    const quint64 ticket = m_pool.submit({ j.blobPath, j.password, j.ocr, j.thumbnailPath });
    m_reading.insert(ticket, { index, j });
}

// One transaction for what came back; when it fails, those exhibits stay pending and say why.
void ImportRun::storeBatch()
{
    if (m_read.isEmpty())
        return;
    const auto batch = std::exchange(m_read, {});
    QList<std::pair<int, ProcessOutcome>> stored;
    const Status st = inTransaction(m_library.database(), [&]() -> Status {
        for (const auto &[reading, result] : batch) {
            const auto o = m_processor.store(reading.job, result);
            if (!o.ok())
                return o.error();
            stored.append({ reading.index, o.value() });
        }
        return {};
    });
    if (!st.ok()) {
        for (const auto &[reading, result] : batch)
            (*m_out)[reading.index].readError = st.error().message;
        return;
    }
    for (const auto &[index, outcome] : stored)
        (*m_out)[index].read = outcome;
}

} // namespace habeas
