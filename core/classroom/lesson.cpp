#include "core/classroom/lesson.h"

#include "core/base/boundedread.h"
#include "core/model/cluster.h"
#include "core/base/ipv4.h"
#include "core/builder/clusterbuilder.h"
#include "core/objects/manifestreader.h"
#include "core/yaml/yamlparse.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace hopscope {

namespace {

constexpr qint64 MaxLessonBytes = qint64(4) << 20; // a lesson is a few kilobytes

// lupdate files LessonTr::tr() texts under the context they are looked up in at run time.
class LessonTr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Lesson)
};

// True when `path` (clean, absolute) is not in `base` or below it, also once symlinks are
// resolved (a link inside the folder that points out of it).
bool leavesFolder(const QDir &base, const QString &path)
{
    const QString root = QDir::cleanPath(base.absolutePath());
    auto inside = [](const QString &folder, const QString &p) {
        return p == folder || p.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
    };
    if (!inside(root, path))
        return true;
    const QString realRoot = QFileInfo(root).canonicalFilePath();
    const QString realPath = QFileInfo(path).canonicalFilePath(); // empty when missing
    return !realRoot.isEmpty() && !realPath.isEmpty() && !inside(realRoot, realPath);
}

Diagnostic outsideProblem(const LessonManifest &m, const QString &lessonFile)
{
    return Diagnostic::make(
        Severity::Error, "lesson-outside", SourceLocation{lessonFile, m.line, 1},
        LessonTr::tr("The lesson names %1, outside its folder: not read without your consent.")
            .arg(m.path),
        LessonTr::tr("Open it again and allow it (on the command line: --allow-outside-lesson), "
                     "or copy the manifest next to the lesson."));
}

class Reader
{
public:
    Reader(Lesson *lesson, const QString &fileName) : m_lesson(lesson), m_file(fileName) {}

    void problem(Severity severity, const QString &code, const YamlNode *at, const QString &message)
    {
        m_lesson->problems << Diagnostic::make(
            severity, code, SourceLocation{m_file, at ? at->line : 0, at ? at->column : 0},
            message);
    }
    void error(const YamlNode *at, const QString &message)
    {
        problem(Severity::Error, QStringLiteral("lesson-invalid"), at, message);
    }

    bool scalar(const YamlNode &node, const QString &key, QString *out)
    {
        if (!node.isScalar()) {
            error(&node,
                  LessonTr::tr("\"%1\" must be a text, not a %2.").arg(key, node.typeName()));
            return false;
        }
        *out = node.scalar;
        return true;
    }

    // A text the class reads: a scalar, or a mapping of languages (en, ko) to scalars.
    bool text(const YamlNode &node, const QString &key, LessonText *out)
    {
        if (node.isScalar()) {
            *out = LessonText(node.scalar);
            return true;
        }
        if (!node.isMap() || node.size() == 0) {
            error(&node, LessonTr::tr("\"%1\" must be a text or one text per language "
                                      "({en: …, ko: …}), not a %2.")
                             .arg(key, node.typeName()));
            return false;
        }
        LessonText result;
        bool ok = true;
        for (int i = 0; i < node.size(); ++i) {
            const QString lang = node.keyAt(i).scalar;
            const YamlNode &value = node.valueAt(i);
            if (!LessonText::languages().contains(lang)) {
                error(&node.keyAt(i), LessonTr::tr("\"%1\" is not a language of \"%2\": "
                                                   "write en or ko.")
                                          .arg(lang, key));
                ok = false;
                continue;
            }
            if (!value.isScalar()) {
                error(&value, LessonTr::tr("\"%1\" in \"%2\" must be a text, not a %3.")
                                  .arg(lang, key, value.typeName()));
                ok = false;
                continue;
            }
            result.setText(lang, value.scalar);
        }
        if (ok)
            *out = result;
        return ok;
    }

    void read(const YamlNode &root)
    {
        if (!root.isMap()) {
            error(&root, LessonTr::tr("A lesson is a mapping with title, manifests and requests."));
            return;
        }
        for (int i = 0; i < root.size(); ++i) {
            const QString key = root.keyAt(i).scalar;
            const YamlNode &value = root.valueAt(i);
            if (key == u"title")
                text(value, key, &m_lesson->title);
            else if (key == u"manifests")
                readManifests(value);
            else if (key == u"settings")
                readSettings(value);
            else if (key == u"requests")
                readRequests(value);
            else if (key == u"whatif")
                readWhatIfs(value);
            else if (key == u"positions")
                readPositions(value);
            else if (key == u"clients")
                readClients(value);
            else
                problem(Severity::Warning, QStringLiteral("lesson-unknown-key"), &root.keyAt(i),
                        LessonTr::tr("Unknown key \"%1\" in a lesson: ignored.").arg(key));
        }
        if (m_lesson->title.isEmpty())
            error(&root, LessonTr::tr("A lesson needs a title."));
        if (m_lesson->manifests.isEmpty() && !root.get(QLatin1String("manifests")))
            error(&root,
                  LessonTr::tr("A lesson needs manifests: the files (or inline YAML) it opens."));
    }

    void readManifests(const YamlNode &list)
    {
        if (!list.isSequence() || list.size() == 0) {
            error(&list,
                  LessonTr::tr("\"manifests\" must be a list of paths or inline manifests."));
            return;
        }
        const QDir base = m_file.isEmpty() ? QDir::current() : QFileInfo(m_file).absoluteDir();
        for (int i = 0; i < list.size(); ++i) {
            const YamlNode &item = list.at(i);
            LessonManifest m;
            m.line = item.line;
            if (item.isScalar()) {
                if (item.scalar.isEmpty()) {
                    error(&item, LessonTr::tr("An empty manifest path."));
                    continue;
                }
                m.path = QDir::cleanPath(base.absoluteFilePath(item.scalar));
                m.outside = QDir::isAbsolutePath(item.scalar) || leavesFolder(base, m.path);
            } else if (const YamlNode *text = item.get(QLatin1String("inline"))) {
                QString content;
                if (!scalar(*text, QStringLiteral("inline"), &content))
                    continue;
                m.content = content.toUtf8();
                if (const YamlNode *name = item.get(QLatin1String("name")))
                    scalar(*name, QStringLiteral("name"), &m.name);
                if (m.name.isEmpty())
                    m.name = QStringLiteral("%1#manifest-%2").arg(m_file).arg(i + 1);
            } else {
                error(&item, LessonTr::tr("A manifest is a path or a mapping with \"inline\"."));
                continue;
            }
            m_lesson->manifests << m;
        }
    }

    void readSettings(const YamlNode &map)
    {
        if (!map.isMap()) {
            error(&map, LessonTr::tr("\"settings\" must be a mapping of flag names to values."));
            return;
        }
        static const QStringList known =
            QStringList{QStringLiteral("nodes"), QStringLiteral("cluster-cidr"),
                        QStringLiteral("service-cluster-ip-range"),
                        QStringLiteral("service-node-port-range"), QStringLiteral("client-ip")} +
            ClusterSettings::optionNames();
        for (int i = 0; i < map.size(); ++i) {
            const QString key = map.keyAt(i).scalar;
            QString value;
            if (!scalar(map.valueAt(i), key, &value))
                continue;
            if (!known.contains(key)) {
                problem(Severity::Warning, QStringLiteral("lesson-unknown-key"), &map.keyAt(i),
                        LessonTr::tr("Unknown setting \"%1\": ignored.").arg(key));
                continue;
            }
            m_lesson->settings.append({key, value});
        }
    }

    void readClients(const YamlNode &list)
    {
        if (!list.isSequence()) {
            error(&list, LessonTr::tr("\"clients\" must be a list of names with addresses."));
            return;
        }
        for (int i = 0; i < list.size(); ++i) {
            const YamlNode &item = list.at(i);
            LessonClient c;
            const YamlNode *name = item.isMap() ? item.get(QLatin1String("name")) : nullptr;
            const YamlNode *address = item.isMap() ? item.get(QLatin1String("address")) : nullptr;
            if (!name || !address || !scalar(*name, QStringLiteral("name"), &c.name) ||
                !scalar(*address, QStringLiteral("address"), &c.address) || !parseIPv4(c.address)) {
                error(&item, LessonTr::tr("A client is a mapping with a name and an IPv4 "
                                          "address."));
                continue;
            }
            m_lesson->clients << c;
        }
    }

    void readWhatIfs(const YamlNode &list)
    {
        if (!list.isSequence()) {
            error(&list,
                  LessonTr::tr("\"whatif\" must be a list of edits (\"delete-pod pod/ns/name\")."));
            return;
        }
        for (int i = 0; i < list.size(); ++i) {
            QString text;
            if (!scalar(list.at(i), QStringLiteral("whatif"), &text))
                continue;
            QString why;
            if (const auto change = WhatIf::fromString(text, &why)) {
                m_lesson->whatIfs << *change;
                m_lesson->whatIfLines << list.at(i).line;
            } else {
                // One edit a later version may know does not make the whole lesson unreadable.
                problem(Severity::Warning, QStringLiteral("lesson-whatif-unknown"), &list.at(i),
                        LessonTr::tr("Not a what-if edit: \"%1\" (%2); ignored.")
                            .arg(truncatedForMessage(text), why));
            }
        }
    }

    void readPositions(const YamlNode &map)
    {
        if (!map.isMap()) {
            error(&map, LessonTr::tr("\"positions\" must map item ids to [x, y] offsets."));
            return;
        }
        for (int i = 0; i < map.size(); ++i) {
            const YamlNode &value = map.valueAt(i);
            bool okX = false;
            bool okY = false;
            double x = 0;
            double y = 0;
            if (value.isSequence() && value.size() == 2 && value.at(0).isScalar() &&
                value.at(1).isScalar()) {
                x = value.at(0).scalar.toDouble(&okX);
                y = value.at(1).scalar.toDouble(&okY);
            }
            if (!okX || !okY || !std::isfinite(x) || !std::isfinite(y)) {
                error(&value, LessonTr::tr("A position is [x, y], two numbers."));
                continue;
            }
            m_lesson->positions.insert(map.keyAt(i).scalar, QPointF(x, y));
        }
    }

    void readHopNotes(const YamlNode &list, LessonRequest *r, bool *ok)
    {
        if (!list.isSequence()) {
            error(&list, LessonTr::tr("\"hop-notes\" must be a list of {hop, note}."));
            *ok = false;
            return;
        }
        for (int i = 0; i < list.size(); ++i) {
            const YamlNode &item = list.at(i);
            const YamlNode *hop = item.get(QLatin1String("hop"));
            const YamlNode *note = item.get(QLatin1String("note"));
            qint64 index = -1;
            if (!hop || !note || !hop->toInt(&index) || index < 0) {
                error(&item, LessonTr::tr("A hop note is {hop: N, note: text}, N from 0."));
                *ok = false;
                continue;
            }
            LessonText said;
            if (!text(*note, QStringLiteral("note"), &said)) {
                *ok = false;
                continue;
            }
            r->hopNotes.insert(int(index), said);
        }
    }

    void readRequests(const YamlNode &list)
    {
        if (!list.isSequence()) {
            error(&list, LessonTr::tr("\"requests\" must be a list."));
            return;
        }
        for (int i = 0; i < list.size(); ++i) {
            const YamlNode &item = list.at(i);
            if (!item.isMap()) {
                error(&item, LessonTr::tr("A request is a mapping with title, from and to."));
                continue;
            }
            LessonRequest r;
            r.line = item.line;
            bool ok = true;
            for (int k = 0; k < item.size(); ++k) {
                const QString key = item.keyAt(k).scalar;
                const YamlNode &value = item.valueAt(k);
                if (key == u"title") {
                    ok &= text(value, key, &r.title);
                } else if (key == u"from") {
                    ok &= scalar(value, key, &r.from);
                } else if (key == u"to") {
                    ok &= readTo(value, &r.to);
                } else if (key == u"seed") {
                    qint64 seed = 0;
                    if (!value.toInt(&seed) || seed < 0) {
                        error(&value, LessonTr::tr("\"seed\" must be a whole number, 0 or more."));
                        ok = false;
                    }
                    r.seed = quint64(seed);
                } else if (key == u"endpoint") {
                    ok &= scalar(value, key, &r.pinnedEndpoint);
                } else if (key == u"expect") {
                    QString expect;
                    ok &= scalar(value, key, &expect);
                    if (expect == u"delivered") {
                        r.expect = LessonRequest::Expect::Delivered;
                    } else if (expect == u"fails") {
                        r.expect = LessonRequest::Expect::Fails;
                    } else {
                        error(&value, LessonTr::tr("\"expect\" is delivered or fails, not \"%1\".")
                                          .arg(expect));
                        ok = false;
                    }
                } else if (key == u"note") {
                    ok &= text(value, key, &r.note);
                } else if (key == u"hop-notes") {
                    readHopNotes(value, &r, &ok);
                } else {
                    problem(Severity::Warning, QStringLiteral("lesson-unknown-key"), &item.keyAt(k),
                            LessonTr::tr("Unknown key \"%1\" in a request: ignored.").arg(key));
                }
            }
            if (r.title.isEmpty() || r.from.isEmpty() || r.to.isEmpty()) {
                error(&item, LessonTr::tr("A request needs a title, from and to."));
                ok = false;
            }
            if (ok)
                m_lesson->requests << r;
        }
    }

    bool readTo(const YamlNode &value, QStringList *out)
    {
        if (value.isScalar()) {
            if (!value.scalar.isEmpty())
                out->append(value.scalar);
            return true;
        }
        if (!value.isSequence()) {
            error(&value, LessonTr::tr("\"to\" is a destination or a list of them."));
            return false;
        }
        for (int i = 0; i < value.size(); ++i) {
            QString to;
            if (!scalar(value.at(i), QStringLiteral("to"), &to))
                return false;
            out->append(to);
        }
        return true;
    }

private:
    Lesson *m_lesson;
    QString m_file;
};

} // namespace

TraceRequest LessonRequest::traceRequest(int destination) const
{
    TraceRequest r;
    r.from = from;
    r.to = to.value(std::clamp(destination, 0, int(to.size()) - 1));
    r.seed = seed;
    r.pinnedEndpoint = pinnedEndpoint;
    return r;
}

QStringList Lesson::outsidePaths() const
{
    QStringList out;
    for (const LessonManifest &m : manifests)
        if (!m.isInline() && m.outside)
            out << m.path;
    return out;
}

QStringList Lesson::readablePaths(Diagnostics *problems) const
{
    QStringList out;
    for (const LessonManifest &m : manifests) {
        if (m.isInline())
            continue;
        if (m.outside && !allowOutside) {
            if (problems)
                problems->append(outsideProblem(m, file));
            continue;
        }
        out << m.path;
    }
    return out;
}

Cluster Lesson::buildCluster(const ClusterSettings &base) const
{
    Diagnostics problems;
    const ClusterSettings s = applySettings(base, &problems);
    ManifestSet set;
    QStringList paths;
    for (const LessonManifest &m : manifests) {
        if (!m.isInline()) {
            if (m.outside && !allowOutside)
                problems.append(outsideProblem(m, file)); // never read without consent
            else
                paths << m.path;
            continue;
        }
        if (!paths.isEmpty()) {
            set.append(ManifestReader::readPaths(paths));
            paths.clear();
        }
        set.append(ManifestReader::readBytes(m.content, m.name));
    }
    if (!paths.isEmpty())
        set.append(ManifestReader::readPaths(paths));
    set.diagnostics.append(problems);
    return ClusterBuilder::build(set, s);
}

Diagnostic Lesson::locateWhatIf(Diagnostic d, qsizetype index) const
{
    // A refused edit (it names a pod that is not there …) points at its line in the lesson.
    if (d.where.file.isEmpty() || d.where.line == 0)
        d.where = SourceLocation{file, int(whatIfLines.value(index)), 1};
    return d;
}

Cluster Lesson::replayWhatIfs(const Cluster &cluster, Diagnostics *problems) const
{
    Cluster current = cluster;
    for (qsizetype i = 0; i < whatIfs.size(); ++i) {
        const WhatIf &change = whatIfs.at(i);
        Diagnostics why;
        Cluster next = applyWhatIf(current, change, &why);
        if (hasErrors(why)) {
            if (problems)
                for (Diagnostic d : why)
                    if (d.severity == Severity::Error)
                        problems->append(locateWhatIf(d, i));
            continue;
        }
        current = std::move(next);
    }
    return current;
}

Lesson LessonReader::readFile(const QString &path)
{
    // The bounded reader: a FIFO or a device named as the lesson is refused before it is opened.
    BoundedReadLimits limits;
    limits.maxBytes = MaxLessonBytes;
    const BoundedRead read = readFileBounded(path, limits);
    if (!read.ok()) {
        Lesson lesson;
        lesson.file = path;
        const bool tooLarge = read.status == BoundedRead::Status::TooLarge;
        lesson.problems << Diagnostic::make(
            Severity::Error, tooLarge ? "file-too-large" : "file-unreadable",
            SourceLocation{path, 0, 0},
            tooLarge ? LessonTr::tr("The lesson is larger than 4 MiB.")
                     : LessonTr::tr("Cannot read the lesson: %1")
                           .arg(boundedReadMessage(read, MaxLessonBytes)));
        return lesson;
    }
    if (read.status == BoundedRead::Status::Binary) {
        Lesson lesson;
        lesson.file = path;
        lesson.problems << Diagnostic::make(Severity::Error, "binary-file",
                                            SourceLocation{path, 0, 0},
                                            LessonTr::tr("The lesson is not a text file."));
        return lesson;
    }
    return readBytes(read.bytes, path);
}

Lesson LessonReader::readBytes(const QByteArray &bytes, const QString &fileName)
{
    Lesson lesson;
    lesson.file = fileName;
    Reader reader(&lesson, fileName);
    if (bytes.size() > MaxLessonBytes) {
        reader.error(nullptr, LessonTr::tr("The lesson is larger than 4 MiB."));
        return lesson;
    }
    YamlParseResult parsed = parseYamlChunk(YamlChunk{QByteArrayView(bytes), 1, false}, {});
    for (Diagnostic &d : parsed.diagnostics) {
        d.where.file = fileName;
        lesson.problems << d;
    }
    if (hasErrors(lesson.problems))
        return lesson;
    if (parsed.documents.empty()) {
        reader.error(nullptr, LessonTr::tr("The lesson is empty."));
        return lesson;
    }
    if (parsed.documents.size() > 1)
        reader.problem(Severity::Warning, QStringLiteral("lesson-extra-documents"), nullptr,
                       LessonTr::tr("A lesson is one YAML document: the others are ignored."));
    reader.read(parsed.documents.front().root);
    return lesson;
}

bool isLessonFileName(const QString &path)
{
    return path.endsWith(u".lesson.yaml") || path.endsWith(u".lesson.yml");
}

} // namespace hopscope
