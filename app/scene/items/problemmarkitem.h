#pragma once

// The mark of an entity that has problems (the Problems panel): an outline around its item and a
// badge ("!" on a disc, in the severity's colour) at its top-right corner, whose tooltip lists
// the problems; the item's own tooltip gets the same list. A child of the item it marks; it
// decides nothing: the scene gives it a severity and the text.

#include "core/base/diagnostic.h"
#include "scene/items/sceneitem.h"

#include <QGraphicsItem>

namespace hopscope::app {

// What the scene is told about one entity.
struct ProblemMark
{
    QString id;                          // an entity id ("svc/default/web", "pod/…", "node/…")
    Severity severity = Severity::Error; // the worst of its problems
    QString text;                        // the problems, one per line (for the tooltips)
    friend bool operator==(const ProblemMark &, const ProblemMark &) = default;
};

class ProblemMarkItem final : public QGraphicsItem
{
public:
    enum { Type = QGraphicsItem::UserType + 40 };

    ProblemMarkItem(SceneItem *marked, const ProblemMark &mark);
    ~ProblemMarkItem() override;

    int type() const override { return Type; }
    const ProblemMark &mark() const { return m_mark; }
    void setMark(const ProblemMark &mark);
    // Takes the problems out of the marked item's tooltip (before the mark is deleted while
    // the item stays; an item that goes takes its mark with it).
    void unmark();
    // Follows the marked item's size (after the scene synced it).
    void refit();
    // Where the badge is, in the item's coordinates (tests click or hover it).
    QRectF badgeRect() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override; // the badge only: the item below keeps its hovers
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static QColor colorFor(Severity s);

private:
    void applyTooltip();
    void removeTooltip();

    SceneItem *m_marked;
    ProblemMark m_mark;
    QRectF m_target;        // the marked item's rectangle
    QString m_tooltipAdded; // what was appended to the marked item's tooltip
};

} // namespace hopscope::app
