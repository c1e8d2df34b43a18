#pragma once

// The what-if tools of the window: the context-menu actions on scene entities (delete a pod,
// scale its workload, take a node down or bring it up, a Service's policies and type — core's
// whatIfOffers()), undo and redo (Ctrl+Z, Ctrl+Shift+Z) and the history dock (a QUndoView).
// Each action goes through ClusterDocument::applyWhatIf(); what core says about it (the
// replacement pod, the API server's refusal) comes out as message().

#include "core/classroom/whatif.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QDockWidget;
class QMenu;
class QUndoView;
class QWidget;

namespace hopscope::app {

class ClusterDocument;

class WhatIfActions final : public QObject
{
    Q_OBJECT
public:
    WhatIfActions(ClusterDocument *document, QWidget *window);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QDockWidget *historyDock() const { return m_dock; }

    // The context-menu filler (EntityContextMenu::addFiller): the edits offered on the entity.
    void fillMenu(QMenu *menu, const QString &entityId);

    // Asks for a replica count ("Set replicas…"); the default opens an input dialog. Tests
    // replace it.
    using ReplicaPrompt = std::function<std::optional<int>(const QString &workload, int current)>;
    void setReplicaPrompt(ReplicaPrompt prompt) { m_prompt = std::move(prompt); }

    // The language changed: undo/redo are made again (their "Undo %1" prefix is fixed when
    // made — the window's menus are rebuilt after this), the dock's title and the history's
    // names (core's WhatIf::title()) are said again.
    void retranslate();

    // Applies an edit; false when core refused it or it changes nothing.
    bool apply(const hopscope::WhatIf &change);

Q_SIGNALS:
    // One line for the status bar: what the edit did, or why it was refused.
    void message(const QString &text);

private:
    ClusterDocument *m_document;
    QWidget *m_window;
    QAction *m_undo;
    QAction *m_redo;
    QDockWidget *m_dock;
    QUndoView *m_view;
    ReplicaPrompt m_prompt;
};

} // namespace hopscope::app
