#include "cli/cli.h"

namespace hopscope::app {

int runLint(const QStringList &args)
{
    Q_UNUSED(args);
    err(QStringLiteral("hopscope lint: not implemented yet\n"));
    return ExitUsage;
}

} // namespace hopscope::app
