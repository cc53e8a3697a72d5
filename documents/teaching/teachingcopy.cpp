#include "teachingcopy.h"

#include "bundle/teachingreviews.h"
#include "cases/casejson.h"
#include "cases/casestore.h"
#include "pseudonyms.h"
#include "storage/library.h"
#include "storage/storagebackend.h"
#include "teachingrows.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace habeas::teaching {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::teaching)
};

using bundle::Failure;
constexpr qint64 kSteps = 1000; // progress: rendering takes the first 800, writing the rest
constexpr qint64 kRenderSteps = 800;

bundle::Done checkReviews(Library &library, qint64 caseId)
{
    auto reviews = bundle::teachingReviews(library, caseId);
    if (!reviews.ok())
        return reviews.failure();
    QStringList missing;
    for (const bundle::ExhibitReview &r : reviews.value())
        if (!r.reviewed)
            missing << (r.changed
                    ? Text::tr("%1 (its redactions changed since its review)").arg(r.exhibit)
                    : r.exhibit);
    if (missing.isEmpty())
        return bundle::done();
    return Failure::input(
        Text::tr("A teaching copy carries only exhibits whose every page was "
                 "reviewed; not reviewed: %1. Review them in File ▸ Export Teaching "
                 "Copy…, or record it with `habeas-cli bundle review %2 --exhibit "
                 "EVIDENCE`.")
            .arg(missing.join(u", "_s))
            .arg(caseId));
}

Failure refused(const QStringList &places)
{
    QStringList shown = places.mid(0, 20);
    if (places.size() > shown.size())
        shown << Text::tr("… and %1 more").arg(places.size() - shown.size());
    return Failure::input(
        Text::tr("The teaching copy would still carry personal data, so nothing was "
                 "written:\n%1")
            .arg(shown.join(u'\n')));
}

struct Rendered {
    QHash<qint64, Rendering> renderings;
    QStringList leaks;
};

bundle::Outcome<Rendered> renderAll(const QList<ExhibitPlan> &plans, const QString &folder,
    const Pseudonyms &pseudonyms, const bundle::Progress &progress)
{
    qint64 totalPages = 0;
    for (const ExhibitPlan &e : plans)
        totalPages += qMax<qint64>(1, e.pages.size());
    std::atomic_bool cancel = false;
    qint64 before = 0;
    Rendered out;
    for (const ExhibitPlan &e : plans) {
        const auto step = [&](int done, int) {
            if (progress
                && !progress((before + done) * kRenderSteps / qMax<qint64>(1, totalPages), kSteps))
                cancel = true;
        };
        auto r = renderExhibit(e, folder, &cancel, step);
        if (cancel)
            return Failure::cancelled();
        if (!r.ok())
            return Failure::input(r.error().message);
        before += qMax<qint64>(1, e.pages.size());
        out.leaks << renderingLeaks(e, r.value(), pseudonyms);
        out.renderings.insert(e.evidenceId, r.value());
        // An image reports no pages of its own: the step after each exhibit, and Cancel.
        if (progress && !progress(before * kRenderSteps / qMax<qint64>(1, totalPages), kSteps))
            return Failure::cancelled();
    }
    return out;
}

QJsonObject caseSummary(Library &library, qint64 caseId, const Pseudonyms &pseudonyms)
{
    auto record = library.cases().caseById(caseId);
    QJsonObject summary = record.ok() ? toJson(record.value()) : QJsonObject();
    summary.remove(u"id"_s);
    summary.insert(u"number"_s, QString());
    for (auto it = summary.begin(); it != summary.end(); ++it)
        if (it.value().isString())
            it.value() = pseudonyms.apply(it.value().toString());
    return summary;
}

} // namespace

bundle::Outcome<bundle::Manifest> exportTeachingCopy(Library &library, qint64 caseId,
    const QString &outPath, const bundle::ExportOptions &options, const bundle::Progress &progress)
{
    if (options.encrypt && options.passphrase.isEmpty())
        return Failure::input(Text::tr("An encrypted bundle needs a passphrase."));
    auto snapshot = bundle::CaseSnapshot::read(library.database(), caseId);
    if (!snapshot.ok())
        return snapshot.failure();
    if (auto reviewed = checkReviews(library, caseId); !reviewed.ok())
        return reviewed.failure();
    const QJsonObject &tables = snapshot.value().tableRows();
    const Pseudonyms pseudonyms = Pseudonyms::fromTables(tables);
    const QList<ExhibitPlan> plans = exhibitPlans(tables, library.blobs());
    QStringList shown;
    for (const ExhibitPlan &e : plans)
        shown << uncoveredIdentifiers(e, pseudonyms);
    if (!shown.isEmpty())
        return refused(shown);

    // The renderings are staged inside the library, never beside the output.
    QDir().mkpath(library.scratchPath());
    QTemporaryDir staging(QDir(library.scratchPath()).filePath(u"incoming-teaching-XXXXXX"_s));
    if (!staging.isValid())
        return Failure::other(
            Error::io(Text::tr("Cannot stage the renderings: %1").arg(staging.errorString())));
    auto rendered = renderAll(plans, staging.path(), pseudonyms, progress);
    if (!rendered.ok())
        return rendered.failure();

    bundle::Manifest manifest;
    manifest.schemaVersion = Library::kSchemaVersion;
    manifest.application = u"Habeas " HABEAS_VERSION ""_s;
    manifest.bundleId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    manifest.caseSummary = caseSummary(library, caseId, pseudonyms);
    const QJsonObject out =
        anonymiseTables(tables, pseudonyms, rendered.value().renderings, manifest.bundleId);
    QStringList leaks = rendered.value().leaks;
    leaks << tableLeaks(out, pseudonyms)
          << objectLeaks(manifest.caseSummary, u"manifest case"_s, pseudonyms);
    if (!leaks.isEmpty())
        return refused(leaks);

    bundle::BundleContent content { bundle::CaseSnapshot::fromTables(out), {}, {}, {} };
    for (const Rendering &r : rendered.value().renderings)
        content.files.insert(r.sha256, r.path);
    manifest.counts = content.snapshot.counts();
    return bundle::writeBundle(
        content, manifest, outPath, options, library.scratchPath(), [&](qint64 done, qint64 total) {
            return !progress
                || progress(
                    kRenderSteps + done * (kSteps - kRenderSteps) / qMax<qint64>(1, total), kSteps);
        });
}

} // namespace habeas::teaching
