#include "manifestreader.h"

// Placeholder until the streaming reader lands: reports that nothing could be read.
namespace hopscope {

ManifestSet ManifestReader::readBytes(const QByteArray &, const QString &fileName,
                                      const ReadOptions &)
{
    ManifestSet set;
    set.files << fileName;
    set.diagnostics << Diagnostic{Severity::Error, QStringLiteral("not-implemented"),
                                  SourceLocation{fileName, 0, 0},
                                  QStringLiteral("the manifest reader is not implemented yet"),
                                  {}, {}};
    return set;
}

ManifestSet ManifestReader::readPaths(const QStringList &paths, const ReadOptions &options)
{
    ManifestSet set;
    for (const QString &p : paths)
        set.append(readBytes({}, p, options));
    return set;
}

} // namespace hopscope
