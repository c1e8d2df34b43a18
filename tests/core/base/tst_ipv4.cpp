// IPv4 as Kubernetes reads it (netutils.ParseIPSloppy): decimal octets, a leading zero is still
// decimal, never octal; anything but a dotted quad is refused.

#include "core/base/ipv4.h"

#include <QTest>

using namespace hopscope;

class TestIpv4 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addresses_data();
    void addresses();
    void cidrs_data();
    void cidrs();
};

void TestIpv4::addresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("ParseIPSloppy: \"172.30.0.041\" is 172.30.0.41 (leading zero is decimal)")
        << "172.30.0.041" << true << "172.30.0.41";
    QTest::newRow("ParseIPSloppy: \"010.096.000.001\" is 10.96.0.1 (never octal 8.78.0.1)")
        << "010.096.000.001" << true << "10.96.0.1";
    QTest::newRow("a plain address") << "10.96.0.1" << true << "10.96.0.1";
    QTest::newRow("an octet over 255 is no address") << "10.96.0.256" << false << "";
    QTest::newRow("three octets are no address (no inet_aton shorthand)") << "10.96.1" << false
                                                                           << "";
    QTest::newRow("IPv6 is not IPv4") << "fd00::1" << false << "";
}

void TestIpv4::addresses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, formatted);
    quint32 address = 0;
    QCOMPARE(parseIPv4(text, &address), valid);
    if (valid)
        QCOMPARE(formatIPv4(address), formatted);
}

void TestIpv4::cidrs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("network");
    QTest::addColumn<int>("prefix");
    QTest::newRow("a leading zero in a CIDR is decimal too") << "010.244.0.0/16" << "10.244.0.0"
                                                            << 16;
    QTest::newRow("loadBalancerSourceRanges are trimmed, host bits cleared")
        << " 203.0.113.5/25 " << "203.0.113.0" << 25;
}

void TestIpv4::cidrs()
{
    QFETCH(QString, text);
    QFETCH(QString, network);
    QFETCH(int, prefix);
    quint32 n = 0;
    int p = 0;
    QVERIFY(parseIPv4Cidr(text, &n, &p));
    QCOMPARE(formatIPv4(n), network);
    QCOMPARE(p, prefix);
}

QTEST_GUILESS_MAIN(TestIpv4)
#include "tst_ipv4.moc"
