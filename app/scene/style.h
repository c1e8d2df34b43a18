#pragma once

// The visual language of the scene (DESIGN.md, "Visual language"): one place for colours, fonts
// and the glyphs (laptop, cloud, socket) so that the window and `hopscope render` draw alike.

#include "core/model/cluster.h"
#include "core/base/diagnostic.h"

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QRectF>

class QPainter;

namespace hopscope::app::style {

// Themes: every colour below is read from the current theme's palette, so a theme change is a
// repaint (ClusterScene::restyle()). Light is the default and what `hopscope render` draws.
enum class Theme { Light, Dark, HighContrast };
void setTheme(Theme theme);
Theme theme();
QString themeKey(Theme theme); // "light", "dark", "high-contrast" (stable, for settings)
Theme themeFromKey(const QString &key, Theme fallback = Theme::Light);

// Presentation: texts and strokes grow by this factor (1 = normal). Scene items get a milder
// share of it (their boxes are laid out for the normal sizes); the painted packet, its labels
// and the panels get all of it.
void setScale(qreal factor);
qreal scale();
qreal stroke(qreal width); // a pen width, thicker in high contrast and presentation

// Okabe–Ito, a colour-blind-safe palette. Every Service type has a fixed colour; vermillion is
// kept for failures only.
inline constexpr QRgb OkabeOrange = 0xE69F00;
inline constexpr QRgb OkabeSkyBlue = 0x56B4E9;
inline constexpr QRgb OkabeGreen = 0x009E73;
inline constexpr QRgb OkabeYellow = 0xF0E442;
inline constexpr QRgb OkabeBlue = 0x0072B2;
inline constexpr QRgb OkabeVermillion = 0xD55E00;
inline constexpr QRgb OkabePurple = 0xCC79A7;

QColor serviceColor(ServiceType type);
QColor failureColor();
QColor severityColor(Severity s); // problems: error vermillion, warning orange, info blue
QColor systemColor(); // kube-system objects: subdued grey
QColor ink();         // main text
QColor mutedInk();    // secondary text
QColor sceneBackground();
QColor clusterFill();
QColor nodeHeaderFill();
QColor podNetworkFill();
QColor podBorder();
QColor surface();         // the white card: node body, pod, legend
QColor systemFill();      // a kube-system pod's card
QColor frameBorder();     // the cluster frame
QColor nodeHeaderText();  // on nodeHeaderFill
QColor nodeHeaderMuted(); // the node address on nodeHeaderFill
QColor podNetworkText();  // "10.244.1.0/24 · cni0 …" on podNetworkFill
QColor summaryFill();     // a node seen from far away
QColor shadow();
QColor halo();        // outlines that keep lines readable over the drawing
QColor labelFill();   // the packet's address label
QColor replyColor();  // the reply's path
QColor packetColor(); // the packet glyph and the lit-up hop
QColor tunnelColor(); // the VXLAN tube's outline
QColor tunnelFill();
// Panels: the rule trail and the current rule, changed header fields, failure and reply rows.
QColor markFill();
QColor markStrongFill();
QColor markText();
QColor failureRowFill();
QColor replyRowFill();
// Text colour that reads on a fill of this colour (black on orange, white on blue).
QColor textOn(const QColor &fill);

enum class Font {
    Summary,    // a node seen from far away: its name, large
    FrameTitle, // "Cluster"
    NodeTitle,  // node name in the header band
    Title,      // service and pod names
    Body,       // addresses, ports
    Small,      // flannel.1, counts
    Badge,      // "ClusterIP" on a service
};
// Pixel sizes in scene units: at 1:1 nothing is smaller than 11 pt (15 px at 96 dpi). Grows a
// little with scale() (see setScale()).
const QFont &font(Font role);
// The same font at the full scale(), for texts painted in device pixels (the packet's label).
QFont overlayFont(Font role, int basePixelSize = 0);

// Glyphs, drawn into `r` with the current pen and brush chosen here.
void drawLaptop(QPainter *p, const QRectF &r, const QColor &color);
QPainterPath cloudPath(const QRectF &r);
void drawSocket(QPainter *p, const QRectF &r, const QColor &color, const QString &label,
                bool system);
// A rounded label pill ("ClusterIP"): returns its width.
qreal drawBadge(QPainter *p, const QPointF &topLeft, qreal height, const QString &text,
                const QColor &fill);
qreal badgeWidth(const QString &text, qreal height);

} // namespace hopscope::app::style
