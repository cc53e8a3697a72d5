#include "redactedexport.h"

#include "core/trfunction.h"
#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "redaction.h"
#include "storage/blobstore.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

constexpr char kTrContext[] = "habeas::RedactedExport";
constexpr auto tr = &translateIn<kTrContext>;

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

Result<QString> exportRedacted(Library &library, qint64 evidenceId, const QString &target,
    const QString &password, const std::atomic_bool *cancel)
{
    const auto r = library.evidence().item(evidenceId);
    if (!r.ok())
        return r.error();
    const auto regions = library.annotations().annotations(evidenceId);
    if (!regions.ok())
        return regions.error();
    RedactionBoxes boxes;
    for (const Annotation &a : regions.value())
        if (a.kind == Annotation::Kind::Redaction && !a.isTrashed())
            boxes[a.page - 1].append(a.rect);
    if (boxes.isEmpty())
        return Error::input(tr("%1 has no redaction region, so a redacted copy would show "
                               "everything; mark the regions to black out first, or export the "
                               "original.")
                                .arg(r->exhibitNumber()));
    const QString blob = BlobStore(library.blobsPath()).pathFor(r->sha256);
    // Never hand out a redaction of bytes that are no longer the exhibit.
    if (sha256Of(blob) != r->sha256)
        return Error::library(tr("The stored original of %1 is missing or was altered (its "
                                 "SHA-256 no longer matches); nothing was exported.")
                                  .arg(r->exhibitNumber()));
    Redactor redactor(blob, password);
    redactor.setBoxes(boxes);
    redactor.setCancelFlag(cancel);
    if (auto st = redactor.saveRedacted(target); !st.ok())
        return st.error();
    const QString copy = sha256Of(target);
    if (auto st = library.evidence().logRedactedExport(evidenceId, copy); !st.ok())
        return st.error();
    return copy;
}

} // namespace habeas
