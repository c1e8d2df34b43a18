#pragma once

#include "core/yaml/yamlparse.h"

namespace hopscope {

// A fast reader for the plain block YAML that kubectl and most hand-written manifests use:
// block maps and sequences (a sequence may sit at its key's indentation), plain scalars on one
// line, one-line single- and double-quoted scalars (simple escapes), `{}` / `[]`, comments.
// It builds exactly the tree and marks yaml-cpp's events would (tests/core/tst_simpleyaml.cpp
// compares the two on every fixture), roughly ten times faster, and gives up — returns false,
// leaving *result untouched — on anything else: anchors, aliases, tags, block scalars,
// multi-line scalars, flow collections with content, tabs, directives, `key:` with nothing
// after it, odd indentation, anything deeper than limits.maxDepth. The caller then parses the
// chunk with yaml-cpp, which also explains every syntax error. So what Hopscope accepts, and how
// it reports errors, does not change.
bool parseSimpleYaml(const YamlChunk &chunk, const YamlLimits &limits, YamlParseResult *result);

} // namespace hopscope
