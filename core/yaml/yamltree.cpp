#include "core/yaml/yamltree.h"

namespace hopscope {

namespace {
const YamlNode &nullNode()
{
    static const YamlNode n;
    return n;
}
} // namespace

int YamlNode::size() const
{
    if (type == Type::Sequence)
        return int(children.size());
    if (type == Type::Map)
        return int(children.size() / 2);
    return 0;
}

const YamlNode &YamlNode::at(int i) const
{
    if (type != Type::Sequence || i < 0 || i >= int(children.size()))
        return nullNode();
    return children[std::size_t(i)];
}

const YamlNode &YamlNode::keyAt(int i) const
{
    if (type != Type::Map || i < 0 || i >= size())
        return nullNode();
    return children[std::size_t(2 * i)];
}

const YamlNode &YamlNode::valueAt(int i) const
{
    if (type != Type::Map || i < 0 || i >= size())
        return nullNode();
    return children[std::size_t(2 * i + 1)];
}

const YamlNode *YamlNode::get(QStringView key) const
{
    if (type != Type::Map)
        return nullptr;
    for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
        const YamlNode &k = children[i];
        if (k.type == Type::Scalar && k.scalar == key)
            return &children[i + 1];
    }
    return nullptr;
}

const YamlNode *YamlNode::get(QLatin1String key) const
{
    if (type != Type::Map)
        return nullptr;
    for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
        const YamlNode &k = children[i];
        if (k.type == Type::Scalar && k.scalar == key)
            return &children[i + 1];
    }
    return nullptr;
}

bool YamlNode::toInt(qint64 *out) const
{
    if (type != Type::Scalar || !plain)
        return false;
    bool ok = false;
    const qint64 v = scalar.toLongLong(&ok, 10);
    if (ok && out)
        *out = v;
    return ok;
}

bool YamlNode::toBool(bool *out) const
{
    if (type != Type::Scalar || !plain)
        return false;
    if (scalar == u"true" || scalar == u"True" || scalar == u"TRUE") {
        if (out)
            *out = true;
        return true;
    }
    if (scalar == u"false" || scalar == u"False" || scalar == u"FALSE") {
        if (out)
            *out = false;
        return true;
    }
    return false;
}

QString YamlNode::typeName() const
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Sequence:
        return QStringLiteral("list");
    case Type::Map:
        return QStringLiteral("object");
    case Type::Scalar:
        break;
    }
    if (plain) {
        if (toInt(nullptr))
            return QStringLiteral("number");
        if (toBool(nullptr))
            return QStringLiteral("boolean");
        if (scalar == u"null" || scalar == u"~")
            return QStringLiteral("null");
    }
    return QStringLiteral("string");
}

} // namespace hopscope
