#include "core/lint/checks.h"

#include "core/builder/clusterbuilder.h"
#include "core/lint/clusterlint.h"
#include "core/lint/manifestlint.h"
#include "core/lint/objectlint.h"
#include "core/yaml/yamltext.h"

#include "core/lint/linttr.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <memory>

namespace hopscope {

namespace {

using Ranges = QList<QPair<int, int>>;

bool inRanges(const Ranges &ranges, int line)
{
    for (const auto &r : ranges)
        if (line >= r.first && line <= r.second)
            return true;
    return false;
}

bool triggersRepair(const QString &code)
{
    return code == u"tab-indent" || code == u"key-no-space" || code == u"dash-no-space";
}

// Line ranges of the documents of a text ("---" starts one, "..." ends one).
Ranges documentRanges(QByteArrayView text)
{
    const std::vector<YamlTextLine> lines = scanYamlText(text);
    Ranges out;
    int start = 1;
    for (const YamlTextLine &l : lines) {
        if (!l.marker)
            continue;
        const QByteArrayView t = lineText(text, l);
        if (t.startsWith("---") || t.startsWith('%')) {
            if (l.number > start)
                out << qMakePair(start, l.number - 1);
            start = l.number;
        } else { // "..."
            out << qMakePair(start, l.number);
            start = l.number + 1;
        }
    }
    const int last = lines.empty() ? 1 : lines.back().number;
    if (last >= start)
        out << qMakePair(start, last);
    return out;
}

QString serviceSummary(const ServiceObject &s)
{
    QStringList ports;
    for (int i = 0; i < s.ports.size(); ++i) {
        QStringList fields;
        auto has = [&](const char *f) {
            return s.meta.marks.contains(
                QStringLiteral("spec.ports[%1].%2").arg(i).arg(QLatin1String(f)));
        };
        const ServicePortSpec &p = s.ports[i];
        if (has("name"))
            fields << QStringLiteral("name: %1").arg(p.name);
        if (has("port"))
            fields << QStringLiteral("port: %1").arg(p.port);
        if (has("targetPort"))
            fields << QStringLiteral("targetPort: %1").arg(p.targetPort.toString());
        if (has("nodePort"))
            fields << QStringLiteral("nodePort: %1").arg(p.nodePort);
        if (has("protocol"))
            fields << QStringLiteral("protocol: %1").arg(p.protocol);
        ports << u'[' + fields.join(QStringLiteral(", ")) + u']';
    }
    QStringList selector;
    for (auto it = s.selector.cbegin(); it != s.selector.cend(); ++it)
        selector << it.key() + u'=' + it.value();
    return LintTr::tr("a Service \"%1\" (type %2; ports: %3; selector: %4)")
        .arg(s.meta.name, s.type.isEmpty() ? QStringLiteral("ClusterIP") : s.type,
             ports.isEmpty() ? LintTr::tr("none") : ports.join(u' '),
             selector.isEmpty() ? LintTr::tr("none") : selector.join(QStringLiteral(", ")));
}

// "a Service "web" (…), a Deployment "web"" for the objects of a repaired document.
QString describeObjects(const ManifestSet &set, int first, int last)
{
    QStringList parts;
    auto inDoc = [&](const ObjectMeta &m) { return m.where.line >= first && m.where.line <= last; };
    for (const ServiceObject &s : set.services)
        if (inDoc(s.meta))
            parts << serviceSummary(s);
    auto add = [&](const QString &kind, const ObjectMeta &m) {
        if (inDoc(m))
            parts << LintTr::tr("a %1 \"%2\"").arg(kind, m.name);
    };
    for (const WorkloadObject &w : set.workloads)
        add(workloadKindName(w.kind), w.meta);
    for (const PodObject &p : set.pods)
        add(QStringLiteral("Pod"), p.meta);
    for (const NodeObject &n : set.nodes)
        add(QStringLiteral("Node"), n.meta);
    for (const NamespaceObject &n : set.namespaces)
        add(QStringLiteral("Namespace"), n.meta);
    for (const EndpointsObject &e : set.endpoints)
        add(QStringLiteral("Endpoints"), e.meta);
    for (const EndpointSliceObject &e : set.endpointSlices)
        add(QStringLiteral("EndpointSlice"), e.meta);
    return parts.join(QStringLiteral(", "));
}

// The objects of a ManifestSet whose start lies (or not) in the ranges of their file.
ManifestSet filterObjects(const ManifestSet &set, const QHash<QString, Ranges> &ranges, bool keepIn)
{
    ManifestSet out;
    out.files = set.files;
    auto keep = [&](const ObjectMeta &m) {
        const auto it = ranges.constFind(m.where.file);
        const bool in = it != ranges.cend() && inRanges(it.value(), m.where.line);
        return in == keepIn;
    };
    for (const NodeObject &o : set.nodes)
        if (keep(o.meta))
            out.nodes << o;
    for (const NamespaceObject &o : set.namespaces)
        if (keep(o.meta))
            out.namespaces << o;
    for (const PodObject &o : set.pods)
        if (keep(o.meta))
            out.pods << o;
    for (const WorkloadObject &o : set.workloads)
        if (keep(o.meta))
            out.workloads << o;
    for (const ServiceObject &o : set.services)
        if (keep(o.meta))
            out.services << o;
    for (const EndpointSliceObject &o : set.endpointSlices)
        if (keep(o.meta))
            out.endpointSlices << o;
    for (const EndpointsObject &o : set.endpoints)
        if (keep(o.meta))
            out.endpoints << o;
    return out;
}

// One file's text checks and, when needed, its repaired reading.
struct FileLint
{
    QString file;
    TextLintResult lint;
    Ranges affected;      // documents read repaired
    ManifestSet repaired; // the repaired reading of the whole file
    QByteArray repairedText;
};

int severityRank(Severity s)
{
    return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2;
}

// One mistake, one diagnostic: the API server's refusals that a split ports list causes
// (spec.ports[i] Required, Invalid value: 0, Duplicate …) are folded under the ports-split error
// as notes, "note: LINE:COL: " and the API server's text byte for byte, instead of standing as
// errors of their own.
Diagnostics foldConsequences(Diagnostics all)
{
    QHash<QString, qsizetype> lead; // a Service's entity → its ports-split diagnostic
    for (qsizetype i = 0; i < all.size(); ++i)
        if (all[i].code == u"ports-split" && !all[i].entity.isEmpty())
            lead.insert(all[i].entity, i);
    if (lead.isEmpty())
        return all;
    QHash<qsizetype, Diagnostics> notes;
    QList<bool> folded(all.size(), false);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Diagnostic &d = all[i];
        const auto it = lead.constFind(d.entity);
        if (d.code != u"service-invalid" || it == lead.cend() ||
            !d.message.contains(QLatin1String("spec.ports[")))
            continue;
        notes[it.value()] << d;
        folded[i] = true;
    }
    Diagnostics out;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (folded[i])
            continue;
        Diagnostic d = all[i];
        Diagnostics mine = notes.value(i);
        std::stable_sort(mine.begin(), mine.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return std::pair(a.where.line, a.where.column) <
                   std::pair(b.where.line, b.where.column);
        });
        for (const Diagnostic &n : std::as_const(mine))
            d.message += QStringLiteral("\nnote: %1:%2: %3")
                             .arg(n.where.line)
                             .arg(n.where.column)
                             .arg(n.message);
        out << d;
    }
    return out;
}

// The reader warns at a repeated key; the text check found the same key at the same line and
// says the same with the line of the first: one mistake, one diagnostic.
bool saidByTextCheck(const Diagnostic &d, const std::vector<FileLint> &lints)
{
    for (const FileLint &f : lints) {
        if (f.file != d.where.file)
            continue;
        for (const Diagnostic &t : f.lint.diagnostics)
            if (t.code == d.code && t.where.line == d.where.line)
                return true;
    }
    return false;
}

CheckResult finish(ManifestSet &&set, std::vector<FileLint> &&lints,
                   const ClusterSettings &settings)
{
    CheckResult result;
    QHash<QString, Ranges> affected;
    for (const FileLint &f : lints)
        if (!f.affected.isEmpty())
            affected.insert(f.file, f.affected);
    result.repairedRanges = affected;

    Diagnostics all;
    for (const Diagnostic &d : set.diagnostics) {
        if (d.code == u"duplicate-key" && saidByTextCheck(d, lints))
            continue; // one mistake, one diagnostic: the text check's
        const auto it = affected.constFind(d.where.file);
        if (d.where.line > 0 && it != affected.cend() && inRanges(it.value(), d.where.line))
            continue; // a consequence of the text mistakes: the repaired reading says it better
        all << d;
    }
    if (affected.isEmpty()) {
        all += checkObjects(set, settings);
    } else {
        all += checkObjects(filterObjects(set, affected, false), settings);
    }

    for (FileLint &f : lints) {
        all += f.lint.diagnostics;
        if (f.affected.isEmpty())
            continue;
        const QList<TextEdit> &edits = f.lint.edits;
        Diagnostics repaired = f.repaired.diagnostics;
        QHash<QString, Ranges> mine{{f.file, f.affected}};
        repaired += checkObjects(filterObjects(f.repaired, mine, true), settings);
        for (const auto &range : f.affected) {
            QList<TextEdit> docEdits;
            for (const TextEdit &e : edits)
                if (e.line >= range.first && e.line <= range.second)
                    docEdits << e;
            const QString how = describeRepairs(docEdits, f.lint.tabWidth);
            bool stillBroken = false;
            for (Diagnostic d : repaired) {
                if (d.where.line < range.first || d.where.line > range.second)
                    continue;
                d.where = mapToOriginal(edits, d.where);
                d.where.file = f.file;
                stillBroken = stillBroken || d.code.startsWith(u"yaml-");
                d.hint = d.hint.isEmpty()
                             ? LintTr::tr("(Found with %1.)", "%1: the repairs").arg(how)
                             : LintTr::tr("(Found with %1.) %2", "%1: the repairs")
                                   .arg(how, d.hint);
                all << d;
            }
            // What the document means once repaired, at its first text mistake.
            SourceLocation at{f.file, 0, 0};
            for (const Diagnostic &d : f.lint.diagnostics)
                if (triggersRepair(d.code) && d.where.line >= range.first &&
                    d.where.line <= range.second &&
                    (at.line == 0 || d.where.line < at.line ||
                     (d.where.line == at.line && d.where.column < at.column)))
                    at = d.where;
            int stoppedAt = 0;
            for (const Diagnostic &d : set.diagnostics)
                if (d.where.file == f.file && d.code.startsWith(u"yaml-") &&
                    d.where.line >= range.first && d.where.line <= range.second)
                    stoppedAt = stoppedAt ? std::min(stoppedAt, d.where.line) : d.where.line;
            QString message;
            if (stoppedAt)
                message = LintTr::tr("As written, YAML stops reading this document at line %1. ")
                              .arg(stoppedAt);
            const QString objects = describeObjects(f.repaired, range.first, range.second);
            if (stillBroken)
                message += LintTr::tr("Even read with %1, the YAML does not parse.",
                                      "%1: the repairs")
                               .arg(how);
            else if (objects.isEmpty())
                message += LintTr::tr("Read with %1, it holds no object Hopscope models.",
                                      "%1: the repairs")
                               .arg(how);
            else
                message += LintTr::tr("Read with %1, it is %2.", "%1: the repairs, %2: the objects")
                               .arg(how, objects);
            all << Diagnostic::make(Severity::Info, "repaired-reading", at, message);
        }
    }
    result.diagnostics = sortDiagnostics(foldConsequences(std::move(all)), set.files);
    result.manifests = std::move(set);
    return result;
}

// Installs the text checks on the reader's text callback.
ReadOptions withTextChecks(ReadOptions options, std::vector<FileLint> *lints)
{
    const ReadOptions base = options; // for re-reading, without the callbacks
    auto previous = options.onText;
    options.onText = [previous, lints, base](const QString &file, const QByteArray &text) {
        if (previous)
            previous(file, text);
        if (text.size() > base.maxDocumentBytes)
            return; // not a hand-written manifest: a dump, whose text is machine-written
        FileLint f;
        f.file = file;
        f.lint = lintText(text, file);
        if (f.lint.diagnostics.isEmpty())
            return;
        if (f.lint.needsRepair()) {
            QList<int> editLines;
            for (const TextEdit &e : f.lint.edits)
                editLines << e.line;
            for (const auto &range : documentRanges(text))
                for (int line : editLines)
                    if (line >= range.first && line <= range.second) {
                        f.affected << range;
                        break;
                    }
            ReadOptions again = base;
            again.onText = nullptr;
            again.progress = nullptr;
            f.repairedText = applyEdits(text, f.lint.edits);
            f.repaired = ManifestReader::readBytes(f.repairedText, file, again);
        }
        lints->push_back(std::move(f));
    };
    return options;
}

} // namespace

CheckResult checkPaths(const QStringList &paths, const ClusterSettings &settings,
                       ReadOptions options)
{
    std::vector<FileLint> lints;
    const ReadOptions withChecks = withTextChecks(options, &lints);
    ManifestSet set = ManifestReader::readPaths(paths, withChecks);
    return finish(std::move(set), std::move(lints), settings);
}

CheckResult checkBytes(const QByteArray &bytes, const QString &fileName,
                       const ClusterSettings &settings, ReadOptions options)
{
    std::vector<FileLint> lints;
    const ReadOptions withChecks = withTextChecks(options, &lints);
    ManifestSet set = ManifestReader::readBytes(bytes, fileName, withChecks);
    return finish(std::move(set), std::move(lints), settings);
}

void addClusterChecks(CheckResult &result, const Cluster &cluster)
{
    auto repaired = [&result](const Diagnostic &d) {
        const auto it = result.repairedRanges.constFind(d.where.file);
        return d.where.line > 0 && it != result.repairedRanges.cend() &&
               inRanges(it.value(), d.where.line);
    };
    // The builder validates the Services it creates after allocating their addresses, as the API
    // server does: a Service refused by allocation shows only that error (drop the validation
    // found without a cluster); its IPv6 note is the object check's, located per field.
    QSet<QString> refusedByAllocation, ipv6Noted;
    for (const Diagnostic &d : cluster.diagnostics)
        if (d.code == u"service-allocation" && !d.entity.isEmpty())
            refusedByAllocation.insert(d.entity);
    Diagnostics all;
    for (const Diagnostic &d : std::as_const(result.diagnostics)) {
        if (d.code == u"service-invalid" && refusedByAllocation.contains(d.entity) && !repaired(d))
            continue;
        if (d.code == u"ipv6-not-modelled")
            ipv6Noted.insert(d.entity);
        all << d;
    }
    auto explained = [&result](const Diagnostic &d) { // folded under the text check's
        if (d.code != u"duplicate-key")
            return false;
        for (const Diagnostic &t : std::as_const(result.diagnostics))
            if (t.code == d.code && t.where.file == d.where.file && t.where.line == d.where.line)
                return true;
        return false;
    };
    for (const Diagnostic &d : cluster.diagnostics) {
        if (repaired(d) || (d.code == u"service-ip-family" && ipv6Noted.contains(d.entity)) ||
            explained(d))
            continue;
        all << d;
    }
    for (const Diagnostic &d : lintCluster(cluster, result.manifests))
        if (!repaired(d))
            all << d;
    result.diagnostics = sortDiagnostics(std::move(all), result.manifests.files);
}

Cluster loadCheckedCluster(const QStringList &paths, const ClusterSettings &settings,
                           Diagnostics *checks, ReadOptions options)
{
    CheckResult result = checkPaths(paths, settings, std::move(options));
    Cluster cluster = ClusterBuilder::build(result.manifests, settings);
    if (checks) {
        addClusterChecks(result, cluster);
        *checks = std::move(result.diagnostics);
    }
    return cluster;
}

Diagnostics sortDiagnostics(Diagnostics list, const QStringList &fileOrder)
{
    QHash<QString, int> order;
    for (int i = 0; i < fileOrder.size(); ++i)
        order.insert(fileOrder[i], i + 1);
    std::stable_sort(list.begin(), list.end(), [&](const Diagnostic &a, const Diagnostic &b) {
        const int fa = order.value(a.where.file, 0), fb = order.value(b.where.file, 0);
        if (fa != fb)
            return fa < fb;
        if (fa == 0 && a.where.file != b.where.file)
            return a.where.file < b.where.file;
        if (a.where.line != b.where.line)
            return a.where.line < b.where.line;
        if (a.where.column != b.where.column)
            return a.where.column < b.where.column;
        if (a.severity != b.severity)
            return severityRank(a.severity) < severityRank(b.severity);
        if (a.code != b.code)
            return a.code < b.code;
        return a.message < b.message;
    });
    Diagnostics out;
    out.reserve(list.size());
    for (const Diagnostic &d : list) {
        if (!out.isEmpty()) {
            const Diagnostic &p = out.last();
            if (p.where == d.where && p.severity == d.severity && p.code == d.code &&
                p.message == d.message)
                continue;
        }
        out << d;
    }
    finishKoreanTexts(out);
    return out;
}

} // namespace hopscope
