#pragma once

// Quiz mode (Packet Tracer's challenge mode, for Kubernetes): before a hop is shown, the student
// picks what happens next from 3 or 4 choices, the answer is checked, the hop's explanation
// said, and a score kept.
//
// Two kinds of question, from the trace and the cluster (never from a second copy of Service
// logic: the right answer is the hop the tracer produced):
//   NextPlace  the packet moves to another place (a node, a pod, the load balancer, the
//              client): "Where does the packet go next?" The wrong choices are plausible
//              places of the same cluster: other pods of the Service, other nodes, the place
//              it is now, the client.
//   Rewrite    a DNAT, SNAT, un-DNAT or un-SNAT hop: "What does the destination (source)
//              become?" The wrong choices are the unchanged address, the other endpoints of
//              the Service, the ClusterIP, a node IP, a pod IP with the Service's port.
// Hops that stay in place and rewrite nothing (a route, a filter accept) are not asked.
//
// Deterministic: the same trace, cluster and seed give the same questions, choices in the same
// order.

#include "core/model/cluster.h"
#include "core/model/trace.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hopscope {

struct QuizQuestion
{
    enum class Kind { NextPlace, Rewrite };

    Kind kind = Kind::NextPlace;
    int hop = -1;        // the hop the question is about (shown once answered)
    QString prompt;      // translated: "Where does the packet go next?"
    QStringList choices; // 3 or 4, distinct, shown in this order
    QStringList keys;    // parallel: what each choice stands for (an entity id or "ip:port")
    int answer = -1;     // index of the right choice
    QString explanation; // the hop's explanation (said after the answer)

    bool isCorrect(int choice) const { return choice == answer; }
};

// The question asked before `hop` is shown, or nullopt when that hop is not asked (it stays in
// place and rewrites nothing, or the cluster gives too few plausible wrong choices).
std::optional<QuizQuestion> quizQuestion(const Trace &trace, const Cluster &cluster, int hop,
                                         quint64 seed);
// Every question of the trace, in hop order.
QList<QuizQuestion> quizQuestions(const Trace &trace, const Cluster &cluster, quint64 seed);

// The score of a quiz: answers given, right ones, and the hops answered wrong.
class QuizScore
{
public:
    // Records the first answer to the question of `hop` (later answers to it do not count).
    // Returns whether it was right.
    bool answer(const QuizQuestion &question, int choice);
    void reset();
    int attempted() const { return m_attempted; }
    int correct() const { return m_correct; }
    const QList<int> &missedHops() const { return m_missed; }
    bool answered(int hop) const { return m_answered.contains(hop); }
    // "3 of 4 right" (translated).
    QString text() const;
    // The end of a trace: "Quiz: 3 of 4 right (75 %). Missed: hop 5 (DNAT)." (translated)
    QString summary(const Trace &trace) const;

private:
    int m_attempted = 0;
    int m_correct = 0;
    QList<int> m_missed;
    QList<int> m_answered;
};

} // namespace hopscope
