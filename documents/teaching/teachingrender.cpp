#include "teachingrender.h"

#include "pdfdocument.h"
#include "pseudonyms.h"
#include "thumbnail.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace habeas::teaching {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::teaching)
};

// Whether the boxes cover the rectangle: a grid of points across it, each under some box.
bool covered(const QRectF &rect, const QList<QRectF> &boxes)
{
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j) {
            const QPointF p(rect.left() + rect.width() * (0.15 + 0.35 * i),
                rect.top() + rect.height() * (0.15 + 0.35 * j));
            const bool inside = std::any_of(boxes.begin(), boxes.end(), [&](const QRectF &b) {
                return b.adjusted(-0.002, -0.002, 0.002, 0.002).contains(p);
            });
            if (!inside)
                return false;
        }
    }
    return true;
}

QRectF normalised(const QRectF &points, const QSizeF &page)
{
    return QRectF(points.x() / page.width(), points.y() / page.height(),
        points.width() / page.width(), points.height() / page.height());
}

QString shown(const ExhibitPlan &e, int page, const QString &identifier)
{
    return Text::tr("%1 page %2 shows %3 outside any redaction")
        .arg(e.label())
        .arg(page)
        .arg(identifier);
}

QString joinWords(const QList<PdfDocument::Word> &words)
{
    QString text;
    for (const PdfDocument::Word &w : words) {
        const bool latin = !text.isEmpty() && text.back().unicode() < 0x2e80 && !w.text.isEmpty()
            && w.text.front().unicode() < 0x2e80;
        if (latin)
            text += u' ';
        text += w.text;
    }
    return text;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

QString ExhibitPlan::label() const
{
    return u"%1 (%2)"_s.arg(neutralName, exhibit);
}

QStringList uncoveredIdentifiers(const ExhibitPlan &e, const Pseudonyms &pseudonyms)
{
    QStringList problems;
    std::unique_ptr<PdfDocument> pdf;
    if (looksLikePdf(e.blobPath))
        if (auto opened = PdfDocument::open(e.blobPath); opened.ok())
            pdf = std::move(opened).value();
    for (auto it = e.pages.cbegin(); it != e.pages.cend(); ++it) {
        const int page = it.key();
        const QList<QRectF> boxes = e.boxes.value(page - 1);
        for (const Identifier &id : pseudonyms.identifiers()) {
            if (!it->text.contains(id.text, Qt::CaseInsensitive))
                continue;
            if (pdf && it->origin == u"pdf"_s) {
                const QSizeF size = pdf->pageSize(page - 1);
                const QList<QRectF> hits = pdf->findText(page - 1, id.text);
                const bool hidden = !hits.isEmpty() && !size.isEmpty()
                    && std::all_of(hits.begin(), hits.end(),
                        [&](const QRectF &h) { return covered(normalised(h, size), boxes); });
                if (!hidden)
                    problems << shown(e, page, id.text);
            } else if (boxes.isEmpty()) {
                problems << shown(e, page, id.text);
            }
        }
    }
    return problems;
}

namespace {

QHash<int, QString> visibleTextOf(const ExhibitPlan &e)
{
    QHash<int, QString> visible;
    std::unique_ptr<PdfDocument> pdf;
    if (looksLikePdf(e.blobPath))
        if (auto opened = PdfDocument::open(e.blobPath); opened.ok())
            pdf = std::move(opened).value();
    for (auto it = e.pages.cbegin(); it != e.pages.cend(); ++it) {
        const QList<QRectF> boxes = e.boxes.value(it.key() - 1);
        if (pdf && it->origin == u"pdf"_s) {
            const QSizeF size = pdf->pageSize(it.key() - 1);
            QList<PdfDocument::Word> words;
            for (const PdfDocument::Word &w : pdf->words(it.key() - 1))
                if (size.isEmpty() || !covered(normalised(w.box, size), boxes))
                    words << w;
            visible.insert(it.key(), joinWords(words));
        } else {
            // Text without positions: what lay under a redaction cannot be told apart.
            visible.insert(it.key(), boxes.isEmpty() ? it->text : QString());
        }
    }
    return visible;
}

} // namespace

Result<Rendering> renderExhibit(const ExhibitPlan &e, const QString &folder,
    const std::atomic_bool *cancel, const std::function<void(int, int)> &progress)
{
    {
        QFile original(e.blobPath);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!original.open(QIODevice::ReadOnly) || !hash.addData(&original)
            || QString::fromLatin1(hash.result().toHex()) != e.sha256)
            return Error::library(
                Text::tr("The stored original of %1 is missing or was altered (its "
                         "SHA-256 no longer matches); run `library check`.")
                    .arg(e.label()));
    }
    Redactor redactor(e.blobPath);
    redactor.setBoxes(e.boxes);
    redactor.setCancelFlag(cancel);
    redactor.setProgress(progress);
    Rendering r;
    const bool pdf = redactor.sourceIsPdf();
    r.fileName = e.neutralName + (pdf ? u".pdf"_s : u".png"_s);
    r.mediaType = pdf ? u"application/pdf"_s : u"image/png"_s;
    r.path = QDir(folder).filePath(r.fileName);
    if (auto st = redactor.saveRedacted(r.path); !st.ok())
        return Error::input(Text::tr("%1 cannot be rendered for a teaching copy: %2")
                                .arg(e.label(), st.error().message));
    QFile file(r.path);
    if (!file.open(QIODevice::ReadWrite))
        return Error::io(Text::tr("Cannot read back %1: %2").arg(r.fileName, file.errorString()));
    QByteArray bytes = file.readAll();
    if (!(pdf ? scrubPdfMetadata(bytes) : scrubPngMetadata(bytes)))
        return Error::input(
            Text::tr("%1: the rendering's metadata cannot be removed.").arg(e.label()));
    file.resize(0);
    if (file.write(bytes) != bytes.size() || !file.flush())
        return Error::io(Text::tr("Cannot write %1: %2").arg(r.fileName, file.errorString()));
    r.sha256 = sha256Of(bytes);
    r.size = bytes.size();
    r.pages = pdf ? int(e.pages.size()) : 1;
    if (pdf)
        if (auto doc = PdfDocument::fromData(bytes); doc.ok())
            r.pages = doc.value()->pageCount();
    r.visibleText = visibleTextOf(e);
    return r;
}

QStringList renderingLeaks(const ExhibitPlan &e, const Rendering &r, const Pseudonyms &pseudonyms)
{
    QStringList leaks;
    QFile file(r.path);
    if (!file.open(QIODevice::ReadOnly))
        return { Text::tr("%1: the rendering cannot be read back").arg(e.label()) };
    const QByteArray bytes = file.readAll();
    for (const Identifier &id : pseudonyms.identifiers()) {
        QByteArray be, le;
        for (const QChar c : id.text) {
            be += char(c.unicode() >> 8), be += char(c.unicode() & 0xff);
            le += char(c.unicode() & 0xff), le += char(c.unicode() >> 8);
        }
        if (bytes.contains(id.text.toUtf8()) || bytes.contains(be) || bytes.contains(le))
            leaks << Text::tr("%1 file %2: %3").arg(e.label(), r.fileName, id.text);
    }
    if (r.mediaType == u"application/pdf"_s) {
        if (auto doc = PdfDocument::fromData(bytes); doc.ok()) {
            for (int i = 0; i < doc.value()->pageCount(); ++i) {
                const auto text = doc.value()->pageText(i);
                if (const QString leak = pseudonyms.leakIn(text.ok() ? text.value() : QString());
                    !leak.isEmpty())
                    leaks << Text::tr("%1 page %2 text layer: %3")
                                 .arg(e.label())
                                 .arg(i + 1)
                                 .arg(leak);
            }
        }
    }
    return leaks;
}

bool scrubPdfMetadata(QByteArray &pdf)
{
    if (!pdf.startsWith("%PDF-"))
        return false;
    const auto blank = [&pdf](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            if (pdf[i] != '\n' && pdf[i] != '\r')
                pdf[i] = ' ';
    };
    const auto objectSpan = [&pdf](const QByteArray &number) -> std::pair<qsizetype, qsizetype> {
        const QRegularExpression head(u"(?:^|[\\r\\n])%1 0 obj"_s.arg(QString::fromLatin1(number)));
        const auto m = head.match(QString::fromLatin1(pdf));
        if (!m.hasMatch())
            return { -1, -1 };
        const qsizetype end = pdf.indexOf("endobj", m.capturedEnd());
        return { m.capturedEnd(), end };
    };
    const QString latin = QString::fromLatin1(pdf);
    static const QRegularExpression info(u"/Info\\s+(\\d+)\\s+0\\s+R"_s);
    for (auto it = info.globalMatch(latin); it.hasNext();) {
        const auto [from, to] = objectSpan(it.next().captured(1).toLatin1());
        const qsizetype open = from < 0 ? -1 : pdf.indexOf("<<", from);
        const qsizetype close = to < 0 ? -1 : pdf.lastIndexOf(">>", to);
        if (open < 0 || close <= open)
            return false;
        blank(open + 2, close);
    }
    static const QRegularExpression metadata(u"/Metadata\\s+(\\d+)\\s+0\\s+R"_s);
    for (auto it = metadata.globalMatch(latin); it.hasNext();) {
        const auto m = it.next();
        const auto [from, to] = objectSpan(m.captured(1).toLatin1());
        const qsizetype stream = from < 0 ? -1 : pdf.indexOf("stream", from);
        const qsizetype end = to < 0 ? -1 : pdf.lastIndexOf("endstream", to);
        if (stream < 0 || end <= stream)
            return false;
        blank(stream + 6, end);
        blank(m.capturedStart(), m.capturedEnd()); // the catalog no longer points at it
    }
    return true;
}

bool scrubPngMetadata(QByteArray &png)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (!png.startsWith(signature))
        return false;
    static const QList<QByteArray> keep { "IHDR", "PLTE", "tRNS", "IDAT", "IEND" };
    QByteArray out = signature;
    qsizetype at = signature.size();
    while (at + 12 <= png.size()) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + at);
        if (length > quint32(png.size() - at - 12))
            return false;
        const QByteArray type = png.mid(at + 4, 4);
        if (keep.contains(type))
            out += png.mid(at, 12 + qsizetype(length));
        at += 12 + qsizetype(length);
        if (type == "IEND")
            break;
    }
    if (!out.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8)))
        return false;
    png = out;
    return true;
}

} // namespace habeas::teaching
