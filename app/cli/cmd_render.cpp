#include "cli/cli.h"

namespace hopscope::app {

int runRender(const QStringList &args)
{
    Q_UNUSED(args);
    err(QStringLiteral("hopscope render: not implemented yet\n"));
    return ExitUsage;
}

} // namespace hopscope::app
