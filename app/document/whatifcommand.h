#pragma once

// One what-if edit on the undo stack: the snapshots before and after (shared with the document,
// never copied) and the edit's readable name. Undo
// shows the very snapshot that was there before; redo the one core made.

#include "core/model/cluster.h"
#include "core/classroom/whatif.h"

#include <QUndoCommand>

#include <memory>

namespace hopscope::app {

class ClusterDocument;

class WhatIfCommand final : public QUndoCommand
{
public:
    using Snapshot = std::shared_ptr<const Cluster>;
    WhatIfCommand(ClusterDocument *document, const WhatIf &change, Snapshot before,
                  Snapshot after);

    void undo() override;
    void redo() override;

    const WhatIf &change() const { return m_change; }
    const Cluster &before() const { return *m_before; }
    const Cluster &after() const { return *m_after; }

private:
    ClusterDocument *m_document;
    WhatIf m_change;
    Snapshot m_before;
    Snapshot m_after;
    bool m_done = false; // redo() ran once: later ones are redos
};

} // namespace hopscope::app
