#include "common/commandline.h"

#include "core/base/koreanparticles.h"
#include "core/objects/manifestreader.h"

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

ReadOptions &processReadOptions()
{
    static ReadOptions options;
    return options;
}

// A whole number from `min` to `max` for `flag`; prints what is wrong and returns false.
bool numberOption(const QCommandLineParser &parser, const QString &flag, qint64 min, qint64 max,
                  qint64 *value)
{
    const QString text = parser.value(flag).trimmed();
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    bool digits = !text.isEmpty();
    for (const QChar c : text)
        digits = digits && (c.isDigit() || c == u'-' || c == u'+');
    if (!ok && digits) { // all digits but more than 64 bits hold
        err(Tr::tr("hopscope: --%1 %2: the number is too large (at most %3)\n")
                .arg(flag, text.left(40))
                .arg(max));
        return false;
    }
    if (!ok) {
        err(Tr::tr("hopscope: --%1 needs a number, not \"%2\"\n").arg(flag, text.left(40)));
        return false;
    }
    if (n > max) {
        err(Tr::tr("hopscope: --%1 %2: the number is too large (at most %3)\n")
                .arg(flag, text)
                .arg(max));
        return false;
    }
    if (n < min) {
        err(Tr::tr("hopscope: --%1 %2: the number is too small (at least %3)\n")
                .arg(flag, text)
                .arg(min));
        return false;
    }
    *value = n;
    return true;
}

} // namespace

ReadOptions readOptions()
{
    return processReadOptions();
}

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
    parser.addOption({QStringLiteral("max-file-size"),
                      Tr::tr("Largest file (or standard input) read, in MiB (default 2048)."),
                      QStringLiteral("MIB")});
    parser.addOption({QStringLiteral("max-objects"),
                      Tr::tr("Most objects (documents and List items) read in all (default "
                             "400000)."),
                      QStringLiteral("N")});
    // kube-proxy's own flags, as it names them, and where Hopscope's cloud sends traffic.
    parser.addOption({QStringLiteral("masquerade-all"),
                      Tr::tr("kube-proxy: SNAT all traffic sent to Service IPs (true or false)."),
                      QStringLiteral("BOOL")});
    parser.addOption({QStringLiteral("nodeport-addresses"),
                      Tr::tr("kube-proxy: node addresses (CIDRs, comma-separated, or primary) on "
                             "which node ports open (default: every local address; in nftables "
                             "mode the node's primary IP)."),
                      QStringLiteral("CIDRS")});
    parser.addOption({QStringLiteral("iptables-localhost-nodeports"),
                      Tr::tr("kube-proxy: node ports answer on 127.0.0.1 too (default true)."),
                      QStringLiteral("BOOL")});
    parser.addOption({QStringLiteral("detect-local-mode"),
                      Tr::tr("kube-proxy: how pod traffic is told apart: ClusterCIDR (default), "
                             "NodeCIDR or None."),
                      QStringLiteral("MODE")});
    parser.addOption({QStringLiteral("proxy-mode"),
                      Tr::tr("kube-proxy: the rules it writes on the nodes: iptables (default) or "
                             "nftables."),
                      QStringLiteral("MODE")});
    parser.addOption({QStringLiteral("load-balancer-target"),
                      Tr::tr("Where cloud load balancers send: vip (default: to a node, still "
                             "addressed to the LB IP) or node-port (NodeIP:NodePort)."),
                      QStringLiteral("TARGET")});
    parser.addOption({QStringLiteral("external-ip-node"),
                      Tr::tr("The node the LAN routes external IPs to (default: the first node)."),
                      QStringLiteral("NODE")});
    parser.addOption({QStringLiteral("lang"), Tr::tr("Language of the output: ko or en."),
                      QStringLiteral("LANG")});
}

void noteIptablesWalk(const ClusterSettings &settings, const QString &command)
{
    if (settings.proxyMode != ClusterSettings::ProxyMode::Nftables)
        return;
    err(Tr::tr("hopscope %1: --proxy-mode nftables: the walk still evaluates kube-proxy's "
               "iptables rules (the nftables walk is not there yet); hopscope nftables prints "
               "the node's nftables rules.\n")
            .arg(command));
}

bool clusterSettingsFromParser(const QCommandLineParser &parser, ClusterSettings *settings)
{
    qint64 n = 0;
    if (parser.isSet(QStringLiteral("nodes"))) {
        if (!numberOption(parser, QStringLiteral("nodes"), 1, 5000, &n))
            return false;
        settings->nodeCount = int(n);
    }
    ReadOptions &options = processReadOptions();
    if (parser.isSet(QStringLiteral("max-file-size"))) {
        // MiB, up to 64 GiB: more than the memory of the machines a class uses.
        if (!numberOption(parser, QStringLiteral("max-file-size"), 1, 65536, &n))
            return false;
        options.maxFileBytes = n << 20;
    }
    if (parser.isSet(QStringLiteral("max-objects"))) {
        if (!numberOption(parser, QStringLiteral("max-objects"), 1, 100000000, &n))
            return false;
        options.maxObjects = n;
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
    for (const QString &flag : ClusterSettings::optionNames()) {
        if (!parser.isSet(flag))
            continue;
        if (!settings->setOption(flag, parser.value(flag))) {
            err(Tr::tr("hopscope: --%1: \"%2\" is not a valid value\n")
                    .arg(flag, parser.value(flag)));
            return false;
        }
    }
    const Diagnostics problems = settings->validate();
    for (const Diagnostic &d : problems)
        err(QStringLiteral("hopscope: %1\n").arg(d.message));
    return problems.isEmpty();
}

} // namespace hopscope::app
