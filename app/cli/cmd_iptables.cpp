#include "cli/cli.h"

namespace hopscope::app {

int runIptables(const QStringList &args)
{
    Q_UNUSED(args);
    err(QStringLiteral("hopscope iptables: not implemented yet\n"));
    return ExitUsage;
}

} // namespace hopscope::app
