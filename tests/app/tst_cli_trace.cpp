// `hopscope trace FILE... --from SRC --to DST [--seed N] [--json]` as a user runs it, on the seed
// lesson's Services read from YAML (tests/data/valid/tracer/seed-lesson.yaml) and on the bundled
// demo. DESIGN.md command-line contract: 0 delivered, 3 not delivered, 1 manifest errors,
// 2 usage errors. The walks themselves are checked in tst_tracer; here the command around them:
// exit codes, the text's shape, the JSON schema, determinism.

#include "clitestsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

using Run = hopscope::testing::CliRun;

Run runTrace(const QStringList &args)
{
    return hopscope::testing::runHopscope(QStringList{QStringLiteral("trace")} + args);
}

const QString kLesson = QStringLiteral(HOPSCOPE_TEST_DATA "/valid/tracer/seed-lesson.yaml");
const QString kVoting = QStringLiteral(HOPSCOPE_TEST_DATA "/../../resources/demo/voting-app.yaml");

} // namespace

class TestCliTrace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void textShape();
    void json_data();
    void json();
    void deterministic();
    void count();
    void votingDemoEveryNode();
};

void TestCliTrace::initTestCase()
{
    if (!QFileInfo::exists(QStringLiteral(HOPSCOPE_BINARY)))
        QSKIP("the hopscope binary is not built");
    QVERIFY(QFileInfo::exists(kLesson));
}

void TestCliTrace::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("inOutput"); // stdout for 0/3, stderr for 1/2

    QTest::newRow("0: seed NodePort 30008 on node-1")
        << QStringList{kLesson, "--to", "192.168.1.2:30008"} << 0 << "Result: delivered.";
    QTest::newRow("0: seed ClusterIP by name from a front-end pod")
        << QStringList{kLesson, "--from", "myapp", "--to", "back-end:80", "--seed", "5"} << 0
        << "DNS answer";
    QTest::newRow("0: SSH to the node, then curl a pod (its first port)")
        << QStringList{kLesson, "--from", "node/node-1", "--to", "10.244.1.2"} << 0
        << "VXLAN encapsulate";
    QTest::newRow("3: a node does not use cluster DNS")
        << QStringList{kLesson, "--from", "node/node-1", "--to", "back-end:80"} << 3
        << "does not use the cluster DNS";
    QTest::newRow("0: LoadBalancer → node port → pod")
        << QStringList{kLesson, "--to", "198.51.100.1:80"} << 0 << "lb/default/front-lb";
    QTest::newRow("3: client to a pod IP: no route")
        << QStringList{kLesson, "--to", "10.244.0.2:80"} << 3 << "no route ✗";
    QTest::newRow("3: selector matching nothing: REJECT")
        << QStringList{kLesson, "--from", "myapp", "--to", "empty:80"} << 3 << "REJECT ✗";
    QTest::newRow("3: wrong targetPort: refused at the pod")
        << QStringList{kLesson, "--from", "myapp", "--to", "wrong-port:80"} << 3 << "refused ✗";
    QTest::newRow("3: Local policy on a node without the pod: DROP")
        << QStringList{kLesson, "--to", "192.168.1.2:30080"} << 3 << "DROP ✗";
    QTest::newRow("3: a node port nobody serves")
        << QStringList{kLesson, "--to", "192.168.1.3:30999"} << 3 << "refused ✗";
    QTest::newRow("3: ExternalName ends at the DNS answer")
        << QStringList{kLesson, "--from", "myapp", "--to", "external:5432"} << 3
        << "db.example.com";
    QTest::newRow("1: manifest errors")
        << QStringList{QStringLiteral(HOPSCOPE_TEST_DATA "/invalid/iptables/unclosed-ports.yaml"),
                       "--to", "192.168.1.2:30008"}
        << 1 << "error";
    QTest::newRow("2: no manifest")
        << QStringList{"--to", "192.168.1.2:30008"} << 2 << "no manifest";
    QTest::newRow("2: no --to") << QStringList{kLesson} << 2 << "--to";
    QTest::newRow("2: unknown source")
        << QStringList{kLesson, "--from", "pod/nope", "--to", "back-end:80"} << 2 << "No pod";
    QTest::newRow("2: unknown node")
        << QStringList{kLesson, "--from", "node/node-7", "--to", "192.168.1.2:30008"} << 2
        << "No node";
    QTest::newRow("2: bad port") << QStringList{kLesson, "--to", "192.168.1.2:70000"} << 2
                                 << "port";
    QTest::newRow("2: bad seed") << QStringList{kLesson, "--to", "192.168.1.2:30008", "--seed", "x"}
                                 << 2 << "--seed";
    QTest::newRow("2: bad protocol")
        << QStringList{kLesson, "--to", "192.168.1.2:30008", "--protocol", "icmp"} << 2
        << "protocol";
    QTest::newRow("2: unknown option")
        << QStringList{kLesson, "--to", "1.2.3.4:5", "--bogus"} << 2 << "bogus";
}

void TestCliTrace::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, inOutput);
    const Run r = runTrace(args);
    QCOMPARE(r.exitCode, exitCode);
    const QString where = exitCode == 0 || exitCode == 3 ? r.out : r.err;
    QVERIFY2(where.contains(inOutput), qPrintable(where.left(2000)));
    if (exitCode == 2 || exitCode == 1)
        QVERIFY(r.out.isEmpty());
}

// One hop per line with its number, the reply hops marked R, a summary line at the end.
void TestCliTrace::textShape()
{
    const Run r = runTrace({kLesson, "--to", "192.168.1.4:30008", "--seed", "2"});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n');
    QVERIFY(lines.first().startsWith(QStringLiteral("Trace  client → 192.168.1.4:30008")));
    int hops = 0, replies = 0;
    for (const QString &line : lines) {
        const QString head = line.left(6);
        if (head.trimmed().isEmpty() || !head.at(1).isDigit())
            continue;
        ++hops;
        if (line.mid(4, 1) == u"R" || line.mid(5, 1) == u"R")
            ++replies;
    }
    QVERIFY(hops >= 8);
    QVERIFY(replies >= 3);
    QVERIFY(r.out.contains(QStringLiteral("── reply ──")));
    QVERIFY(r.out.contains(QLatin1String("KUBE-SEP-")));
    QVERIFY(r.out.trimmed().split(u'\n').last().startsWith(QLatin1String("client")) ||
            r.out.contains(QLatin1String("\nResult: delivered.")));
}

void TestCliTrace::json_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("delivered") << QStringList{kLesson, "--from",      "myapp",
                                              "--to",  "back-end:80", "--json"}
                               << 0;
    QTest::newRow("not delivered")
        << QStringList{kLesson, "--to", "192.168.1.2:30080", "--json"} << 3;
}

// The schema documented in core/traceformat.cpp ("hopscope-trace/1").
void TestCliTrace::json()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run r = runTrace(args);
    QCOMPARE(r.exitCode, exitCode);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(u"schema").toString(), QStringLiteral("hopscope-trace/1"));
    QCOMPARE(root.value(u"delivered").toBool(), exitCode == 0);
    for (const char *key :
         {"request", "endpoint", "endpointPod", "replyStart", "summary", "problems", "hops"})
        QVERIFY2(root.contains(QLatin1String(key)), key);
    const QJsonArray hops = root.value(u"hops").toArray();
    QVERIFY(!hops.isEmpty());
    for (int i = 0; i < hops.size(); ++i) {
        const QJsonObject h = hops[i].toObject();
        QCOMPARE(h.value(u"index").toInt(), i);
        for (const char *key :
             {"reply", "entity", "interface", "node", "action", "failure", "before", "after",
              "rule", "trail", "route", "conntrack", "dns", "service", "explanation"})
            QVERIFY2(h.contains(QLatin1String(key)), key);
        for (const char *packet : {"before", "after"}) {
            const QJsonObject p = h.value(QLatin1String(packet)).toObject();
            for (const char *key :
                 {"src", "srcPort", "dst", "dstPort", "protocol", "masqMark", "vxlan"})
                QVERIFY2(p.contains(QLatin1String(key)), key);
        }
    }
    if (exitCode == 0) {
        QVERIFY(root.value(u"replyStart").toInt() > 0);
        QVERIFY(root.value(u"endpoint").toString().endsWith(QLatin1String(":80")));
    } else {
        QVERIFY(hops.last().toObject().value(u"failure").toBool());
    }
}

void TestCliTrace::deterministic()
{
    const QStringList args{kLesson, "--to", "192.168.1.3:30008", "--seed", "17", "--json"};
    const Run a = runTrace(args);
    const Run b = runTrace(args);
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(a.out, b.out);
}

// --count N: where N requests went, ≈ evenly over the back-end's three pods.
void TestCliTrace::count()
{
    const Run r =
        runTrace({kLesson, "--from", "myapp", "--to", "back-end:80", "--count", "600", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(u"requests").toInt(), 600);
    QCOMPARE(root.value(u"delivered").toInt(), 600);
    const QJsonArray endpoints = root.value(u"endpoints").toArray();
    QCOMPARE(endpoints.size(), 3);
    for (const QJsonValue &e : endpoints)
        QVERIFY(e.toObject().value(u"requests").toInt() > 120);
    const Run dropped = runTrace({kLesson, "--to", "192.168.1.2:30080", "--count", "3"});
    QCOMPARE(dropped.exitCode, 3);
}

// The bundled demo (seed "Load Balancer"): vote and result answer on all four node IPs.
void TestCliTrace::votingDemoEveryNode()
{
    if (!QFileInfo::exists(kVoting))
        QSKIP("resources/demo/voting-app.yaml is absent");
    for (const char *port : {"30035", "31061"})
        for (int node = 70; node <= 73; ++node) {
            const Run r = runTrace(
                {kVoting, "--to",
                 QStringLiteral("http://192.168.56.%1:%2").arg(node).arg(QLatin1String(port))});
            QVERIFY2(r.exitCode == 0, qPrintable(r.out.right(400) + r.err));
        }
}

QTEST_GUILESS_MAIN(TestCliTrace)
#include "tst_cli_trace.moc"
