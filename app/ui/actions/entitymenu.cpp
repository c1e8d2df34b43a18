#include "ui/actions/entitymenu.h"

#include "scene/clusterview.h"
#include "scene/layout.h"
#include "scene/items/poditem.h"
#include "scene/items/sceneitem.h"

#include <QContextMenuEvent>
#include <QMenu>

#include <memory>

namespace hopscope::app {

EntityContextMenu::EntityContextMenu(ClusterView *view) : QObject(view), m_view(view)
{
    m_view->viewport()->installEventFilter(this);
}

void EntityContextMenu::addFiller(Filler filler)
{
    m_fillers << std::move(filler);
}

QString EntityContextMenu::entityOf(const QGraphicsItem *item)
{
    for (; item; item = item->parentItem()) {
        if (item->type() < ClusterFrameItemType || item->type() > LegendItemType)
            continue;
        if (const auto *pod = qgraphicsitem_cast<const PodItem *>(item))
            return pod->podIds().value(0);
        const QString key = static_cast<const SceneItem *>(item)->hoverKey();
        if (key.startsWith(u"node/") || key.startsWith(u"svc/") || key.startsWith(u"pod/") ||
            key == clientId())
            return key;
    }
    return QString();
}

QString EntityContextMenu::entityAt(const QPoint &viewportPos) const
{
    const QList<QGraphicsItem *> items = m_view->items(viewportPos); // topmost first
    for (const QGraphicsItem *item : items) {
        const QString id = entityOf(item);
        if (!id.isEmpty())
            return id;
    }
    return QString();
}

QMenu *EntityContextMenu::menuFor(const QString &entityId, QWidget *parent) const
{
    if (entityId.isEmpty())
        return nullptr;
    auto menu = std::make_unique<QMenu>(parent);
    for (const Filler &fill : m_fillers) {
        const qsizetype before = menu->actions().size();
        if (before > 0)
            menu->addSeparator();
        fill(menu.get(), entityId);
        if (menu->actions().size() == before + (before > 0 ? 1 : 0) && before > 0)
            menu->removeAction(menu->actions().constLast()); // that filler added nothing
    }
    if (menu->actions().isEmpty())
        return nullptr;
    return menu.release();
}

bool EntityContextMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu || watched != m_view->viewport())
        return QObject::eventFilter(watched, event);
    auto *e = static_cast<QContextMenuEvent *>(event);
    std::unique_ptr<QMenu> menu(menuFor(entityAt(e->pos()), m_view));
    if (!menu)
        return false;
    menu->exec(e->globalPos());
    return true;
}

} // namespace hopscope::app
