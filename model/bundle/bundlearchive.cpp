#include "bundle/bundlearchive.h"

#include "bundle/bundletext.h"
#include "core/clock.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>

using namespace Qt::StringLiterals;

namespace habeas::bundle {

namespace {
constexpr qint64 kChunk = 256 * 1024;

QString zipMessage(int code)
{
    return Text::tr("the ZIP library reports error %1").arg(code);
}
} // namespace

struct ArchiveWriter::Impl {
    QIODevice *device = nullptr;
    std::unique_ptr<QuaZip> zip;
};

ArchiveWriter::ArchiveWriter(QIODevice *device)
    : d(std::make_unique<Impl>())
{
    d->device = device;
}

ArchiveWriter::~ArchiveWriter() = default;

Done ArchiveWriter::open()
{
    d->zip = std::make_unique<QuaZip>(d->device);
    d->zip->setAutoClose(false);
    d->zip->setZip64Enabled(true);
    d->zip->setUtf8Enabled(true);
    if (!d->zip->open(QuaZip::mdCreate))
        return Failure::other(Error::io(
            Text::tr("The bundle cannot be written: %1.").arg(zipMessage(d->zip->getZipError()))));
    return done();
}

Outcome<ManifestEntry> ArchiveWriter::add(const QString &name, QIODevice &source, bool compress,
    const std::function<bool(qint64)> &progress)
{
    QuaZipFile file(d->zip.get());
    QuaZipNewInfo info(name);
    info.dateTime = Clock::now();
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
        | QFileDevice::ReadOther);
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, compress ? 6 : 1))
        return Failure::other(Error::io(
            Text::tr("The bundle cannot be written: %1.").arg(zipMessage(file.getZipError()))));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    ManifestEntry entry;
    entry.path = name;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = source.read(buffer.data(), kChunk);
        if (n < 0)
            return Failure::other(Error::io(
                Text::tr("Reading %1 for the bundle failed: %2").arg(name, source.errorString())));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (file.write(buffer.constData(), n) != n)
            return Failure::other(
                Error::io(Text::tr("Writing the bundle failed (is the disk full?): %1")
                              .arg(zipMessage(file.getZipError()))));
        entry.size += n;
        if (progress && !progress(n))
            return Failure::cancelled();
    }
    file.close();
    if (file.getZipError() != UNZ_OK)
        return Failure::other(Error::io(
            Text::tr("Writing the bundle failed: %1.").arg(zipMessage(file.getZipError()))));
    entry.sha256 = QString::fromLatin1(hash.result().toHex());
    return entry;
}

Outcome<ManifestEntry> ArchiveWriter::add(const QString &name, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return add(name, buffer, true, {});
}

Done ArchiveWriter::close()
{
    d->zip->close();
    if (d->zip->getZipError() != UNZ_OK)
        return Failure::other(Error::io(
            Text::tr("Writing the bundle failed: %1.").arg(zipMessage(d->zip->getZipError()))));
    return done();
}

struct ArchiveReader::Impl {
    std::unique_ptr<QuaZip> zip;
};

ArchiveReader::ArchiveReader()
    : d(std::make_unique<Impl>())
{
}

ArchiveReader::~ArchiveReader() = default;

Outcome<std::unique_ptr<ArchiveReader>> ArchiveReader::open(const QString &path)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return Failure::input(Text::tr("Cannot open %1: %2").arg(path, probe.errorString()));
    const QByteArray magic = probe.read(4);
    probe.close();
    const bool looksLikeZip = magic == QByteArray("PK\x03\x04", 4);
    std::unique_ptr<ArchiveReader> reader(new ArchiveReader);
    reader->d->zip = std::make_unique<QuaZip>(path);
    if (!reader->d->zip->open(QuaZip::mdUnzip)) {
        if (looksLikeZip)
            return Failure::integrity(
                Text::tr("The bundle is truncated or damaged: its ZIP directory "
                         "cannot be read."));
        return Failure::input(Text::tr("This is not a Habeas case bundle: the file is not a ZIP "
                                       "archive."));
    }
    const QList<QuaZipFileInfo64> infos = reader->d->zip->getFileInfoList64();
    if (reader->d->zip->getZipError() != UNZ_OK)
        return Failure::integrity(Text::tr("The bundle is truncated or damaged: its ZIP directory "
                                           "cannot be read."));
    for (const QuaZipFileInfo64 &info : infos) {
        ArchiveEntry e;
        e.name = info.name;
        e.declaredSize = qint64(qMin<quint64>(info.uncompressedSize, quint64(1) << 62));
        e.symlink = info.isSymbolicLink();
        e.directory = info.name.endsWith(u'/');
        reader->m_entries.append(e);
    }
    return reader;
}

Done ArchiveReader::read(
    const QString &name, qint64 limit, const std::function<bool(QByteArrayView)> &sink) const
{
    if (!d->zip->setCurrentFile(name, QuaZip::csSensitive))
        return Failure::integrity(Text::tr("The bundle has no entry \"%1\".").arg(name));
    QuaZipFile file(d->zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return Failure::integrity(
            Text::tr("The entry \"%1\" of the bundle cannot be read (damaged or truncated).")
                .arg(name));
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = file.read(buffer.data(), kChunk);
        if (n < 0)
            return Failure::integrity(
                Text::tr("The entry \"%1\" of the bundle is damaged or truncated.").arg(name));
        if (n == 0)
            break;
        total += n;
        if (total > limit)
            return Failure::integrity(Text::tr("The entry \"%1\" inflates beyond the %2 bytes the "
                                               "manifest gives (a zip bomb?).")
                                          .arg(name)
                                          .arg(limit));
        if (!sink(QByteArrayView(buffer.constData(), n)))
            return Failure::cancelled();
    }
    file.close();
    if (file.getZipError() != UNZ_OK)
        return Failure::integrity(
            Text::tr("The entry \"%1\" of the bundle does not inflate to the bytes its archive "
                     "declares (its checksum differs): it is damaged, or inflates beyond its size "
                     "(a zip bomb).")
                .arg(name));
    return done();
}

Outcome<std::unique_ptr<QIODevice>> ArchiveReader::device(const QString &name) const
{
    if (!d->zip->setCurrentFile(name, QuaZip::csSensitive))
        return Failure::integrity(Text::tr("The bundle has no entry \"%1\".").arg(name));
    auto file = std::make_unique<QuaZipFile>(d->zip.get());
    if (!file->open(QIODevice::ReadOnly))
        return Failure::integrity(
            Text::tr("The entry \"%1\" of the bundle cannot be read (damaged or truncated).")
                .arg(name));
    return std::unique_ptr<QIODevice>(std::move(file));
}

} // namespace habeas::bundle
