// Quiz mode (core/quiz.h): questions for real traces of the bundled voting app have the right
// answer among distinct, plausible choices; scoring counts right and wrong; the same seed gives
// the same questions.

#include "core/model/cluster.h"
#include "core/classroom/lesson.h"
#include "core/proxy/proxyrules.h"
#include "core/classroom/quiz.h"
#include "core/trace/tracer.h"

#include <QSet>
#include <QTest>

using namespace hopscope;

namespace {

const QString DemoDir = QStringLiteral(HOPSCOPE_TEST_DATA "/../../resources/demo");

Cluster votingApp()
{
    return LessonReader::readFile(DemoDir + QStringLiteral("/voting-app.lesson.yaml"))
        .buildCluster(ClusterSettings{});
}

TraceRequest makeRequest(const QString &from, const QString &to)
{
    TraceRequest r;
    r.from = from;
    r.to = to;
    return r;
}

QString address(const QString &ip, int port)
{
    return ip + u':' + QString::number(port);
}

} // namespace

class TestQuiz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void questions_data();
    void questions();
    void nodePortTraceAsksTheDnat();
    void sameSeedSameQuestions();
    void scoring();
    void stayingHopsAreNotAsked();

private:
    Cluster m_cluster;
};

void TestQuiz::initTestCase()
{
    m_cluster = votingApp();
    QVERIFY(!hasErrors(m_cluster.diagnostics));
    QCOMPARE(m_cluster.nodes.size(), 4);
}

void TestQuiz::questions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<quint64>("seed");
    // A3 kube-proxy: NodePort → KUBE-NODEPORTS → KUBE-SVC → KUBE-SEP DNAT, masquerade.
    QTest::newRow("client → vote NodePort 30035 on node 1") << "client"
                                                            << "192.168.56.70:30035" << quint64(1);
    QTest::newRow("client → vote NodePort on node 4, seed 7")
        << "client"
        << "192.168.56.73:30035" << quint64(7);
    QTest::newRow("client → result NodePort 31061") << "client"
                                                    << "192.168.56.70:31061" << quint64(3);
    QTest::newRow("client → LoadBalancer vote-lb") << "client"
                                                   << "198.51.100.1:80" << quint64(2);
}

void TestQuiz::questions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(quint64, seed);
    const ProxyRules rules(m_cluster);
    TraceRequest request;
    request.from = from;
    request.to = to;
    request.seed = seed;
    const Trace t = trace(m_cluster, rules, request);
    QVERIFY2(t.delivered, qPrintable(t.summary));
    const QList<QuizQuestion> questions = quizQuestions(t, m_cluster, seed);
    QVERIFY(questions.size() >= 3);
    for (const QuizQuestion &q : questions) {
        QVERIFY2(q.choices.size() >= 3 && q.choices.size() <= 4, qPrintable(q.prompt));
        QCOMPARE(q.keys.size(), q.choices.size());
        QCOMPARE(QSet<QString>(q.choices.cbegin(), q.choices.cend()).size(), q.choices.size());
        QVERIFY(q.answer >= 0 && q.answer < q.choices.size());
        QVERIFY(!q.prompt.isEmpty());
        const Hop &hop = t.hops[q.hop];
        QCOMPARE(q.explanation, hop.explanation);
        if (q.kind == QuizQuestion::Kind::NextPlace) {
            // The right choice is where the tracer put the packet.
            QCOMPARE(q.keys[q.answer], hop.entity);
        } else {
            const QString dst = address(hop.after.dstIP, hop.after.dstPort);
            const QString src = address(hop.after.srcIP, hop.after.srcPort);
            QVERIFY2(q.keys[q.answer] == dst || q.keys[q.answer] == src, qPrintable(q.prompt));
            // The unchanged address is always offered, and it is wrong.
            const QString before = q.keys[q.answer] == dst
                                       ? address(hop.before.dstIP, hop.before.dstPort)
                                       : address(hop.before.srcIP, hop.before.srcPort);
            QVERIFY(q.keys.contains(before));
            QVERIFY(q.keys.indexOf(before) != q.answer);
        }
    }
}

void TestQuiz::nodePortTraceAsksTheDnat()
{
    // A3: the KUBE-SEP DNAT rewrites the node port to one vote pod's IP:80; the wrong choices
    // include the other vote pod (the Service's other endpoint).
    const ProxyRules rules(m_cluster);
    const TraceRequest request =
        makeRequest(QStringLiteral("client"), QStringLiteral("192.168.56.70:30035"));
    const Trace t = trace(m_cluster, rules, request);
    QVERIFY(t.delivered);
    const QList<QuizQuestion> questions = quizQuestions(t, m_cluster, 1);
    const QuizQuestion *dnat = nullptr;
    for (const QuizQuestion &q : questions)
        if (t.hops[q.hop].action == HopAction::Dnat)
            dnat = &q;
    QVERIFY(dnat);
    QCOMPARE(dnat->kind, QuizQuestion::Kind::Rewrite);
    QCOMPARE(dnat->keys[dnat->answer], t.endpoint);
    const ServiceInfo *vote = m_cluster.service(t.hops[dnat->hop].serviceId);
    QVERIFY(vote);
    int otherEndpoints = 0;
    for (const EndpointInfo &e : vote->endpoints.value(0))
        if (address(e.ip, e.port) != t.endpoint && dnat->keys.contains(address(e.ip, e.port)))
            ++otherEndpoints;
    QVERIFY(otherEndpoints >= 1);
}

void TestQuiz::sameSeedSameQuestions()
{
    const ProxyRules rules(m_cluster);
    const TraceRequest request =
        makeRequest(QStringLiteral("client"), QStringLiteral("192.168.56.71:30035"));
    const Trace t = trace(m_cluster, rules, request);
    for (const quint64 seed : {quint64(1), quint64(42), quint64(9000)}) {
        const QList<QuizQuestion> a = quizQuestions(t, m_cluster, seed);
        const QList<QuizQuestion> b = quizQuestions(t, m_cluster, seed);
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].choices, b[i].choices);
            QCOMPARE(a[i].answer, b[i].answer);
        }
    }
    // The right answer does not always sit in the same place across seeds.
    QSet<int> places;
    for (quint64 seed = 1; seed <= 20; ++seed)
        places.insert(quizQuestions(t, m_cluster, seed).first().answer);
    QVERIFY(places.size() > 1);
}

void TestQuiz::scoring()
{
    const ProxyRules rules(m_cluster);
    const TraceRequest request =
        makeRequest(QStringLiteral("client"), QStringLiteral("192.168.56.70:30035"));
    const Trace t = trace(m_cluster, rules, request);
    const QList<QuizQuestion> questions = quizQuestions(t, m_cluster, 5);
    QVERIFY(questions.size() >= 3);
    QuizScore score;
    QVERIFY(score.answer(questions[0], questions[0].answer));
    const int wrong = (questions[1].answer + 1) % int(questions[1].choices.size());
    QVERIFY(!score.answer(questions[1], wrong));
    // A second answer to the same question does not count again.
    QVERIFY(score.answer(questions[1], questions[1].answer));
    QVERIFY(score.answer(questions[2], questions[2].answer));
    QCOMPARE(score.attempted(), 3);
    QCOMPARE(score.correct(), 2);
    QCOMPARE(score.missedHops(), QList<int>{questions[1].hop});
    QVERIFY(score.summary(t).contains(QStringLiteral("2 of 3")));
    QVERIFY(score.summary(t).contains(QString::number(questions[1].hop + 1)));
    score.reset();
    QCOMPARE(score.attempted(), 0);
}

void TestQuiz::stayingHopsAreNotAsked()
{
    const ProxyRules rules(m_cluster);
    const TraceRequest request =
        makeRequest(QStringLiteral("client"), QStringLiteral("192.168.56.70:30035"));
    const Trace t = trace(m_cluster, rules, request);
    QVERIFY(!quizQuestion(t, m_cluster, 0, 1)); // the sender: chosen by the student
    int asked = 0;
    for (int i = 1; i < t.hops.size(); ++i) {
        const Hop &h = t.hops[i];
        const bool rewrite = !(h.before == h.after) &&
                             (h.action == HopAction::Dnat || h.action == HopAction::Snat ||
                              h.action == HopAction::UnDnat || h.action == HopAction::UnSnat);
        const bool moves = h.entity != t.hops[i - 1].entity;
        if (!rewrite && !moves)
            QVERIFY2(!quizQuestion(t, m_cluster, i, 1), qPrintable(h.actionName()));
        asked += quizQuestion(t, m_cluster, i, 1) ? 1 : 0;
    }
    QVERIFY(asked < t.hops.size() - 1);
}

QTEST_GUILESS_MAIN(TestQuiz)
#include "tst_quiz.moc"
