#include "cli/cli.h"

namespace hopscope::app {

int runKubectl(const QStringList &args)
{
    Q_UNUSED(args);
    err(QStringLiteral("hopscope kubectl: not implemented yet\n"));
    return ExitUsage;
}

} // namespace hopscope::app
