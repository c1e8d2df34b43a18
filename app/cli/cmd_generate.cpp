#include "cli/cli.h"

namespace hopscope::app {

int runGenerate(const QStringList &args)
{
    Q_UNUSED(args);
    err(QStringLiteral("hopscope generate: not implemented yet\n"));
    return ExitUsage;
}

} // namespace hopscope::app
