#include "ui/actions/whatifactions.h"

#include "document/clusterdocument.h"
#include "document/whatifcommand.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>
#include <QUndoView>

namespace hopscope::app {

namespace {

const WorkloadInfo *workloadOf(const Cluster &cluster, const QString &id)
{
    for (const WorkloadInfo &w : cluster.workloads)
        if (w.id == id)
            return &w;
    return nullptr;
}

QString firstMessage(const Diagnostics &problems, Severity severity)
{
    for (const Diagnostic &d : problems)
        if (d.severity == severity)
            return d.message;
    return QString();
}

} // namespace

WhatIfActions::WhatIfActions(ClusterDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window), m_undo(nullptr), m_redo(nullptr),
      m_dock(new QDockWidget(window)), m_view(new QUndoView(document->undoStack(), m_dock))
{
    m_dock->setObjectName(QStringLiteral("whatIfHistory"));
    m_dock->setWidget(m_view);
    m_dock->hide();
    retranslate();

    m_prompt = [this](const QString &workload, int current) -> std::optional<int> {
        bool ok = false;
        const int n = QInputDialog::getInt(
            m_window, tr("Scale"), tr("Replicas of %1:").arg(workload), current, 0, 1000, 1, &ok);
        return ok ? std::optional<int>(n) : std::nullopt;
    };
}

void WhatIfActions::retranslate()
{
    QUndoStack *stack = m_document->undoStack();
    delete m_undo;
    delete m_redo;
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_undo->setObjectName(QStringLiteral("undo"));
    m_redo->setObjectName(QStringLiteral("redo"));
    m_undo->setShortcut(QKeySequence::Undo); // Ctrl+Z
    QList<QKeySequence> redo{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redo.contains(k))
            redo << k;
    m_redo->setShortcuts(redo); // Ctrl+Shift+Z first

    m_dock->setWindowTitle(tr("What-if History"));
    m_view->setEmptyLabel(tr("The cluster as opened"));
    for (int i = 0; i < stack->count(); ++i)
        if (auto *command = dynamic_cast<const WhatIfCommand *>(stack->command(i)))
            const_cast<WhatIfCommand *>(command)->setText(command->change().title());
    m_view->setStack(nullptr); // the view reads the names again
    m_view->setStack(stack);
}

bool WhatIfActions::apply(const WhatIf &change)
{
    const bool applied = m_document->applyWhatIf(change);
    const Diagnostics &said = m_document->whatIfProblems();
    if (!applied) {
        const QString why = firstMessage(said, Severity::Error);
        Q_EMIT message(why.isEmpty() ? tr("%1: nothing changes.").arg(change.title()) : why);
        return false;
    }
    if (!m_dock->isVisible() && m_dock->parentWidget() && m_dock->parentWidget()->isVisible())
        m_dock->show();
    QString text = change.title();
    QString detail = firstMessage(said, Severity::Warning);
    if (detail.isEmpty())
        detail = firstMessage(said, Severity::Info);
    if (!detail.isEmpty())
        text += QStringLiteral(" — ") + detail;
    Q_EMIT message(text);
    return true;
}

void WhatIfActions::fillMenu(QMenu *menu, const QString &entityId)
{
    if (!m_document->hasCluster())
        return;
    const Cluster &cluster = m_document->cluster();
    const QList<WhatIfOffer> offers = whatIfOffers(cluster, entityId);
    QHash<QString, QMenu *> groups;
    auto groupMenu = [&](const WhatIfOffer &offer) {
        if (QMenu *existing = groups.value(offer.group))
            return existing;
        QString title = offer.group; // the Kubernetes field name, untranslated
        if (offer.group == u"scale") {
            const WorkloadInfo *w = workloadOf(cluster, offer.change.target);
            title = tr("Scale %1 %2").arg(w ? w->kind : QString(), w ? w->name : QString());
        } else if (offer.group == u"type") {
            title = tr("Type");
        }
        QMenu *sub = menu->addMenu(title);
        groups.insert(offer.group, sub);
        return sub;
    };
    for (const WhatIfOffer &offer : offers) {
        QMenu *target = offer.group.isEmpty() ? menu : groupMenu(offer);
        QAction *action = target->addAction(offer.label);
        if (!offer.group.isEmpty() && offer.group != u"scale") {
            action->setCheckable(true);
            action->setChecked(offer.current);
        }
        const WhatIf change = offer.change;
        connect(action, &QAction::triggered, this, [this, change] { apply(change); });
    }
    if (QMenu *scale = groups.value(QStringLiteral("scale"))) {
        QString id;
        for (const WhatIfOffer &o : offers)
            if (o.group == u"scale")
                id = o.change.target;
        scale->addSeparator();
        QAction *set = scale->addAction(tr("Set Replicas…"));
        connect(set, &QAction::triggered, this, [this, id] {
            const WorkloadInfo *w = workloadOf(m_document->cluster(), id);
            if (!w || !m_prompt)
                return;
            if (const std::optional<int> n = m_prompt(w->kind + u' ' + w->name, w->replicas))
                apply(WhatIf::scale(id, *n));
        });
    }
}

} // namespace hopscope::app
