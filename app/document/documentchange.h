#pragma once

// What changed in the open document: the one event ClusterDocument::changed() carries. A
// receiver reads what it needs from the event (and the document's state, which is already the
// new one), never a flag of the document that is only true during the signal; a new panel only
// connects to changed().

#include "core/classroom/whatif.h"
#include "core/model/cluster.h"

#include <QMetaType>

#include <memory>

namespace hopscope::app {

struct DocumentChange
{
    enum class Kind {
        Loaded,     // other files, a demo or a lesson opened (or setCluster()): a new history
        Reloaded,   // the files open read again (a file changed on disk, reload())
        Rebuilt,    // the files open built again with new settings
        LoadFailed, // a load found nothing to draw: the last good cluster stays, problems say why
        WhatIfStep, // a what-if edit applied, undone or redone (step, edit, before)
        Positions,  // items moved or put back: the lesson positions of the document
        Lesson,     // the lesson (its presets) replaced over what is open
        Problems,   // only the problems (a lesson's refused edits, a missing demo)
    };
    enum class Step { Applied, Undone, Redone };

    Kind kind = Kind::Loaded;
    // Whether the lesson (its presets, its file) was replaced with the cluster.
    bool lessonReplaced = false;
    // A what-if step: which, the edit, and the snapshot shown just before it.
    Step step = Step::Applied;
    hopscope::WhatIf edit;
    std::shared_ptr<const Cluster> before;

    // The cluster is a new snapshot.
    bool replacesCluster() const
    {
        return kind == Kind::Loaded || kind == Kind::Reloaded || kind == Kind::Rebuilt ||
               kind == Kind::WhatIfStep;
    }
    // The same files or an edit of them: the arrangement, the zoom and the request stay.
    bool keepsView() const
    {
        return kind == Kind::Reloaded || kind == Kind::Rebuilt || kind == Kind::WhatIfStep;
    }
    // The document's problems() are new.
    bool changesProblems() const
    {
        return kind == Kind::Loaded || kind == Kind::Reloaded || kind == Kind::Rebuilt ||
               kind == Kind::LoadFailed || kind == Kind::Problems;
    }
    bool changesLesson() const { return lessonReplaced || kind == Kind::Lesson; }
};

} // namespace hopscope::app

Q_DECLARE_METATYPE(hopscope::app::DocumentChange)
