#pragma once

// Internals of the cluster generator: a buffered YAML line writer and the naming scheme both
// forms share.

#include "core/model/cluster.h"
#include "core/generator/generator.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace hopscope::generator {

// Appends YAML lines to a buffer and hands it to the device every megabyte.
class YamlWriter
{
public:
    explicit YamlWriter(QIODevice *device) : m_device(device)
    {
        m_buffer.reserve(kFlushBytes + 4096);
    }
    ~YamlWriter() { flush(); }
    YamlWriter(const YamlWriter &) = delete;
    YamlWriter &operator=(const YamlWriter &) = delete;

    bool ok() const { return m_ok; }
    QString errorString() const { return m_error; }

    // "<indent>key: value\n"; value written as is (the caller quotes when YAML needs it).
    void field(int indent, const char *key, QByteArrayView value)
    {
        pad(indent);
        m_buffer += key;
        m_buffer += ": ";
        m_buffer += value;
        m_buffer += '\n';
        maybeFlush();
    }
    void field(int indent, const char *key, QStringView value)
    {
        field(indent, key, value.toUtf8());
    }
    void field(int indent, const char *key, qint64 value)
    {
        field(indent, key, QByteArray::number(value));
    }
    // "<indent>key: "value"\n"
    void quoted(int indent, const char *key, QByteArrayView value)
    {
        pad(indent);
        m_buffer += key;
        m_buffer += ": \"";
        m_buffer += value;
        m_buffer += "\"\n";
        maybeFlush();
    }
    void quoted(int indent, const char *key, QStringView value)
    {
        quoted(indent, key, value.toUtf8());
    }
    // "<indent>key:\n" (a nested map or list follows)
    void open(int indent, const char *key)
    {
        pad(indent);
        m_buffer += key;
        m_buffer += ":\n";
    }
    // "<indent>- " then the first field of the item follows on the same line: call field() with
    // indent -1 to continue the line.
    void item(int indent)
    {
        pad(indent);
        m_buffer += "- ";
    }
    // A raw line (no indent added).
    void line(QByteArrayView text)
    {
        m_buffer += text;
        m_buffer += '\n';
        maybeFlush();
    }
    // A label-style map; values quoted when YAML would read them as something else than text.
    void labels(int indent, const char *key, const Labels &map);

    void flush()
    {
        if (m_buffer.isEmpty() || !m_ok)
            return;
        if (m_device->write(m_buffer) != m_buffer.size()) {
            m_ok = false;
            m_error = m_device->errorString();
        }
        m_buffer.clear();
    }

private:
    static constexpr qsizetype kFlushBytes = 1 << 20;
    void pad(int indent)
    {
        if (indent > 0)
            m_buffer.append(indent, ' ');
    }
    void maybeFlush()
    {
        if (m_buffer.size() >= kFlushBytes)
            flush();
    }

    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_ok = true;
    QString m_error;
};

// A YAML scalar for a label or annotation value: plain when that reads back as the same text.
QByteArray labelValue(const QString &value);

// The names and addresses of generated clusters.
struct Scheme
{
    explicit Scheme(const GeneratorSpec &spec);
    const GeneratorSpec &spec;
    int namespaceCount = 1;

    QString nodeName(int i) const;
    QString nodeIP(int i) const;  // InternalIP
    QString podCidr(int i) const; // the node's /24
    QString namespaceOf(int service) const;
    QString appName(int service) const; // Service, Deployment and app label
    int replicas(int service) const;
    QString serviceType(int service) const; // empty: ClusterIP (not written)
    bool hasMetricsPort(int service) const;
    QString image(int service) const;
};

// Deterministic server-filled values.
QByteArray uidFor(const QString &kind, const QString &ns, const QString &name);
QByteArray timestamp(int secondsAfterStart);
QByteArray hexDigest(const QString &seed, int length);

// Writes the dump form of a built cluster.
void writeDump(const Cluster &cluster, const Scheme &scheme, YamlWriter &out);

} // namespace hopscope::generator
