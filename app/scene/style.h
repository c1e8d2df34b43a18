#pragma once

// The visual language of the scene (DESIGN.md, "Visual language"): one place for colours, fonts
// and the glyphs (laptop, cloud, socket) so that the window and `hopscope render` draw alike.

#include "core/cluster.h"

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QRectF>

class QPainter;

namespace hopscope::app::style {

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
QColor systemColor(); // kube-system objects: subdued grey
QColor ink();         // main text
QColor mutedInk();    // secondary text
QColor sceneBackground();
QColor clusterFill();
QColor nodeHeaderFill();
QColor podNetworkFill();
QColor podBorder();
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
// Pixel sizes in scene units: at 1:1 nothing is smaller than 11 pt (15 px at 96 dpi).
const QFont &font(Font role);

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
