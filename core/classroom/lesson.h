#pragma once

// A lesson: the manifests a teacher opens and the requests they send, in order (the presets of
// the request bar). A small YAML file kept next to its manifests, e.g. resources/demo/
// myapp.lesson.yaml:
//
//   title: The seed's default cluster              # required; like every note, a text or
//                                                  #   one per language (lessontext.h):
//                                                  #   {en: The seed's …, ko: 글의 기본 …}
//   manifests:                                     # required, at least one
//   - myapp.yaml                                   #   a path, relative to the lesson file
//   - inline: |                                    #   or manifests written into the lesson
//       apiVersion: v1
//       kind: Pod
//       …
//     name: extra.yaml                             #   (optional: the name diagnostics use)
//   settings:                                      # optional, named after the command-line flags
//     nodes: 3                                     #   (DESIGN.md, "Command-line contract")
//     cluster-cidr: 10.244.0.0/16
//     service-cluster-ip-range: 10.96.0.0/12
//     service-node-port-range: 30000-32767
//     masquerade-all: true                         #   kube-proxy's options too (ClusterSettings::
//     nodeport-addresses: 192.168.1.0/24           #   optionNames(): iptables-localhost-nodeports,
//                                                  #   detect-local-mode, load-balancer-target,
//                                                  #   external-ip-node)
//   clients:                                       # optional: more outside hosts, by name
//   - name: office                                 #   (a request's from: client/office);
//     address: 203.0.113.7                         #   outside the client's LAN: behind the router
//   requests:                                      # optional: the presets, in teaching order
//   - title: Client → NodePort 30008 on each node  #   required
//     from: client                                 #   required: TraceRequest::from
//     to: [192.168.1.2:30008, 192.168.1.3:30008]   #   required: one TraceRequest::to or a list
//     seed: 1                                      #   optional (default 1)
//     endpoint: 10.244.1.2:80                      #   optional: TraceRequest::pinnedEndpoint
//     expect: delivered                            #   optional: delivered | fails (what the
//                                                  #   lesson shows; tests check it)
//     note: Every node opens the port.             #   optional: said to the class
//     hop-notes:                                   #   optional: the teacher's note per step
//     - hop: 4                                     #     0-based hop index of the trace
//       note: kube-proxy's DNAT picks a pod here.
//   whatif:                                        # optional: what-if edits, replayed in order
//   - delete-pod pod/default/web-7d4b9c-abcde      #   (core/whatif.h, WhatIf::toString())
//   - scale Deployment/default/vote 4
//   positions:                                     # optional: items the teacher dragged, as an
//     node/node-1: [40, -24]                       #   offset (x, y) from the computed layout
//     client: [0, 80]                              #   (ids: node/…, svc/…, client, lb/…)
//
// Unknown keys are warnings (a later version may know them), wrong types and missing required
// keys are errors. The reader never throws: problems are Diagnostics with file:line:col.
//
// Extending it: add keys here, read them in lesson.cpp, write them in lessonwriter.cpp, and keep
// old files valid (new keys are optional). LessonWriter writes the same format back.

#include "core/model/clustersettings.h"
#include "core/base/diagnostic.h"
#include "core/model/trace.h"
#include "core/classroom/lessontext.h"
#include "core/classroom/whatif.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace hopscope {

struct Cluster;

struct LessonManifest
{
    QString path;       // absolute (resolved against the lesson's folder); empty when inline
    QByteArray content; // an inline manifest
    QString name;       // the name diagnostics give an inline manifest
    int line = 0;       // where the lesson names it
    // The path leaves the lesson's folder (absolute, "..", or a symlink out of it): it is read
    // only with consent (Lesson::allowOutside), never before.
    bool outside = false;
    bool isInline() const { return path.isEmpty(); }
};

// An outside host a lesson names (a source besides the client).
struct LessonClient
{
    QString name;
    QString address;
    friend bool operator==(const LessonClient &, const LessonClient &) = default;
};

struct LessonRequest
{
    enum class Expect { Unspecified, Delivered, Fails };

    LessonText title;
    QString from;
    QStringList to; // at least one; several: the same request to each destination in turn
    quint64 seed = 1;
    QString pinnedEndpoint;
    Expect expect = Expect::Unspecified;
    LessonText note;
    QMap<int, LessonText> hopNotes; // the teacher's note per step: hop index → note
    int line = 0;                // where it is written, for messages

    // The request to the i-th destination.
    TraceRequest traceRequest(int destination = 0) const;
};

struct Lesson
{
    QString file; // the lesson file (empty when read from bytes without a name)
    LessonText title;
    QList<LessonManifest> manifests;
    // The settings the lesson gives, over the ones it was opened with (see applySettings).
    QList<QPair<QString, QString>> settings; // (flag name, value) as written
    QList<LessonClient> clients; // the outside hosts it names, besides the client
    QList<LessonRequest> requests;
    QList<WhatIf> whatIfs;            // replayed in order on the built cluster
    QList<int> whatIfLines;           // the line of each what-if edit in the lesson
    // Consent to read manifests outside the lesson's folder (a dialog in the app, the flag
    // --allow-outside-lesson on the command line). Without it they are neither read nor embedded.
    bool allowOutside = false;
    QMap<QString, QPointF> positions; // entity id → offset from the computed layout
    Diagnostics problems;

    bool isValid() const { return !hasErrors(problems) && !manifests.isEmpty(); }
    // The manifest paths outside the lesson's folder, as the lesson resolves them.
    QStringList outsidePaths() const;
    // The manifest paths that may be read now: all with consent, else those inside the folder.
    // An Error "lesson-outside" at its line for each one left out goes to `problems`.
    QStringList readablePaths(Diagnostics *problems) const;
    // `base` with the lesson's settings applied; a bad value becomes a diagnostic in `problems`.
    ClusterSettings applySettings(const ClusterSettings &base, Diagnostics *problems) const;
    // Reads the manifests (files and inline ones) and builds the cluster.
    Cluster buildCluster(const ClusterSettings &base) const;
    // `cluster` after the lesson's what-if edits, in order; a refused edit is an Error in
    // `problems` (may be null) and the others still apply.
    Cluster replayWhatIfs(const Cluster &cluster, Diagnostics *problems) const;
    // `d`, a problem of the index-th what-if edit, located at the edit's line in the lesson.
    Diagnostic locateWhatIf(Diagnostic d, qsizetype index) const;
    // The settings as the lesson writes them: the flags whose value differs from the defaults.
    static QList<QPair<QString, QString>> settingsFlags(const ClusterSettings &settings);
};

class LessonReader
{
public:
    static Lesson readFile(const QString &path);
    // `fileName` names the lesson in diagnostics and relative manifest paths resolve against its
    // folder.
    static Lesson readBytes(const QByteArray &bytes, const QString &fileName);
};

class LessonWriter
{
public:
    // The lesson as YAML text (yaml-cpp's Emitter), in the format above: title, manifests
    // (referenced ones relative to `lessonPath`'s folder, inline ones as literal blocks),
    // settings, whatif, positions, requests with their notes. Reading it back gives the same
    // Lesson (but `file`, `line` and `problems`).
    static QByteArray toYaml(const Lesson &lesson, const QString &lessonPath);
    // Makes the referenced manifests inline (a folder: its *.yaml, *.yml, *.json files, sorted),
    // named by their path relative to `baseDir`. Only reads them. False (and an Error in
    // `problems`, which may be null) when one cannot be read.
    static bool embedManifests(Lesson *lesson, const QString &baseDir, Diagnostics *problems);
};

// "name.lesson.yaml" (or .yml): a lesson rather than a manifest.
bool isLessonFileName(const QString &path);

} // namespace hopscope
