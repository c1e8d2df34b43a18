#include "ui/classroom.h"

#include "core/trace/output/tracediff.h"
#include "core/trace/requesttargets.h"
#include "i18n.h"
#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "scene/hopplaces.h"
#include "ui/panels/eventlistpanel.h"
#include "ui/panels/hopdetailspanel.h"
#include "ui/requestbar.h"
#include "ui/panels/rulespanel.h"

#include <QComboBox>
#include <QMenu>

namespace hopscope::app {

namespace {

// A scene id that stands for a Service's address: the socket of a node port (on one node) or
// the cloud of a load balancer.
struct TargetScope
{
    QString entity; // "svc/…", "pod/…", "node/…"
    QString nodeId; // only this node's node port
    bool loadBalancerOnly = false;
};

TargetScope scopeOf(const SceneLayout &layout, const QString &id)
{
    if (const SocketPlace *s = layout.socket(id))
        return {s->serviceId, s->nodeId, false};
    if (const CloudPlace *c = layout.cloud(id))
        return {c->serviceId, QString(), true};
    return {id, QString(), false};
}

QList<RequestTarget> targetsFor(const Cluster &cluster, const SceneLayout &layout,
                                const QString &id, const QString &from)
{
    const TargetScope scope = scopeOf(layout, id);
    if (scope.entity.isEmpty())
        return {};
    QList<RequestTarget> all = requestTargets(cluster, scope.entity, from);
    if (scope.nodeId.isEmpty() && !scope.loadBalancerOnly)
        return all;
    QList<RequestTarget> some;
    for (const RequestTarget &t : all)
        if ((!scope.nodeId.isEmpty() && t.kind == RequestTarget::Kind::NodePort &&
             t.nodeId == scope.nodeId) ||
            (scope.loadBalancerOnly && t.kind == RequestTarget::Kind::LoadBalancer))
            some << t;
    return some.isEmpty() ? all : some;
}

QList<QPair<QString, QString>> pairs(const QList<RequestTarget> &targets)
{
    QList<QPair<QString, QString>> out;
    for (const RequestTarget &t : targets)
        out.append({t.to, t.label});
    return out;
}

} // namespace

Classroom::Classroom(ClusterScene *scene, ClusterView *view, QObject *parent)
    : QObject(parent), m_scene(scene), m_view(view), m_presetsMenu(new QMenu)
{
    m_presetsMenu->setObjectName(QStringLiteral("requestsMenu"));
    m_presetsMenu->setTitle(tr("&Requests"));
    m_view->setOverlay(&m_overlay);
    m_overlay.setScene(m_scene);
    connect(&m_controller, &StepController::positionChanged, this, &Classroom::positionChanged);
    connect(m_view, &ClusterView::entityClicked, this, &Classroom::pick);
    rebuildPresetsMenu();
}

Classroom::~Classroom()
{
    if (m_view)
        m_view->setOverlay(nullptr);
    delete m_presetsMenu;
}

void Classroom::setPanels(const Panels &panels)
{
    m_panels = panels;
    if (RequestBar *bar = m_panels.requestBar) {
        connect(bar, &RequestBar::sendRequested, this, &Classroom::send);
        connect(bar, &RequestBar::sendManyRequested, this, &Classroom::sendMany);
        connect(bar, &RequestBar::presetActivated, this, [this](int i) { runPreset(i); });
    }
    if (m_panels.events)
        connect(m_panels.events, &EventListPanel::hopActivated, &m_controller,
                &StepController::jumpTo);
    rebuildPresetsMenu();
    updateHint();
}

void Classroom::setCluster(std::shared_ptr<const Cluster> snapshot, bool keepRequest)
{
    m_retrace = keepRequest && !m_trace.hops.isEmpty();
    m_beforeChange = m_retrace ? m_trace : Trace{};
    m_runner.setCluster(std::move(snapshot));
    m_overlay.setCounters({}, 0, m_scene->sceneLayout());
    showTrace(Trace{});
    m_compose = keepRequest ? Compose::Ready : Compose::PickSource;
    if (!keepRequest)
        m_currentRequest = -1;
    if (RequestBar *bar = m_panels.requestBar; bar && !keepRequest) {
        // Nothing of the last cluster's request stays: its sources, destination, seed, pin.
        bar->sourceBox()->clear();
        bar->sourceBox()->clearEditText();
        bar->setDestinations({});
        bar->destinationBox()->clearEditText();
        bar->setSeed(1);
        bar->setPinnedEndpoint(QString());
        bar->setCurrentPreset(-1);
    }
    if (!keepRequest)
        m_targetsOf.clear();
    Q_EMIT spreadChanged(QString());
    updateHint();
}

void Classroom::retrace()
{
    if (!m_retrace)
        return;
    m_retrace = false;
    send();
    // What the change did to this request, in the request's hint until the next step.
    if (m_panels.requestBar && m_trace.problems.isEmpty() && !m_beforeChange.hops.isEmpty())
        m_panels.requestBar->setHint(
            compareTraces(m_beforeChange, m_trace).summary.join(QLatin1Char(' ')));
    m_beforeChange = Trace{};
}

void Classroom::retraceIfPossible()
{
    if (!m_retrace)
        return;
    retrace();
    if (!m_trace.problems.isEmpty()) { // the pod or the Service is gone: start again
        showTrace(Trace{});
        m_compose = Compose::PickSource;
        if (m_panels.requestBar)
            m_panels.requestBar->setDestinations({});
        updateHint();
    }
}

void Classroom::setLesson(const Lesson &lesson)
{
    m_lesson = lesson;
    m_currentRequest = -1;
    rebuildPresetsMenu();
}

void Classroom::retranslate()
{
    m_presetsMenu->setTitle(tr("&Requests"));
    const int preset = m_panels.requestBar ? m_panels.requestBar->currentPreset() : -1;
    rebuildPresetsMenu();
    if (m_panels.requestBar)
        m_panels.requestBar->setCurrentPreset(preset);
    if (RequestBar *bar = m_panels.requestBar; bar && !m_targetsOf.isEmpty()) {
        const QList<RequestTarget> targets =
            targetsFor(m_runner.cluster(), m_scene->sceneLayout(), m_targetsOf, bar->source());
        const int current = bar->destinationBox()->currentIndex();
        if (targets.size() == bar->destinationBox()->count() && current >= 0)
            bar->setDestinations(pairs(targets), current);
    }
    if (m_trace.request.from.isEmpty() || (m_trace.hops.isEmpty() && m_trace.problems.isEmpty())) {
        updateHint();
        return;
    }
    const StepPosition position = m_controller.position();
    showTrace(m_runner.trace(m_trace.request));
    if (position.hop >= 0 && position.hop < m_trace.hops.size())
        m_controller.jumpTo(position.hop);
}

void Classroom::rebuildPresetsMenu()
{
    m_presetsMenu->clear();
    QStringList titles;
    for (int i = 0; i < m_lesson.requests.size(); ++i) {
        const LessonRequest &r = m_lesson.requests[i];
        const QString title = presetTitle(i);
        titles << title;
        if (r.to.size() <= 1) {
            m_presetsMenu->addAction(title, this, [this, i] { runPreset(i); });
            continue;
        }
        QMenu *sub = m_presetsMenu->addMenu(title);
        for (int d = 0; d < r.to.size(); ++d)
            sub->addAction(tr("%1 → %2").arg(r.from, r.to[d]), this,
                           [this, i, d] { runPreset(i, d); });
    }
    if (titles.isEmpty())
        m_presetsMenu->addAction(tr("(the open manifests have no lesson)"))->setEnabled(false);
    if (m_panels.requestBar) {
        m_panels.requestBar->setPresets(titles);
        QStringList clients;
        for (const LessonClient &c : m_lesson.clients)
            clients << QLatin1String("client/") + c.name;
        m_panels.requestBar->addSources(clients);
    }
}

QString Classroom::entityName(const QString &id) const
{
    if (id == clientId())
        return tr("the client");
    const int slash = id.lastIndexOf(u'/');
    return slash >= 0 ? id.mid(slash + 1) : id;
}

void Classroom::setSource(const QString &id)
{
    if (m_panels.requestBar)
        m_panels.requestBar->setSource(id);
    m_compose = Compose::PickDestination;
    updateHint();
}

bool Classroom::setDestinationFrom(const QString &id)
{
    if (!m_panels.requestBar)
        return false;
    const QString from = m_panels.requestBar->source();
    const QList<RequestTarget> targets =
        targetsFor(m_runner.cluster(), m_scene->sceneLayout(), id, from);
    if (targets.isEmpty())
        return false;
    m_panels.requestBar->setDestinations(pairs(targets), 0);
    m_targetsOf = id;
    m_compose = Compose::Ready;
    updateHint();
    return true;
}

QString Classroom::presetTitle(int index) const
{
    return index >= 0 && index < m_lesson.requests.size()
               ? hopscope::pick(m_lesson.requests[index].title, currentLanguage())
               : QString();
}

QString Classroom::requestNote() const
{
    return m_currentRequest >= 0 && m_currentRequest < m_lesson.requests.size()
               ? hopscope::pick(m_lesson.requests[m_currentRequest].note, currentLanguage())
               : QString();
}

QString Classroom::hopNote(int hop) const
{
    if (m_currentRequest < 0 || m_currentRequest >= m_lesson.requests.size())
        return {};
    return hopscope::pick(m_lesson.requests[m_currentRequest].hopNotes.value(hop),
                          currentLanguage());
}

int Classroom::keepCurrentRequest()
{
    if (m_currentRequest >= 0)
        return m_currentRequest;
    if (m_trace.hops.isEmpty() && m_trace.request.to.isEmpty())
        return -1;
    const TraceRequest &t = m_trace.request;
    LessonRequest r;
    r.title = tr("%1 → %2").arg(entityName(t.from), t.to);
    r.from = t.from;
    r.to = {t.to};
    r.seed = t.seed;
    r.pinnedEndpoint = t.pinnedEndpoint;
    r.expect = m_trace.delivered ? LessonRequest::Expect::Delivered : LessonRequest::Expect::Fails;
    m_lesson.requests << r;
    m_currentRequest = int(m_lesson.requests.size()) - 1;
    m_currentDestination = 0;
    rebuildPresetsMenu();
    if (m_panels.requestBar)
        m_panels.requestBar->setCurrentPreset(m_currentRequest);
    Q_EMIT lessonEdited();
    return m_currentRequest;
}

void Classroom::setRequestNote(const QString &note)
{
    if (note == requestNote())
        return;
    const int i = keepCurrentRequest();
    if (i < 0)
        return;
    m_lesson.requests[i].note.edit(currentLanguage(), note);
    updateHint();
    Q_EMIT notesChanged();
}

void Classroom::setHopNote(int hop, const QString &note)
{
    if (hop < 0 || note == hopNote(hop))
        return;
    const int i = keepCurrentRequest();
    if (i < 0)
        return;
    QMap<int, LessonText> &notes = m_lesson.requests[i].hopNotes;
    notes[hop].edit(currentLanguage(), note); // in the language shown, the others kept
    if (notes[hop].isEmpty())
        notes.remove(hop);
    updateHint();
    Q_EMIT notesChanged();
}

void Classroom::relayout()
{
    const SceneLayout &layout = m_scene->sceneLayout();
    if (!m_trace.hops.isEmpty()) {
        const int hop = m_overlay.hop();
        const qreal progress = m_overlay.progress();
        m_overlay.setTrace(m_trace, placeHops(m_trace, m_runner.cluster(), layout));
        m_overlay.setPosition(hop, progress);
    }
    m_overlay.relayoutCounters(layout);
    if (m_view)
        m_view->viewport()->update();
}

void Classroom::pick(const QString &id)
{
    m_currentRequest = -1;
    const Cluster &c = m_runner.cluster();
    const bool source = isRequestSource(c, id);
    switch (m_compose) {
    case Compose::PickSource:
    case Compose::Ready:
        if (source) {
            setSource(id);
            return;
        }
        // A destination clicked first: send from the client.
        if (m_compose == Compose::PickSource && m_panels.requestBar)
            m_panels.requestBar->setSource(clientId());
        if (setDestinationFrom(id))
            send();
        return;
    case Compose::PickDestination:
        if (id == clientId()) {
            setSource(id);
            return;
        }
        if (setDestinationFrom(id))
            send();
        else if (source)
            setSource(id);
        return;
    }
}

void Classroom::fillMenu(QMenu *menu, const QString &id)
{
    const Cluster &c = m_runner.cluster();
    if (isRequestSource(c, id)) {
        QAction *a =
            menu->addAction(tr("Send request from here"), this, [this, id] { setSource(id); });
        a->setObjectName(QStringLiteral("sendFrom"));
    }
    const QString from = m_panels.requestBar && !m_panels.requestBar->source().isEmpty()
                             ? m_panels.requestBar->source()
                             : clientId();
    const QList<RequestTarget> targets = targetsFor(c, m_scene->sceneLayout(), id, from);
    if (!targets.isEmpty()) {
        const TargetScope scope = scopeOf(m_scene->sceneLayout(), id);
        const QString what = scope.entity.startsWith(u"svc/")   ? tr("Send request to this Service")
                             : scope.entity.startsWith(u"pod/") ? tr("Send request to this pod")
                                                                : tr("Send request to this node");
        QAction *a = menu->addAction(what, this, [this, id, from] {
            if (m_panels.requestBar)
                m_panels.requestBar->setSource(from);
            if (setDestinationFrom(id))
                send();
        });
        a->setObjectName(QStringLiteral("sendTo"));
        if (targets.size() > 1) {
            QMenu *sub = menu->addMenu(tr("Send request to…"));
            for (int i = 0; i < targets.size(); ++i) {
                const RequestTarget t = targets[i];
                sub->addAction(t.label, this, [this, id, from, targets, i] {
                    if (!m_panels.requestBar)
                        return;
                    m_panels.requestBar->setSource(from);
                    m_panels.requestBar->setDestinations(pairs(targets), i);
                    m_targetsOf = id;
                    m_compose = Compose::Ready;
                    send();
                });
            }
        }
    }
}

HopCaption Classroom::caption() const
{
    const int hop = m_controller.currentHop();
    QString note = hopNote(hop);
    if (note.isEmpty())
        note = requestNote();
    return HopCaption::make(m_trace, hop, note);
}

void Classroom::updateHint()
{
    if (!m_panels.requestBar)
        return;
    QString hint;
    switch (m_compose) {
    case Compose::PickSource:
        hint = tr("Click a source: the client, a pod or a node");
        break;
    case Compose::PickDestination:
        hint = tr("From %1: click a destination (a Service, node port, load balancer or pod)")
                   .arg(entityName(m_panels.requestBar->source()));
        break;
    case Compose::Ready:
        hint = m_trace.hops.isEmpty() ? tr("Press Send") : m_trace.summary;
        if (const QString note = hopNote(m_controller.currentHop()); !note.isEmpty())
            hint = QStringLiteral("✎ ") + note;
        else if (const QString note = requestNote(); !note.isEmpty())
            hint = note + QStringLiteral("  —  ") + hint;
        break;
    }
    m_panels.requestBar->setHint(hint);
}

void Classroom::send()
{
    if (!m_panels.requestBar)
        return;
    const TraceRequest request = m_panels.requestBar->request();
    if (request.from.isEmpty() || request.to.isEmpty())
        return;
    m_compose = Compose::Ready;
    if (m_currentRequest >= 0 &&
        !(m_lesson.requests.value(m_currentRequest).traceRequest(m_currentDestination).to ==
              request.to &&
          m_lesson.requests[m_currentRequest].from == request.from))
        m_currentRequest = -1;
    showTrace(m_runner.trace(request));
}

void Classroom::sendMany(int count)
{
    if (!m_panels.requestBar)
        return;
    const TraceRequest request = m_panels.requestBar->request();
    if (request.from.isEmpty() || request.to.isEmpty() || count <= 0)
        return;
    const TraceRunner::Spread spread = m_runner.send(request, count);
    QHash<QString, int> perSlot;
    QStringList parts;
    for (auto it = spread.perPod.cbegin(); it != spread.perPod.cend(); ++it) {
        if (const PodSlot *slot = m_scene->sceneLayout().slotOfPod(it.key()))
            perSlot[slot->id] += it.value();
        parts << tr("%1 ×%2").arg(entityName(it.key())).arg(it.value());
    }
    parts.sort();
    m_overlay.setCounters(perSlot, spread.sent, m_scene->sceneLayout());
    m_view->viewport()->update();
    const QString summary = tr("%1 of %2 requests delivered: %3")
                                .arg(spread.delivered)
                                .arg(spread.sent)
                                .arg(parts.join(QStringLiteral(", ")));
    m_panels.requestBar->setHint(summary);
    Q_EMIT spreadChanged(summary);
}

void Classroom::runPreset(int index, int destination)
{
    if (index < 0 || index >= m_lesson.requests.size() || !m_panels.requestBar)
        return;
    const LessonRequest &r = m_lesson.requests[index];
    const TraceRequest t = r.traceRequest(destination);
    m_panels.requestBar->setSource(t.from);
    QList<QPair<QString, QString>> dests;
    for (const QString &to : r.to)
        dests.append({to, QString()});
    m_panels.requestBar->setDestinations(dests, destination);
    m_targetsOf.clear();
    m_panels.requestBar->setSeed(t.seed);
    m_panels.requestBar->setPinnedEndpoint(t.pinnedEndpoint);
    m_panels.requestBar->setCurrentPreset(index);
    m_compose = Compose::Ready;
    m_currentRequest = index;
    m_currentDestination = destination;
    showTrace(m_runner.trace(t));
    Q_EMIT notesChanged();
}

void Classroom::showTrace(const Trace &trace)
{
    m_trace = trace;
    if (trace.hops.isEmpty())
        m_overlay.clearTrace();
    else
        m_overlay.setTrace(trace, placeHops(trace, m_runner.cluster(), m_scene->sceneLayout()));
    if (m_panels.events)
        m_panels.events->setTrace(trace);
    if (m_panels.details)
        m_panels.details->setTrace(trace);
    m_controller.setHopCount(int(trace.hops.size()));
    positionChanged(m_controller.position());
    updateHint();
    if (m_panels.requestBar && !trace.problems.isEmpty())
        m_panels.requestBar->setHint(trace.problems.first().message);
    Q_EMIT traceChanged();
}

void Classroom::positionChanged(StepPosition position)
{
    m_overlay.setPosition(position.hop, position.progress);
    if (m_compose == Compose::Ready && m_currentRequest >= 0)
        updateHint();
    m_view->viewport()->update();
    if (m_panels.events)
        m_panels.events->setCurrentHop(position.hop);
    if (m_panels.details)
        m_panels.details->setCurrentHop(position.hop);
    if (!m_panels.rules)
        return;
    if (position.hop < 0 || position.hop >= m_trace.hops.size()) {
        m_panels.rules->showNode(QString(), QString());
        m_panels.rules->showWalk(nullptr);
        return;
    }
    const Hop &hop = m_trace.hops[position.hop];
    const auto rules = m_runner.nodeRules(hop.node);
    m_panels.rules->showNode(rules ? hop.node : QString(),
                             rules ? rules->restoreText() : QString());
    QList<RulesPanel::RuleRef> trail;
    for (const HopRule &r : hop.trail)
        trail.append({r.table, r.rule});
    m_panels.rules->highlight({hop.table, hop.rule}, trail);
    m_panels.rules->showWalk(&hop);
}

} // namespace hopscope::app
