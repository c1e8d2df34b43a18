#pragma once

#include "core/yaml/yamlparse.h"

#include <QByteArrayView>

#include <vector>

namespace hopscope {

// Cuts a YAML stream into pieces yaml-cpp can parse independently (and in parallel), so that one
// broken document does not lose the others:
//  - at column-0 `---` lines (a document start marker; directives `%…` stay with the document
//    they precede) and after column-0 `...` lines (document end marker);
//  - inside a `kind: List` document written as kubectl writes it (`items:` at column 0, each item a
//    column-0 `- `), one piece per item, marked listItems; the List's own header lines are dropped.
// Pieces holding only blank lines and comments are left out. Lines keep their numbers.
std::vector<YamlChunk> splitDocuments(QByteArrayView bytes);

// Joins adjacent listItems pieces into batches of about `targetBytes` (fewer, larger parses).
std::vector<YamlChunk> batchListItems(const std::vector<YamlChunk> &chunks, qsizetype targetBytes);

} // namespace hopscope
