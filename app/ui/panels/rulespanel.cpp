#include "ui/panels/rulespanel.h"

#include "scene/style.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace hopscope::app {

namespace {

// The walk view's blocks, told apart by QTextBlock::userState().
enum BlockKind { Plain = 0, Heading = 1, Walked = 2, Decided = 3 };

QPlainTextEdit *makeEditor(QWidget *parent, const QString &name)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    // Wrapped: a kube-proxy rule is long, and its end (-j DNAT --to-destination …) matters.
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Read-only views: the keys step the trace, the pane never keeps the focus.
    edit->setFocusPolicy(Qt::NoFocus);
    return edit;
}

QString ruleRef(const QString &table, int index)
{
    return index >= 0 ? QStringLiteral("%1 #%2").arg(table).arg(index) : table;
}

} // namespace

RulesPanel::RulesPanel(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_walk(makeEditor(this, QStringLiteral("rulesWalk"))),
      m_text(makeEditor(this, QStringLiteral("rulesText")))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_caption);
    layout->addWidget(m_tabs, 1);
    m_caption->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("rulesTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_tabs->addTab(m_walk, QString());
    m_tabs->addTab(m_text, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, &RulesPanel::retranslate);
    retranslate();
    showNode(QString(), QString());
    showWalk(nullptr);
}

void RulesPanel::showNode(const QString &node, const QString &restoreText)
{
    if (node == m_node && !node.isEmpty())
        return;
    m_node = node;
    m_highlighted = -1;
    m_trail.clear();
    retranslate();
    if (node.isEmpty()) {
        m_lines.clear();
        m_text->clear();
        return;
    }
    m_lines = restoreText.split(u'\n');
    if (!m_lines.isEmpty() && m_lines.last().isEmpty())
        m_lines.removeLast();
    m_text->setPlainText(m_lines.join(u'\n'));
}

void RulesPanel::retranslate()
{
    m_tabs->setTabText(WalkTab, tr("This hop"));
    m_tabs->setTabText(AllRulesTab, tr("All rules (iptables-save)"));
    m_tabs->setTabToolTip(WalkTab, tr("The rules this hop walked, in order, chain by chain"));
    m_tabs->setTabToolTip(AllRulesTab, tr("Every rule kube-proxy wrote on the node"));
    if (m_node.isEmpty())
        m_caption->setText(tr("Outside the cluster: no kube-proxy rules here."));
    else if (m_tabs->currentIndex() == WalkTab)
        m_caption->setText(tr("On %1, in the order netfilter met them; ▶ decided.").arg(m_node));
    else
        m_caption->setText(tr("iptables rules kube-proxy wrote on %1 (iptables-save)").arg(m_node));
}

void RulesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillWalk();
    }
    QWidget::changeEvent(event);
}

int RulesPanel::lineOf(const RuleRef &ref) const
{
    if (ref.rule.isEmpty())
        return -1;
    const QString section = u'*' + (ref.table.isEmpty() ? QStringLiteral("nat") : ref.table);
    bool inTable = false;
    for (int i = 0; i < m_lines.size(); ++i) {
        const QString &line = m_lines[i];
        if (line.startsWith(u'*'))
            inTable = line == section;
        else if (inTable && line == ref.rule)
            return i;
    }
    return -1;
}

void RulesPanel::highlight(const RuleRef &decided, const QList<RuleRef> &trail)
{
    m_highlighted = lineOf(decided);
    m_trail.clear();
    for (const RuleRef &r : trail) {
        const int line = lineOf(r);
        if (line >= 0 && line != m_highlighted)
            m_trail << line;
    }
    applySelections();
    const int target = m_highlighted >= 0 ? m_highlighted : m_trail.value(0, -1);
    if (target >= 0) {
        QTextCursor cursor(m_text->document()->findBlockByNumber(target));
        m_text->setTextCursor(cursor);
        m_text->centerCursor();
    }
}

QString RulesPanel::highlightedLine() const
{
    return m_lines.value(m_highlighted);
}

void RulesPanel::restyle()
{
    applySelections();
    fillWalk();
}

void RulesPanel::applySelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    auto select = [&](int line, const QColor &fill, bool bold) {
        // The whole rule, its separator included, so that every wrapped line is tinted to
        // the right edge; the cursor stays at the rule's start (cursor.block() is the rule).
        const QTextBlock block = m_text->document()->findBlockByNumber(line);
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(qMin(block.position() + block.length(),
                                  m_text->document()->characterCount() - 1));
        s.cursor.setPosition(block.position(), QTextCursor::KeepAnchor);
        s.format.setBackground(fill);
        s.format.setForeground(style::markText());
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        if (bold)
            s.format.setFontWeight(QFont::Bold);
        selections << s;
    };
    for (int line : std::as_const(m_trail))
        select(line, style::markFill(), false);
    if (m_highlighted >= 0)
        select(m_highlighted, style::markStrongFill(), true);
    m_text->setExtraSelections(selections);
}

void RulesPanel::showWalk(const Hop *hop)
{
    m_hasHop = hop != nullptr;
    m_hop = hop ? *hop : Hop{};
    fillWalk();
}

void RulesPanel::fillWalk()
{
    QTextDocument *doc = m_walk->document();
    doc->clear();
    QTextCursor cursor(doc);
    bool first = true;
    auto add = [&](const QString &text, BlockKind kind) {
        QTextBlockFormat block;
        QTextCharFormat chars;
        if (kind == Heading) {
            chars.setFontWeight(QFont::Bold);
            block.setTopMargin(first ? 0 : 4);
        } else if (kind == Walked || kind == Decided) {
            block.setBackground(kind == Decided ? style::markStrongFill() : style::markFill());
            chars.setForeground(style::markText());
            if (kind == Decided)
                chars.setFontWeight(QFont::Bold);
        }
        if (first)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block);
        cursor.setCharFormat(chars);
        cursor.insertText(text);
        cursor.block().setUserState(kind);
        first = false;
    };
    const Hop &h = m_hop;
    if (!m_hasHop) {
        add(tr("Send a request to see the rules each hop walks."), Plain);
    } else if (!h.trail.isEmpty() && h.action != HopAction::Route) {
        QString table, chain;
        for (int i = 0; i < h.trail.size(); ++i) {
            const HopRule &r = h.trail[i];
            if (r.table != table || r.chain != chain) {
                table = r.table;
                chain = r.chain;
                add(QStringLiteral("%1 · %2").arg(table, chain), Heading);
            }
            const bool decided = i == h.trail.size() - 1;
            add((decided ? QStringLiteral("▶ ") : QStringLiteral("  ")) +
                    ruleRef(r.table, r.ruleIndex) + QStringLiteral("  ") + r.rule,
                decided ? Decided : Walked);
        }
    } else if (!h.rule.isEmpty()) {
        add(QStringLiteral("%1 · %2").arg(h.table, h.chain), Heading);
        add(QStringLiteral("▶ ") + ruleRef(h.table, h.ruleIndex) + QStringLiteral("  ") + h.rule,
            Decided);
    }
    if (m_hasHop && !h.route.isEmpty()) {
        add(tr("Route (ip route)"), Heading);
        add(QStringLiteral("▶ ") + h.route, Decided);
    }
    if (m_hasHop && !h.conntrack.isEmpty()) {
        add(tr("Conntrack entry (conntrack -L)"), Heading);
        add(QStringLiteral("▶ ") + h.conntrack, Decided);
    }
    if (m_hasHop && first)
        add(tr("No iptables rule, route or conntrack entry decides this hop."), Plain);
    // Show the deciding rule.
    for (QTextBlock b = doc->firstBlock(); b.isValid(); b = b.next())
        if (b.userState() == Decided) {
            m_walk->setTextCursor(QTextCursor(b));
            m_walk->ensureCursorVisible();
        }
}

QStringList RulesPanel::walkRules() const
{
    // Read back from the view: what a student sees, in the order shown.
    QStringList rules;
    for (QTextBlock b = m_walk->document()->firstBlock(); b.isValid(); b = b.next()) {
        const int at = b.text().indexOf(QLatin1String("-A "));
        if ((b.userState() == Walked || b.userState() == Decided) && at >= 0)
            rules << b.text().mid(at);
    }
    return rules;
}

QStringList RulesPanel::walkChains() const
{
    QStringList chains;
    for (QTextBlock b = m_walk->document()->firstBlock(); b.isValid(); b = b.next())
        if (b.userState() == Heading)
            chains << b.text();
    return chains;
}

int RulesPanel::walkDecided() const
{
    int rule = 0;
    for (QTextBlock b = m_walk->document()->firstBlock(); b.isValid(); b = b.next()) {
        if (b.userState() == Decided)
            return rule;
        rule += b.userState() == Walked && b.text().contains(QLatin1String("-A ")) ? 1 : 0;
    }
    return -1;
}

} // namespace hopscope::app
