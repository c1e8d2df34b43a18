#pragma once

// The classroom view's glue (Packet Tracer's simulation mode for Kubernetes): composing a
// request by clicking (a source — the client, a pod or a node — then a destination — a
// Service, a node port, a load balancer or a pod), the lesson's presets, tracing it through
// core, and keeping the clock, the painted packet and the panels on one position.
//
// It decides nothing about Kubernetes: the addresses come from core (requesttargets.h), the
// hops from the tracer, the rules from ProxyRules.

#include "core/classroom/lesson.h"
#include "core/model/trace.h"
#include "scene/traceoverlay.h"
#include "document/stepcontroller.h"
#include "document/tracerunner.h"
#include "scene/hopcaption.h"

#include <QObject>
#include <QPoint>
#include <QPointer>

class QMenu;
class QWidget;

namespace hopscope::app {

class ClusterScene;
class ClusterView;
class EventListPanel;
class HopDetailsPanel;
class RequestBar;
class RulesPanel;

class Classroom final : public QObject
{
    Q_OBJECT
public:
    enum class Compose { PickSource, PickDestination, Ready };

    struct Panels
    {
        RequestBar *requestBar = nullptr;
        EventListPanel *events = nullptr;
        HopDetailsPanel *details = nullptr;
        RulesPanel *rules = nullptr;
    };

    Classroom(ClusterScene *scene, ClusterView *view, QObject *parent = nullptr);
    ~Classroom() override;

    void setPanels(const Panels &panels);
    StepController *controller() { return &m_controller; }
    TraceRunner *runner() { return &m_runner; }
    const TraceOverlay &overlay() const { return m_overlay; }
    const Trace &trace() const { return m_trace; }
    Compose composeState() const { return m_compose; }

    // The open cluster changed: forget the trace and the counters. A what-if step keeps the
    // request in the bar, so that retrace() sends it again on the new cluster.
    // The snapshot is the document's, shared with the scene and the trace runner.
    void setCluster(std::shared_ptr<const Cluster> snapshot, bool keepRequest = false);
    // Sends the request of the bar again, if one was traced before the cluster changed.
    void retrace();
    // The same after a reload of the files: the request is sent again when its source and
    // destination still exist; when they do not, it is forgotten (no error shown).
    void retraceIfPossible();
    void setLesson(const Lesson &lesson);
    // The language changed: the presets menu's title, the hint, and the current trace traced
    // again (its explanations and summary are written by core in the language of the moment),
    // at the same hop.
    void retranslate();
    const Lesson &lesson() const { return m_lesson; }
    // The lesson's presets, as a menu (rebuilt when the lesson changes).
    QMenu *presetsMenu() const { return m_presetsMenu; }

    // The teacher's notes (saved in the lesson): the note of the request shown and of a step
    // of it. The request shown is a preset (currentRequest() its index) or one composed by
    // clicking (-1); writing a note for the latter keeps it in the lesson as a preset.
    int currentRequest() const { return m_currentRequest; }
    // A preset's title and the notes in the interface language (LessonText's pick()); a note
    // written changes that language's text, or the plain text when the lesson wrote one.
    QString presetTitle(int index) const;
    QString requestNote() const;
    QString hopNote(int hop) const;
    // The caption of the hop shown (presentation mode): its note, else the request's.
    HopCaption caption() const;
    void setRequestNote(const QString &note);
    void setHopNote(int hop, const QString &note);
    // Adds the request shown to the lesson's presets when it is not one (returns its index,
    // -1 when nothing was sent).
    int keepCurrentRequest();
    // The lesson as the classroom has it now: the presets with their notes.
    const Lesson &editedLesson() const { return m_lesson; }
    // Lays the painted packet out again (the scene's items were dragged).
    void relayout();

    // A click on an entity of the drawing (ClusterView::entityClicked).
    void pick(const QString &id);
    // The scene's context menu (EntityContextMenu filler): "Send request from here",
    // "Send request to this Service / pod / node" and the addresses to choose from.
    void fillMenu(QMenu *menu, const QString &id);

public Q_SLOTS:
    void send();
    void sendMany(int count);
    void runPreset(int index, int destination = 0);
    void showTrace(const Trace &trace);

Q_SIGNALS:
    void traceChanged();
    void notesChanged();
    void lessonEdited(); // a preset was added
    void spreadChanged(const QString &summary);

private:
    void positionChanged(StepPosition position);
    void setSource(const QString &id);
    bool setDestinationFrom(const QString &id);
    void updateHint();
    void rebuildPresetsMenu();
    QString entityName(const QString &id) const;

    ClusterScene *m_scene;
    QPointer<ClusterView> m_view;
    Panels m_panels;
    StepController m_controller;
    TraceRunner m_runner;
    TraceOverlay m_overlay;
    Trace m_trace;
    Trace m_beforeChange; // the request's trace before a what-if step or a reload
    Lesson m_lesson;
    int m_currentRequest = -1; // the preset shown, -1 for none
    int m_currentDestination = 0;
    // The entity whose addresses fill the destination box (their labels are core's, said
    // again on a language change); empty when a preset or the user typed them.
    QString m_targetsOf;
    bool m_retrace = false;
    QMenu *m_presetsMenu;
    Compose m_compose = Compose::PickSource;
};

} // namespace hopscope::app
