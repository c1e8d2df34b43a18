#include "scene/style.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace hopscope::app::style {

namespace {

struct Palette
{
    QColor background, clusterFill, frameBorder, surface, systemFill, nodeHeader, nodeHeaderText,
        nodeHeaderMuted, podNetwork, podNetworkText, ink, mutedInk, system, podBorder, summaryFill,
        shadow, halo, labelFill, reply, packet, tunnel, tunnelFill, mark, markStrong, markText,
        failureRow, replyRow, clusterIP, nodePort, loadBalancer, externalName, failure;
    qreal strokeScale = 1;
};

Palette lightPalette()
{
    Palette p;
    p.background = QColor(QRgb(0xFFFFFF));
    p.clusterFill = QColor(QRgb(0xF4F6F8));
    p.frameBorder = QColor(QRgb(0xC3CBD4));
    p.surface = QColor(QRgb(0xFFFFFF));
    p.systemFill = QColor(QRgb(0xF3F4F6));
    p.nodeHeader = QColor(QRgb(0x333D47));
    p.nodeHeaderText = QColor(QRgb(0xFFFFFF));
    p.nodeHeaderMuted = QColor(QRgb(0xDDE3EA));
    p.podNetwork = QColor(QRgb(0xE4F2FB));
    p.podNetworkText = QColor(QRgb(0x0B4F71));
    p.ink = QColor(QRgb(0x1F262E));
    p.mutedInk = QColor(QRgb(0x555E68));
    p.system = QColor(QRgb(0x8A8F96));
    p.podBorder = QColor(OkabeSkyBlue).darker(125);
    p.summaryFill = QColor(QRgb(0xE9EEF3));
    p.shadow = QColor(0, 0, 0, 22);
    p.halo = QColor(QRgb(0xFFFFFF));
    p.labelFill = QColor(255, 255, 255, 235);
    p.reply = QColor(OkabePurple).darker(115);
    p.packet = QColor(OkabeYellow);
    p.tunnel = QColor(OkabeBlue);
    p.tunnelFill = QColor(OkabeSkyBlue).lighter(140);
    p.mark = QColor(OkabeYellow).lighter(150);
    p.markStrong = QColor(OkabeYellow);
    p.markText = p.ink;
    p.failureRow = QColor(QRgb(0xFBE3D6));
    p.replyRow = QColor(QRgb(0xF6ECF2));
    p.clusterIP = QColor(OkabeBlue);
    p.nodePort = QColor(OkabeGreen);
    p.loadBalancer = QColor(OkabeOrange);
    p.externalName = QColor(OkabePurple);
    p.failure = QColor(OkabeVermillion);
    return p;
}

Palette darkPalette()
{
    Palette p;
    p.background = QColor(QRgb(0x15191E));
    p.clusterFill = QColor(QRgb(0x1D232A));
    p.frameBorder = QColor(QRgb(0x4F5B68));
    p.surface = QColor(QRgb(0x272E36));
    p.systemFill = QColor(QRgb(0x2C3138));
    p.nodeHeader = QColor(QRgb(0x44515F));
    p.nodeHeaderText = QColor(QRgb(0xFFFFFF));
    p.nodeHeaderMuted = QColor(QRgb(0xD5DDE6));
    p.podNetwork = QColor(QRgb(0x183A50));
    p.podNetworkText = QColor(QRgb(0xA8DAF7));
    p.ink = QColor(QRgb(0xE8EDF2));
    p.mutedInk = QColor(QRgb(0xAEB8C3));
    p.system = QColor(QRgb(0x86909B));
    p.podBorder = QColor(OkabeSkyBlue);
    p.summaryFill = QColor(QRgb(0x2A323B));
    p.shadow = QColor(0, 0, 0, 110);
    p.halo = QColor(QRgb(0x15191E));
    p.labelFill = QColor(0x27, 0x2E, 0x36, 240);
    p.reply = QColor(OkabePurple).lighter(110);
    p.packet = QColor(OkabeYellow);
    p.tunnel = QColor(OkabeSkyBlue);
    p.tunnelFill = QColor(QRgb(0x1E5274));
    p.mark = QColor(QRgb(0x4D4716));
    p.markStrong = QColor(QRgb(0x7A6E00));
    p.markText = QColor(QRgb(0xFFFFFF));
    p.failureRow = QColor(QRgb(0x4F2614));
    p.replyRow = QColor(QRgb(0x40293A));
    // The same hues, lifted so that they read on a dark ground.
    p.clusterIP = QColor(QRgb(0x3A9FE0));
    p.nodePort = QColor(QRgb(0x14B887));
    p.loadBalancer = QColor(OkabeOrange);
    p.externalName = QColor(OkabePurple);
    p.failure = QColor(QRgb(0xF06B1E));
    return p;
}

Palette highContrastPalette()
{
    // For a projector: black on white, no pale greys, saturated colours, thick strokes.
    Palette p;
    p.background = QColor(QRgb(0xFFFFFF));
    p.clusterFill = QColor(QRgb(0xFFFFFF));
    p.frameBorder = QColor(QRgb(0x000000));
    p.surface = QColor(QRgb(0xFFFFFF));
    p.systemFill = QColor(QRgb(0xFFFFFF));
    p.nodeHeader = QColor(QRgb(0x000000));
    p.nodeHeaderText = QColor(QRgb(0xFFFFFF));
    p.nodeHeaderMuted = QColor(QRgb(0xFFFFFF));
    p.podNetwork = QColor(QRgb(0xC4E4F9));
    p.podNetworkText = QColor(QRgb(0x00283F));
    p.ink = QColor(QRgb(0x000000));
    p.mutedInk = QColor(QRgb(0x262626));
    p.system = QColor(QRgb(0x404040));
    p.podBorder = QColor(QRgb(0x00507D));
    p.summaryFill = QColor(QRgb(0xFFFFFF));
    p.shadow = QColor(0, 0, 0, 0);
    p.halo = QColor(QRgb(0xFFFFFF));
    p.labelFill = QColor(QRgb(0xFFFFFF));
    p.reply = QColor(QRgb(0xA3005E));
    p.packet = QColor(QRgb(0xFFD500));
    p.tunnel = QColor(QRgb(0x004F9E));
    p.tunnelFill = QColor(QRgb(0x96CFF4));
    p.mark = QColor(QRgb(0xFFEA70));
    p.markStrong = QColor(QRgb(0xFFD500));
    p.markText = QColor(QRgb(0x000000));
    p.failureRow = QColor(QRgb(0xFFC4A8));
    p.replyRow = QColor(QRgb(0xF6C6E2));
    p.clusterIP = QColor(QRgb(0x005C99));
    p.nodePort = QColor(QRgb(0x00774F));
    p.loadBalancer = QColor(QRgb(0xD68A00));
    p.externalName = QColor(QRgb(0xAA3A7A));
    p.failure = QColor(QRgb(0xC73B00));
    p.strokeScale = 1.7;
    return p;
}

Theme g_theme = Theme::Light;
qreal g_scale = 1.0;
bool g_fontsDirty = true;

const Palette &pal()
{
    static const Palette light = lightPalette();
    static const Palette dark = darkPalette();
    static const Palette contrast = highContrastPalette();
    switch (g_theme) {
    case Theme::Dark:
        return dark;
    case Theme::HighContrast:
        return contrast;
    case Theme::Light:
        break;
    }
    return light;
}

} // namespace

void setTheme(Theme theme)
{
    g_theme = theme;
    g_fontsDirty = true;
}
Theme theme()
{
    return g_theme;
}

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
    case Theme::Light:
        break;
    }
    return QStringLiteral("light");
}

Theme themeFromKey(const QString &key, Theme fallback)
{
    for (Theme t : {Theme::Light, Theme::Dark, Theme::HighContrast})
        if (key == themeKey(t))
            return t;
    return fallback;
}

void setScale(qreal factor)
{
    g_scale = std::clamp(factor, 0.5, 4.0);
    g_fontsDirty = true;
}
qreal scale()
{
    return g_scale;
}
qreal stroke(qreal width)
{
    return width * pal().strokeScale * (1 + (g_scale - 1) * 0.5);
}

QColor serviceColor(ServiceType type)
{
    switch (type) {
    case ServiceType::ClusterIP:
        return pal().clusterIP;
    case ServiceType::NodePort:
        return pal().nodePort;
    case ServiceType::LoadBalancer:
        return pal().loadBalancer;
    case ServiceType::ExternalName:
        return pal().externalName;
    }
    return pal().clusterIP;
}

QColor severityColor(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QColor(OkabeVermillion);
    case Severity::Warning:
        return QColor(OkabeOrange);
    case Severity::Info:
        break;
    }
    return QColor(OkabeBlue);
}

QColor failureColor()
{
    return pal().failure;
}
QColor systemColor()
{
    return pal().system;
}
QColor ink()
{
    return pal().ink;
}
QColor mutedInk()
{
    return pal().mutedInk;
}
QColor sceneBackground()
{
    return pal().background;
}
QColor clusterFill()
{
    return pal().clusterFill;
}
QColor nodeHeaderFill()
{
    return pal().nodeHeader;
}
QColor podNetworkFill()
{
    return pal().podNetwork;
}
QColor podBorder()
{
    return pal().podBorder;
}
QColor surface()
{
    return pal().surface;
}
QColor systemFill()
{
    return pal().systemFill;
}
QColor frameBorder()
{
    return pal().frameBorder;
}
QColor nodeHeaderText()
{
    return pal().nodeHeaderText;
}
QColor nodeHeaderMuted()
{
    return pal().nodeHeaderMuted;
}
QColor podNetworkText()
{
    return pal().podNetworkText;
}
QColor summaryFill()
{
    return pal().summaryFill;
}
QColor shadow()
{
    return pal().shadow;
}
QColor halo()
{
    return pal().halo;
}
QColor labelFill()
{
    return pal().labelFill;
}
QColor replyColor()
{
    return pal().reply;
}
QColor packetColor()
{
    return pal().packet;
}
QColor tunnelColor()
{
    return pal().tunnel;
}
QColor tunnelFill()
{
    return pal().tunnelFill;
}
QColor markFill()
{
    return pal().mark;
}
QColor markStrongFill()
{
    return pal().markStrong;
}
QColor markText()
{
    return pal().markText;
}
QColor failureRowFill()
{
    return pal().failureRow;
}
QColor replyRowFill()
{
    return pal().replyRow;
}

QColor textOn(const QColor &fill)
{
    // Relative luminance (sRGB approximation): dark text on light fills, whatever the theme.
    const qreal l = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return l > 0.5 ? QColor(QRgb(0x1F262E)) : QColor(Qt::white);
}

namespace {

QFont makeFont(Font role, qreal factor)
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
    // A projector washes thin strokes out: regular text gets heavier in high contrast.
    if (g_theme == Theme::HighContrast && f.weight() < QFont::DemiBold)
        f.setWeight(QFont::DemiBold);
    if (factor != 1.0)
        f.setPixelSize(int(std::lround(f.pixelSize() * factor)));
    return f;
}

constexpr int FontCount = int(Font::Badge) + 1;

} // namespace

const QFont &font(Font role)
{
    // Built after QApplication exists and again after a theme or scale change: items ask for
    // fonts on every paint. The scene's boxes are laid out for the normal sizes, so scene text
    // grows by a quarter of the scale (1.5 → 1.125) and elides where it must.
    static std::array<QFont, FontCount> fonts;
    if (g_fontsDirty) {
        for (int i = 0; i < FontCount; ++i)
            fonts[i] = makeFont(Font(i), 1 + (g_scale - 1) * 0.25);
        g_fontsDirty = false;
    }
    return fonts[int(role)];
}

QFont overlayFont(Font role, int basePixelSize)
{
    QFont f = makeFont(role, 1.0);
    const int base = basePixelSize > 0 ? basePixelSize : f.pixelSize();
    f.setPixelSize(int(std::lround(base * g_scale)));
    return f;
}

void drawLaptop(QPainter *p, const QRectF &r, const QColor &color)
{
    p->save();
    const qreal w = r.width();
    const qreal h = r.height();
    // Screen: the top 70 %, with a bezel; base: a trapezoid below it.
    const QRectF screen(r.left() + w * 0.14, r.top(), w * 0.72, h * 0.7);
    p->setPen(QPen(color, stroke(3), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(surface());
    p->drawRoundedRect(screen, 6, 6);
    p->setBrush(podNetworkFill());
    p->setPen(Qt::NoPen);
    p->drawRoundedRect(screen.adjusted(7, 7, -7, -7), 3, 3);
    QPolygonF base;
    base << QPointF(r.left() + w * 0.08, r.top() + h * 0.76)
         << QPointF(r.right() - w * 0.08, r.top() + h * 0.76) << QPointF(r.right(), r.bottom())
         << QPointF(r.left(), r.bottom());
    p->setPen(QPen(color, stroke(3), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(theme() == Theme::Dark ? color.darker(160) : color.lighter(160));
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
    p->setPen(QPen(edge.darker(115), stroke(2.5)));
    p->setBrush(surface());
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
