#pragma once

#include "core/base/diagnostic.h"
#include "core/objects/objects.h"
#include "core/yaml/yamltree.h"

#include <QString>
#include <QStringList>

#include <initializer_list>

namespace hopscope {

// What every field read of one object shares: where it is, what it is, where problems go.
struct ParseContext
{
    QString file;
    QString kind;        // "Service"
    QString apiVersion;  // "v1"
    QString objectName;
    Diagnostics *diagnostics = nullptr;
    FieldMarks *marks = nullptr; // record each field's location here (nullptr: don't)
    bool strictFields = false;   // report unknown fields (server-side strict field validation)
};

// Typed, located access to one mapping of a manifest. Wrong types are reported the way the API
// server's JSON decoder reports them ("json: cannot unmarshal string into Go struct field
// ServicePort.spec.ports.port of type int32"), at the value's line and column.
class FieldReader
{
public:
    FieldReader(const YamlNode *node, QString path, QString goType, ParseContext *ctx);

    const YamlNode *node() const { return m_node; }
    bool isMap() const { return m_node && m_node->isMap(); }
    const QString &path() const { return m_path; }
    bool has(const char *key) const;
    SourceLocation locationOf(const char *key) const; // of the value, or of this map if absent
    SourceLocation location() const;

    QString string(const char *key) const;
    // A number; `present` tells whether the key was there (with a number or not).
    int integer(const char *key, bool *present = nullptr, const char *goType = "int32") const;
    std::optional<bool> boolean(const char *key) const;
    IntOrString intOrString(const char *key) const;
    Labels stringMap(const char *key) const;
    QStringList stringList(const char *key) const;

    // A nested object; an absent key gives a reader on nothing (every read returns empty).
    FieldReader object(const char *key, const char *goType) const;
    // The items of a list of objects, each as a reader ("spec.ports[2]").
    QList<FieldReader> objects(const char *key, const char *goType) const;

    // Strict decoding: fields this object does not have (typos such as `nodeport`).
    void checkKnownFields(std::initializer_list<const char *> known) const;

    void error(const SourceLocation &where, const QString &code, const QString &message,
               const QString &hint = QString()) const;

private:
    const YamlNode *value(const char *key) const;
    QString childPath(const char *key) const;
    void typeError(const YamlNode &value, const char *key, const char *goType) const;
    void mark(const char *key, const YamlNode &value) const;

    const YamlNode *m_node;
    QString m_path;   // "spec.ports[0]" (with indexes: marks)
    QString m_goType; // "ServicePort"
    ParseContext *m_ctx;
};

// "number", "string", "bool", "array", "object", "null": the JSON type Go's decoder names.
QString jsonTypeName(const YamlNode &n);
// True for plain scalars a YAML 1.1 loader (sigs.k8s.io/yaml) reads as a number or a boolean.
bool isYaml11NonString(const YamlNode &n);

} // namespace hopscope
