#include "core/controllers/podnames.h"

#include "core/base/stablehash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hopscope {

namespace {

constexpr int kMaxNameLength = 63;
constexpr int kRandomLength = 5;
constexpr int kMaxGeneratedNameLength = kMaxNameLength - kRandomLength;

QJsonObject toJson(const Labels &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

void insertIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

QJsonArray toJson(const QList<Container> &containers, bool init)
{
    QJsonArray out;
    for (const Container &c : containers) {
        QJsonObject o;
        insertIfSet(o, QStringLiteral("name"), c.name);
        insertIfSet(o, QStringLiteral("image"), c.image);
        if (init && c.restartAlways)
            o.insert(QStringLiteral("restartPolicy"), QStringLiteral("Always"));
        QJsonArray ports;
        for (const ContainerPort &p : c.ports) {
            QJsonObject po;
            insertIfSet(po, QStringLiteral("name"), p.name);
            po.insert(QStringLiteral("containerPort"), p.containerPort);
            insertIfSet(po, QStringLiteral("protocol"), p.protocol);
            if (p.hostPort != 0)
                po.insert(QStringLiteral("hostPort"), p.hostPort);
            ports.append(po);
        }
        if (!ports.isEmpty())
            o.insert(QStringLiteral("ports"), ports);
        out.append(o);
    }
    return out;
}

} // namespace

QByteArray canonicalPodTemplate(const PodTemplate &t)
{
    if (!t.canonical.isEmpty())
        return t.canonical;
    QJsonObject metadata;
    if (!t.labels.isEmpty())
        metadata.insert(QStringLiteral("labels"), toJson(t.labels));
    if (!t.annotations.isEmpty())
        metadata.insert(QStringLiteral("annotations"), toJson(t.annotations));
    QJsonObject spec;
    spec.insert(QStringLiteral("containers"), toJson(t.spec.containers, false));
    if (!t.spec.initContainers.isEmpty())
        spec.insert(QStringLiteral("initContainers"), toJson(t.spec.initContainers, true));
    insertIfSet(spec, QStringLiteral("nodeName"), t.spec.nodeName);
    if (!t.spec.nodeSelector.isEmpty())
        spec.insert(QStringLiteral("nodeSelector"), toJson(t.spec.nodeSelector));
    if (!t.spec.tolerations.isEmpty()) {
        QJsonArray tolerations;
        for (const Toleration &tol : t.spec.tolerations) {
            QJsonObject o;
            insertIfSet(o, QStringLiteral("key"), tol.key);
            insertIfSet(o, QStringLiteral("operator"), tol.op);
            insertIfSet(o, QStringLiteral("value"), tol.value);
            insertIfSet(o, QStringLiteral("effect"), tol.effect);
            tolerations.append(o);
        }
        spec.insert(QStringLiteral("tolerations"), tolerations);
    }
    if (t.spec.hostNetwork)
        spec.insert(QStringLiteral("hostNetwork"), true);
    insertIfSet(spec, QStringLiteral("hostname"), t.spec.hostname);
    insertIfSet(spec, QStringLiteral("subdomain"), t.spec.subdomain);
    QJsonObject root;
    if (!metadata.isEmpty())
        root.insert(QStringLiteral("metadata"), metadata);
    root.insert(QStringLiteral("spec"), spec);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString podTemplateHash(const PodTemplate &podTemplate)
{
    const quint32 hash = fnv32a(canonicalPodTemplate(podTemplate));
    return safeEncodeString(QByteArray::number(hash));
}

void PodNamer::reserve(const QString &ns, const QString &name)
{
    m_taken.insert(ns + u'/' + name);
}

bool PodNamer::isTaken(const QString &ns, const QString &name) const
{
    return m_taken.contains(ns + u'/' + name);
}

bool PodNamer::claim(const QString &ns, const QString &name)
{
    if (isTaken(ns, name))
        return false;
    reserve(ns, name);
    return true;
}

QString PodNamer::generate(const QString &ns, const QString &base, const QString &owner, int index,
                           int generation)
{
    const QString prefix =
        base.size() > kMaxGeneratedNameLength ? base.left(kMaxGeneratedNameLength) : base;
    for (int attempt = 0;; ++attempt) {
        QStringList seedParts{ns, owner, QString::number(index)};
        if (generation > 0)
            seedParts << QStringLiteral("generation") << QString::number(generation);
        if (attempt > 0)
            seedParts << QString::number(attempt);
        const QString name = prefix + stableRandomString(stableHash(seedParts), kRandomLength);
        if (claim(ns, name))
            return name;
    }
}

} // namespace hopscope
