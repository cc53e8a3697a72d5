#pragma once

#include "evidence/annotationstore.h"

#include <QHash>
#include <QImage>
#include <QScrollArea>

class QLineEdit;

namespace habeas {

class PageCanvas;

// One page on screen: the rendered image at the zoom asked for, scroll bars and drag to pan,
// the exhibit's regions painted over it, and the tools that draw new ones. Knows nothing of
// where the pixels come from; rectangles go in and out as fractions of the page.
class PageView final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageView)

public:
    enum class Tool { Browse, Highlight, Redact };
    enum class Fit { None, Width, Page };

    explicit PageView(QWidget *parent = nullptr);
    ~PageView() override;

    // The page's size at 100%, in device-independent pixels. Clears image, regions and hits.
    void setPage(const QSizeF &size);
    QSizeF pageSize() const { return m_page; }
    // Any resolution: a placeholder is stretched until the sharp render replaces it.
    void setImage(const QImage &image);
    QImage image() const;
    void setRegions(const QList<Annotation> &regions);
    void setHits(const QList<QRectF> &fractions);
    QList<QRectF> hits() const;
    QList<Annotation> regions() const;
    // The clinic's review: the open comments on each region (by annotation id), shown as a
    // ✎N badge at the region's top-right corner and as the region's tooltip.
    void setRegionNotes(const QHash<qint64, QStringList> &notes);
    // What hovering the canvas at pos (canvas coordinates) shows: the topmost region's note
    // and review comments; empty off every region.
    QString toolTipAt(const QPointF &pos) const;

    double zoom() const { return m_zoom; }
    void setZoom(double zoom); // leaves fitting
    void zoomIn();
    void zoomOut();
    Fit fit() const { return m_fit; }
    void setFit(Fit fit);

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    qint64 selectedRegion() const;
    void selectRegion(qint64 id);

    QWidget *canvas() const;
    // The inline editor that asks for a new highlight's note; visible while one is pending.
    QLineEdit *noteEdit() const;

    static constexpr double kMinZoom = 0.1;
    static constexpr double kMaxZoom = 8.0;

signals:
    void zoomChanged(double zoom);
    // A rectangle drawn with a tool, and for a highlight the note typed for it.
    void regionDrawn(Annotation::Kind kind, const QRectF &fraction, const QString &note);
    void selectionChanged(qint64 id);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    friend class PageCanvas;
    void applyZoom(double zoom);
    void applyFit();
    void finishDrawing(const QRectF &fraction);

    PageCanvas *m_canvas;
    QSizeF m_page;
    double m_zoom = 1.0;
    Fit m_fit = Fit::Width;
    Tool m_tool = Tool::Browse;
};

} // namespace habeas
