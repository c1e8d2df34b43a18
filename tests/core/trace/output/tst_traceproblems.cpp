// A failing hop names the manifest problem that explains it (core/traceproblems.h): the REJECT of
// a Service whose selector matches no pods cites its "selector-no-pods" warning (reference A3:
// a Service without endpoints gets a KUBE-SERVICES "has no endpoints" REJECT rule), the
// "connection refused" of a pod cites the Service's "targetport-not-declared" (A1.4: a numeric
// targetPort is used as it is), and the text and JSON formats of `hopscope trace` print them.
// The fixtures are those of tests/data/invalid/cluster/ that tst_lint checks line by line.

#include "core/lint/checks.h"
#include "core/trace/output/traceformat.h"
#include "core/trace/output/traceproblems.h"
#include "core/trace/tracer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace hopscope;

namespace {

const QString kData = QStringLiteral(HOPSCOPE_TEST_DATA "/invalid/");

QString brief(const Diagnostic &d)
{
    return QStringLiteral("%1 %2@%3:%4")
        .arg(severityName(d.severity), d.code)
        .arg(d.where.line)
        .arg(d.where.column);
}

} // namespace

class TestTraceProblems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failingHopNamesProblem_data();
    void failingHopNamesProblem();
    void formats();
    void matching_data();
    void matching();
};

void TestTraceProblems::failingHopNamesProblem_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("action");  // the failing hop's action
    QTest::addColumn<QString>("problem"); // what it cites
    QTest::addColumn<QString>("entity");

    QTest::newRow("A3 selector matches no pods: the NodePort's REJECT cites selector-no-pods")
        << QStringLiteral("cluster/selector-no-pods.yaml") << QStringLiteral("client")
        << QStringLiteral("192.168.1.2:30008") << QStringLiteral("REJECT")
        << QStringLiteral("warning selector-no-pods@29:5")
        << QStringLiteral("svc/default/myapp-service");
    QTest::newRow("A1.4 targetPort no container declares: refused at the pod cites it")
        << QStringLiteral("cluster/targetport-not-declared.yaml") << QStringLiteral("web")
        << QStringLiteral("web:80") << QStringLiteral("refused")
        << QStringLiteral("warning targetport-not-declared@30:17")
        << QStringLiteral("svc/default/web");
}

void TestTraceProblems::failingHopNamesProblem()
{
    QFETCH(QString, file);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, action);
    QFETCH(QString, problem);
    QFETCH(QString, entity);

    Diagnostics checks;
    const Cluster cluster = loadCheckedCluster({kData + file}, ClusterSettings(), &checks);
    QVERIFY(!checks.isEmpty());
    TraceSession session(cluster);
    TraceRequest request;
    request.from = from;
    request.to = to;
    Trace t = session.trace(request);
    QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.value(0).message));
    QVERIFY(!t.delivered);
    attachHopProblems(t, checks);

    int failing = -1;
    for (const Hop &h : t.hops) {
        if (h.failure)
            failing = h.index;
        else // only the hop where it fails cites problems
            QVERIFY2(h.problems.isEmpty(), qPrintable(h.actionName()));
    }
    QVERIFY(failing >= 0);
    const Hop &hop = t.hops[failing];
    QCOMPARE(hop.actionName(), action);
    QVERIFY(!hop.problems.isEmpty());
    QCOMPARE(brief(hop.problems.first()), problem);
    QCOMPARE(hop.problems.first().entity, entity);
    QCOMPARE(hop.problems.first().where.file, kData + file);
}

void TestTraceProblems::formats()
{
    Diagnostics checks;
    const QString file = kData + QStringLiteral("cluster/selector-no-pods.yaml");
    const Cluster cluster = loadCheckedCluster({file}, ClusterSettings(), &checks);
    TraceSession session(cluster);
    TraceRequest request;
    request.from = QStringLiteral("client");
    request.to = QStringLiteral("192.168.1.2:30008");
    Trace t = session.trace(request);
    const QByteArray before = formatTraceJson(t);
    QVERIFY(!before.contains("\"problems\": [\n                {")); // none on hops yet
    attachHopProblems(t, checks);

    // Text: a "problem" line under the failing hop: severity, code, file:line:col, then the
    // message.
    const QString text = formatTraceText(t);
    const QString heading =
        QStringLiteral("problem    warning selector-no-pods  %1:29:5").arg(file);
    QVERIFY2(text.contains(heading), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("matches no pod")));

    // JSON: a "problems" array on that hop only.
    const QJsonObject root = traceToJson(t);
    int withProblems = 0;
    for (const QJsonValue &v : root.value(QStringLiteral("hops")).toArray()) {
        const QJsonObject hop = v.toObject();
        if (!hop.contains(QStringLiteral("problems")))
            continue;
        ++withProblems;
        QVERIFY(hop.value(QStringLiteral("failure")).toBool());
        const QJsonObject p = hop.value(QStringLiteral("problems")).toArray().first().toObject();
        QCOMPARE(p.value(QStringLiteral("code")).toString(), QStringLiteral("selector-no-pods"));
        QCOMPARE(p.value(QStringLiteral("file")).toString(), file);
        QCOMPARE(p.value(QStringLiteral("line")).toInt(), 29);
        QCOMPARE(p.value(QStringLiteral("column")).toInt(), 5);
        QCOMPARE(p.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(p.value(QStringLiteral("entity")).toString(),
                 QStringLiteral("svc/default/myapp-service"));
    }
    QCOMPARE(withProblems, 1);
}

void TestTraceProblems::matching_data()
{
    QTest::addColumn<QString>("hopEntity");
    QTest::addColumn<QString>("hopService");
    QTest::addColumn<QString>("earlierService");
    QTest::addColumn<bool>("failure");
    QTest::addColumn<QStringList>("expected"); // codes, in order

    const QStringList both{QStringLiteral("e-svc"), QStringLiteral("w-svc")};
    QTest::newRow("the hop's Service, errors before warnings")
        << QStringLiteral("node/node-1") << QStringLiteral("svc/ns/a") << QString() << true << both;
    QTest::newRow("a cloud load balancer stands for its Service")
        << QStringLiteral("lb/ns/a") << QString() << QString() << true << both;
    QTest::newRow("the Service the request went through before failing at a pod")
        << QStringLiteral("pod/ns/p") << QString() << QStringLiteral("svc/ns/a") << true
        << QStringList{QStringLiteral("e-svc"), QStringLiteral("w-svc"), QStringLiteral("p-pod")};
    QTest::newRow("a hop that does not fail cites nothing")
        << QStringLiteral("node/node-1") << QStringLiteral("svc/ns/a") << QString() << false
        << QStringList{};
    QTest::newRow("other entities' problems are not this hop's")
        << QStringLiteral("node/node-2") << QStringLiteral("svc/ns/b") << QString() << true
        << QStringList{};
}

void TestTraceProblems::matching()
{
    QFETCH(QString, hopEntity);
    QFETCH(QString, hopService);
    QFETCH(QString, earlierService);
    QFETCH(bool, failure);
    QFETCH(QStringList, expected);

    auto diag = [](Severity s, const char *code, const char *entity) {
        Diagnostic d;
        d.severity = s;
        d.code = QLatin1String(code);
        d.entity = QLatin1String(entity);
        d.where = SourceLocation{QStringLiteral("x.yaml"), 1, 1};
        return d;
    };
    const Diagnostics all{diag(Severity::Warning, "w-svc", "svc/ns/a"),
                          diag(Severity::Info, "i-other", "svc/ns/other"),
                          diag(Severity::Error, "e-svc", "svc/ns/a"),
                          diag(Severity::Warning, "p-pod", "pod/ns/p"),
                          diag(Severity::Error, "src", "pod/ns/sender")};
    Trace t;
    Hop send;
    send.index = 0;
    send.entity = QStringLiteral("pod/ns/sender"); // the sender is no cause
    Hop dnat;
    dnat.index = 1;
    dnat.entity = QStringLiteral("node/node-1");
    dnat.serviceId = earlierService;
    Hop last;
    last.index = 2;
    last.entity = hopEntity;
    last.serviceId = hopService;
    last.failure = failure;
    t.hops = {send, dnat, last};
    attachHopProblems(t, all);
    QStringList codes;
    for (const Diagnostic &d : t.hops[2].problems)
        codes << d.code;
    QCOMPARE(codes, expected);
    QVERIFY(t.hops[0].problems.isEmpty());
    QVERIFY(t.hops[1].problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestTraceProblems)
#include "tst_traceproblems.moc"
