// The evidence bundle 证据材料: its pages, the list's 页码 against where each exhibit really
// starts, redactions burned in, cancelling; pages rendered on several threads written in order,
// the same bytes on one thread as on many.

#include "demo/demolibrary.h"
#include "documentregister.h"
#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "evidencebundle.h"
#include "filingcontext.h"
#include "pdfwriter.h"
#include "storage/auditlog.h"
#include "storage/storagebackend.h"
#include "templateregistry.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

bool haveTools()
{
    for (const char *tool : { "pdfinfo", "pdftotext", "pdftoppm" })
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return false;
    return true;
}

QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120'000) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

QString pdfText(const QString &pdf, int first, int last, bool layout = false)
{
    QStringList args { u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(first), u"-l"_s,
        QString::number(last) };
    if (layout)
        args << u"-layout"_s;
    return QString::fromUtf8(run(u"pdftotext"_s, args << pdf << u"-"_s));
}

int pdfPages(const QString &pdf)
{
    const QString info = QString::fromUtf8(run(u"pdfinfo"_s, { pdf }));
    const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// Page sizes in points, from 1.
QList<QSizeF> pdfPageSizes(const QString &pdf, int pages)
{
    const QString info = QString::fromUtf8(
        run(u"pdfinfo"_s, { u"-f"_s, u"1"_s, u"-l"_s, QString::number(pages), pdf }));
    QList<QSizeF> sizes;
    const QRegularExpression re(u"Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"_s);
    for (auto it = re.globalMatch(info); it.hasNext();) {
        const auto m = it.next();
        sizes << QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
    }
    return sizes;
}

// The PDF's SHA-256 with its /CreationDate masked: QPdfWriter stamps the time of writing, the
// one part of the file that may differ between two runs on the same input.
QByteArray contentHash(const QByteArray &pdf)
{
    QByteArray masked = pdf;
    const QByteArray key = "/CreationDate (D:";
    for (qsizetype at = masked.indexOf(key); at >= 0; at = masked.indexOf(key, at + 1))
        for (qsizetype i = at + key.size(); i < masked.size() && masked.at(i) != ')'; ++i)
            masked[i] = '0';
    return QCryptographicHash::hash(masked, QCryptographicHash::Sha256).toHex();
}

// Renders page (from 1) small and returns the colour at its centre.
QColor centreColour(const QString &pdf, int page, const QString &prefix)
{
    run(u"pdftoppm"_s,
        { u"-r"_s, u"20"_s, u"-png"_s, u"-f"_s, QString::number(page), u"-l"_s,
            QString::number(page), u"-singlefile"_s, pdf, prefix });
    const QImage image(prefix + u".png"_s);
    return image.isNull() ? QColor() : image.pixelColor(image.width() / 2, image.height() / 2);
}

bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) < 40 && qAbs(a.green() - b.green()) < 40
        && qAbs(a.blue() - b.blue()) < 40;
}

} // namespace

class TstBundle final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void bundlePagesMatchTheList();
    void cancelLeavesNothing();
    void registerRecordsTheDocument();
    void pagesKeepTheirOrderOnManyThreads();
    void sameBytesOnOneThreadAndMany();
    void cancelMidRenderLeavesNothing();
    void previewStopsAtItsPageLimit();

private:
    QString addImage(const QString &name, const QColor &colour);
    QString addTwoPagePdf();
    // A PDF of one A5 page per colour, each filled with it.
    QString addColourPdf(const QString &name, const QList<QColor> &colours);
    // Adds, after the four exhibits of init(), a large image and two PDFs of distinct pages;
    // returns the colour of every exhibit page at its centre, in bundle order.
    QList<QColor> addColourExhibits();
    qint64 import(const QString &file, int group, const QString &title);

    std::unique_ptr<TempLibrary> m_lib;
    qint64 m_case = 0;
    QList<qint64> m_exhibits;
};

void TstBundle::init()
{
    pinClock();
    m_lib = std::make_unique<TempLibrary>();
    QVERIFY(m_lib->library);
    auto id = addDemoCase(*m_lib->library);
    QVERIFY(id.ok());
    m_case = id.value();
    removeDemoEvidence(*m_lib->library, m_case);
    m_exhibits.clear();
    // The image's proportions are the text block's (156 × 225 mm), so it fills the block.
    m_exhibits << import(addImage(u"a.png"_s, Qt::red), 1, u"强制填写页面截图"_s);
    m_exhibits << import(addImage(u"b.png"_s, Qt::green), 1, u"隐私政策截图"_s);
    m_exhibits << import(addImage(u"c.png"_s, Qt::blue), 1, u"营销短信截图"_s);
    m_exhibits << import(addTwoPagePdf(), 2, u"账户信息页面"_s);
    for (qint64 exhibit : std::as_const(m_exhibits))
        QVERIFY(exhibit > 0);
    Annotation box;
    box.evidenceId = m_exhibits.first();
    box.kind = Annotation::Kind::Redaction;
    box.rect = QRectF(0.25, 0.25, 0.5, 0.5);
    QVERIFY(m_lib->library->annotations().add(box).ok());
}

QString TstBundle::addImage(const QString &name, const QColor &colour)
{
    QImage image(624, 900, QImage::Format_RGB32);
    image.fill(colour);
    const QString path = m_lib->dir.filePath(name);
    return image.save(path) ? path : QString();
}

QString TstBundle::addTwoPagePdf()
{
    // A5 landscape pages: the bundle must keep them at their own size.
    const QString path = m_lib->dir.filePath(u"exhibit.pdf"_s);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setPageOrientation(QPageLayout::Landscape);
    QPainter painter(&writer);
    painter.fillRect(QRect(0, 0, 400, 400), Qt::darkYellow);
    writer.newPage();
    painter.fillRect(QRect(0, 0, 400, 400), Qt::darkCyan);
    painter.end();
    return path;
}

QString TstBundle::addColourPdf(const QString &name, const QList<QColor> &colours)
{
    const QString path = m_lib->dir.filePath(name);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A5));
    QPainter painter(&writer);
    for (qsizetype i = 0; i < colours.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.fillRect(QRect(0, 0, writer.width(), writer.height()), colours.at(i));
    }
    painter.end();
    return path;
}

QList<QColor> TstBundle::addColourExhibits()
{
    // A large screenshot first, so that it tends to finish after the small pages behind it.
    QImage big(2000, 2900, QImage::Format_RGB32);
    big.fill(Qt::magenta);
    const QString bigPath = m_lib->dir.filePath(u"big.png"_s);
    big.save(bigPath);
    const QList<QColor> first { Qt::yellow, Qt::cyan, Qt::darkGreen, Qt::darkBlue, Qt::darkRed };
    const QList<QColor> second { Qt::gray, Qt::darkMagenta, QColor(255, 128, 0) };
    import(bigPath, 3, u"大图截图"_s);
    import(addColourPdf(u"first.pdf"_s, first), 3, u"五页材料"_s);
    import(addColourPdf(u"second.pdf"_s, second), 3, u"三页材料"_s);
    // init(): red (redacted: black at the centre), green, blue, then the two-page PDF (its
    // colour only in a corner: white at the centre).
    QList<QColor> colours { Qt::black, Qt::green, Qt::blue, Qt::white, Qt::white };
    return colours << QColor(Qt::magenta) << first << second;
}

qint64 TstBundle::import(const QString &file, int group, const QString &title)
{
    EvidenceRecord meta;
    meta.group = group;
    meta.title = title;
    meta.purpose = u"证明被告收集个人信息"_s;
    const ImportOutcome outcome = m_lib->library->evidence().importFile(m_case, file, meta);
    if (outcome.kind != ImportOutcome::Kind::Imported)
        qWarning("import failed: %s", qPrintable(outcome.message));
    return outcome.id;
}

void TstBundle::bundlePagesMatchTheList()
{
    if (!haveTools())
        QSKIP("poppler-utils is not installed");
    const TemplateRegistry registry;
    auto plan = planEvidenceBundle(*m_lib->library, m_case, registry, false);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan->exhibits.size(), 4);
    QVERIFY(plan->coverPages >= 1);
    QVERIFY(plan->listPages >= 1);
    const QString path = m_lib->dir.filePath(u"bundle.pdf"_s);
    int lastProgress = 0;
    BundleWriteOptions options;
    options.progress = [&](int done, int total) {
        QCOMPARE(total, plan->pageCount);
        QVERIFY(done >= lastProgress);
        lastProgress = done;
    };
    const auto written = saveEvidenceBundle(plan.value(), path, options);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));

    // cover + list + three images + the PDF's two pages.
    const int front = plan->coverPages + plan->listPages;
    QCOMPARE(pdfPages(path), front + 3 + 2);
    QCOMPARE(written.value(), front + 5);
    QCOMPARE(lastProgress, front + 5);
    QVERIFY(pdfText(path, 1, 1).contains(u"证据材料"_s));
    QVERIFY(pdfText(path, plan->coverPages + 1, plan->coverPages + 1).contains(u"证据目录"_s));

    // The 页码 column, read back from the printed list, against where each stamp really is.
    const QStringList listLines = pdfText(path, plan->coverPages + 1, front, true).split(u'\n');
    const QStringList numbers { u"证据1-1"_s, u"证据1-2"_s, u"证据1-3"_s, u"证据2-1"_s };
    const QRegularExpression range(u"(\\d+)(?:-(\\d+))?\\s*$"_s);
    for (const QString &number : numbers) {
        QString row;
        for (const QString &line : listLines)
            if (line.contains(number))
                row = line;
        QVERIFY2(!row.isEmpty(), qPrintable(number));
        const auto m = range.match(row);
        QVERIFY2(m.hasMatch(), qPrintable(row));
        const int first = m.captured(1).toInt();
        const int last = m.captured(2).isEmpty() ? first : m.captured(2).toInt();
        QCOMPARE(last - first + 1, number == u"证据2-1"_s ? 2 : 1);
        for (int page = front + 1; page <= front + 5; ++page) {
            const bool stamped = pdfText(path, page, page).contains(number);
            QVERIFY2(stamped == (page == first),
                qPrintable(u"%1 on page %2, list says %3"_s.arg(number).arg(page).arg(first)));
        }
    }

    // The PDF exhibit keeps its own page size (A5 landscape ≈ 595 × 420 pt); images are A4.
    const QList<QSizeF> sizes = pdfPageSizes(path, front + 5);
    QCOMPARE(sizes.size(), front + 5);
    QVERIFY(qAbs(sizes.at(front).width() - 595.3) < 2); // the first image: A4
    QVERIFY(qAbs(sizes.at(front + 3).width() - 595.3) < 2); // A5 landscape: 595 × 420
    QVERIFY(qAbs(sizes.at(front + 3).height() - 419.5) < 2);

    // The redaction box is black in the middle of the red screenshot; red around it.
    const QString prefix = m_lib->dir.filePath(u"page"_s);
    run(u"pdftoppm"_s,
        { u"-r"_s, u"50"_s, u"-png"_s, u"-f"_s, QString::number(front + 1), u"-l"_s,
            QString::number(front + 1), u"-singlefile"_s, path, prefix });
    const QImage page(prefix + u".png"_s);
    QVERIFY(!page.isNull());
    const doc::PageSetup margins;
    const auto at = [&](double xFraction, double yFraction) {
        const double xMm = margins.leftMm + xFraction * (210 - margins.leftMm - margins.rightMm);
        const double yMm = margins.topMm + yFraction * (297 - margins.topMm - margins.bottomMm);
        return page.pixelColor(int(xMm / 210 * page.width()), int(yMm / 297 * page.height()));
    };
    const QColor centre = at(0.5, 0.5);
    QVERIFY2(
        centre.red() < 40 && centre.green() < 40 && centre.blue() < 40, qPrintable(centre.name()));
    const QColor edge = at(0.1, 0.1);
    QVERIFY2(edge.red() > 200 && edge.green() < 60, qPrintable(edge.name()));
}

void TstBundle::cancelLeavesNothing()
{
    const TemplateRegistry registry;
    auto plan = planEvidenceBundle(*m_lib->library, m_case, registry, false);
    QVERIFY(plan.ok());
    std::atomic_bool cancel = false;
    BundleWriteOptions options;
    options.cancel = &cancel;
    options.progress = [&](int done, int) {
        if (done > plan->coverPages + plan->listPages)
            cancel = true;
    };
    const QString path = m_lib->dir.filePath(u"cancelled.pdf"_s);
    const auto written = saveEvidenceBundle(plan.value(), path, options);
    QVERIFY(!written.ok());
    QVERIFY(written.error().message.contains(u"cancelled"_s));
    QVERIFY(!QFile::exists(path));
}

void TstBundle::registerRecordsTheDocument()
{
    const TemplateRegistry registry;
    const QString path = m_lib->dir.filePath(u"list.pdf"_s);
    auto list = buildDocument(*m_lib->library, m_case, u"evidence-list"_s, registry, false);
    QVERIFY(list.ok());
    QVERIFY(savePdf(list.value(), path).ok());
    DocumentRegister documents(*m_lib->library);
    const auto recorded = documents.record(
        m_case, u"evidence-list"_s, u"pdf"_s, path, QString::fromLatin1(sha256Of(path)), false);
    QVERIFY2(recorded.ok(), recorded.ok() ? "" : qPrintable(recorded.error().message));
    QVERIFY(m_lib->library->blobs().has(recorded->sha256));
    const auto listed = documents.list(m_case);
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().templateId, u"evidence-list"_s);
    QCOMPARE(listed->first().sha256, QString::fromLatin1(sha256Of(path)));
    const auto audit = m_lib->library->audit().list(m_case);
    QVERIFY(audit.ok());
    const auto generated = std::find_if(audit->cbegin(), audit->cend(),
        [](const AuditEntry &e) { return e.action == u"document.generate"_s; });
    QVERIFY(generated != audit->cend());
    QCOMPARE(generated->entityId, recorded->id);
    // A file that changed since it was written is refused.
    QVERIFY(!documents.record(m_case, u"evidence-list"_s, u"pdf"_s, path, QString(64, u'0'), false)
                 .ok());
    QCOMPARE(documents.list(m_case)->size(), 1);
}

void TstBundle::pagesKeepTheirOrderOnManyThreads()
{
    if (!haveTools())
        QSKIP("poppler-utils is not installed");
    const QList<QColor> colours = addColourExhibits();
    auto plan = planEvidenceBundle(*m_lib->library, m_case, TemplateRegistry(), false);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
    const int front = plan->coverPages + plan->listPages;
    QCOMPARE(plan->pageCount, front + colours.size());
    BundleWriteOptions options;
    options.threads = 4; // more workers than this machine may have cores: pages finish out of turn
    int lastProgress = 0;
    options.progress = [&](int done, int) {
        // On this thread, in order: the cover and the list at once, then page by page.
        QVERIFY(done > lastProgress);
        QVERIFY(done <= front || done == lastProgress + 1);
        lastProgress = done;
    };
    const QString path = m_lib->dir.filePath(u"parallel.pdf"_s);
    const auto written = saveEvidenceBundle(plan.value(), path, options);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QCOMPARE(written.value(), plan->pageCount);
    QCOMPARE(lastProgress, plan->pageCount);
    QCOMPARE(pdfPages(path), plan->pageCount);
    const QString prefix = m_lib->dir.filePath(u"order"_s);
    for (int i = 0; i < colours.size(); ++i) {
        const QColor seen = centreColour(path, front + 1 + i, prefix);
        QVERIFY2(near(seen, colours.at(i)),
            qPrintable(u"page %1: %2, expected %3"_s.arg(front + 1 + i)
                           .arg(seen.name(), colours.at(i).name())));
    }
    // Each exhibit's stamp is on its first page, where the list says it starts.
    for (const BundleExhibit &e : plan->exhibits)
        QVERIFY2(pdfText(path, e.firstPage, e.firstPage).contains(e.number), qPrintable(e.number));
}

void TstBundle::sameBytesOnOneThreadAndMany()
{
    addColourExhibits();
    auto plan = planEvidenceBundle(*m_lib->library, m_case, TemplateRegistry(), false);
    QVERIFY(plan.ok());
    QByteArrayList hashes;
    for (int threads : { 1, 4, 2 }) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        BundleWriteOptions options;
        options.threads = threads;
        const auto written = writeEvidenceBundle(plan.value(), &out, options);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QCOMPARE(written.value(), plan->pageCount);
        QVERIFY(out.data().startsWith("%PDF-"));
        hashes << contentHash(out.data());
    }
    for (const QByteArray &hash : std::as_const(hashes))
        QCOMPARE(hash, hashes.first());
}

void TstBundle::cancelMidRenderLeavesNothing()
{
    addColourExhibits();
    auto plan = planEvidenceBundle(*m_lib->library, m_case, TemplateRegistry(), false);
    QVERIFY(plan.ok());
    // Cancelled while the five-page PDF is half written: pages behind it are in flight.
    const BundleExhibit &fivePages = plan->exhibits.at(plan->exhibits.size() - 2);
    QCOMPARE(fivePages.pages, 5);
    std::atomic_bool cancel = false;
    BundleWriteOptions options;
    options.threads = 4;
    options.cancel = &cancel;
    int lastProgress = 0;
    options.progress = [&](int done, int) {
        lastProgress = done;
        if (done == fivePages.firstPage + 1)
            cancel = true;
    };
    const QStringList before = QDir(m_lib->dir.path()).entryList(QDir::Files);
    const QString path = m_lib->dir.filePath(u"cancelled-mid.pdf"_s);
    const auto written = saveEvidenceBundle(plan.value(), path, options);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(u"cancelled"_s), qPrintable(written.error().message));
    QCOMPARE(lastProgress, fivePages.firstPage + 1); // not one page more was written
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_lib->dir.path()).entryList(QDir::Files), before); // no temporary file either

    // Planning stops too.
    auto cancelledPlan =
        planEvidenceBundle(*m_lib->library, m_case, TemplateRegistry(), false, &cancel);
    QVERIFY(!cancelledPlan.ok());
    QVERIFY(cancelledPlan.error().message.contains(u"cancelled"_s));
}

void TstBundle::previewStopsAtItsPageLimit()
{
    addColourExhibits();
    auto plan = planEvidenceBundle(*m_lib->library, m_case, TemplateRegistry(), false);
    QVERIFY(plan.ok());
    const int front = plan->coverPages + plan->listPages;
    BundleWriteOptions whole;
    QBuffer all;
    all.open(QIODevice::WriteOnly);
    QVERIFY(writeEvidenceBundle(plan.value(), &all, whole).ok());

    // Into the middle of the five-page PDF: the PDF ends there, a complete file.
    BundleWriteOptions preview;
    preview.pageLimit = front + 8;
    int lastProgress = 0;
    preview.progress = [&](int done, int total) {
        QCOMPARE(total, front + 8);
        lastProgress = done;
    };
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const auto written = writeEvidenceBundle(plan.value(), &out, preview);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QCOMPARE(written.value(), front + 8);
    QCOMPARE(lastProgress, front + 8);
    QVERIFY(out.data().trimmed().endsWith("%%EOF"));
    QVERIFY(out.size() < all.size());
    if (!haveTools())
        return;
    const QString path = m_lib->dir.filePath(u"preview.pdf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(out.data());
    file.close();
    QCOMPARE(pdfPages(path), front + 8);
    // Page front + 8: three images, the two-page PDF, the large image, then the five-page
    // PDF's second page.
    QVERIFY(near(centreColour(path, front + 8, m_lib->dir.filePath(u"last"_s)), Qt::cyan));
}

QTEST_MAIN(TstBundle)
#include "tst_bundle.moc"
