#pragma once

#include "core/objects/objects.h"
#include "core/yaml/yamltree.h"

#include <QString>

namespace hopscope {

// Turns parsed YAML documents into typed Kubernetes objects (not defaulted), with diagnostics
// at the right line: wrong types as the API server's decoder reports them, unknown fields of the
// objects Hopscope models (strict decoding), missing kind/name. Kinds Hopscope does not model are
// skipped with an info diagnostic. `kind: List` (and FooList) items are read one by one.
class ObjectParser
{
public:
    ObjectParser(QString file, ManifestSet *out);
    void parseDocument(const YamlNode &root);
    // A List's item, cut from its List by the splitter (same checks as a document).
    void parseListItem(const YamlNode &item) { parseObject(item); }

private:
    void parseObject(const YamlNode &root);

    QString m_file;
    ManifestSet *m_out;
};

// A canonical text of a YAML subtree (maps sorted by key), for hashing pod templates.
QByteArray canonicalYaml(const YamlNode &node);

} // namespace hopscope
