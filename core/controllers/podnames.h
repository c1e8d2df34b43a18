#pragma once

// Stable names for the pods controllers create, in Kubernetes' shapes:
//   Deployment  → ReplicaSet <deploy>-<pod-template-hash>, pods <rs>-<5 chars>
//   ReplicaSet, ReplicationController, DaemonSet → <name>-<5 chars> (generateName "<name>-")
//   StatefulSet → <name>-0 … <name>-(N-1)
// Where Kubernetes draws random characters, Hopscope derives them from a stable hash of (namespace,
// owner, replica index), so the same manifests give the same names on every run and machine.

#include "core/objects/objects.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace hopscope {

// The text hashed for pod-template-hash: PodTemplate::canonical when the reader filled it, else
// a canonical JSON rendering of the typed template (sorted keys, compact).
QByteArray canonicalPodTemplate(const PodTemplate &podTemplate);

// controller.ComputeHash: fnv-32a over the template, the decimal uint32 encoded with
// rand.SafeEncodeString (so only the characters 4–9, b, c, d, f appear).
QString podTemplateHash(const PodTemplate &podTemplate);

// Pod names unique within a namespace.
class PodNamer
{
public:
    // A name taken by a pod given in the manifests.
    void reserve(const QString &ns, const QString &name);
    bool isTaken(const QString &ns, const QString &name) const;
    // SimpleNameGenerator: base ("web-6b7f9c8d4-") cut to 58 characters + 5 stable characters
    // derived from (ns, owner, index) and, for pods a what-if edit creates later, the cluster's
    // generation (0: the pods the manifests start); another draw while the name is taken.
    QString generate(const QString &ns, const QString &base, const QString &owner, int index,
                     int generation = 0);
    // A fixed name (StatefulSet ordinals, bare pods); false when it is already taken.
    bool claim(const QString &ns, const QString &name);

private:
    QSet<QString> m_taken; // "ns/name"
};

} // namespace hopscope
