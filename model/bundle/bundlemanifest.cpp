#include "bundle/bundleformat.h"
#include "bundle/bundletext.h"
#include "storage/blobstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace habeas::bundle {

Failure Failure::cancelled()
{
    return { Kind::Cancelled, Error::input(Text::tr("Cancelled; nothing was changed.")) };
}

QString tooLarge(qint64 bytes)
{
    const QLocale c = QLocale::c();
    return Text::tr(
        "The bundle would unpack to %1, more than the %2 a bundle may hold (a zip bomb?).")
        .arg(c.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat),
            c.formattedDataSize(kMaxTotalBytes, 0, QLocale::DataSizeTraditionalFormat));
}

QString thumbnailOf(const QString &path)
{
    const QString prefix = QLatin1String(kThumbPrefix);
    if (!path.startsWith(prefix) || !path.endsWith(u".png"_s))
        return {};
    const QString sha = path.mid(prefix.size(), path.size() - prefix.size() - 4);
    return BlobStore::isSha256(sha) ? sha : QString();
}

QString entryPathProblem(const QString &path)
{
    if (path.isEmpty())
        return Text::tr("an entry without a name");
    if (path.startsWith(u'/') || path.contains(u'\\') || (path.size() >= 2 && path.at(1) == u':'))
        return Text::tr("the absolute path \"%1\"").arg(path);
    for (const QChar c : path)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return Text::tr("the entry name \"%1\", which holds a control character")
                .arg(path.toHtmlEscaped());
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts) {
        if (part == u".."_s)
            return Text::tr("the path \"%1\", which climbs out of the bundle with \"..\"")
                .arg(path);
        if (part.isEmpty() || part == u"."_s)
            return Text::tr("the path \"%1\", which is not a plain relative path").arg(path);
    }
    return {};
}

QJsonObject Manifest::toJson() const
{
    QJsonArray list;
    for (const ManifestEntry &e : entries)
        list.append(QJsonObject {
            { u"path"_s, e.path }, { u"size"_s, e.size }, { u"sha256"_s, e.sha256 } });
    QJsonObject json {
        { u"format"_s, QString::fromLatin1(kFormatName) },
        { u"formatVersion"_s, formatVersion },
        { u"schemaVersion"_s, schemaVersion },
        { u"createdAt"_s, createdAt },
        { u"application"_s, application },
        { u"bundleId"_s, bundleId },
        { u"case"_s, caseSummary },
        { u"counts"_s, counts },
        { u"entries"_s, list },
    };
    if (reviewVersion > 0)
        json.insert(u"review"_s,
            QJsonObject { { u"version"_s, reviewVersion }, { u"comments"_s, reviewComments } });
    return json;
}

namespace {

Outcome<ManifestEntry> entryFromJson(const QJsonValue &value, QSet<QString> &seen)
{
    const QJsonObject o = value.toObject();
    ManifestEntry e;
    e.path = o.value(u"path"_s).toString();
    if (const QString problem = entryPathProblem(e.path); !problem.isEmpty())
        return Failure::integrity(Text::tr("The manifest lists %1.").arg(problem));
    if (seen.contains(e.path))
        return Failure::integrity(Text::tr("The manifest lists \"%1\" twice.").arg(e.path));
    seen.insert(e.path);
    const QJsonValue size = o.value(u"size"_s);
    const double sizeValue = size.toDouble(-1);
    if (!size.isDouble() || sizeValue < 0 || sizeValue > double(kMaxTotalBytes)
        || sizeValue != double(qint64(sizeValue)))
        return Failure::integrity(
            Text::tr("The manifest gives no valid size for \"%1\".").arg(e.path));
    e.size = qint64(sizeValue);
    e.sha256 = o.value(u"sha256"_s).toString();
    if (!BlobStore::isSha256(e.sha256))
        return Failure::integrity(
            Text::tr("The manifest gives no valid SHA-256 for \"%1\".").arg(e.path));
    if (e.path.startsWith(QLatin1String(kThumbPrefix))
        && (thumbnailOf(e.path).isEmpty() || e.size > kMaxThumbnailBytes))
        return Failure::integrity(
            Text::tr("The manifest lists \"%1\", which is no thumbnail a bundle holds.")
                .arg(e.path));
    if (e.path.startsWith(QLatin1String(kBlobPrefix))
        && e.path.mid(int(qstrlen(kBlobPrefix))) != e.sha256)
        return Failure::integrity(
            Text::tr("The manifest names \"%1\" with a SHA-256 that is not its own.").arg(e.path));
    return e;
}

} // namespace

Outcome<Manifest> Manifest::fromJson(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull() || !doc.isObject())
        return Failure::integrity(
            Text::tr("The bundle's manifest is not valid JSON: %1.").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(u"format"_s).toString() != QLatin1String(kFormatName))
        return Failure::input(Text::tr("This is not a Habeas case bundle (its manifest names no "
                                       "Habeas bundle format)."));
    Manifest m;
    m.formatVersion = o.value(u"formatVersion"_s).toInt(0);
    if (m.formatVersion < 1)
        return Failure::integrity(Text::tr("The bundle's manifest gives no valid format version."));
    if (m.formatVersion > kFormatVersion)
        return Failure::input(
            Text::tr("The bundle was written by a newer Habeas (bundle format %1); "
                     "this Habeas reads format %2. Update Habeas to open it.")
                .arg(m.formatVersion)
                .arg(kFormatVersion));
    m.schemaVersion = o.value(u"schemaVersion"_s).toInt(0);
    m.createdAt = o.value(u"createdAt"_s).toString();
    m.application = o.value(u"application"_s).toString();
    m.bundleId = o.value(u"bundleId"_s).toString();
    m.caseSummary = o.value(u"case"_s).toObject();
    m.counts = o.value(u"counts"_s).toObject();
    const QJsonValue list = o.value(u"entries"_s);
    if (!list.isArray())
        return Failure::integrity(Text::tr("The bundle's manifest lists no entries."));
    if (list.toArray().size() > kMaxEntries)
        return Failure::integrity(
            Text::tr("The bundle's manifest lists more than %1 entries.").arg(kMaxEntries));
    QSet<QString> seen;
    for (const QJsonValue v : list.toArray()) {
        auto e = entryFromJson(v, seen);
        if (!e.ok())
            return e.failure();
        m.entries.append(std::move(e).value());
    }
    if (!m.find(QLatin1String(kCaseEntry)))
        return Failure::integrity(Text::tr("The bundle's manifest does not list case.json."));
    if (m.totalSize() > kMaxTotalBytes)
        return Failure::integrity(tooLarge(m.totalSize()));
    // The review part (schema 15) is optional: a bundle without it is read as before.
    const QJsonObject review = o.value(u"review"_s).toObject();
    m.reviewVersion = review.value(u"version"_s).toInt(0);
    m.reviewComments = review.value(u"comments"_s).toInt(0);
    if (m.reviewVersion > kReviewVersion)
        return Failure::input(
            Text::tr("The bundle's review comments were written by a newer Habeas "
                     "(review format %1; this Habeas reads format %2). Update Habeas "
                     "to open it.")
                .arg(m.reviewVersion)
                .arg(kReviewVersion));
    if ((m.reviewVersion > 0) != (m.find(QLatin1String(kReviewEntry)) != nullptr))
        return Failure::integrity(Text::tr(
            "The bundle's manifest and its review.json do not agree: one lacks the other."));
    return m;
}

qint64 Manifest::totalSize() const
{
    qint64 total = 0;
    for (const ManifestEntry &e : entries)
        total += e.size;
    return total;
}

const ManifestEntry *Manifest::find(const QString &path) const
{
    for (const ManifestEntry &e : entries)
        if (e.path == path)
            return &e;
    return nullptr;
}

} // namespace habeas::bundle
