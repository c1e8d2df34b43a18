#pragma once

#include <QString>

#include <optional>

namespace hopscope {

// What kubectl sends for a plain YAML scalar that its YAML library reads as a number: the JSON
// number text, or nothing when the scalar is not a number (text, or .inf/.nan, which JSON cannot
// hold). kubectl converts YAML to JSON (sigs.k8s.io/yaml over go-yaml v2): go-yaml's resolve()
// tries strconv.ParseInt(s, 0, 64) (so 0x50, 0o120, 0120 and 1_000 are integers), then ParseUint,
// then floats matching ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$, then 0b… ;
// encoding/json then writes a float64 in the shortest form, without an exponent below 1e21
// ("8e1" and "80.0" become 80, 99999999999999999999 becomes 100000000000000000000).
std::optional<QString> kubectlJsonNumber(const QString &plainScalar);

// Go's encoding/json decoding of a JSON number into an int32 field: the value, or nothing when
// it has a fraction or does not fit ("json: cannot unmarshal number … of type int32").
std::optional<qint32> jsonNumberToInt32(const QString &jsonNumber);

} // namespace hopscope
