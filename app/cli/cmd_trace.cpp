#include "cli/cli.h"

namespace hopscope::app {

int runTrace(const QStringList &args)
{
    Q_UNUSED(args);
    err(QStringLiteral("hopscope trace: not implemented yet\n"));
    return ExitUsage;
}

} // namespace hopscope::app
