// The tab writer must lay text out exactly as Go's text/tabwriter does (kubectl describe) and as
// github.com/liggitt/tabwriter does with RememberWidths (kubectl get): reference Part A5.
//
// Two kinds of rows:
// - "go/..." rows are the test vectors of Go's own tabwriter_test.go (as carried by
//   github.com/liggitt/tabwriter), restricted to the features kubectl uses (no FilterHTML, no
//   Escape): the upstream expectations, not outputs of this code;
// - "derived/..." rows were worked out by hand from the algorithm (a column is a block of
//   consecutive lines having a tab-terminated cell at that index; width = max(minwidth, widest
//   cell + padding); the text after the last tab is never padded).

#include "core/base/tabwriter.h"

#include <QTest>

using hopscope::TabWriter;

class TestTabWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layout_data();
    void layout();
    void rememberWidthsAcrossFlushes();
    void kubectlSettings();
    void codePoints_data();
    void codePoints();
};

void TestTabWriter::layout_data()
{
    QTest::addColumn<int>("minWidth");
    QTest::addColumn<int>("tabWidth");
    QTest::addColumn<int>("padding");
    QTest::addColumn<QChar>("padChar");
    QTest::addColumn<uint>("flags");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const uint none = 0;
    const uint right = TabWriter::AlignRight;
    const uint debug = TabWriter::Debug;
    const uint discard = TabWriter::DiscardEmptyColumns;
    const QChar dot = u'.';

    QTest::newRow("go/1a empty") << 8 << 0 << 1 << dot << none << "" << "";
    QTest::newRow("go/2 newlines only") << 8 << 0 << 1 << dot << none << "\n\n\n" << "\n\n\n";
    QTest::newRow("go/3 no tabs") << 8 << 0 << 1 << dot << none << "a\nb\nc" << "a\nb\nc";
    QTest::newRow("go/4a lone tab prints nothing") << 8 << 0 << 1 << dot << none << "\t" << "";
    QTest::newRow("go/4b lone tab right") << 8 << 0 << 1 << dot << right << "\t" << "";
    QTest::newRow("go/5") << 8 << 0 << 1 << dot << none << "*\t*" << "*.......*";
    QTest::newRow("go/5b") << 8 << 0 << 1 << dot << none << "*\t*\n" << "*.......*\n";
    QTest::newRow("go/5c trailing tab on last line") << 8 << 0 << 1 << dot << none << "*\t*\t"
                                                      << "*.......*";
    QTest::newRow("go/5c debug") << 8 << 0 << 1 << dot << debug << "*\t*\t" << "*.......|*";
    QTest::newRow("go/5d right") << 8 << 0 << 1 << dot << right << "*\t*\t" << ".......**";
    QTest::newRow("go/6 empty cell is padded") << 8 << 0 << 1 << dot << none << "\t\n"
                                               << "........\n";
    QTest::newRow("go/7a") << 8 << 0 << 1 << dot << none << "a) foo" << "a) foo";
    QTest::newRow("go/7b") << 8 << 0 << 1 << QChar(u' ') << none << "b) foo\tbar"
                           << "b) foo  bar";
    QTest::newRow("go/7c") << 8 << 0 << 1 << dot << none << "c) foo\tbar\t" << "c) foo..bar";
    QTest::newRow("go/7d") << 8 << 0 << 1 << dot << none << "d) foo\tbar\n" << "d) foo..bar\n";
    QTest::newRow("go/7e trailing tab pads") << 8 << 0 << 1 << dot << none << "e) foo\tbar\t\n"
                                             << "e) foo..bar.....\n";
    QTest::newRow("go/8") << 8 << 0 << 1 << QChar(u'*') << none << "Hello, world!\n"
                          << "Hello, world!\n";
    QTest::newRow("go/9a") << 1 << 0 << 0 << dot << none
                           << "1\t2\t3\t4\n11\t222\t3333\t44444\n"
                           << "1.2..3...4\n11222333344444\n";
    QTest::newRow("go/9c formfeed flushes") << 1 << 0 << 0 << dot << none
                                            << "1\t2\t3\t4\f11\t222\t3333\t44444\n"
                                            << "1234\n11222333344444\n";
    QTest::newRow("go/9c debug") << 1 << 0 << 0 << dot << debug
                                 << "1\t2\t3\t4\f11\t222\t3333\t44444\n"
                                 << "1|2|3|4\n---\n11|222|3333|44444\n";
    QTest::newRow("go/10a") << 5 << 0 << 0 << dot << none << "1\t2\t3\t4\n"
                            << "1....2....3....4\n";
    QTest::newRow("go/10b") << 5 << 0 << 0 << dot << none << "1\t2\t3\t4\t\n"
                            << "1....2....3....4....\n";
    QTest::newRow("go/11 wide runes count one") << 8 << 0 << 1 << dot << none
        << QString::fromUtf8("本\tb\tc\naa\t本本本\tcccc\tddddd\naaa\tbbbb\n")
        << QString::fromUtf8("本.......b.......c\naa......本本本.....cccc....ddddd\n"
                             "aaa.....bbbb\n");
    QTest::newRow("go/12a right") << 8 << 0 << 1 << QChar(u' ') << right
        << QString::fromUtf8("a\tè\tc\t\naa\tèèè\tcccc\tddddd\t\naaa\tèèèè\t\n")
        << QString::fromUtf8("       a       è       c\n      aa     èèè    cccc   ddddd\n"
                             "     aaa    èèèè\n");
    QTest::newRow("go/12b") << 2 << 0 << 0 << QChar(u' ') << none
                            << "a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n"
                            << "a  b  c\naa bbbcccc\naaabbbb\n";
    QTest::newRow("go/12c") << 8 << 0 << 1 << QChar(u'_') << none
                            << "a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n"
                            << "a_______b_______c\naa______bbb_____cccc\naaa_____bbbb\n";
    QTest::newRow("go/13a blocks") << 4 << 0 << 1 << QChar(u'-') << none
        << QString::fromUtf8("4444\t日本語\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n"
                             "\n666666\t666666\t666666\t4444\n1\t1\t999999999\t0000000000\n")
        << QString::fromUtf8("4444------日本語-22--1---333\n999999999-22\n7---------22\n"
                             "------------------88888888\n\n666666-666666-666666----4444\n"
                             "1------1------999999999-0000000000\n");
    QTest::newRow("go/13b") << 4 << 0 << 3 << dot << none
        << "4444\t333\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n"
           "666666\t666666\t666666\t4444\n1\t1\t999999999\t0000000000\n"
        << "4444........333...22...1...333\n999999999...22\n7...........22\n"
           "....................88888888\n\n666666...666666...666666......4444\n"
           "1........1........999999999...0000000000\n";
    QTest::newRow("go/14 right") << 1 << 0 << 2 << QChar(u' ') << right
        << ".0\t.3\t2.4\t-5.1\t\n23.0\t12345678.9\t2.4\t-989.4\t\n5.1\t12.0\t2.4\t-7.0\t\n"
           ".0\t0.0\t332.0\t8908.0\t\n.0\t-.3\t456.4\t22.1\t\n.0\t1.2\t44.4\t-13.3\t\t"
        << "    .0          .3    2.4    -5.1\n  23.0  12345678.9    2.4  -989.4\n"
           "   5.1        12.0    2.4    -7.0\n    .0         0.0  332.0  8908.0\n"
           "    .0         -.3  456.4    22.1\n    .0         1.2   44.4   -13.3";
    QTest::newRow("go/14 debug") << 1 << 0 << 2 << QChar(u' ') << (right | debug)
        << ".0\t.3\t2.4\t-5.1\t\n23.0\t12345678.9\t2.4\t-989.4\t\n5.1\t12.0\t2.4\t-7.0\t\n"
           ".0\t0.0\t332.0\t8908.0\t\n.0\t-.3\t456.4\t22.1\t\n.0\t1.2\t44.4\t-13.3\t\t"
        << "    .0|          .3|    2.4|    -5.1|\n  23.0|  12345678.9|    2.4|  -989.4|\n"
           "   5.1|        12.0|    2.4|    -7.0|\n    .0|         0.0|  332.0|  8908.0|\n"
           "    .0|         -.3|  456.4|    22.1|\n    .0|         1.2|   44.4|   -13.3|";
    QTest::newRow("go/15a") << 4 << 0 << 0 << dot << none << "a\t\tb" << "a.......b";
    QTest::newRow("go/15b hard tabs kept") << 4 << 0 << 0 << dot << discard << "a\t\tb"
                                           << "a.......b";
    QTest::newRow("go/15c soft tabs discarded") << 4 << 0 << 0 << dot << discard << "a\v\vb"
                                                << "a...b";
    QTest::newRow("go/15d") << 4 << 0 << 0 << dot << (right | discard) << "a\v\vb" << "...ab";
    QTest::newRow("go/16a tab padding") << 100 << 100 << 0 << QChar(u'\t') << none
        << "a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n"
        << "a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n";
    QTest::newRow("go/16b") << 100 << 100 << 0 << QChar(u'\t') << discard
        << "a\vb\v\vd\na\vb\v\vd\ve\na\na\vb\vc\vd\na\vb\vc\vd\ve\n"
        << "a\tb\td\na\tb\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n";
    QTest::newRow("go/16b debug") << 100 << 100 << 0 << QChar(u'\t') << (discard | debug)
        << "a\vb\v\vd\na\vb\v\vd\ve\na\na\vb\vc\vd\na\vb\vc\vd\ve\n"
        << "a\t|b\t||d\na\t|b\t||d\t|e\na\na\t|b\t|c\t|d\na\t|b\t|c\t|d\t|e\n";
    QTest::newRow("go/16c debug") << 100 << 100 << 0 << QChar(u'\t') << (discard | debug)
        << "a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n"
        << "a\t|b\t|\t|d\na\t|b\t|\t|d\t|e\na\na\t|b\t|c\t|d\na\t|b\t|c\t|d\t|e\n";

    // Hand-derived, with kubectl's settings.
    // kubectl get: minwidth 6, padding 3. NAME: max(4,10)+3 = 13; TYPE: max(4,9)+3 = 12;
    // CLUSTER-IP: max(10,9)+3 = 13 (so 10.96.0.1 gets 4 spaces); EXTERNAL-IP: 11+3 = 14;
    // PORT(S): 7+3 = 10; AGE is the last cell: not padded, no trailing spaces.
    QTest::newRow("derived/kubectl get svc header and row")
        << 6 << 4 << 3 << QChar(u' ') << uint(TabWriter::RememberWidths)
        << "NAME\tTYPE\tCLUSTER-IP\tEXTERNAL-IP\tPORT(S)\tAGE\n"
           "kubernetes\tClusterIP\t10.96.0.1\t<none>\t443/TCP\t11d\n"
        << "NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\n"
           "kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   11d\n";
    // Narrow columns are minwidth (6) wide: max(6, 1+3) = 6.
    QTest::newRow("derived/minwidth wins over narrow cells")
        << 6 << 4 << 3 << QChar(u' ') << uint(TabWriter::RememberWidths) << "A\tB\nx\ty\n"
        << "A     B\nx     y\n";
    // kubectl describe: minwidth 0, padding 2. Column 0 spans all three lines:
    // max(5, 11, 9) + 2 = 13. Column 1 exists only in lines 1 and 3, which are not consecutive:
    // each is its own block, "<unset>" 7 + 2 = 9.
    QTest::newRow("derived/describe port lines are separate blocks")
        << 0 << 8 << 2 << QChar(u' ') << none
        << "Port:\t<unset>\t80/TCP\nTargetPort:\t80/TCP\nNodePort:\t<unset>\t30008/TCP\n"
        << "Port:        <unset>  80/TCP\nTargetPort:  80/TCP\n"
           "NodePort:    <unset>  30008/TCP\n";
    // Column 1: "bbbbbb" alone (6+2 = 8), then "g" alone (1+2 = 3): widths per block.
    QTest::newRow("derived/width per block") << 0 << 8 << 2 << QChar(u' ') << none
                                             << "a\tbbbbbb\tc\nd\te\nf\tg\th\n"
                                             << "a  bbbbbb  c\nd  e\nf  g  h\n";
    // The same with RememberWidths: column 1 keeps the 8 of its first block.
    QTest::newRow("derived/remember widths within one flush")
        << 0 << 8 << 2 << QChar(u' ') << uint(TabWriter::RememberWidths)
        << "a\tbbbbbb\tc\nd\te\nf\tg\th\n" << "a  bbbbbb  c\nd  e\nf  g       h\n";
    // An empty value after a tab: the key cell is still padded (kubectl describe prints
    // "Endpoints:" followed by spaces when a Service has none). 17 + 2 = 19.
    QTest::newRow("derived/empty last cell keeps padding of the key")
        << 0 << 8 << 2 << QChar(u' ') << none << "Endpoints:\t\nSession Affinity:\tNone\n"
        << "Endpoints:         \nSession Affinity:  None\n";
}

static QString runInPieces(TabWriter writer, const QString &input, int pieceSize)
{
    if (pieceSize <= 0) {
        writer.write(input);
        return writer.flush();
    }
    QString out;
    for (qsizetype i = 0; i < input.size(); i += pieceSize)
        writer.write(QStringView(input).mid(i, pieceSize));
    out += writer.flush();
    return out;
}

void TestTabWriter::layout()
{
    QFETCH(int, minWidth);
    QFETCH(int, tabWidth);
    QFETCH(int, padding);
    QFETCH(QChar, padChar);
    QFETCH(uint, flags);
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const TabWriter writer(minWidth, tabWidth, padding, padChar, flags);
    // As Go's test does: all at once, then in small pieces (the result must not depend on how
    // the text arrives).
    QCOMPARE(runInPieces(writer, input, 0), expected);
    QCOMPARE(runInPieces(writer, input, 1), expected);
    QCOMPARE(runInPieces(writer, input, 3), expected);
}

// liggitt/tabwriter TestMultiWrite: widths remembered across Flush calls.
void TestTabWriter::rememberWidthsAcrossFlushes()
{
    TabWriter w(6, 4, 3, u' ', TabWriter::RememberWidths);
    QString out;
    w.write(u"First\tMiddle\tLast\n");
    w.write(u"a\tbb\tccc\n");
    w.write(u"ddd\teeeeeeeeeeeeee\tf\n");
    out += w.flush();
    QCOMPARE(out, QStringLiteral("First   Middle           Last\n"
                                 "a       bb               ccc\n"
                                 "ddd     eeeeeeeeeeeeee   f\n"));
    w.write(u"g\th\ti\n");
    out += w.flush();
    w.write(u"j\t\t\n");
    out += w.flush();
    w.write(u"\tk\t\n");
    out += w.flush();
    w.write(u"\t\tl\n");
    out += w.flush();
    w.write(u"mmmmmmmmmmmmmmm\tnnn\tooo\n");
    out += w.flush();
    QCOMPARE(out, QStringLiteral("First   Middle           Last\n"
                                 "a       bb               ccc\n"
                                 "ddd     eeeeeeeeeeeeee   f\n"
                                 "g       h                i\n"
                                 "j                        \n"
                                 "        k                \n"
                                 "                         l\n"
                                 "mmmmmmmmmmmmmmm   nnn              ooo\n"));
    QCOMPARE(w.rememberedWidths(), QList<int>({18, 17}));

    TabWriter other(6, 4, 3, u' ', TabWriter::RememberWidths);
    other.setRememberedWidths(w.rememberedWidths());
    other.write(u"p\tq\tr\n");
    QCOMPARE(other.flush(), QStringLiteral("p                 q                r\n"));
    other.setRememberedWidths({});
    other.write(u"sssss\tt\tu\n");
    QCOMPARE(other.flush(), QStringLiteral("sssss   t     u\n"));
    QCOMPARE(other.rememberedWidths(), QList<int>({8, 6}));
}

// A5: kubectl get uses minwidth 6, tabwidth 4, padding 3, ' ', RememberWidths; describe uses
// 0, 8, 2, ' ', 0. The same three lines show both.
void TestTabWriter::kubectlSettings()
{
    const QString text = QStringLiteral("Name:\tweb\nType:\tNodePort\n");
    TabWriter get = TabWriter::forKubectlGet();
    get.write(text);
    QCOMPARE(get.flush(), QStringLiteral("Name:   web\nType:   NodePort\n")); // 5+3 = 8
    TabWriter describe = TabWriter::forKubectlDescribe();
    describe.write(text);
    QCOMPARE(describe.flush(), QStringLiteral("Name:  web\nType:  NodePort\n")); // 5+2 = 7
}

// Widths are counted in code points (Go: utf8.RuneCount), not UTF-16 units or bytes.
void TestTabWriter::codePoints_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("latin-1 accent is one")
        << QString::fromUtf8("é\tx\nab\ty\n") << QString::fromUtf8("é  x\nab y\n");
    QTest::newRow("astral emoji is one") << QString::fromUtf8("\U0001F600\tx\nab\ty\n")
                                         << QString::fromUtf8("\U0001F600  x\nab y\n");
}

void TestTabWriter::codePoints()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    TabWriter w(0, 8, 1, u' ');
    w.write(input);
    QCOMPARE(w.flush(), expected);
}

QTEST_APPLESS_MAIN(TestTabWriter)
#include "tst_tabwriter.moc"
