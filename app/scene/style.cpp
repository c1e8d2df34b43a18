#include "scene/style.h"

#include <QFontMetricsF>
#include <QPainter>

namespace hopscope::app::style {

QColor serviceColor(ServiceType type)
{
    switch (type) {
    case ServiceType::ClusterIP:
        return QColor(OkabeBlue);
    case ServiceType::NodePort:
        return QColor(OkabeGreen);
    case ServiceType::LoadBalancer:
        return QColor(OkabeOrange);
    case ServiceType::ExternalName:
        return QColor(OkabePurple);
    }
    return QColor(OkabeBlue);
}

QColor failureColor()
{
    return QColor(OkabeVermillion);
}
QColor systemColor()
{
    return QColor(0x8A, 0x8F, 0x96);
}
QColor ink()
{
    return QColor(0x1F, 0x26, 0x2E);
}
QColor mutedInk()
{
    return QColor(0x55, 0x5E, 0x68);
}
QColor sceneBackground()
{
    return QColor(0xFF, 0xFF, 0xFF);
}
QColor clusterFill()
{
    return QColor(0xF4, 0xF6, 0xF8);
}
QColor nodeHeaderFill()
{
    return QColor(0x33, 0x3D, 0x47);
}
QColor podNetworkFill()
{
    return QColor(0xE4, 0xF2, 0xFB);
}
QColor podBorder()
{
    return QColor(OkabeSkyBlue).darker(125);
}

QColor textOn(const QColor &fill)
{
    // Relative luminance (sRGB approximation): dark text on light fills.
    const qreal l = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return l > 0.5 ? ink() : QColor(Qt::white);
}

namespace {

QFont makeFont(Font role)
{
    QFont f;
    // Noto Sans CJK has Latin and Hangul in one face, so Korean names match the rest.
    f.setFamilies({QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans"),
                   QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setHintingPreference(QFont::PreferNoHinting);
    switch (role) {
    case Font::Summary:
        f.setPixelSize(44);
        f.setWeight(QFont::Bold);
        break;
    case Font::FrameTitle:
        f.setPixelSize(20);
        f.setWeight(QFont::Bold);
        break;
    case Font::NodeTitle:
        f.setPixelSize(20);
        f.setWeight(QFont::Bold);
        break;
    case Font::Title:
        f.setPixelSize(16);
        f.setWeight(QFont::Bold);
        break;
    case Font::Body:
        f.setPixelSize(16);
        break;
    case Font::Small:
        f.setPixelSize(15);
        break;
    case Font::Badge:
        f.setPixelSize(15);
        f.setWeight(QFont::Bold);
        break;
    }
    return f;
}

} // namespace

const QFont &font(Font role)
{
    // Built once (after QApplication exists): items ask for fonts on every paint.
    static const QFont fonts[] = {makeFont(Font::Summary),   makeFont(Font::FrameTitle),
                                  makeFont(Font::NodeTitle), makeFont(Font::Title),
                                  makeFont(Font::Body),      makeFont(Font::Small),
                                  makeFont(Font::Badge)};
    return fonts[int(role)];
}

void drawLaptop(QPainter *p, const QRectF &r, const QColor &color)
{
    p->save();
    const qreal w = r.width();
    const qreal h = r.height();
    // Screen: the top 70 %, with a bezel; base: a trapezoid below it.
    const QRectF screen(r.left() + w * 0.14, r.top(), w * 0.72, h * 0.7);
    p->setPen(QPen(color, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(QColor(Qt::white));
    p->drawRoundedRect(screen, 6, 6);
    p->setBrush(QColor(OkabeSkyBlue).lighter(150));
    p->setPen(Qt::NoPen);
    p->drawRoundedRect(screen.adjusted(7, 7, -7, -7), 3, 3);
    QPolygonF base;
    base << QPointF(r.left() + w * 0.08, r.top() + h * 0.76)
         << QPointF(r.right() - w * 0.08, r.top() + h * 0.76) << QPointF(r.right(), r.bottom())
         << QPointF(r.left(), r.bottom());
    p->setPen(QPen(color, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(color.lighter(160));
    p->drawPolygon(base);
    p->restore();
}

QPainterPath cloudPath(const QRectF &r)
{
    // Four overlapping circles on a flat base, united into one outline.
    const qreal w = r.width();
    const qreal h = r.height();
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    path.addRoundedRect(QRectF(r.left(), r.top() + h * 0.45, w, h * 0.55), h * 0.27, h * 0.27);
    path.addEllipse(QRectF(r.left() + w * 0.08, r.top() + h * 0.25, w * 0.36, h * 0.6));
    path.addEllipse(QRectF(r.left() + w * 0.28, r.top(), w * 0.44, h * 0.75));
    path.addEllipse(QRectF(r.left() + w * 0.55, r.top() + h * 0.2, w * 0.36, h * 0.6));
    return path.simplified();
}

void drawSocket(QPainter *p, const QRectF &r, const QColor &color, const QString &label,
                bool system)
{
    p->save();
    const QColor edge = system ? systemColor() : color;
    p->setPen(QPen(edge.darker(115), 2.5));
    p->setBrush(QColor(Qt::white));
    p->drawRoundedRect(r, r.height() / 2, r.height() / 2);
    // The plug hole: a small filled circle on the left, so the glyph reads as a socket.
    const qreal d = r.height() * 0.42;
    const QRectF hole(r.left() + r.height() * 0.32, r.center().y() - d / 2, d, d);
    p->setPen(Qt::NoPen);
    p->setBrush(edge);
    p->drawEllipse(hole);
    p->setFont(font(Font::Badge));
    p->setPen(ink());
    const QRectF text = r.adjusted(hole.right() - r.left() + 2, 0, -4, 0);
    p->drawText(text, Qt::AlignCenter, label);
    p->restore();
}

qreal badgeWidth(const QString &text, qreal height)
{
    return QFontMetricsF(font(Font::Badge)).horizontalAdvance(text) + height * 0.9;
}

qreal drawBadge(QPainter *p, const QPointF &topLeft, qreal height, const QString &text,
                const QColor &fill)
{
    const qreal w = badgeWidth(text, height);
    const QRectF r(topLeft, QSizeF(w, height));
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawRoundedRect(r, height / 2, height / 2);
    p->setFont(font(Font::Badge));
    p->setPen(textOn(fill));
    p->drawText(r, Qt::AlignCenter, text);
    p->restore();
    return w;
}

} // namespace hopscope::app::style
