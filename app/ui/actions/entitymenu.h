#pragma once

// The context menu on the scene: finds the entity under the pointer (a pod, a node or a
// Service; a NodePort socket, the cloud and selector edges stand for their Service) and lets
// each tool add its actions for that entity to one menu. The what-if edits
// (WhatIfActions::fillMenu) are one filler; "Send request from here" and its kin are another:
//
//     menus->addFiller([actions](QMenu *menu, const QString &id) { actions->fillMenu(menu, id); });
//
// Fillers run in the order they were added, with a separator between the groups they add.

#include <QObject>
#include <QString>

#include <functional>

class QGraphicsItem;
class QMenu;
class QPoint;
class QWidget;

namespace hopscope::app {

class ClusterView;

class EntityContextMenu final : public QObject
{
    Q_OBJECT
public:
    using Filler = std::function<void(QMenu *menu, const QString &entityId)>;

    // Watches the view's viewport for context-menu requests.
    explicit EntityContextMenu(ClusterView *view);

    void addFiller(Filler filler);

    // The entity a scene item stands for ("pod/…" — the first of a collapsed group —,
    // "node/…", "svc/…", "client"); empty for anything else (the frame, the legend).
    static QString entityOf(const QGraphicsItem *item);
    // The entity under a point of the view's viewport.
    QString entityAt(const QPoint &viewportPos) const;
    // The menu every filler fills for the entity; null when none adds anything. The caller
    // owns it.
    QMenu *menuFor(const QString &entityId, QWidget *parent = nullptr) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ClusterView *m_view;
    QList<Filler> m_fillers;
};

} // namespace hopscope::app
