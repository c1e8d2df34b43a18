#include "common/commandline.h"

#include "core/base/koreanparticles.h"

#include <QCoreApplication>

#include <cstdio>

namespace hopscope::app {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Cli)
};

// The last safety pass: in Korean, no particle fallback ("%1은(는)") leaves the program, whatever
// built the text (core resolves its own texts where it finishes them; this catches the rest).
QByteArray finishedBytes(const QString &text)
{
    return korean::finished(text, korean::inUse()).toUtf8();
}

} // namespace

void out(const QString &text)
{
    const QByteArray bytes = finishedBytes(text);
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = finishedBytes(text);
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void addClusterOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("nodes"),
         Tr::tr("Nodes of the default cluster (when the manifests hold no Node objects)."),
         QStringLiteral("N")});
    parser.addOption({QStringLiteral("cluster-cidr"),
                      Tr::tr("Pod network (default 10.244.0.0/16)."), QStringLiteral("CIDR")});
    parser.addOption({QStringLiteral("service-cluster-ip-range"),
                      Tr::tr("Service ClusterIP range (default 10.96.0.0/12)."),
                      QStringLiteral("CIDR")});
    parser.addOption({QStringLiteral("service-node-port-range"),
                      Tr::tr("NodePort range (default 30000-32767)."), QStringLiteral("A-B")});
    parser.addOption({QStringLiteral("lang"), Tr::tr("Language of the output: ko or en."),
                      QStringLiteral("LANG")});
}

bool clusterSettingsFromParser(const QCommandLineParser &parser, ClusterSettings *settings)
{
    if (parser.isSet(QStringLiteral("nodes"))) {
        bool ok = false;
        settings->nodeCount = parser.value(QStringLiteral("nodes")).toInt(&ok);
        if (!ok) {
            err(Tr::tr("hopscope: --nodes needs a number\n"));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("cluster-cidr")))
        settings->clusterCidr = parser.value(QStringLiteral("cluster-cidr"));
    if (parser.isSet(QStringLiteral("service-cluster-ip-range")))
        settings->serviceCidr = parser.value(QStringLiteral("service-cluster-ip-range"));
    if (parser.isSet(QStringLiteral("service-node-port-range")) &&
        !settings->setNodePortRange(parser.value(QStringLiteral("service-node-port-range")))) {
        err(Tr::tr(
                "hopscope: --service-node-port-range: \"%1\" is not a range such as 30000-32767\n")
                .arg(parser.value(QStringLiteral("service-node-port-range"))));
        return false;
    }
    const Diagnostics problems = settings->validate();
    for (const Diagnostic &d : problems)
        err(QStringLiteral("hopscope: %1\n").arg(d.message));
    return problems.isEmpty();
}

} // namespace hopscope::app
