// LessonWriter (lesson.h): a Lesson back to its YAML text, with yaml-cpp's Emitter. It only
// produces text; saving it (atomically) is the caller's job, and manifests are only ever read.

#include "core/classroom/lesson.h"

#include "core/base/boundedread.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace hopscope {

namespace {

constexpr qint64 MaxEmbeddedBytes = qint64(3) << 20; // the reader takes lessons up to 4 MiB

// lupdate files LessonTr::tr() texts under the context they are looked up in at run time.
class LessonTr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Lesson)
};

std::string str(const QString &text)
{
    return text.toStdString();
}

std::string number(qreal value)
{
    return QString::number(value, 'g', 12).toStdString();
}

// A literal block keeps a manifest readable; it cannot start with a space or hold a carriage
// return or other control characters (then a quoted scalar, escaped, says the same).
bool literalSafe(const QString &text)
{
    if (text.isEmpty() || text.front().isSpace())
        return false;
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            return false;
    return !text.contains(u'\t');
}

// A plain text as before; a text per language as a flow mapping in LessonText::languages()
// order ({en: …, ko: …}), so that a second save writes the same bytes.
void writeText(YAML::Emitter &out, const LessonText &text)
{
    if (text.isPlain()) {
        out << str(text.plain());
        return;
    }
    out << YAML::Flow << YAML::BeginMap;
    for (const QString &lang : LessonText::languages())
        if (const QString t = text.text(lang); !t.isEmpty())
            out << YAML::Key << str(lang) << YAML::Value << str(t);
    out << YAML::EndMap;
}

void writeManifest(YAML::Emitter &out, const LessonManifest &m, const QDir &base)
{
    if (!m.isInline()) {
        out << str(QDir::fromNativeSeparators(base.relativeFilePath(m.path)));
        return;
    }
    const QString text = QString::fromUtf8(m.content);
    out << YAML::BeginMap;
    if (!m.name.isEmpty())
        out << YAML::Key << "name" << YAML::Value << str(m.name);
    out << YAML::Key << "inline" << YAML::Value;
    if (literalSafe(text))
        out << YAML::Literal;
    else
        out << YAML::DoubleQuoted;
    out << str(text);
    out << YAML::EndMap;
}

void writeRequest(YAML::Emitter &out, const LessonRequest &r)
{
    out << YAML::BeginMap;
    out << YAML::Key << "title" << YAML::Value;
    writeText(out, r.title);
    out << YAML::Key << "from" << YAML::Value << str(r.from);
    out << YAML::Key << "to" << YAML::Value;
    if (r.to.size() == 1) {
        out << str(r.to.first());
    } else {
        out << YAML::Flow << YAML::BeginSeq;
        for (const QString &to : r.to)
            out << str(to);
        out << YAML::EndSeq;
    }
    if (r.seed != 1)
        out << YAML::Key << "seed" << YAML::Value << str(QString::number(r.seed));
    if (!r.pinnedEndpoint.isEmpty())
        out << YAML::Key << "endpoint" << YAML::Value << str(r.pinnedEndpoint);
    if (r.expect != LessonRequest::Expect::Unspecified)
        out << YAML::Key << "expect" << YAML::Value
            << (r.expect == LessonRequest::Expect::Delivered ? "delivered" : "fails");
    if (!r.note.isEmpty()) {
        out << YAML::Key << "note" << YAML::Value;
        writeText(out, r.note);
    }
    if (!r.hopNotes.isEmpty()) {
        out << YAML::Key << "hop-notes" << YAML::Value << YAML::BeginSeq;
        for (auto it = r.hopNotes.cbegin(); it != r.hopNotes.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            out << YAML::BeginMap << YAML::Key << "hop" << YAML::Value
                << str(QString::number(it.key())) << YAML::Key << "note" << YAML::Value;
            writeText(out, it.value());
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
}

} // namespace

QByteArray LessonWriter::toYaml(const Lesson &lesson, const QString &lessonPath)
{
    const QDir base = lessonPath.isEmpty() ? QDir::current() : QFileInfo(lessonPath).absoluteDir();
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Comment("Hopscope lesson (format: README, \"Lessons\")");
    out << YAML::BeginMap;
    out << YAML::Key << "title" << YAML::Value;
    writeText(out, lesson.title);
    out << YAML::Key << "manifests" << YAML::Value << YAML::BeginSeq;
    for (const LessonManifest &m : lesson.manifests)
        writeManifest(out, m, base);
    out << YAML::EndSeq;
    if (!lesson.settings.isEmpty()) {
        out << YAML::Key << "settings" << YAML::Value << YAML::BeginMap;
        for (const auto &[key, value] : lesson.settings)
            out << YAML::Key << str(key) << YAML::Value << str(value);
        out << YAML::EndMap;
    }
    if (!lesson.whatIfs.isEmpty()) {
        out << YAML::Key << "whatif" << YAML::Value << YAML::BeginSeq;
        for (const WhatIf &w : lesson.whatIfs)
            out << str(w.toString());
        out << YAML::EndSeq;
    }
    if (!lesson.clients.isEmpty()) {
        out << YAML::Key << "clients" << YAML::Value << YAML::BeginSeq;
        for (const LessonClient &c : lesson.clients)
            out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << str(c.name)
                << YAML::Key << "address" << YAML::Value << str(c.address)
                << YAML::EndMap;
        out << YAML::EndSeq;
    }
    if (!lesson.positions.isEmpty()) {
        out << YAML::Key << "positions" << YAML::Value << YAML::BeginMap;
        for (auto it = lesson.positions.cbegin(); it != lesson.positions.cend(); ++it)
            out << YAML::Key << str(it.key()) << YAML::Value << YAML::Flow << YAML::BeginSeq
                << number(it.value().x()) << number(it.value().y()) << YAML::EndSeq;
        out << YAML::EndMap;
    }
    if (!lesson.requests.isEmpty()) {
        out << YAML::Key << "requests" << YAML::Value << YAML::BeginSeq;
        for (const LessonRequest &r : lesson.requests)
            writeRequest(out, r);
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    bytes += '\n';
    return bytes;
}

bool LessonWriter::embedManifests(Lesson *lesson, const QString &baseDir, Diagnostics *problems)
{
    const QDir base(baseDir);
    QList<LessonManifest> embedded;
    qint64 total = 0;
    bool ok = true;
    auto fail = [&](const QString &path, const QString &message) {
        ok = false;
        if (problems)
            problems->append(Diagnostic::make(Severity::Error, "lesson-embed",
                                              SourceLocation{path, 0, 0}, message));
    };
    auto embedFile = [&](const QString &path) {
        BoundedReadLimits limits;
        limits.maxBytes = qMax<qint64>(0, MaxEmbeddedBytes - total);
        BoundedRead read = readFileBounded(path, limits);
        if (read.status != BoundedRead::Status::Ok &&
            read.status != BoundedRead::Status::TooLarge) {
            fail(path, LessonTr::tr("Cannot read the manifest to embed it: %1")
                           .arg(read.status == BoundedRead::Status::Binary
                                    ? LessonTr::tr("it is not a text file")
                                    : boundedReadMessage(read, limits.maxBytes)));
            return;
        }
        LessonManifest m;
        m.content = std::move(read.bytes);
        total += m.content.size();
        if (read.status == BoundedRead::Status::TooLarge || total > MaxEmbeddedBytes) {
            fail(path,
                 LessonTr::tr("The manifests are too large to embed in a lesson (3 MiB at most)."));
            return;
        }
        m.name = QDir::fromNativeSeparators(base.relativeFilePath(path));
        embedded << m;
    };
    for (const LessonManifest &m : std::as_const(lesson->manifests)) {
        if (m.isInline()) {
            embedded << m;
            total += m.content.size();
            continue;
        }
        if (m.outside && !lesson->allowOutside) {
            // Never copied into a lesson someone will share without consent.
            fail(m.path, LessonTr::tr("%1 is outside the lesson's folder: it is not embedded "
                                      "without your consent.")
                             .arg(m.path));
            continue;
        }
        if (!QFileInfo(m.path).isDir()) {
            embedFile(m.path);
            continue;
        }
        QStringList files;
        QDirIterator it(
            m.path, {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (!isLessonFileName(f))
                files << f;
        }
        files.sort();
        for (const QString &f : std::as_const(files))
            embedFile(f);
    }
    if (ok)
        lesson->manifests = embedded;
    return ok;
}

} // namespace hopscope
