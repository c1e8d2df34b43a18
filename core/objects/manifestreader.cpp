#include "core/objects/manifestreader.h"

#include "core/base/boundedread.h"
#include "core/yaml/documentsplitter.h"
#include "core/objects/objectparser.h"
#include "core/base/textcheck.h"
#include "core/yaml/yamlparse.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStringDecoder>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <cstdio>
#include <cstring>

namespace hopscope {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Reader)
};

// Shared by the parallel parse of one file's pieces.
struct ParseJob
{
    QString file;
    YamlLimits limits;
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0};
    qint64 total = 0;
    qint64 offset = 0; // bytes of earlier files
    const ReadOptions *options = nullptr;
    QMutex progressLock;

    void advance(qint64 bytes)
    {
        const qint64 now = done.fetch_add(bytes) + bytes;
        if (!options->progress)
            return;
        QMutexLocker lock(&progressLock);
        if (!options->progress(offset + now, total))
            cancelled = true;
    }
};

// A unit of parallel work: one document, or a batch of List items (kept apart too, so that a
// broken item can be re-read alone without losing its neighbours).
struct Piece
{
    YamlChunk chunk;
    std::vector<YamlChunk> items;
};

ManifestSet parsePiece(const Piece &piece, ParseJob &job)
{
    ManifestSet out;
    if (job.cancelled)
        return out;
    YamlParseResult parsed = parseYamlChunk(piece.chunk, job.limits);
    if (!parsed.diagnostics.isEmpty() && piece.items.size() > 1) {
        // One broken item spoils its whole batch: read the items one by one instead.
        parsed = {};
        for (const YamlChunk &item : piece.items) {
            YamlParseResult one = parseYamlChunk(item, job.limits);
            for (YamlDocument &d : one.documents)
                parsed.documents.push_back(std::move(d));
            parsed.diagnostics += one.diagnostics;
        }
    }
    for (Diagnostic &d : parsed.diagnostics)
        d.where.file = job.file;
    out.diagnostics = std::move(parsed.diagnostics);
    ObjectParser parser(job.file, &out);
    for (const YamlDocument &doc : parsed.documents)
        parser.parseDocument(doc.root);
    job.advance(piece.chunk.bytes.size());
    return out;
}

// Room for every part's objects at once: appending part after part would grow each list by
// doubling, holding the old and the new copy while it moves (a 150k-pod dump's pods alone are
// ~100 MB).
void reserveFor(ManifestSet &set, const QList<ManifestSet> &parts)
{
    qsizetype nodes = 0, namespaces = 0, pods = 0, workloads = 0, services = 0, slices = 0,
              endpoints = 0;
    for (const ManifestSet &p : parts) {
        nodes += p.nodes.size();
        namespaces += p.namespaces.size();
        pods += p.pods.size();
        workloads += p.workloads.size();
        services += p.services.size();
        slices += p.endpointSlices.size();
        endpoints += p.endpoints.size();
    }
    set.nodes.reserve(set.nodes.size() + nodes);
    set.namespaces.reserve(set.namespaces.size() + namespaces);
    set.pods.reserve(set.pods.size() + pods);
    set.workloads.reserve(set.workloads.size() + workloads);
    set.services.reserve(set.services.size() + services);
    set.endpointSlices.reserve(set.endpointSlices.size() + slices);
    set.endpoints.reserve(set.endpoints.size() + endpoints);
}

// Everything one file or stream holds. `bytes` must stay alive during the call. `objects`
// counts the documents and List items read so far, against options.maxObjects.
ManifestSet readStream(QByteArray bytes, const QString &name, const ReadOptions &options,
                       qint64 offset, qint64 total, qint64 *objects)
{
    ManifestSet set;
    set.files << name;
    const SourceLocation whole{name, 0, 0};
    if (bytes.size() > options.maxFileBytes) {
        set.diagnostics << Diagnostic::make(
            Severity::Error, QStringLiteral("file-too-large"), whole,
            Tr::tr("the file is %1 MiB; Hopscope reads files of up to %2 MiB")
                .arg(mebibytes(bytes.size()), mebibytes(options.maxFileBytes)));
        return set;
    }
    if (bytes.trimmed().isEmpty()) {
        set.diagnostics << Diagnostic::make(Severity::Info, QStringLiteral("empty-file"), whole,
                                            Tr::tr("the file is empty"));
        return set;
    }
    // UTF-16 / UTF-32 with a byte-order mark: YAML allows it; convert to UTF-8.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        auto encoding = QStringConverter::encodingForData(bytes);
        if (encoding) {
            QStringDecoder decode(*encoding);
            const QString text = decode(bytes);
            if (!decode.hasError())
                bytes = text.toUtf8();
        }
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // the byte-order mark is not content
    if (const void *nul = std::memchr(bytes.constData(), '\0', std::size_t(bytes.size()))) {
        const qsizetype at = static_cast<const char *>(nul) - bytes.constData();
        const LineColumn lc = lineColumnAt(bytes, at);
        set.diagnostics << Diagnostic::make(
            Severity::Error, QStringLiteral("binary-file"), {name, lc.line, lc.column},
            Tr::tr("this is not a text file (it holds a NUL byte); Hopscope "
                   "reads YAML or JSON manifests"));
        return set;
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        const LineColumn lc = lineColumnAt(bytes, bad);
        set.diagnostics << Diagnostic::make(
            Severity::Error, QStringLiteral("invalid-utf8"), {name, lc.line, lc.column},
            Tr::tr("the file is not valid UTF-8 text (byte 0x%1)")
                .arg(uchar(bytes[bad]), 2, 16, QLatin1Char('0')),
            Tr::tr("Save the file as UTF-8, as Kubernetes expects."));
        return set;
    }

    // CR-only line ends (classic Mac OS): yaml-cpp sees one long line and says "illegal map
    // value", which points nowhere near the cause.
    if (const qsizetype cr = bytes.indexOf('\r'); cr >= 0 && bytes.indexOf('\n') < 0) {
        set.diagnostics << Diagnostic::make(
            Severity::Error, QStringLiteral("cr-line-ends"), {name, 1, int(cr) + 1},
            Tr::tr("the lines of this file end in a carriage return alone (CR, as classic Mac OS "
                   "wrote them); YAML needs LF or CR LF line ends here"),
            Tr::tr("Save the file with Unix (LF) line ends."));
        return set;
    }

    if (options.onText)
        options.onText(name, bytes);

    // Pieces: documents, and a big List's items in batches.
    std::vector<YamlChunk> chunks = splitDocuments(bytes);
    // Refused before parsing: a million Services would take gigabytes (~6.5 KB each, built).
    *objects += qint64(chunks.size());
    if (*objects > options.maxObjects) {
        set.diagnostics << Diagnostic::make(
            Severity::Error, QStringLiteral("too-many-objects"), whole,
            Tr::tr("the manifests hold more than %1 objects (documents and List items); "
                   "Hopscope reads up to %1")
                .arg(options.maxObjects),
            options.objectsOption.isEmpty()
                ? Tr::tr("Kubernetes itself is tested up to 150,000 pods, 10,000 Services and "
                         "5,000 nodes.")
                : Tr::tr("Kubernetes itself is tested up to 150,000 pods, 10,000 Services and "
                         "5,000 nodes. To read more, raise the limit: %1 N.")
                      .arg(options.objectsOption));
        return set;
    }
    std::vector<Piece> pieces;
    pieces.reserve(chunks.size());
    constexpr qsizetype kBatchBytes = 256 * 1024;
    for (const YamlChunk &c : chunks) {
        if (c.bytes.size() > options.maxDocumentBytes) {
            set.diagnostics << Diagnostic::make(
                Severity::Error, QStringLiteral("document-too-large"), {name, c.firstLine, 1},
                Tr::tr("this document is %1 MiB; Hopscope reads documents of up to %2 MiB")
                    .arg(mebibytes(c.bytes.size()), mebibytes(options.maxDocumentBytes)),
                Tr::tr("Split it into several documents separated by '---' lines."));
            continue;
        }
        Piece *last = pieces.empty() ? nullptr : &pieces.back();
        if (c.listItems && last && last->chunk.listItems &&
            last->chunk.bytes.data() + last->chunk.bytes.size() == c.bytes.data() &&
            last->chunk.bytes.size() + c.bytes.size() <= kBatchBytes) {
            last->chunk.bytes =
                QByteArrayView(last->chunk.bytes.data(), last->chunk.bytes.size() + c.bytes.size());
            last->items.push_back(c);
            continue;
        }
        Piece p;
        p.chunk = c;
        p.items.push_back(c);
        pieces.push_back(std::move(p));
    }

    ParseJob job;
    job.file = name;
    job.limits.maxDepth = options.maxDepth;
    job.limits.maxAliasNodes = options.maxAliasNodes;
    job.limits.maxAliasBytes = options.maxAliasBytes;
    job.total = total;
    job.offset = offset;
    job.options = &options;

    QList<ManifestSet> parts;
    if (options.parallel && pieces.size() > 1 && bytes.size() > 256 * 1024) {
        parts = QtConcurrent::blockingMapped<QList<ManifestSet>>(
            pieces, [&job](const Piece &p) { return parsePiece(p, job); });
    } else {
        for (const Piece &p : pieces)
            parts << parsePiece(p, job);
    }
    reserveFor(set, parts);
    for (ManifestSet &part : parts) {
        part.files.clear();
        set.append(std::move(part));
        part = ManifestSet(); // its emptied lists' memory, now
    }
    if (job.cancelled)
        set.diagnostics << Diagnostic::make(Severity::Error, QStringLiteral("cancelled"), whole,
                                            Tr::tr("loading was cancelled"));
    return set;
}

bool isManifestFile(const QString &path)
{
    return path.endsWith(u".yaml", Qt::CaseInsensitive) ||
           path.endsWith(u".yml", Qt::CaseInsensitive) ||
           path.endsWith(u".json", Qt::CaseInsensitive);
}

// A file the bounded reader refused, as a diagnostic.
Diagnostic readProblem(const BoundedRead &read, const QString &name, const ReadOptions &options,
                       bool isStdin)
{
    return Diagnostic::make(Severity::Error, boundedReadCode(read), {name, 0, 0},
                            boundedReadMessage(read, options.maxFileBytes, isStdin),
                            boundedReadHint(read, options.fileSizeOption));
}

// The manifest files under a folder, sorted, the first maxFiles of them. Symlinked folders are
// not followed (a link to a parent would loop).
QStringList folderFiles(const QString &path, const ReadOptions &options, Diagnostics *problems)
{
    QStringList found;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    // Listing is cheap next to reading; this bound only keeps a pathological tree finite.
    const qsizetype scanCap = qsizetype(options.maxFiles) * 100 + 100000;
    qsizetype seen = 0;
    while (it.hasNext() && seen < scanCap) {
        const QString f = it.next();
        ++seen;
        if (isManifestFile(f))
            found << f;
    }
    found.sort(); // the first N in name order, not in the order the folder lists them
    if (found.size() > options.maxFiles) {
        const QDir base(path);
        const qsizetype skipped = found.size() - options.maxFiles;
        problems->append(Diagnostic::make(
            Severity::Error, QStringLiteral("too-many-files"), {path, 0, 0},
            Tr::tr("the folder holds more than %1 manifest files; Hopscope read the first %1 in "
                   "name order and skipped %2 (%3 to %4)")
                .arg(options.maxFiles)
                .arg(skipped)
                .arg(truncatedForMessage(base.relativeFilePath(found.at(options.maxFiles))),
                     truncatedForMessage(base.relativeFilePath(found.last())))));
        found.resize(options.maxFiles);
    }
    if (it.hasNext())
        problems->append(Diagnostic::make(
            Severity::Warning, QStringLiteral("folder-listing-stopped"), {path, 0, 0},
            Tr::tr("the folder holds more than %1 entries; Hopscope stopped listing it there, so "
                   "the files read are the first in name order among those listed")
                .arg(scanCap)));
    if (found.isEmpty())
        problems->append(
            Diagnostic::make(Severity::Warning, QStringLiteral("empty-folder"), {path, 0, 0},
                             Tr::tr("no *.yaml, *.yml or *.json files in this folder")));
    return found;
}

} // namespace

ManifestSet ManifestReader::readBytes(const QByteArray &bytes, const QString &fileName,
                                      const ReadOptions &options)
{
    qint64 objects = 0;
    return readStream(bytes, fileName, options, 0, bytes.size(), &objects);
}

ManifestSet ManifestReader::readPaths(const QStringList &paths, const ReadOptions &options)
{
    ManifestSet set;
    QStringList files;
    for (const QString &path : paths) {
        if (path == u"-" || fileKind(path) != FileKind::Folder)
            files << path; // the bounded reader says what is wrong with anything else
        else
            files += folderFiles(path, options, &set.diagnostics);
    }

    qint64 total = 0;
    for (const QString &f : files)
        total += f == u"-" ? 0 : qMax<qint64>(0, QFileInfo(f).size());
    qint64 offset = 0;
    qint64 objects = 0;
    BoundedReadLimits limits;
    limits.maxBytes = options.maxFileBytes;
    if (options.progress)
        limits.cancelled = [&] { return !options.progress(offset, total); };
    for (const QString &f : files) {
        const bool isStdin = f == u"-";
        const QString name = isStdin ? stdinName() : f;
        // A file rewritten while it is read gives whatever bytes were there: never a crash (no
        // memory mapping, which a truncation would turn into SIGBUS).
        BoundedRead read = isStdin ? readStdinBounded(limits) : readFileBounded(f, limits);
        if (!read.ok()) {
            set.files << name;
            set.diagnostics << readProblem(read, name, options, isStdin);
            if (read.status == BoundedRead::Status::Cancelled)
                break;
            continue;
        }
        const qint64 size = read.bytes.size();
        set.append(readStream(std::move(read.bytes), name, options, offset, total, &objects));
        offset += size;
        if (set.diagnostics.size() && (set.diagnostics.last().code == u"cancelled" ||
                                       set.diagnostics.last().code == u"too-many-objects"))
            break;
    }
    return set;
}

} // namespace hopscope
