#include "resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initHopscopeResources()
{
    Q_INIT_RESOURCE(hopscope);
}

namespace hopscope::app {

void ensureResources()
{
    static const bool done = [] {
        initHopscopeResources();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace hopscope::app
