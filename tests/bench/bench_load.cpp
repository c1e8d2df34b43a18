// Loading benchmark: a generated cluster at 1k, 15k and 150k pods (Kubernetes' own limits at the
// top: 5,000 nodes, 150,000 pods, 10,000 Services), as workloads and as a kubectl dump. For each
// file it prints
//   bytes, the floor — yaml-cpp's own event parse of the same bytes, single-threaded, no tree —,
//   Hopscope's full load (read → objects → cluster with endpoints → kube-proxy rules of one node
//   → scene ready) and its ratio to the floor, the peak RSS of the load, the time of one trace,
//   and the frame times of the whole cluster fit to a 1920×1080 view and of a 1:1 view.
// Every measurement runs in a fresh child process (this program with --child), so the peak RSS
// is the load's own. Figures only: nothing here asserts a time.
//
//   bench_load [--sizes 1000,15000,150000] [--forms workloads,dump] [--dir DIR] [--regenerate]
//
//   bench_load --child core FILE NODES   the load without the scene, for a profiler
//
// Generated files are kept in DIR (default: <temp>/hopscope-bench) and reused.

#include "benchscene.h"

#include "core/builder/clusterbuilder.h"
#include "core/generator/generator.h"
#include "core/objects/manifestreader.h"
#include "core/proxy/proxyrules.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>
#include <QThread>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <istream>
#include <map>
#include <optional>
#include <streambuf>

using namespace hopscope;

namespace {

QTextStream &stdoutStream()
{
    static QTextStream s(stdout);
    return s;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 peakRssBytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024; // Linux: kilobytes
}

// --- the floor: yaml-cpp's event parse with a handler that does nothing -------------------------

class NullHandler final : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t,
                  const std::string &) override
    {
        ++scalars;
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {}
    void OnMapEnd() override {}
    qint64 scalars = 0;
};

class MemoryBuffer final : public std::streambuf
{
public:
    explicit MemoryBuffer(const QByteArray &bytes)
    {
        char *begin = const_cast<char *>(bytes.constData());
        setg(begin, begin, begin + bytes.size());
    }
};

int childFloor(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray bytes = f.readAll();
    const double cpu0 = cpuSeconds();
    QElapsedTimer t;
    t.start();
    MemoryBuffer buffer(bytes);
    std::istream stream(&buffer);
    YAML::Parser parser(stream);
    NullHandler handler;
    int documents = 0;
    while (parser.HandleNextDocument(handler))
        ++documents;
    stdoutStream() << "floor=" << seconds(t) << "\nfloorcpu=" << cpuSeconds() - cpu0
                   << "\nscalars=" << handler.scalars << "\ndocuments=" << documents << "\n";
    return 0;
}

// --- the full load ------------------------------------------------------------------------------

// core: stop after the rules (no scene, no trace, no frames), for profiling the core load alone.
int childLoad(const QString &file, int nodes, bool core = false)
{
    const double cpu0 = cpuSeconds();
    QElapsedTimer total;
    total.start();
    QElapsedTimer t;
    t.start();
    ManifestSet manifests = ManifestReader::readPaths({file});
    const double read = seconds(t);
    t.restart();
    ClusterSettings settings;
    settings.clusterCidr = ClusterGenerator::clusterCidr(nodes);
    const Cluster cluster = ClusterBuilder::build(manifests, settings);
    manifests = ManifestSet();
    const double build = seconds(t);
    t.restart();
    const ProxyRules rules(cluster);
    const auto nodeRules = rules.forNode(cluster.nodes.constFirst().name);
    const double ruleTime = seconds(t);
    t.restart();
    std::optional<BenchScene> scene;
    if (!core)
        scene.emplace(cluster);
    const double sceneTime = seconds(t);
    const double all = seconds(total);
    const double cpu = cpuSeconds() - cpu0;
    const qint64 rss = peakRssBytes();

    int errors = 0;
    for (const Diagnostic &d : cluster.diagnostics)
        errors += d.severity == Severity::Error ? 1 : 0;
    QTextStream &out = stdoutStream();
    out << "read=" << read << "\nbuild=" << build << "\nrules=" << ruleTime
        << "\nscene=" << sceneTime << "\nload=" << all << "\nloadcpu=" << cpu << "\nrss=" << rss
        << "\nerrors=" << errors << "\nnodes=" << cluster.nodes.size()
        << "\npods=" << cluster.pods.size() << "\nservices=" << cluster.services.size()
        << "\nnatRules=" << (nodeRules ? nodeRules->ruleCount(RuleTable::Nat) : 0) << "\n";
    out.flush();
    if (core)
        return 0;

    // After the load: a trace and the frame times (not part of the load or its peak).
    double traceFirst = -1;
    out << "trace=" << benchTraceMicroseconds(cluster, rules, &traceFirst) << "\n";
    out << "tracefirst=" << traceFirst << "\n";
    const FrameTimes frames = scene->frameTimes();
    out << "fit=" << frames.fitMs << "\none=" << frames.oneToOneMs
        << "\nfitfirst=" << frames.fitFirstMs << "\nonefirst=" << frames.oneToOneFirstMs << "\n";
    // The peak of the whole child: the load, then a first trace and the frames (what a
    // teacher's session holds).
    out << "rssend=" << peakRssBytes() << "\n";
    return 0;
}

// --- the parent: generate, run the children, print the table ------------------------------------

struct Size
{
    int pods;
    int nodes;
    int services;
};

Size sizeFor(int pods)
{
    // Proportional to Kubernetes' limits: 5,000 nodes / 150,000 pods / 10,000 Services.
    return {pods, std::max(1, int(qint64(pods) * 5000 / 150000)),
            std::max(1, int(qint64(pods) * 10000 / 150000))};
}

std::map<QString, QString> runChild(const QStringList &args)
{
    QProcess p;
    p.setProgram(QCoreApplication::applicationFilePath());
    p.setArguments(QStringList{QStringLiteral("--child")} + args);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start();
    p.waitForFinished(-1);
    std::map<QString, QString> values;
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values[QString::fromUtf8(line.left(eq))] = QString::fromUtf8(line.mid(eq + 1));
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        values[QStringLiteral("failed")] = QStringLiteral("1");
    return values;
}

QString fileFor(const QString &dir, const Size &size, GeneratorSpec::Form form, bool regenerate)
{
    const QString name = QStringLiteral("%1/cluster-%2pods-%3.yaml")
                             .arg(dir)
                             .arg(size.pods)
                             .arg(form == GeneratorSpec::Form::Dump ? u"dump" : u"workloads");
    if (!regenerate && QFileInfo::exists(name))
        return name;
    GeneratorSpec spec;
    spec.nodes = size.nodes;
    spec.pods = size.pods;
    spec.services = size.services;
    spec.form = form;
    QFile f(name);
    if (!f.open(QIODevice::WriteOnly) || !ClusterGenerator::write(spec, &f)) {
        f.remove();
        return QString();
    }
    return name;
}

QString fmt(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString num(const std::map<QString, QString> &m, const char *key, double scale, int decimals)
{
    const auto it = m.find(QString::fromLatin1(key));
    if (it == m.end() || it->second.isEmpty() || it->second == u"nan")
        return QStringLiteral("n/a");
    bool ok = false;
    const double v = it->second.toDouble(&ok);
    if (!ok || v < 0)
        return QStringLiteral("n/a");
    return fmt(v * scale, decimals);
}

int parent(const QStringList &args)
{
    QList<int> sizes = {1000, 15000, 150000};
    QList<GeneratorSpec::Form> forms = {GeneratorSpec::Form::Workloads, GeneratorSpec::Form::Dump};
    QString dir = QDir::tempPath() + QStringLiteral("/hopscope-bench");
    bool regenerate = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--sizes" && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &s : args[++i].split(u','))
                sizes << s.toInt();
        } else if (args[i] == u"--forms" && i + 1 < args.size()) {
            forms.clear();
            for (const QString &s : args[++i].split(u',')) {
                GeneratorSpec::Form f;
                if (GeneratorSpec::parseForm(s, &f))
                    forms << f;
            }
        } else if (args[i] == u"--dir" && i + 1 < args.size()) {
            dir = args[++i];
        } else if (args[i] == u"--regenerate") {
            regenerate = true;
        } else {
            std::fprintf(stderr, "usage: bench_load [--sizes 1000,15000,150000] "
                                 "[--forms workloads,dump] [--dir DIR] [--regenerate]\n");
            return 2;
        }
    }
    QDir().mkpath(dir);
    QTextStream &out = stdoutStream();
    out << "Hopscope load benchmark (" << QThread::idealThreadCount() << " cores)\n"
        << "floor = yaml-cpp event parse, single-threaded, no tree; load = read + build + rules "
           "of one node + scene\n\n";
    const QString header =
        QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13 %14 %15 %16 %17 %18 %19")
            .arg(u"pods", 7)
            .arg(u"form", -9)
            .arg(u"MB", 7)
            .arg(u"floor s", 8)
            .arg(u"load s", 7)
            .arg(u"ratio", 6)
            .arg(u"load cpu", 8)
            .arg(u"read", 6)
            .arg(u"build", 6)
            .arg(u"rules", 6)
            .arg(u"scene", 6)
            .arg(u"RSS MB", 7)
            .arg(u"trace us", 8)
            .arg(u"1st ms", 6)
            .arg(u"fit ms", 7)
            .arg(u"1:1 ms", 7)
            .arg(u"fit 1st", 7)
            .arg(u"1:1 1st", 7)
            .arg(u"RSS end", 7);
    out << header << "\n" << QString(header.size(), u'-') << "\n";
    out.flush();
    for (int pods : std::as_const(sizes)) {
        const Size size = sizeFor(pods);
        for (GeneratorSpec::Form form : std::as_const(forms)) {
            const QString file = fileFor(dir, size, form, regenerate);
            if (file.isEmpty()) {
                out << "cannot write " << dir << "\n";
                return 1;
            }
            const auto floor = runChild({QStringLiteral("floor"), file});
            const auto load = runChild({QStringLiteral("load"), file, QString::number(size.nodes)});
            const double floorS = floor.count(QStringLiteral("floor"))
                                      ? floor.at(QStringLiteral("floor")).toDouble()
                                      : -1;
            const double loadS = load.count(QStringLiteral("load"))
                                     ? load.at(QStringLiteral("load")).toDouble()
                                     : -1;
            const QString ratio = floorS > 0 && loadS > 0 ? fmt(loadS / floorS, 2) : u"n/a"_qs;
            out << QStringLiteral(
                       "%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13 %14 %15 %16 %17 %18 %19")
                       .arg(pods, 7)
                       .arg(form == GeneratorSpec::Form::Dump ? u"dump" : u"workloads", -9)
                       .arg(fmt(double(QFileInfo(file).size()) / 1e6, 1), 7)
                       .arg(num(floor, "floor", 1, 2), 8)
                       .arg(num(load, "load", 1, 2), 7)
                       .arg(ratio, 6)
                       .arg(num(load, "loadcpu", 1, 2), 8)
                       .arg(num(load, "read", 1, 2), 6)
                       .arg(num(load, "build", 1, 2), 6)
                       .arg(num(load, "rules", 1, 2), 6)
                       .arg(num(load, "scene", 1, 2), 6)
                       .arg(num(load, "rss", 1e-6, 0), 7)
                       .arg(num(load, "trace", 1, 1), 8)
                       .arg(num(load, "tracefirst", 1, 0), 6)
                       .arg(num(load, "fit", 1, 1), 7)
                       .arg(num(load, "one", 1, 1), 7)
                       .arg(num(load, "fitfirst", 1, 1), 7)
                       .arg(num(load, "onefirst", 1, 1), 7)
                       .arg(num(load, "rssend", 1e-6, 0), 7);
            if (load.count(QStringLiteral("errors")) && load.at(QStringLiteral("errors")) != u"0")
                out << "  (" << load.at(QStringLiteral("errors")) << " errors!)";
            if (load.count(QStringLiteral("failed")))
                out << "  (the load failed)";
            out << "\n";
            out.flush();
        }
    }
    out << "\nratio = load / floor (goal at 150k pods: <= 0.75); load cpu = CPU seconds of the "
           "load on all cores; RSS = peak resident set of the "
           "load process; trace = one request traced hop by hop (CPU us), 1st ms = the first "
           "trace with the tracer's set-up; fit / 1:1 = median frame time "
           "rendering into a 1920x1080 image (CPU time of the GUI thread); 1st = the zoom change "
           "and the first frame after it (no cache helps); RSS end = peak resident set of the "
           "whole child (load, traces, frames).\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toUtf8() + "/hopscope-bench-runtime";
        QDir().mkpath(QString::fromUtf8(runtime));
        QFile::setPermissions(QString::fromUtf8(runtime),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() >= 2 && args[0] == u"--child") {
        if (args[1] == u"floor" && args.size() == 3)
            return childFloor(args[2]);
        if (args[1] == u"load" && args.size() == 4)
            return childLoad(args[2], args[3].toInt());
        if (args[1] == u"core" && args.size() == 4) // the load without the scene (profiling)
            return childLoad(args[2], args[3].toInt(), true);
        return 2;
    }
    return parent(args);
}
