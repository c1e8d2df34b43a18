#pragma once

#include "core/yaml/yamltree.h"

#include <QString>
#include <QList>

namespace hopscope {

// A key written twice in one mapping. kubectl decodes YAML as go-yaml v2 does into a Go map
// (sigs.k8s.io/yaml, not strict): the later value overwrites the earlier one and nothing is said;
// the API server gets only the last (kubernetes/kubernetes#89303, #125885). Hopscope reads the
// document the same way and warns.
struct RepeatedKey
{
    QString key;        // as Go's %#v prints the key go-yaml resolved: "port" quoted, 80, true, <nil>
    int line = 0;       // the repeated key
    int column = 0;
    int firstLine = 0;  // where the key stood first
};

struct DuplicateKeys
{
    QList<RepeatedKey> keys; // in document order
    bool isEmpty() const { return keys.isEmpty(); }
};

DuplicateKeys findDuplicateKeys(const YamlNode &root);

// `root` with each mapping holding one value per key, the last one written (where it stands).
YamlNode withLastValues(const YamlNode &root);

} // namespace hopscope
