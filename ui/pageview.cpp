#include "pageview.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace habeas {

// The page itself, sized to the zoom; paints the image and the regions, and turns mouse
// drags into pans or new rectangles depending on the tool.
class PageCanvas final : public QWidget {
    PageView *m_view; // first: the note editor below is made knowing it

public:
    explicit PageCanvas(PageView *view)
        : QWidget(view)
        , m_view(view)
        , m_note(new QLineEdit(this))
    {
        setMouseTracking(false);
        m_note->hide();
        m_note->setPlaceholderText(PageView::tr("Note for this highlight — Enter to add"));
        m_note->installEventFilter(this);
        connect(m_note, &QLineEdit::returnPressed, this, [this] {
            const QRectF pending = m_pending;
            const QString note = m_note->text().trimmed();
            cancelPending();
            emit m_view->regionDrawn(Annotation::Kind::Highlight, pending, note);
        });
    }

    QImage m_image;
    QList<Annotation> m_regions;
    QHash<qint64, QStringList> m_notes; // open review comments by annotation id
    QList<QRectF> m_hits;
    qint64 m_selected = 0;
    QRectF m_pending; // a highlight waiting for its note, in fractions
    QLineEdit *m_note;

    QRectF toCanvas(const QRectF &f) const
    {
        return QRectF(
            f.x() * width(), f.y() * height(), f.width() * width(), f.height() * height());
    }
    QRectF toFraction(const QRectF &r) const
    {
        const QRectF clipped = r.normalized().intersected(QRectF(rect()));
        return QRectF(clipped.x() / width(), clipped.y() / height(), clipped.width() / width(),
            clipped.height() / height());
    }

    void askForNote(const QRectF &fraction)
    {
        m_pending = fraction;
        const QRectF r = toCanvas(fraction);
        const int w = std::clamp(int(r.width()), 200, std::max(200, width()));
        const int x = std::clamp(int(r.left()), 0, std::max(0, width() - w));
        const int y =
            std::min(int(r.bottom()) + 4, std::max(0, height() - m_note->sizeHint().height()));
        m_note->setGeometry(x, y, w, m_note->sizeHint().height());
        m_note->clear();
        m_note->show();
        m_note->setFocus();
        update();
    }
    void cancelPending()
    {
        m_pending = QRectF();
        m_note->hide();
        update();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_note && event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            cancelPending();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), Qt::white);
        if (!m_image.isNull()) {
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.drawImage(QRectF(rect()), m_image);
        }
        p.setRenderHint(QPainter::Antialiasing);
        for (const Annotation &a : std::as_const(m_regions)) {
            const QRectF r = toCanvas(a.rect);
            if (a.kind == Annotation::Kind::Redaction) {
                // Hatched, not filled: the user still sees what the exported copy will hide.
                p.setPen(QPen(Qt::black, 2));
                p.setBrush(QBrush(Qt::black, Qt::BDiagPattern));
            } else {
                p.setPen(QPen(QColor(0xc8, 0x9b, 0x00), 1));
                p.setBrush(QColor(0xff, 0xdd, 0x00, 90));
            }
            p.drawRect(r);
            if (a.id == m_selected) {
                p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(-3, -3, 3, 3));
            }
            drawBadge(
                p, r.topLeft(), QString::number(a.region), a.kind == Annotation::Kind::Redaction);
            if (const auto notes = m_notes.constFind(a.id); notes != m_notes.cend())
                drawReviewBadge(p, r.topRight(), int(notes->size()));
        }
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xff, 0x80, 0x00, 110));
        for (const QRectF &hit : std::as_const(m_hits))
            p.drawRect(toCanvas(hit));
        const QRectF drawing = m_dragging && m_view->tool() != PageView::Tool::Browse
            ? QRectF(m_pressPos, m_dragPos).normalized()
            : (m_pending.isNull() ? QRectF() : toCanvas(m_pending));
        if (!drawing.isNull()) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(drawing);
        }
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() != Qt::LeftButton)
            return QWidget::mousePressEvent(event);
        if (!m_pending.isNull())
            cancelPending();
        m_dragging = true;
        m_pressPos = m_dragPos = event->position();
        m_pressGlobal = event->globalPosition();
        m_pressScroll =
            QPoint(m_view->horizontalScrollBar()->value(), m_view->verticalScrollBar()->value());
        if (m_view->tool() == PageView::Tool::Browse)
            setCursor(Qt::ClosedHandCursor);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (!m_dragging)
            return;
        m_dragPos = event->position();
        if (m_view->tool() == PageView::Tool::Browse) {
            // Pan: the page follows the hand.
            const QPointF delta = event->globalPosition() - m_pressGlobal;
            m_view->horizontalScrollBar()->setValue(m_pressScroll.x() - int(delta.x()));
            m_view->verticalScrollBar()->setValue(m_pressScroll.y() - int(delta.y()));
        }
        update();
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (!m_dragging || event->button() != Qt::LeftButton)
            return;
        m_dragging = false;
        unsetCursor();
        m_dragPos = event->position();
        const QRectF drawn = QRectF(m_pressPos, m_dragPos).normalized();
        const bool click = (event->globalPosition() - m_pressGlobal).manhattanLength() < 4;
        if (click || m_view->tool() == PageView::Tool::Browse || drawn.width() < 4
            || drawn.height() < 4) {
            if (click)
                selectAt(m_pressPos);
            update();
            return;
        }
        m_view->finishDrawing(toFraction(drawn));
        update();
    }

public:
    const Annotation *regionAt(const QPointF &pos) const
    {
        // The last painted is on top: search from the end.
        for (auto it = m_regions.crbegin(); it != m_regions.crend(); ++it)
            if (toCanvas(it->rect).adjusted(-2, -2, 2, 2).contains(pos))
                return &*it;
        return nullptr;
    }

    QString toolTipAt(const QPointF &pos) const
    {
        const Annotation *a = regionAt(pos);
        if (!a)
            return {};
        QString tip = a->note;
        if (const QStringList notes = m_notes.value(a->id); !notes.isEmpty())
            tip += (tip.isEmpty() ? QString() : u"\n\n"_s) + PageView::tr("Review comments:")
                + u"\n"_s + notes.join(u"\n"_s);
        return tip;
    }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            if (const QString tip = toolTipAt(help->pos()); !tip.isEmpty())
                QToolTip::showText(help->globalPos(), tip, this);
            else
                QToolTip::hideText();
            return true;
        }
        return QWidget::event(event);
    }

private:
    void selectAt(const QPointF &pos)
    {
        const Annotation *a = regionAt(pos);
        m_view->selectRegion(a ? a->id : 0);
    }

    // ✎N hanging off the region's top-right corner, inside the page.
    void drawReviewBadge(QPainter &p, const QPointF &corner, int count)
    {
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        const QString text = u"\u270e%1"_s.arg(count);
        const QFontMetricsF fm(f);
        const QSizeF size(fm.horizontalAdvance(text) + 8, fm.height() + 2);
        const double x =
            std::clamp(corner.x() - size.width(), 0.0, std::max(0.0, width() - size.width()));
        const double y = std::max(0.0, corner.y() - size.height());
        const QRectF badge(QPointF(x, y), size);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f, 0x6f, 0xc5));
        p.drawRoundedRect(badge, 3, 3);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, text);
    }

    void drawBadge(QPainter &p, const QPointF &at, const QString &text, bool dark)
    {
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        const QFontMetricsF fm(f);
        const QRectF badge(at, QSizeF(fm.horizontalAdvance(text) + 8, fm.height() + 2));
        p.setPen(Qt::NoPen);
        p.setBrush(dark ? QColor(Qt::black) : QColor(0xc8, 0x9b, 0x00));
        p.drawRect(badge);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, text);
    }

    bool m_dragging = false;
    QPointF m_pressPos;
    QPointF m_dragPos;
    QPointF m_pressGlobal;
    QPoint m_pressScroll;
};

PageView::PageView(QWidget *parent)
    : QScrollArea(parent)
    , m_canvas(new PageCanvas(this))
{
    setWidget(m_canvas);
    setWidgetResizable(false);
    setAlignment(Qt::AlignCenter);
    setBackgroundRole(QPalette::Dark);
    setFocusPolicy(Qt::StrongFocus);
}

PageView::~PageView() = default;

QWidget *PageView::canvas() const
{
    return m_canvas;
}

QLineEdit *PageView::noteEdit() const
{
    return m_canvas->m_note;
}

void PageView::setPage(const QSizeF &size)
{
    m_page = size;
    m_canvas->m_image = QImage();
    m_canvas->m_regions.clear();
    m_canvas->m_hits.clear();
    m_canvas->m_selected = 0;
    m_canvas->cancelPending();
    if (m_fit != Fit::None)
        applyFit();
    else
        applyZoom(m_zoom);
}

void PageView::setImage(const QImage &image)
{
    m_canvas->m_image = image;
    m_canvas->update();
}

QImage PageView::image() const
{
    return m_canvas->m_image;
}

void PageView::setRegions(const QList<Annotation> &regions)
{
    m_canvas->m_regions = regions;
    const bool stillThere = std::any_of(regions.cbegin(), regions.cend(),
        [this](const Annotation &a) { return a.id == m_canvas->m_selected; });
    if (!stillThere && m_canvas->m_selected)
        selectRegion(0);
    m_canvas->update();
}

void PageView::setHits(const QList<QRectF> &fractions)
{
    m_canvas->m_hits = fractions;
    m_canvas->update();
    if (!fractions.isEmpty())
        ensureVisible(int(fractions.first().center().x() * m_canvas->width()),
            int(fractions.first().center().y() * m_canvas->height()), 80, 80);
}

QList<QRectF> PageView::hits() const
{
    return m_canvas->m_hits;
}

QList<Annotation> PageView::regions() const
{
    return m_canvas->m_regions;
}

void PageView::setRegionNotes(const QHash<qint64, QStringList> &notes)
{
    m_canvas->m_notes = notes;
    m_canvas->update();
}

QString PageView::toolTipAt(const QPointF &pos) const
{
    return m_canvas->toolTipAt(pos);
}

void PageView::setZoom(double zoom)
{
    m_fit = Fit::None;
    applyZoom(zoom);
}

void PageView::zoomIn()
{
    setZoom(m_zoom * 1.25);
}

void PageView::zoomOut()
{
    setZoom(m_zoom / 1.25);
}

void PageView::setFit(Fit fit)
{
    m_fit = fit;
    if (fit == Fit::None)
        return;
    applyFit();
}

void PageView::applyFit()
{
    if (m_page.isEmpty())
        return;
    // Leave room for the vertical scroll bar when fitting the width of a tall page.
    const QSize room = maximumViewportSize()
        - QSize(m_fit == Fit::Width ? verticalScrollBar()->sizeHint().width() : 0, 0);
    const double byWidth = (room.width() - 2) / m_page.width();
    const double byHeight = (room.height() - 2) / m_page.height();
    applyZoom(m_fit == Fit::Width ? byWidth : std::min(byWidth, byHeight));
}

void PageView::applyZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const bool changed = !qFuzzyCompare(zoom, m_zoom);
    m_zoom = zoom;
    if (!m_page.isEmpty())
        m_canvas->resize(QSize(std::max(1, int(std::lround(m_page.width() * zoom))),
            std::max(1, int(std::lround(m_page.height() * zoom)))));
    if (changed)
        emit zoomChanged(zoom);
}

void PageView::setTool(Tool tool)
{
    m_tool = tool;
    m_canvas->setCursor(tool == Tool::Browse ? Qt::OpenHandCursor : Qt::CrossCursor);
}

qint64 PageView::selectedRegion() const
{
    return m_canvas->m_selected;
}

void PageView::selectRegion(qint64 id)
{
    if (id == m_canvas->m_selected)
        return;
    m_canvas->m_selected = id;
    m_canvas->update();
    emit selectionChanged(id);
}

void PageView::finishDrawing(const QRectF &fraction)
{
    if (fraction.isEmpty())
        return;
    if (m_tool == Tool::Redact)
        emit regionDrawn(Annotation::Kind::Redaction, fraction, QString());
    else if (m_tool == Tool::Highlight)
        m_canvas->askForNote(fraction);
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (m_fit != Fit::None)
        applyFit();
}

void PageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoom(m_zoom * std::pow(1.25, steps));
        event->accept();
        return;
    }
    QScrollArea::wheelEvent(event);
}

} // namespace habeas
