#pragma once

#include <QString>
#include <QLatin1String>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace hopscope {

// A light YAML tree with source marks, built from yaml-cpp events (never YAML::Load/LoadAll on user
// input: see DESIGN.md). Maps keep their key order; children alternate key, value for maps.
class YamlNode
{
public:
    enum class Type : std::uint8_t { Null, Scalar, Sequence, Map };

    Type type = Type::Null;
    bool plain = true;      // scalar written without quotes (tag "?"), so `80` may be an int
    bool flow = false;      // collection written in flow style ({…} / […])
    int line = 0;           // 1-based
    int column = 0;         // 1-based
    QString tag;            // explicit tag, if any ("!!str"); empty for the non-specific ones
    QString scalar;         // the text of a scalar
    std::vector<YamlNode> children;

    bool isNull() const { return type == Type::Null; }
    bool isScalar() const { return type == Type::Scalar; }
    bool isSequence() const { return type == Type::Sequence; }
    bool isMap() const { return type == Type::Map; }

    // Sequences
    int size() const;                      // items of a sequence, pairs of a map, 0 otherwise
    const YamlNode &at(int i) const;       // sequence item i

    // Maps
    const YamlNode &keyAt(int i) const;
    const YamlNode &valueAt(int i) const;
    const YamlNode *get(QStringView key) const; // nullptr if absent or not a map
    const YamlNode *get(QLatin1String key) const;

    // Scalar conversions as Kubernetes' JSON decoding sees them (plain scalars only for numbers).
    bool toInt(qint64 *out) const;
    bool toBool(bool *out) const;
    QString typeName() const; // "string", "number", "boolean", "null", "list", "object" (for messages)
};

// A parsed document of a stream, with where it started.
struct YamlDocument
{
    YamlNode root;
    int line = 0; // first line of the document's content (1-based)
    int index = 0; // 0-based position in its file
};

} // namespace hopscope
