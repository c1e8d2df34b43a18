#include "core/generator/generator.h"

#include "core/builder/clusterbuilder.h"
#include "core/generator/generator_p.h"
#include "core/objects/manifestreader.h"
#include "core/base/stablehash.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>

namespace hopscope {

namespace generator {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Generator)
};

// Names a team might give its services.
const char *const kWords[] = {"web",   "api",     "cart",     "checkout", "catalog", "search",
                              "users", "orders",  "payments", "reviews",  "ratings", "auth",
                              "cache", "gateway", "billing",  "inventory"};
constexpr int kWordCount = int(sizeof kWords / sizeof kWords[0]);

const char *const kImages[] = {"nginx:1.25", "httpd:2.4", "caddy:2.7"};

constexpr int kMaxLoadBalancers = 200;     // the simulated pool (198.51.100.0/24) holds 254
constexpr int kMaxNodePortServices = 2000; // 30000-32767 holds 2,768 ports

bool needsQuotes(const QString &v)
{
    if (v.isEmpty())
        return true;
    static const QStringList special = {QStringLiteral("true"), QStringLiteral("false"),
                                        QStringLiteral("null"), QStringLiteral("yes"),
                                        QStringLiteral("no"),   QStringLiteral("on"),
                                        QStringLiteral("off"),  QStringLiteral("~")};
    if (special.contains(v, Qt::CaseInsensitive))
        return true;
    bool number = false;
    v.toDouble(&number);
    if (number)
        return true;
    const QChar first = v.front();
    if (!first.isLetterOrNumber() && first != u'/' && first != u'.')
        return true;
    return v.contains(u": ") || v.contains(u" #") || v.endsWith(u':') || v.contains(u'"') ||
           v.contains(u'\n');
}

} // namespace

QByteArray labelValue(const QString &value)
{
    if (!needsQuotes(value))
        return value.toUtf8();
    QByteArray out = "\"";
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += '\\';
        if (c == u'\n')
            out += "\\n";
        else
            out += QString(c).toUtf8();
    }
    out += '"';
    return out;
}

void YamlWriter::labels(int indent, const char *key, const Labels &map)
{
    if (map.isEmpty())
        return;
    open(indent, key);
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        pad(indent + 2);
        m_buffer += it.key().toUtf8();
        m_buffer += ": ";
        m_buffer += labelValue(it.value());
        m_buffer += '\n';
    }
    maybeFlush();
}

Scheme::Scheme(const GeneratorSpec &s) : spec(s)
{
    namespaceCount = std::max(1, (spec.services + 99) / 100);
}

QString Scheme::nodeName(int i) const
{
    return QStringLiteral("node-%1").arg(i + 1);
}

QString Scheme::nodeIP(int i) const
{
    return QStringLiteral("172.18.%1.%2").arg(i / 250).arg(i % 250 + 2);
}

QString Scheme::podCidr(int i) const
{
    if (spec.nodes <= 256)
        return QStringLiteral("10.244.%1.0/24").arg(i);
    return QStringLiteral("10.%1.%2.0/24").arg(128 + i / 256).arg(i % 256);
}

QString Scheme::namespaceOf(int service) const
{
    if (namespaceCount == 1)
        return QStringLiteral("default");
    return QStringLiteral("team-%1").arg(service / 100 + 1, 3, 10, QLatin1Char('0'));
}

QString Scheme::appName(int service) const
{
    return QStringLiteral("%1-%2")
        .arg(QLatin1String(kWords[service % kWordCount]))
        .arg(service + 1);
}

int Scheme::replicas(int service) const
{
    const int deployments = std::max(spec.services, 1);
    return spec.pods / deployments + (service < spec.pods % deployments ? 1 : 0);
}

QString Scheme::serviceType(int i) const
{
    if (i % 50 == 25 && (i + 25) / 50 < kMaxLoadBalancers)
        return QStringLiteral("LoadBalancer");
    const int r = i % 20;
    const int nodePortsBefore = 3 * (i / 20) + std::clamp(r - 1, 0, 3);
    if (r >= 1 && r <= 3 && nodePortsBefore < kMaxNodePortServices)
        return QStringLiteral("NodePort");
    return QString();
}

bool Scheme::hasMetricsPort(int service) const
{
    return service % 4 == 0 && serviceType(service).isEmpty();
}

QString Scheme::image(int service) const
{
    return QLatin1String(kImages[service % 3]);
}

QByteArray uidFor(const QString &kind, const QString &ns, const QString &name)
{
    const quint64 a = stableHash({kind, ns, name});
    const quint64 b = stableHash({name, kind, ns, QStringLiteral("uid")});
    QByteArray hex = QByteArray::number(a, 16).rightJustified(16, '0') +
                     QByteArray::number(b, 16).rightJustified(16, '0');
    hex[12] = '4'; // a version 4 UUID, as the API server makes
    hex[16] = "89ab"[b >> 62];
    return hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' +
           hex.mid(20, 12);
}

QByteArray timestamp(int secondsAfterStart)
{
    static const qint64 start =
        QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(start + secondsAfterStart, Qt::UTC)
        .toString(Qt::ISODate)
        .toLatin1();
}

QByteArray hexDigest(const QString &seed, int length)
{
    QByteArray out;
    quint64 h = stableHash({seed});
    while (out.size() < length) {
        out += QByteArray::number(h, 16).rightJustified(16, '0');
        h = stableHash({seed, QString::number(h)});
    }
    out.truncate(length);
    return out;
}

namespace {

void writeHeader(const GeneratorSpec &spec, YamlWriter &out)
{
    out.line(QStringLiteral("# hopscope generate --nodes %1 --pods %2 --services %3 --form %4")
                 .arg(spec.nodes)
                 .arg(spec.pods)
                 .arg(spec.services)
                 .arg(spec.form == GeneratorSpec::Form::Dump ? u"dump" : u"workloads")
                 .toUtf8());
    if (spec.nodes > 256)
        out.line(QStringLiteral("# The pod networks are in %1: open with --cluster-cidr %1.")
                     .arg(ClusterGenerator::clusterCidr(spec.nodes))
                     .toUtf8());
}

void writeWorkloads(const Scheme &scheme, YamlWriter &out)
{
    const GeneratorSpec &spec = scheme.spec;
    bool first = true;
    auto start = [&] {
        if (!first)
            out.line("---");
        first = false;
    };
    for (int i = 0; i < spec.nodes; ++i) {
        start();
        const QString name = scheme.nodeName(i);
        out.field(0, "apiVersion", "v1");
        out.field(0, "kind", "Node");
        out.open(0, "metadata");
        out.open(2, "labels");
        out.field(4, "kubernetes.io/hostname", name);
        out.field(2, "name", name);
        out.open(0, "spec");
        out.field(2, "podCIDR", scheme.podCidr(i));
        out.open(0, "status");
        out.open(2, "addresses");
        out.item(2);
        out.field(0, "address", scheme.nodeIP(i));
        out.field(4, "type", "InternalIP");
    }
    if (scheme.namespaceCount > 1) {
        for (int n = 0; n < scheme.namespaceCount; ++n) {
            start();
            out.field(0, "apiVersion", "v1");
            out.field(0, "kind", "Namespace");
            out.open(0, "metadata");
            out.field(2, "name", scheme.namespaceOf(n * 100));
        }
    }
    const int deployments = spec.services > 0 ? spec.services : (spec.pods > 0 ? 1 : 0);
    for (int i = 0; i < deployments; ++i) {
        const QString app = scheme.appName(i);
        const QString ns = scheme.namespaceOf(i);
        const bool metrics = scheme.hasMetricsPort(i);
        start();
        out.field(0, "apiVersion", "apps/v1");
        out.field(0, "kind", "Deployment");
        out.open(0, "metadata");
        out.field(2, "name", app);
        out.field(2, "namespace", ns);
        out.open(0, "spec");
        out.field(2, "replicas", scheme.replicas(i));
        out.open(2, "selector");
        out.open(4, "matchLabels");
        out.field(6, "app", app);
        out.open(2, "template");
        out.open(4, "metadata");
        out.open(6, "labels");
        out.field(8, "app", app);
        out.open(4, "spec");
        out.open(6, "containers");
        out.item(6);
        out.field(0, "name", "app");
        out.field(8, "image", scheme.image(i));
        out.open(8, "ports");
        out.item(8);
        out.field(0, "name", "http");
        out.field(10, "containerPort", 8080);
        if (metrics) {
            out.item(8);
            out.field(0, "name", "metrics");
            out.field(10, "containerPort", 9090);
        }
        if (i >= spec.services)
            continue;
        start();
        out.field(0, "apiVersion", "v1");
        out.field(0, "kind", "Service");
        out.open(0, "metadata");
        out.field(2, "name", app);
        out.field(2, "namespace", ns);
        out.open(0, "spec");
        const QString type = scheme.serviceType(i);
        if (!type.isEmpty())
            out.field(2, "type", type);
        out.open(2, "selector");
        out.field(4, "app", app);
        out.open(2, "ports");
        out.item(2);
        out.field(0, "name", "http");
        out.field(4, "port", 80);
        out.field(4, "targetPort", "http");
        if (metrics) {
            out.item(2);
            out.field(0, "name", "metrics");
            out.field(4, "port", 9090);
            out.field(4, "targetPort", "metrics");
        }
    }
}

} // namespace

} // namespace generator

QString GeneratorSpec::validate() const
{
    auto range = [](const char *flag, int value, int low, int high) -> QString {
        if (value >= low && value <= high)
            return QString();
        return generator::Tr::tr("--%1 must be between %2 and %3 (got %4)")
            .arg(QLatin1String(flag))
            .arg(low)
            .arg(high)
            .arg(value);
    };
    QString e = range("nodes", nodes, 1, kMaxNodes);
    if (e.isEmpty())
        e = range("pods", pods, 0, kMaxPods);
    if (e.isEmpty())
        e = range("services", services, 0, kMaxServices);
    return e;
}

bool GeneratorSpec::parseForm(const QString &text, Form *form)
{
    if (text == u"workloads")
        *form = Form::Workloads;
    else if (text == u"dump")
        *form = Form::Dump;
    else
        return false;
    return true;
}

QString ClusterGenerator::clusterCidr(int nodes)
{
    return nodes <= 256 ? QStringLiteral("10.244.0.0/16") : QStringLiteral("10.128.0.0/9");
}

bool ClusterGenerator::write(const GeneratorSpec &spec, QIODevice *device, QString *error)
{
    using namespace generator;
    if (const QString problem = spec.validate(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const Scheme scheme(spec);
    if (spec.form == GeneratorSpec::Form::Workloads) {
        YamlWriter out(device);
        writeHeader(spec, out);
        writeWorkloads(scheme, out);
        out.flush();
        if (!out.ok() && error)
            *error = out.errorString();
        return out.ok();
    }

    // The dump: run the workloads through Hopscope's control plane, then print what the API
    // server would list.
    QByteArray workloads;
    {
        QBuffer buffer(&workloads);
        buffer.open(QIODevice::WriteOnly);
        YamlWriter out(&buffer);
        writeWorkloads(scheme, out);
    }
    ClusterSettings settings;
    settings.clusterCidr = clusterCidr(spec.nodes);
    const Cluster cluster = ClusterBuilder::build(
        ManifestReader::readBytes(workloads, QStringLiteral("generated.yaml")), settings);
    workloads = QByteArray();
    for (const Diagnostic &d : cluster.diagnostics) {
        if (d.severity == Severity::Error) {
            if (error)
                *error = d.toString();
            return false;
        }
    }
    YamlWriter out(device);
    writeHeader(spec, out);
    writeDump(cluster, scheme, out);
    out.flush();
    if (!out.ok() && error)
        *error = out.errorString();
    return out.ok();
}

QByteArray ClusterGenerator::generate(const GeneratorSpec &spec)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!write(spec, &buffer))
        return QByteArray();
    buffer.close();
    return bytes;
}

} // namespace hopscope
