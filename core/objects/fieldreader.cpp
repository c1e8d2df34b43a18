#include "core/objects/fieldreader.h"

#include "core/objects/yamlnumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

namespace hopscope {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Manifest)
};

bool isYaml11Bool(const QString &s)
{
    static const char *const words[] = {"y",    "Y",    "yes",  "Yes",  "YES",   "n",     "N",
                                        "no",   "No",   "NO",   "true", "True",  "TRUE",  "false",
                                        "False", "FALSE", "on", "On",   "ON",    "off",   "Off",
                                        "OFF"};
    for (const char *w : words)
        if (s == QLatin1String(w))
            return true;
    return false;
}

bool isYaml11Number(const QString &s)
{
    // go-yaml v2's resolve(): integers (ParseInt base 0), floats (yamlStyleFloat), .inf/.nan.
    static const QRegularExpression number(QStringLiteral(
        "^(?:[-+]?(?:0|[1-9][0-9_]*|0[0-7_]+|0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+)|"
        "[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|"
        "[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    return number.match(s).hasMatch();
}

QString withoutIndexes(QString path)
{
    static const QRegularExpression index(QStringLiteral("\\[[0-9]+\\]"));
    return path.remove(index);
}

} // namespace

bool isYaml11NonString(const YamlNode &n)
{
    if (!n.isScalar() || !n.plain || !n.tag.isEmpty())
        return false;
    return isYaml11Bool(n.scalar) || isYaml11Number(n.scalar);
}

QString jsonTypeName(const YamlNode &n)
{
    switch (n.type) {
    case YamlNode::Type::Null:
        return QStringLiteral("null");
    case YamlNode::Type::Sequence:
        return QStringLiteral("array");
    case YamlNode::Type::Map:
        return QStringLiteral("object");
    case YamlNode::Type::Scalar:
        break;
    }
    if (n.plain && n.tag.isEmpty()) {
        if (isYaml11Bool(n.scalar))
            return QStringLiteral("bool");
        if (isYaml11Number(n.scalar))
            return QStringLiteral("number");
    }
    return QStringLiteral("string");
}

FieldReader::FieldReader(const YamlNode *node, QString path, QString goType, ParseContext *ctx)
    : m_node(node), m_path(std::move(path)), m_goType(std::move(goType)), m_ctx(ctx)
{
}

const YamlNode *FieldReader::value(const char *key) const
{
    if (!m_node || !m_node->isMap())
        return nullptr;
    const YamlNode *v = m_node->get(QLatin1String(key));
    if (v)
        mark(key, *v);
    return v;
}

QString FieldReader::childPath(const char *key) const
{
    return m_path.isEmpty() ? QString::fromLatin1(key) : m_path + u'.' + QLatin1String(key);
}

void FieldReader::mark(const char *key, const YamlNode &value) const
{
    if (m_ctx->marks)
        m_ctx->marks->insert(childPath(key), {m_ctx->file, value.line, value.column});
}

bool FieldReader::has(const char *key) const
{
    return m_node && m_node->isMap() && m_node->get(QLatin1String(key));
}

SourceLocation FieldReader::location() const
{
    if (!m_node)
        return {m_ctx->file, 0, 0};
    return {m_ctx->file, m_node->line, m_node->column};
}

SourceLocation FieldReader::locationOf(const char *key) const
{
    const YamlNode *v = m_node && m_node->isMap() ? m_node->get(QLatin1String(key)) : nullptr;
    if (!v)
        return location();
    return {m_ctx->file, v->line, v->column};
}

void FieldReader::error(const SourceLocation &where, const QString &code, const QString &message,
                        const QString &hint) const
{
    if (!m_ctx->diagnostics)
        return;
    m_ctx->diagnostics->append(Diagnostic::make(Severity::Error, code, where, message, hint));
}

void FieldReader::typeError(const YamlNode &v, const char *key, const char *goType) const
{
    QString what = jsonTypeName(v);
    if (what == u"number" && QLatin1String(goType).startsWith(QLatin1String("int")))
        if (const auto json = kubectlJsonNumber(v.scalar)) // Go prints the number it was sent
            what += u' ' + *json;
    const QString message =
        QStringLiteral("%1 in version \"%2\" cannot be handled as a %1: json: cannot unmarshal %3 "
                       "into Go struct field %4.%5 of type %6")
            .arg(m_ctx->kind, m_ctx->apiVersion, what, m_goType, withoutIndexes(childPath(key)),
                 QLatin1String(goType));
    QString hint;
    if (QLatin1String(goType) == QLatin1String("string") && v.isScalar())
        hint = Tr::tr("YAML reads %1 as a %2, but Kubernetes wants text here: put it in quotes "
                      "(\"%1\").")
                   .arg(v.scalar, jsonTypeName(v));
    else if (QLatin1String(goType).startsWith(QLatin1String("int")) && v.isScalar() && !v.plain)
        hint = Tr::tr("Kubernetes wants a number here: write it without quotes.");
    error({m_ctx->file, v.line, v.column}, QStringLiteral("bad-field-type"), message, hint);
}

QString FieldReader::string(const char *key) const
{
    const YamlNode *v = value(key);
    if (!v || v->isNull())
        return QString();
    if (!v->isScalar() || isYaml11NonString(*v)) {
        typeError(*v, key, "string");
        return v->isScalar() ? v->scalar : QString();
    }
    return v->scalar;
}

int FieldReader::integer(const char *key, bool *present, const char *goType) const
{
    const YamlNode *v = value(key);
    if (present)
        *present = v && !v->isNull();
    if (!v || v->isNull())
        return 0;
    // As kubectl sends it: 0x50, 8e1 and 80.0 arrive as the JSON number 80 (yamlnumber.h).
    std::optional<qint32> n;
    if (v->isScalar() && v->plain && v->tag.isEmpty())
        if (const auto json = kubectlJsonNumber(v->scalar))
            n = jsonNumberToInt32(*json);
    if (!n) {
        typeError(*v, key, goType);
        return 0;
    }
    return *n;
}

std::optional<bool> FieldReader::boolean(const char *key) const
{
    const YamlNode *v = value(key);
    if (!v || v->isNull())
        return std::nullopt;
    if (v->isScalar() && v->plain && isYaml11Bool(v->scalar))
        return v->scalar.startsWith(u'y') || v->scalar.startsWith(u'Y') ||
               v->scalar.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
               v->scalar.compare(QLatin1String("on"), Qt::CaseInsensitive) == 0;
    typeError(*v, key, "bool");
    return std::nullopt;
}

IntOrString FieldReader::intOrString(const char *key) const
{
    const YamlNode *v = value(key);
    if (!v || v->isNull())
        return {};
    if (v->isScalar() && v->plain && v->tag.isEmpty())
        if (const auto json = kubectlJsonNumber(v->scalar))
            if (const auto n = jsonNumberToInt32(*json))
                return IntOrString::fromInt(*n);
    if (v->isScalar() && !isYaml11NonString(*v))
        return IntOrString::fromString(v->scalar);
    typeError(*v, key, "intstr.IntOrString");
    return {};
}

Labels FieldReader::stringMap(const char *key) const
{
    Labels out;
    const YamlNode *v = value(key);
    if (!v || v->isNull())
        return out;
    if (!v->isMap()) {
        typeError(*v, key, "map[string]string");
        return out;
    }
    for (int i = 0; i < v->size(); ++i) {
        const YamlNode &k = v->keyAt(i);
        const YamlNode &val = v->valueAt(i);
        if (m_ctx->marks)
            m_ctx->marks->insert(childPath(key) + u'.' + k.scalar, {m_ctx->file, k.line, k.column});
        if (val.isNull()) {
            out.insert(k.scalar, QString());
        } else if (!val.isScalar() || isYaml11NonString(val)) {
            typeError(val, key, "string");
            out.insert(k.scalar, val.scalar);
        } else {
            out.insert(k.scalar, val.scalar);
        }
    }
    return out;
}

QStringList FieldReader::stringList(const char *key) const
{
    QStringList out;
    const YamlNode *v = value(key);
    if (!v || v->isNull())
        return out;
    if (!v->isSequence()) {
        typeError(*v, key, "[]string");
        return out;
    }
    for (std::size_t i = 0; i < v->children.size(); ++i) {
        const YamlNode &item = v->children[i];
        if (m_ctx->marks)
            m_ctx->marks->insert(childPath(key) + QStringLiteral("[%1]").arg(i),
                                 {m_ctx->file, item.line, item.column});
        if (!item.isScalar() || isYaml11NonString(item))
            typeError(item, key, "string");
        out << item.scalar;
    }
    return out;
}

FieldReader FieldReader::object(const char *key, const char *goType) const
{
    const YamlNode *v = value(key);
    if (v && !v->isNull() && !v->isMap()) {
        typeError(*v, key, goType);
        v = nullptr;
    }
    return FieldReader(v, childPath(key), QLatin1String(goType), m_ctx);
}

QList<FieldReader> FieldReader::objects(const char *key, const char *goType) const
{
    QList<FieldReader> out;
    const YamlNode *v = value(key);
    if (!v || v->isNull())
        return out;
    if (!v->isSequence()) {
        const QByteArray listType = QByteArray("[]v1.").append(goType);
        typeError(*v, key, listType.constData());
        return out;
    }
    for (int i = 0; i < int(v->children.size()); ++i) {
        const YamlNode &item = v->children[std::size_t(i)];
        const QString path = childPath(key) + QStringLiteral("[%1]").arg(i);
        if (m_ctx->marks)
            m_ctx->marks->insert(path, {m_ctx->file, item.line, item.column});
        if (!item.isMap()) {
            if (!item.isNull())
                typeError(item, key, goType);
            out << FieldReader(nullptr, path, QLatin1String(goType), m_ctx);
            continue;
        }
        out << FieldReader(&item, path, QLatin1String(goType), m_ctx);
    }
    return out;
}

void FieldReader::checkKnownFields(std::initializer_list<const char *> known) const
{
    if (!m_ctx->strictFields || !m_node || !m_node->isMap())
        return;
    for (int i = 0; i < m_node->size(); ++i) {
        const YamlNode &k = m_node->keyAt(i);
        bool found = false;
        for (const char *name : known)
            found = found || k.scalar == QLatin1String(name);
        if (found)
            continue;
        QString suggestion;
        for (const char *name : known)
            if (k.scalar.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                suggestion = QLatin1String(name);
        const QString field = m_path.isEmpty() ? k.scalar : m_path + u'.' + k.scalar;
        error({m_ctx->file, k.line, k.column}, QStringLiteral("unknown-field"),
              QStringLiteral("%1 in version \"%2\" cannot be handled as a %1: strict decoding "
                             "error: unknown field \"%3\"")
                  .arg(m_ctx->kind, m_ctx->apiVersion, field),
              suggestion.isEmpty()
                  ? Tr::tr("Kubernetes does not know this field; check its spelling and its "
                           "indentation (it may belong one level up or down).")
                  : Tr::tr("Field names are case-sensitive: did you mean \"%1\"?").arg(suggestion));
    }
}

} // namespace hopscope
