#include "document/whatifcommand.h"

#include "document/clusterdocument.h"

namespace hopscope::app {

WhatIfCommand::WhatIfCommand(ClusterDocument *document, const WhatIf &change, Cluster before,
                             Cluster after)
    : m_document(document), m_change(change), m_before(std::move(before)), m_after(std::move(after))
{
    setText(change.title());
}

void WhatIfCommand::undo()
{
    m_document->showWhatIfSnapshot(m_before, m_change, ClusterDocument::WhatIfStep::Undone);
}

void WhatIfCommand::redo()
{
    m_document->showWhatIfSnapshot(m_after, m_change,
                                   m_done ? ClusterDocument::WhatIfStep::Redone
                                          : ClusterDocument::WhatIfStep::Applied);
    m_done = true;
}

} // namespace hopscope::app
