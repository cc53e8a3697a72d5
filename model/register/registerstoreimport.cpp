// RegisterStore::importFile: the bulk import in one transaction.
#include "cases/casestore.h"
#include "core/clock.h"
#include "register/registerpipeline.h"
#include "register/registerstore.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"
#include "storage/storagebackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::Register)
};

bool cancelled(const RegisterImportOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

Error cancelError()
{
    return Error::input(Text::tr("the import was cancelled; the library is unchanged"));
}

Error nothingReadable(const QString &source, const QList<UnreadableRow> &rows)
{
    QStringList problems;
    for (const UnreadableRow &r : rows.mid(0, 3))
        problems.append(Text::tr("line %1: %2").arg(r.line).arg(r.problem));
    return Error::input(Text::tr("no row of %1 could be read (%2)")
                            .arg(source,
                                problems.isEmpty() ? Text::tr("it has a header and nothing else")
                                                   : problems.join(u"; "_s)));
}

} // namespace

Result<RegisterImportReport> RegisterStore::importFile(
    qint64 caseId, const QString &path, const RegisterImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (auto st = m_library.checkWritable(); !st.ok())
        return st.error();
    if (auto c = m_library.cases().caseById(caseId); !c.ok())
        return c.error();
    const auto existing = hasRegister(caseId);
    if (!existing.ok())
        return existing.error();
    if (existing.value() && !options.replace)
        return Error::input(Text::tr("case %1 already has a register of affected persons; clear it "
                                     "first (register clear %1), then import")
                                .arg(caseId));
    RegisterImportOptions effective;
    effective.asOf = options.asOf;
    if (!effective.asOf.isValid()) {
        const auto asOf = defaultAsOf(caseId);
        if (!asOf.ok())
            return asOf.error();
        effective.asOf = asOf.value();
    }
    auto report = preview(path, options, nullptr);
    if (!report.ok())
        return report.error();
    const auto key = RegisterKey::load(m_library.backend(), caseId, true);
    if (!key.ok())
        return key.error();
    report.value().stats.asOf = effective.asOf;
    report.value().stats.sourceName = QFileInfo(path).fileName();
    const Status st = inTransaction(m_library.database(),
        [&]() -> Status { return bulkImport(caseId, path, options, key.value(), report.value()); });
    if (!st.ok())
        return st.error();
    report.value().seconds = double(timer.elapsed()) / 1000.0;
    return report;
}

Status RegisterStore::bulkImport(qint64 caseId, const QString &path,
    const RegisterImportOptions &options, const RegisterKey &key, RegisterImportReport &report)
{
    const QSqlDatabase db = m_library.database();
    if (options.replace)
        if (auto st = deleteRegister(caseId); !st.ok())
            return st;
    SqlQuery head(db,
        u"INSERT INTO register_imports (case_id, source_name, as_of, imported_at, key_id) "
        "VALUES (:c, :source, :asOf, :now, :key)"_s);
    head.bind(u":c"_s, caseId)
        .bind(u":source"_s, report.stats.sourceName)
        .bind(u":asOf"_s, report.stats.asOf.toString(Qt::ISODate))
        .bind(u":now"_s, Clock::isoNow())
        .bind(u":key"_s, key.id());
    if (auto st = head.exec(); !st.ok())
        return st;
    registerpipeline::KeyWriter writer(db, caseId);
    const qint64 size = QFileInfo(path).size();
    registerpipeline::BatchQueue queue(8);
    registerpipeline::Producer producer(
        path, options.sheet, report.mapping, report.stats.asOf, key);
    producer.start(queue);
    const auto stop = qScopeGuard([&] {
        queue.cancel();
        producer.join();
    });
    registerpipeline::Batch batch;
    qint64 rows = 0;
    while (queue.pop(batch)) {
        for (const PersonRow &row : batch)
            if (auto st = writer.add(row); !st.ok())
                return st;
        rows += qint64(batch.size());
        if (cancelled(options))
            return cancelError();
        if (options.progress)
            options.progress(producer.bytesRead(), size, rows);
    }
    producer.join();
    if (auto st = writer.finish(); !st.ok())
        return st;
    if (!producer.status().ok())
        return producer.status();
    if (cancelled(options))
        return cancelError();
    const RegisterRowProcessor &processor = producer.processor();
    const QDate asOf = report.stats.asOf;
    const QString source = report.stats.sourceName;
    report.stats = processor.stats();
    report.stats.asOf = asOf;
    report.stats.sourceName = source;
    report.unreadable = processor.unreadable();
    if (report.stats.rows == 0)
        return nothingReadable(source, report.unreadable);
    if (auto st = storeFigures(caseId, report, processor.categories(), key.id()); !st.ok())
        return st;
    const RegisterStats &s = report.stats;
    if (auto st = m_library.audit().append(caseId, u"register.import"_s, u"register"_s, caseId,
            { { u"source"_s, source }, { u"asOf"_s, asOf.toString(Qt::ISODate) },
                { u"rows"_s, s.rows }, { u"unreadableRows"_s, s.unreadableRows },
                { u"invalidIdNumbers"_s, s.invalidIdNumbers }, { u"duplicates"_s, s.duplicates },
                { u"records"_s, s.records }, { u"replaced"_s, options.replace } });
        !st.ok())
        return st;
    return key.save();
}

} // namespace habeas
