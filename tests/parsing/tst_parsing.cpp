#include "faildevice.h"
#include "imageprobe.h"
#include "ocr.h"
#include "parsingfixtures.h"
#include "pdfdocument.h"
#include "redaction.h"
#include "thumbnail.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <thread>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

QString pdftotext(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
    if (!p.waitForFinished(30'000))
        return u"<pdftotext failed>"_s;
    return QString::fromUtf8(p.readAllStandardOutput());
}

int darkPixels(const QImage &image, const QRect &area)
{
    int dark = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
    }
    return dark;
}

QRect scaled(const QRectF &normalised, const QSize &size)
{
    return QRectF(normalised.x() * size.width(), normalised.y() * size.height(),
        normalised.width() * size.width(), normalised.height() * size.height())
        .toAlignedRect();
}

} // namespace

class TstParsing final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pdf;
    QList<QList<QRectF>> m_lines;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        installImageAllocationLimit();
        m_pdf = path(u"text.pdf"_s);
        m_lines = writeTextPdf(m_pdf,
            { { u"个人信息保护 Habeas privacy"_s, u"身份证号 SECRETWORD 机密"_s },
                { u"第二页 second page"_s } });
        QCOMPARE(m_lines.size(), 2);
    }

    void pdfReadsPagesAndText()
    {
        PdfDocument::OpenFailure why = PdfDocument::OpenFailure::Unreadable;
        const auto doc = PdfDocument::open(m_pdf, {}, &why);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(why, PdfDocument::OpenFailure::None);
        QCOMPARE(doc.value()->pageCount(), 2);
        const QSizeF a4 = doc.value()->pageSize(0);
        QVERIFY2(qAbs(a4.width() - 595.3) < 1 && qAbs(a4.height() - 841.9) < 1,
            qPrintable(u"%1 x %2"_s.arg(a4.width()).arg(a4.height())));
        const QString first = doc.value()->pageText(0).value();
        QVERIFY2(
            first.contains(u"个人信息保护"_s) && first.contains(u"Habeas"_s), qPrintable(first));
        QVERIFY(!first.contains(u"第二页"_s));
        QVERIFY(doc.value()->pageText(1).value().contains(u"第二页"_s));
        const auto missing = doc.value()->pageText(2);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"Page 3"_s));
        QVERIFY(doc.value()->pageSize(7).isEmpty());
    }

    void pdfFindsPhrasesWhereTheyWereDrawn()
    {
        const auto doc = PdfDocument::open(m_pdf);
        QVERIFY(doc.ok());
        const QSizeF page = doc.value()->pageSize(0);
        const QRectF line = m_lines[0][1];
        const QRectF expected(line.x() * page.width(), line.y() * page.height(),
            line.width() * page.width(), line.height() * page.height());
        const QList<QRectF> hits = doc.value()->findText(0, u"secretword"_s); // any case
        QCOMPARE(hits.size(), 1);
        QVERIFY2(expected.adjusted(-2, -2, 2, 2).contains(hits.first()),
            qPrintable(u"hit %1,%2 %3x%4"_s.arg(hits.first().x())
                           .arg(hits.first().y())
                           .arg(hits.first().width())
                           .arg(hits.first().height())));
        QVERIFY(doc.value()->findText(0, u"第二页"_s).isEmpty());
        QCOMPARE(doc.value()->findText(1, u"第二页"_s).size(), 1);
        bool found = false;
        for (const auto &w : doc.value()->words(0))
            found |= w.text == u"SECRETWORD"_s && expected.adjusted(-2, -2, 2, 2).contains(w.box);
        QVERIFY(found);
    }

    void pdfRendersAndCancels()
    {
        const auto doc = PdfDocument::open(m_pdf);
        QVERIFY(doc.ok());
        const auto image = doc.value()->renderPage(0, 72);
        QVERIFY(image.ok());
        QVERIFY(qAbs(image->width() - 595) <= 1 && qAbs(image->height() - 842) <= 1);
        QVERIFY(darkPixels(image.value(), scaled(m_lines[0][0], image->size())) > 50);
        QCOMPARE(darkPixels(image.value(), QRect(0, 600, 595, 200)), 0);
        const std::atomic_bool cancel { true };
        const auto cancelled = doc.value()->renderPage(0, 72, &cancel);
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.error().message.contains(u"cancelled"_s));
    }

    void pdfRejectsWhatIsNotAPdf()
    {
        QByteArray noise(4096, '\0');
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(noise.data()), 1024);
        const QString fake = path(u"noise.pdf"_s);
        QVERIFY(writeBytes(fake, noise));
        PdfDocument::OpenFailure why = PdfDocument::OpenFailure::None;
        const auto doc = PdfDocument::open(fake, {}, &why);
        QVERIFY(!doc.ok());
        QCOMPARE(why, PdfDocument::OpenFailure::Unreadable);
        QCOMPARE(doc.error().message, u"This is not a PDF, or the PDF is damaged."_s);
        // Cut in half: the trailer and the cross references are gone.
        const QByteArray real = readBytes(m_pdf);
        QVERIFY(!PdfDocument::fromData(real.left(200)).ok());
        QVERIFY(PdfDocument::fromData(real).ok());
        const auto gone = PdfDocument::open(path(u"never-written.pdf"_s), {}, &why);
        QVERIFY(!gone.ok());
        QVERIFY(gone.error().message.contains(u"does not exist"_s));
    }

    void pdfPasswords()
    {
        if (QStandardPaths::findExecutable(u"qpdf"_s).isEmpty())
            QSKIP("qpdf is not installed (scripts/deps.sh test)");
        const QString locked = path(u"locked.pdf"_s);
        QCOMPARE(QProcess::execute(u"qpdf"_s,
                     { u"--encrypt"_s, u"用户"_s, u"owner"_s, u"256"_s, u"--"_s, m_pdf, locked }),
            0);
        PdfDocument::OpenFailure why = PdfDocument::OpenFailure::None;
        auto doc = PdfDocument::open(locked, {}, &why);
        QVERIFY(!doc.ok());
        QCOMPARE(why, PdfDocument::OpenFailure::PasswordRequired);
        QVERIFY(doc.error().message.contains(u"password is required"_s));
        doc = PdfDocument::open(locked, u"guess"_s, &why);
        QVERIFY(!doc.ok());
        QCOMPARE(why, PdfDocument::OpenFailure::WrongPassword);
        QCOMPARE(doc.error().message, u"The password does not open this PDF."_s);
        doc = PdfDocument::open(locked, u"用户"_s, &why);
        QVERIFY(doc.ok());
        QCOMPARE(why, PdfDocument::OpenFailure::None);
        QVERIFY(doc.value()->pageText(0).value().contains(u"个人信息保护"_s));
    }

    void pdfIsUsableFromSeveralThreads()
    {
        // Two documents rendered and read at once: the global mutex keeps Poppler whole.
        std::atomic_int failures { 0 };
        auto work = [&] {
            for (int i = 0; i < 3; ++i) {
                const auto doc = PdfDocument::open(m_pdf);
                if (!doc.ok() || !doc.value()->renderPage(i % 2, 50).ok()
                    || !doc.value()->pageText(0).value().contains(u"Habeas"_s))
                    ++failures;
            }
        };
        std::thread a(work);
        std::thread b(work);
        a.join();
        b.join();
        QCOMPARE(failures.load(), 0);
    }

    void probeReadsTheHeaderOnly()
    {
        const QString png = path(u"shot.png"_s);
        QVERIFY(pattern(300, 200).save(png));
        const auto probe = probeImage(png);
        QVERIFY(probe.ok());
        QCOMPARE(probe->format, QByteArray("png"));
        QCOMPARE(probe->mediaType, u"image/png"_s);
        QCOMPARE(probe->size, QSize(300, 200));
        QVERIFY(!probe->capturedAt.isValid());

        QImage stamped = pattern(40, 30);
        stamped.setText(u"Creation Time"_s, u"2024-06-01T09:15:00+08:00"_s);
        const QString withTime = path(u"stamped.png"_s);
        QVERIFY(stamped.save(withTime));
        const auto timed = probeImage(withTime);
        QVERIFY(timed.ok());
        QCOMPARE(
            timed->capturedAt, QDateTime(QDate(2024, 6, 1), QTime(9, 15), QTimeZone(8 * 3600)));
        QVERIFY(timed->capturedAtHasOffset);
    }

    void exifCaptureTime_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::addColumn<QByteArray>("offset");
        QTest::newRow("big-endian, +08:00") << true << QByteArray("+08:00");
        QTest::newRow("little-endian, -05:30") << false << QByteArray("-05:30");
        QTest::newRow("no offset") << true << QByteArray();
    }

    void exifCaptureTime()
    {
        QFETCH(bool, bigEndian);
        QFETCH(QByteArray, offset);
        const QString jpeg = path(u"exif.jpg"_s);
        QVERIFY(writeBytes(jpeg, jpegWithExif("2024:05:01 10:20:30", offset, bigEndian)));
        const auto probe = probeImage(jpeg);
        QVERIFY2(probe.ok(), qPrintable(probe.ok() ? QString() : probe.error().message));
        QCOMPARE(probe->format, QByteArray("jpeg"));
        QCOMPARE(probe->size, QSize(64, 48));
        const QDate day(2024, 5, 1);
        const QTime time(10, 20, 30);
        if (offset.isEmpty()) {
            QVERIFY(!probe->capturedAtHasOffset);
            QCOMPARE(probe->capturedAt.date(), day);
            QCOMPARE(probe->capturedAt.time(), time);
        } else {
            QVERIFY(probe->capturedAtHasOffset);
            const int seconds = offset == "+08:00" ? 8 * 3600 : -(5 * 3600 + 30 * 60);
            QCOMPARE(probe->capturedAt, QDateTime(day, time, QTimeZone(seconds)));
            QCOMPARE(probe->capturedAt.offsetFromUtc(), seconds);
        }
    }

    void exifParserSurvivesHostileBytes()
    {
        const QByteArray good = jpegWithExif("2024:05:01 10:20:30", "+08:00");
        QVERIFY(habeas::exifCaptureTime(good).time.isValid());
        // Every truncation, and every single byte of the EXIF segment set to 0xFF: offsets
        // and counts then point past the end. Nothing may crash or read out of bounds (the
        // asan preset checks the latter); a damaged date is simply absent.
        for (int n = 0; n < 200; ++n)
            habeas::exifCaptureTime(good.left(n));
        for (int i = 2; i < 140; ++i) {
            QByteArray bad = good;
            bad[i] = char(0xFF);
            habeas::exifCaptureTime(bad);
        }
        QByteArray blank = jpegWithExif("    :  :     :  :  ", "+08:00");
        QVERIFY(!habeas::exifCaptureTime(blank).time.isValid());
        QVERIFY(!habeas::exifCaptureTime(encode(pattern(8, 8), "JPEG")).time.isValid());
    }

    void hugeDeclaredImageIsNeverDecoded()
    {
        const QString bomb = path(u"bomb.png"_s);
        QVERIFY(writeBytes(bomb, pngDeclaring(60000, 60000)));
        QVERIFY(QFileInfo(bomb).size() < 200);
        const auto probe = probeImage(bomb);
        QVERIFY(!probe.ok());
        QVERIFY2(probe.error().message.contains(u"60000 × 60000"_s)
                && probe.error().message.contains(u"100 megapixels"_s),
            qPrintable(probe.error().message));
        const auto thumb = imageThumbnail(bomb);
        QVERIFY(!thumb.ok());
        QVERIFY(thumb.error().message.contains(u"60000"_s));
        Redactor redactor(bomb);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(!redactor.write(&out).ok());
        QCOMPARE(out.size(), 0);
    }

    // Found by fuzz_imageprobe (tests/fuzz/corpus/imageprobe): a PNG whose tEXt chunk declares
    // 2 GB, which libpng allocated while reading the header. Refused before libpng sees it.
    void pngChunkLongerThanTheFileIsRefused()
    {
        const QString found =
            QStringLiteral(HABEAS_FUZZ_CORPUS) + u"/imageprobe/imageprobe-oom-textchunk.png"_s;
        QVERIFY(QFileInfo(found).size() < 200);
        auto probe = probeImage(found);
        QVERIFY(!probe.ok());
        QVERIFY2(probe.error().message.contains(u"damaged"_s), qPrintable(probe.error().message));

        // The same in a well-formed image, before and after its pixels: no probe, no decode.
        const QByteArray png = encode(pattern(40, 30), "PNG");
        const qsizetype idat = png.indexOf("IDAT") - 4;
        const qsizetype iend = png.indexOf("IEND") - 4;
        const QByteArray huge = be32(0x7f000000) + QByteArray("tEXtCreation Time\0", 18);
        for (const qsizetype at : { idat, iend }) {
            const QString bomb = path(u"text-bomb-%1.png"_s.arg(at));
            QVERIFY(writeBytes(bomb, png.left(at) + huge + png.mid(at)));
            probe = probeImage(bomb);
            QVERIFY2(!probe.ok(), qPrintable(bomb));
            QVERIFY(!imageThumbnail(bomb).ok());
        }
        // A text chunk that fits is read as before, and a cut image still probes.
        const QString fits = path(u"text-fits.png"_s);
        QVERIFY(writeBytes(fits,
            png.left(idat) + pngChunk("tEXt", QByteArray("Creation Time\0", 14) + "2024-06-01")
                + png.mid(idat)));
        probe = probeImage(fits);
        QVERIFY(probe.ok());
        QCOMPARE(probe->capturedAt.date(), QDate(2024, 6, 1));
    }

    void truncatedImageIsReportedNotShown()
    {
        const QByteArray png = encode(pattern(400, 300), "PNG");
        const QString cut = path(u"cut.png"_s);
        QVERIFY(writeBytes(cut, png.left(png.size() / 3)));
        QVERIFY(probeImage(cut).ok()); // the header is intact
        const auto thumb = imageThumbnail(cut);
        QVERIFY(!thumb.ok());
        QVERIFY2(thumb.error().message.contains(u"cannot be decoded"_s),
            qPrintable(thumb.error().message));
        QVERIFY(!probeImage(path(u"nothing.png"_s)).ok());
        const QString empty = path(u"empty.png"_s);
        QVERIFY(writeBytes(empty, {}));
        QVERIFY(!probeImage(empty).ok());
    }

    void thumbnails()
    {
        const QString wide = path(u"wide.png"_s);
        QVERIFY(pattern(2000, 1000).save(wide));
        const auto image = thumbnail(wide);
        QVERIFY(image.ok());
        QCOMPARE(image->size(), QSize(256, 128));
        const QString jpeg = path(u"big.jpg"_s);
        QVERIFY(pattern(3000, 1500).save(jpeg, "JPEG"));
        QCOMPARE(imageThumbnail(jpeg)->size(), QSize(256, 128));
        const auto page = thumbnail(m_pdf);
        QVERIFY(page.ok());
        QCOMPARE(page->height(), 256);
        QVERIFY(qAbs(page->width() - 181) <= 1); // A4 is 1 : √2
        QVERIFY(darkPixels(page.value(), page->rect()) > 0);
        const QString out = path(u"thumb.png"_s);
        QVERIFY(savePng(page.value(), out).ok());
        QCOMPARE(QImage(out).size(), page->size());
        QVERIFY(!savePng(page.value(), path(u"no/such/folder/t.png"_s)).ok());
    }

    void redactedImageIsBlackInsideAndUntouchedOutside()
    {
        const QImage original = pattern(200, 100);
        const QString source = path(u"screen.png"_s);
        QVERIFY(original.save(source));
        const QByteArray before = readBytes(source);
        Redactor redactor(source);
        redactor.setBoxes({ { 0, { QRectF(0.25, 0.2, 0.5, 0.5) } } });
        const QString target = path(u"screen-redacted.png"_s);
        const Status st = redactor.saveRedacted(target);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
        QCOMPARE(readBytes(source), before);
        const QImage redacted = QImage(target).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(redacted.size(), original.size());
        const QRect box(50, 20, 100, 50);
        int outsideChanged = 0;
        int insideNotBlack = 0;
        for (int y = 0; y < 100; ++y) {
            for (int x = 0; x < 200; ++x) {
                if (box.contains(x, y))
                    insideNotBlack += redacted.pixel(x, y) != qRgb(0, 0, 0) ? 1 : 0;
                else
                    outsideChanged += redacted.pixel(x, y) != original.pixel(x, y) ? 1 : 0;
            }
        }
        QCOMPARE(insideNotBlack, 0);
        QCOMPARE(outsideChanged, 0);
    }

    void redactedPdfLosesTheWordsKeepsThePages()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext is not installed (poppler-utils)");
        const QRectF secret = m_lines[0][1].adjusted(-0.01, -0.01, 0.01, 0.01);
        Redactor redactor(m_pdf);
        redactor.setBoxes({ { 0, { secret } } });
        redactor.setDpi(100);
        const QString target = path(u"redacted.pdf"_s);
        const Status st = redactor.saveRedacted(target);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));

        const QString before = pdftotext(m_pdf);
        QVERIFY(before.contains(u"SECRETWORD"_s) && before.contains(u"身份证号"_s));
        const QString after = pdftotext(target);
        QVERIFY2(!after.contains(u"SECRETWORD"_s) && !after.contains(u"机密"_s), qPrintable(after));
        QVERIFY(!QString::fromLatin1(readBytes(target)).contains(u"SECRETWORD"_s));

        const auto copy = PdfDocument::open(target);
        QVERIFY(copy.ok());
        QCOMPARE(copy.value()->pageCount(), 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(qAbs(copy.value()->pageSize(i).width() - 595.3) < 1);
            QVERIFY(qAbs(copy.value()->pageSize(i).height() - 841.9) < 1);
        }
        QVERIFY(copy.value()->pageText(0).value().trimmed().isEmpty()); // no text layer
        // What was not redacted is still there to read; the box is solid black.
        const QImage page = copy.value()->renderPage(0, 72).value();
        const QRect box = scaled(m_lines[0][1], page.size()).adjusted(2, 2, -2, -2);
        QCOMPARE(darkPixels(page, box), box.width() * box.height());
        QVERIFY(darkPixels(page, scaled(m_lines[0][0], page.size())) > 50);
        QVERIFY(
            darkPixels(copy.value()->renderPage(1, 72).value(), scaled(m_lines[1][0], page.size()))
            > 50);
    }

    void redactionRefusesBadBoxesAndReportsFailedWrites()
    {
        Redactor redactor(m_pdf);
        redactor.setBoxes({ { 4, { QRectF(0.1, 0.1, 0.2, 0.2) } } });
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto st = redactor.write(&out);
        QVERIFY(!st.ok());
        QVERIFY(st.error().message.contains(u"page 5"_s));
        redactor.setBoxes({ { 0, { QRectF(0.8, 0.8, 0.5, 0.5) } } });
        QVERIFY(!redactor.write(&out).ok());

        redactor.setBoxes({ { 0, { QRectF(0.1, 0.1, 0.2, 0.2) } } });
        redactor.setDpi(72);
        FailDevice full(2000);
        st = redactor.write(&full);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(u"No space left"_s), qPrintable(st.error().message));

        const std::atomic_bool cancel { true };
        redactor.setCancelFlag(&cancel);
        const QString target = path(u"cancelled.pdf"_s);
        QVERIFY(!redactor.saveRedacted(target).ok());
        QVERIFY(!QFileInfo::exists(target));
    }

    void ocrReadsChineseAndEnglish()
    {
        const auto languages = ocrLanguages();
        if (!languages.ok() || !languages->contains(u"chi_sim"_s) || !languages->contains(u"eng"_s))
            QSKIP("tesseract with chi_sim and eng is not installed (scripts/deps.sh test)");
        const auto text = ocrImage(textImage({ u"个人信息保护法"_s, u"Habeas Privacy 2026"_s }));
        QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().message));
        QVERIFY2(text->contains(u"个人信息"_s), qPrintable(text.value()));
        QVERIFY2(
            text->contains(u"Habeas"_s) && text->contains(u"2026"_s), qPrintable(text.value()));
    }

    void ocrSaysWhatIsMissing()
    {
        const QString image = path(u"ocr.png"_s);
        QVERIFY(textImage({ u"Habeas"_s }).save(image));
        OcrOptions noProgram;
        noProgram.program = path(u"no-tesseract-here"_s);
        auto text = ocrFile(image, noProgram);
        QVERIFY(!text.ok());
        QVERIFY2(text.error().message.contains(u"tesseract program is not installed"_s),
            qPrintable(text.error().message));
        if (!ocrLanguages().ok())
            QSKIP("tesseract is not installed");
        OcrOptions noLanguage;
        noLanguage.languages = u"eng+xx_klingon"_s;
        text = ocrFile(image, noLanguage);
        QVERIFY(!text.ok());
        QVERIFY2(text.error().message.contains(u"xx_klingon is not installed"_s),
            qPrintable(text.error().message));
    }
};

QTEST_MAIN(TstParsing)
#include "tst_parsing.moc"
