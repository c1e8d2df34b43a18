// Find figures (core/model/entityfinder.h): how long the index of a generated cluster takes to
// build, and what one keystroke costs — the query typed letter by letter, every prefix timed —
// for names, addresses, labels, a name found only by "contains", and text that finds nothing.
// Prints a table; asserts nothing about time. Figures are CPU time (the process's for the index,
// which sorts on every core, with its wall time; the thread's for a keystroke), so that a busy
// machine does not inflate them.
//
//   bench_find [--sizes 1000,15000,150000]

#include "core/builder/clusterbuilder.h"
#include "core/generator/generator.h"
#include "core/model/entityfinder.h"
#include "core/objects/manifestreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

#include <time.h>

using namespace hopscope;

namespace {

double cpuNow(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3; // µs
}

struct Spread
{
    double median = 0;
    double max = 0;
};

Spread spread(QList<double> us)
{
    if (us.isEmpty())
        return {};
    std::sort(us.begin(), us.end());
    return {us[us.size() / 2], us.last()};
}

// Every prefix of the text, each query run as the completer would (20 results).
QList<double> typeIn(const EntityFinder &finder, const QString &text, int *found)
{
    QList<double> us;
    for (qsizetype n = 1; n <= text.size(); ++n) {
        const QString prefix = text.left(n);
        const double start = cpuNow(CLOCK_THREAD_CPUTIME_ID);
        const QList<FoundEntity> r = finder.find(prefix, 20);
        us << cpuNow(CLOCK_THREAD_CPUTIME_ID) - start;
        *found = int(r.size());
    }
    return us;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes = {1000, 15000, 150000};
    const QStringList args = app.arguments();
    const qsizetype i = args.indexOf(QStringLiteral("--sizes"));
    if (i >= 0 && i + 1 < args.size()) {
        sizes.clear();
        for (const QString &s : args[i + 1].split(u','))
            sizes << s.toInt();
    }
    QTextStream out(stdout);
    out << "   pods  nodes   svcs    keys  index cpu/wall ms | per keystroke cpu, median/max µs "
           "(found)\n";
    for (int pods : sizes) {
        GeneratorSpec spec;
        spec.pods = pods;
        spec.nodes = std::max(3, pods / 30);
        spec.services = std::max(3, pods / 15);
        ClusterSettings settings;
        settings.clusterCidr = ClusterGenerator::clusterCidr(spec.nodes);
        const Cluster cluster = ClusterBuilder::build(
            ManifestReader::readBytes(ClusterGenerator::generate(spec), u"gen.yaml"_qs),
            settings);
        // The index: best of three (the first run pays for page faults).
        double indexMs = 1e9;
        double wallMs = 1e9;
        qsizetype keys = 0;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer t;
            t.start();
            const double start = cpuNow(CLOCK_PROCESS_CPUTIME_ID);
            const EntityFinder finder(cluster);
            indexMs = std::min(indexMs, (cpuNow(CLOCK_PROCESS_CPUTIME_ID) - start) / 1e3);
            wallMs = std::min(wallMs, double(t.nsecsElapsed()) / 1e6);
            keys = finder.keyCount();
        }
        const EntityFinder finder(cluster);
        const PodInfo &lastPod = cluster.pods.last();
        const QString label = lastPod.labels.isEmpty()
                                  ? QStringLiteral("app=x")
                                  : lastPod.labels.firstKey() + u'=' + lastPod.labels.first();
        const QList<QPair<QString, QString>> queries = {
            {QStringLiteral("pod name"), lastPod.name},
            {QStringLiteral("pod IP"), lastPod.ip},
            {QStringLiteral("label"), label},
            {QStringLiteral("service"), QStringLiteral("svc/") + cluster.services.last().name},
            {QStringLiteral("contains"), lastPod.name.right(5)},
            {QStringLiteral("no match"), QStringLiteral("zzzzzz")},
        };
        out << QStringLiteral("%1 %2 %3 %4 %5 /%6 |")
                   .arg(pods, 7)
                   .arg(cluster.nodes.size(), 6)
                   .arg(cluster.services.size(), 6)
                   .arg(keys, 7)
                   .arg(indexMs, 10, 'f', 1)
                   .arg(wallMs, 6, 'f', 1);
        for (const auto &[what, text] : queries) {
            int found = 0;
            const Spread s = spread(typeIn(finder, text, &found));
            out << QStringLiteral(" %1 %2/%3 (%4)")
                       .arg(what)
                       .arg(s.median, 0, 'f', 0)
                       .arg(s.max, 0, 'f', 0)
                       .arg(found);
        }
        out << Qt::endl;
    }
    return 0;
}
