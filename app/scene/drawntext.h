#pragma once

// A text the drawing shows, where it is: what the callouts must not cover and what
// `hopscope render --layout-json` reports. Items list their own texts (SceneItem::texts(), in
// item coordinates, the same boxes and elisions their paint() uses); the scene gathers them in
// scene coordinates (ClusterScene::drawnTexts()); the overlay and the caption add theirs.

#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QRectF>
#include <QString>

namespace hopscope::app {

struct DrawnText
{
    enum class Kind { Label, Callout, Caption, Legend };

    Kind kind = Kind::Label;
    QString id;   // the entity ("pod/default/web-…", "legend", "packet", "caption" …)
    QString text; // as shown (elided or not)
    QRectF rect;  // the ink of the text: scene coordinates from the scene, pixels in reports
    bool elided = false;

    static QString kindName(Kind kind);
};

// The rectangle `shown` covers when drawn in `box` with `flags` (alignment) in `font`.
inline QRectF textInBox(const QFont &font, const QRectF &box, int flags, const QString &shown)
{
    if (shown.isEmpty())
        return QRectF();
    return QFontMetricsF(font)
        .boundingRect(box, flags, shown)
        .intersected(box.adjusted(-2, -2, 2, 2));
}

// A DrawnText of a label drawn in `box`: `full` is the text before elision.
inline DrawnText labelText(const QString &id, const QFont &font, const QRectF &box, int flags,
                           const QString &shown, const QString &full = QString())
{
    DrawnText t;
    t.id = id;
    t.text = shown;
    t.rect = textInBox(font, box, flags, shown);
    t.elided = !full.isEmpty() && shown != full;
    return t;
}

} // namespace hopscope::app
