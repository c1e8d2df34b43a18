// The event kind of a hop (core/model/trace.h: hopKind): a failure is a failure whatever its
// action; DNAT and its undoing share a kind, as do SNAT and un-SNAT, and VXLAN's two ends; in the
// reply, those keep their kind and the plain moves (send, route, bridge) are "reply".

#include "core/model/trace.h"

#include <QTest>

using namespace hopscope;

Q_DECLARE_METATYPE(HopAction)
Q_DECLARE_METATYPE(HopKind)

class TestHopKind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kind_data();
    void kind();
    void everyKindHasALabel();
};

void TestHopKind::kind_data()
{
    QTest::addColumn<HopAction>("action");
    QTest::addColumn<bool>("reply");
    QTest::addColumn<bool>("failure");
    QTest::addColumn<HopKind>("kind");
    QTest::newRow("send is a move") << HopAction::Send << false << false << HopKind::SendRoute;
    QTest::newRow("route is a move") << HopAction::Route << false << false << HopKind::SendRoute;
    QTest::newRow("bridge to the veth is a move")
        << HopAction::Bridge << false << false << HopKind::SendRoute;
    QTest::newRow("a DNS query is a move") << HopAction::DnsQuery << false << false
                                           << HopKind::SendRoute;
    QTest::newRow("DNAT (KUBE-SEP)") << HopAction::Dnat << false << false << HopKind::Dnat;
    QTest::newRow("un-DNAT by conntrack in the reply stays DNAT's kind")
        << HopAction::UnDnat << true << false << HopKind::Dnat;
    QTest::newRow("SNAT (MASQUERADE)") << HopAction::Snat << false << false << HopKind::Snat;
    QTest::newRow("un-SNAT in the reply") << HopAction::UnSnat << true << false << HopKind::Snat;
    QTest::newRow("VXLAN encapsulate") << HopAction::Encapsulate << false << false
                                       << HopKind::Vxlan;
    QTest::newRow("VXLAN decapsulate in the reply")
        << HopAction::Decapsulate << true << false << HopKind::Vxlan;
    QTest::newRow("deliver") << HopAction::Deliver << false << false << HopKind::Deliver;
    QTest::newRow("the reply delivered to the client is a delivery")
        << HopAction::Deliver << true << false << HopKind::Deliver;
    QTest::newRow("REJECT") << HopAction::Reject << false << true << HopKind::Failure;
    QTest::newRow("DROP") << HopAction::Drop << false << true << HopKind::Failure;
    QTest::newRow("no route") << HopAction::NoRoute << false << true << HopKind::Failure;
    QTest::newRow("refused (nothing listens)") << HopAction::Refused << false << true
                                               << HopKind::Failure;
    QTest::newRow("a failed send is a failure") << HopAction::Send << false << true
                                                << HopKind::Failure;
    QTest::newRow("the reply's send is the reply") << HopAction::Send << true << false
                                                   << HopKind::Reply;
    QTest::newRow("the reply's route is the reply") << HopAction::Route << true << false
                                                    << HopKind::Reply;
}

void TestHopKind::kind()
{
    QFETCH(HopAction, action);
    QFETCH(bool, reply);
    QFETCH(bool, failure);
    QFETCH(HopKind, kind);
    Hop hop;
    hop.action = action;
    hop.reply = reply;
    hop.failure = failure;
    QCOMPARE(hopKind(hop), kind);
}

void TestHopKind::everyKindHasALabel()
{
    QStringList labels;
    for (int k = 0; k < HopKindCount; ++k)
        labels << hopKindLabel(HopKind(k));
    QCOMPARE(labels, QStringList({QStringLiteral("send / route"), QStringLiteral("DNAT / un-DNAT"),
                                  QStringLiteral("SNAT / un-SNAT"), QStringLiteral("VXLAN"),
                                  QStringLiteral("deliver"),
                                  QStringLiteral("drop / reject / refused"),
                                  QStringLiteral("reply")}));
}

QTEST_GUILESS_MAIN(TestHopKind)
#include "tst_hopkind.moc"
