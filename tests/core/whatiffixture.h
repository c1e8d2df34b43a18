#pragma once

// Shared by the what-if tests: the classroom fixture (three nodes, six workloads) and small
// readers of a Cluster (pods of an owner, endpoint IPs, addresses, rules of a node).

#include "core/builder/clusterbuilder.h"
#include "core/objects/manifestreader.h"
#include "core/proxy/proxyrules.h"
#include "core/classroom/whatif.h"

#include <QDebug>
#include <QSet>
#include <QStringList>

namespace whatiffixture {

using namespace hopscope;

inline const QString kFixture = QStringLiteral(HOPSCOPE_TEST_DATA "/valid/whatif/classroom.yaml");

inline Cluster classroom(ClusterSettings::SystemObjects system = ClusterSettings::SystemObjects::Never)
{
    ClusterSettings settings;
    settings.systemObjects = system;
    Cluster c = ClusterBuilder::build(ManifestReader::readPaths({kFixture}), settings);
    c.reindex();
    return c;
}

inline QList<const PodInfo *> podsOf(const Cluster &c, const QString &owner)
{
    QList<const PodInfo *> out;
    for (const PodInfo &p : c.pods)
        if (p.ownerName == owner)
            out << &p;
    return out;
}

inline QStringList namesOf(const QList<const PodInfo *> &pods)
{
    QStringList out;
    for (const PodInfo *p : pods)
        out << p->name;
    return out;
}

inline QSet<QString> ipsOf(const Cluster &c)
{
    QSet<QString> out;
    for (const PodInfo &p : c.pods)
        if (!p.hostNetwork && !p.ip.isEmpty())
            out.insert(p.ip);
    return out;
}

inline QStringList endpointIPs(const Cluster &c, const QString &serviceId)
{
    QStringList out;
    const ServiceInfo *s = c.service(serviceId);
    if (!s)
        return out;
    for (const auto &list : s->endpoints)
        for (const EndpointInfo &e : list)
            out << e.ip;
    return out;
}

// What a what-if must never touch: each Service's ClusterIP and nodePorts.
inline QStringList addressesOf(const Cluster &c)
{
    QStringList out;
    for (const ServiceInfo &s : c.services) {
        QString line = s.id + u' ' + s.clusterIP;
        for (const ServicePortInfo &p : s.ports)
            line += u' ' + QString::number(p.nodePort);
        out << line;
    }
    return out;
}

inline Cluster apply(const Cluster &c, const WhatIf &w, Diagnostics *problems = nullptr)
{
    Diagnostics local;
    Diagnostics &d = problems ? *problems : local;
    Cluster out = applyWhatIf(c, w, &d);
    if (!problems && hasErrors(d))
        qWarning() << "what-if refused:" << d.first().message;
    return out;
}

const Diagnostic *findCode(const Diagnostics &d, const QString &code)
{
    for (const Diagnostic &x : d)
        if (x.code == code)
            return &x;
    return nullptr;
}

inline QString rulesOf(const Cluster &c, const QString &node)
{
    const ProxyRules rules(c);
    const auto n = rules.forNode(node);
    return n ? n->restoreText() : QString();
}

} // namespace whatiffixture
