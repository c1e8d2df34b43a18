#pragma once

#include "core/base/diagnostic.h"
#include "core/yaml/yamltree.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace hopscope {

struct YamlLimits
{
    int maxDepth = 100;
    qint64 maxAliasNodes = 10000;
    qint64 maxAliasBytes = qint64(4) << 20; // text (keys and scalars) copied by aliases
    // Try the fast reader of plain block YAML first (simpleyaml.h); it hands anything else to
    // yaml-cpp. Off: yaml-cpp reads everything (tests compare the two).
    bool simpleFastPath = true;
};

// One piece of a file handed to yaml-cpp on its own: a whole document, or (for a big `kind: List`)
// a run of its `items:` entries, which parses as a sequence.
struct YamlChunk
{
    QByteArrayView bytes;
    int firstLine = 1;       // line of bytes[0] in the file (1-based)
    bool listItems = false;  // the chunk is "- item\n- item…" cut from a List's items
};

struct YamlParseResult
{
    std::vector<YamlDocument> documents;
    Diagnostics diagnostics; // file names left empty: the caller fills them in
};

// Parses a chunk with yaml-cpp's event API (YAML::Parser::HandleNextDocument), never LoadAll.
// Guards: nesting depth, alias expansion (billion laughs, alias cycles), documents that do not
// advance (a lone ',' makes yaml-cpp 0.7.0 return empty documents forever), and every yaml-cpp
// exception (DeepRecursion included) becomes a located diagnostic.
YamlParseResult parseYamlChunk(const YamlChunk &chunk, const YamlLimits &limits);

// yaml-cpp's message made readable for a student, plus a hint (both translated).
struct YamlErrorText
{
    QString message;
    QString hint;
};
YamlErrorText explainYamlError(const QString &yamlCppMessage);

} // namespace hopscope
