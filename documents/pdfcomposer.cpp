#include "pdfcomposer.h"

#include "checkeddevice.h"
#include "pdflayout.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace habeas {

using doc::PdfLayout;

struct PdfComposer::Writer {
    explicit Writer(QIODevice *device)
        : pdf(device)
    {
    }
    QPdfWriter pdf;
    QPainter painter;
};

PdfComposer::PdfComposer(QIODevice *out)
    : m_device(std::make_unique<doc::CheckedDevice>(out))
{
    m_device->open(QIODevice::WriteOnly);
    m_writer = std::make_unique<Writer>(m_device.get());
    m_writer->pdf.setResolution(PdfLayout::dpi);
    m_writer->pdf.setCreator(u"Habeas"_s);
    m_writer->pdf.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
}

PdfComposer::~PdfComposer()
{
    // The painter must end before its QPdfWriter goes; that writes the trailer, unchecked:
    // callers learn about errors from finish().
    if (m_writer->painter.isActive())
        m_writer->painter.end();
}

void PdfComposer::setTitle(const QString &title)
{
    m_writer->pdf.setTitle(title);
}

void PdfComposer::setPageNumbers(bool on)
{
    m_pageNumbers = on;
}

Status PdfComposer::failure() const
{
    if (m_device->failed())
        return Error::io(
            QCoreApplication::translate("habeas::Documents", "Writing the PDF failed: %1")
                .arg(m_device->failure()));
    if (m_finished)
        return Error::input(QCoreApplication::translate(
            "habeas::Documents", "The PDF is already finished; no page can be added."));
    return {};
}

Result<QPainter *> PdfComposer::startPage(const QSizeF &sizePt)
{
    if (Status bad = failure(); !bad.ok())
        return bad.error();
    const QPageSize size =
        sizePt.isEmpty() ? QPageSize(QPageSize::A4) : QPageSize(sizePt, QPageSize::Point);
    // A page size set between pages applies to the next one.
    m_writer->pdf.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF()));
    QPainter &painter = m_writer->painter;
    if (!painter.isActive()) {
        if (!painter.begin(&m_writer->pdf))
            return Error::io(
                QCoreApplication::translate("habeas::Documents", "The PDF cannot be started: %1")
                    .arg(m_device->failed() ? m_device->failure() : m_device->errorString()));
    } else if (!m_writer->pdf.newPage()) {
        return Error::io(
            QCoreApplication::translate("habeas::Documents", "The PDF cannot get a new page."));
    }
    ++m_pages;
    painter.resetTransform();
    return &painter;
}

Status PdfComposer::finishPage(const QSizeF &paperDots, double textBottom, const QString &stamp)
{
    QPainter *painter = &m_writer->painter;
    if (!stamp.isEmpty())
        PdfLayout::paintStamp(painter, paperDots, stamp);
    if (m_pageNumbers)
        PdfLayout::paintPageNumber(painter, paperDots, textBottom, m_pages);
    return failure();
}

Result<int> PdfComposer::appendDocument(const doc::Document &document, const QString &stamp)
{
    const PdfLayout layout(document);
    const QSizeF paper = PdfLayout::a4Dots();
    const double textBottom = paper.height() - PdfLayout::dotsFromMm(document.page.bottomMm);
    for (int i = 0; i < layout.pageCount(); ++i) {
        auto painter = startPage({});
        if (!painter.ok())
            return painter.error();
        layout.paintPage(*painter, i);
        if (Status done = finishPage(paper, textBottom, stamp); !done.ok())
            return done.error();
    }
    return layout.pageCount();
}

Status PdfComposer::appendImage(const QImage &image, const QString &stamp)
{
    if (image.isNull())
        return Error::input(QCoreApplication::translate(
            "habeas::Documents", "The image for the PDF page is empty or unreadable."));
    auto painter = startPage({});
    if (!painter.ok())
        return painter.error();
    const doc::PageSetup margins;
    const QSizeF paper = PdfLayout::a4Dots();
    const QRectF block(
        QPointF(PdfLayout::dotsFromMm(margins.leftMm), PdfLayout::dotsFromMm(margins.topMm)),
        QPointF(paper.width() - PdfLayout::dotsFromMm(margins.rightMm),
            paper.height() - PdfLayout::dotsFromMm(margins.bottomMm)));
    QSizeF fitted = QSizeF(image.size()).scaled(block.size(), Qt::KeepAspectRatio);
    QRectF target(QPointF(), fitted);
    target.moveCenter(block.center());
    (*painter)->setRenderHint(QPainter::SmoothPixmapTransform);
    (*painter)->drawImage(target, image);
    return finishPage(paper, block.bottom(), stamp);
}

Status PdfComposer::appendPage(const QSizeF &sizePt, const QImage &image, const QString &stamp)
{
    if (sizePt.width() < 1 || sizePt.height() < 1 || image.isNull())
        return Error::input(QCoreApplication::translate(
            "habeas::Documents", "The exhibit page is empty or has no size."));
    auto painter = startPage(sizePt);
    if (!painter.ok())
        return painter.error();
    const QSizeF paper(
        PdfLayout::dotsFromPt(sizePt.width()), PdfLayout::dotsFromPt(sizePt.height()));
    (*painter)->setRenderHint(QPainter::SmoothPixmapTransform);
    (*painter)->drawImage(QRectF(QPointF(), paper), image);
    // The exhibit fills its page: the number goes in the last 10 mm.
    return finishPage(paper, paper.height() - PdfLayout::dotsFromMm(17), stamp);
}

Status PdfComposer::finish()
{
    if (Status bad = failure(); !bad.ok())
        return bad;
    if (m_pages == 0)
        return Error::input(
            QCoreApplication::translate("habeas::Documents", "The PDF has no pages."));
    m_writer->painter.end();
    m_device->close();
    if (m_device->failed())
        return failure();
    m_finished = true;
    return {};
}

} // namespace habeas
