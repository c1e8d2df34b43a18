#include "document/whatifcommand.h"

#include "document/clusterdocument.h"

namespace hopscope::app {

WhatIfCommand::WhatIfCommand(ClusterDocument *document, const WhatIf &change, Snapshot before,
                             Snapshot after)
    : m_document(document), m_change(change), m_before(std::move(before)), m_after(std::move(after))
{
    setText(change.title());
}

void WhatIfCommand::undo()
{
    m_document->showWhatIfSnapshot(m_before, m_change, DocumentChange::Step::Undone);
}

void WhatIfCommand::redo()
{
    m_document->showWhatIfSnapshot(m_after, m_change,
                                   m_done ? DocumentChange::Step::Redone
                                          : DocumentChange::Step::Applied);
    m_done = true;
}

} // namespace hopscope::app
