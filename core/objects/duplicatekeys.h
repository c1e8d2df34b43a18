#pragma once

#include "core/yaml/yamltree.h"

#include <QString>
#include <QStringList>

namespace hopscope {

// A key written twice in one mapping, as kubectl's YAML-to-JSON conversion reports it
// (sigs.k8s.io/yaml over go-yaml v2, strict: setMapIndex appends
// `line N: key "port" already set in map`, N the line of the second value, the key printed with
// Go's %#v: quoted text, or the number / bool / <nil> go-yaml resolved it to).
struct DuplicateKeys
{
    QStringList lines; // "line 10: key \"port\" already set in map", in document order
    int line = 0;      // where the first repeated key stands
    int column = 0;
    bool isEmpty() const { return lines.isEmpty(); }
    // "error converting YAML to JSON: yaml: unmarshal errors:\n  line 10: key …"
    QString message() const;
};

DuplicateKeys findDuplicateKeys(const YamlNode &root);

} // namespace hopscope
