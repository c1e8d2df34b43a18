#pragma once

// The rules pane, in two views one click apart (tabs):
// - "This hop": the rules the current hop's netfilter walk went through, in walk order and
//   grouped chain by chain as `hopscope trace` prints them, the deciding rule marked (▶, a
//   strong tint); one text block per rule, so that a wrapped rule is tinted whole. A hop
//   decided by a route or by conntrack shows that line instead.
// - "All rules": the node's whole iptables-restore text (NodeProxyRules), scrolled to the
//   rule that decided, with the walked rules tinted there too (each rule's every line).

#include "core/model/trace.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace hopscope::app {

class RulesPanel final : public QWidget
{
    Q_OBJECT
public:
    struct RuleRef
    {
        QString table; // "nat", "filter"
        QString rule;  // "-A CHAIN …"
    };
    enum Tab { WalkTab, AllRulesTab };

    explicit RulesPanel(QWidget *parent = nullptr);

    // The node's rules text (empty node: outside the cluster, nothing to show).
    void showNode(const QString &node, const QString &restoreText);
    // Highlights `decided` (may be empty) and tints `trail` in the whole text; scrolls to the
    // decided rule.
    void highlight(const RuleRef &decided, const QList<RuleRef> &trail);
    // The walk of `hop` in the "This hop" view (nullptr: no hop).
    void showWalk(const Hop *hop);

    QString node() const { return m_node; }
    // The highlighted line's text and its 0-based line number (-1 when none).
    QString highlightedLine() const;
    int highlightedLineNumber() const { return m_highlighted; }
    QList<int> trailLineNumbers() const { return m_trail; }
    QPlainTextEdit *editor() const { return m_text; }
    // The "This hop" view and what it lists: the rule texts in the order shown, the chain
    // headings in the order shown, and the index (into walkRules()) of the deciding rule.
    QPlainTextEdit *walkView() const { return m_walk; }
    QTabWidget *tabs() const { return m_tabs; }
    QStringList walkRules() const;
    QStringList walkChains() const;
    int walkDecided() const;
    // The theme changed: the trail and the decided rule are tinted again.
    void restyle();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    int lineOf(const RuleRef &ref) const;
    void applySelections();
    void fillWalk();

    QLabel *m_caption;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_walk;
    QPlainTextEdit *m_text;
    QString m_node;
    QStringList m_lines;
    int m_highlighted = -1;
    QList<int> m_trail;
    bool m_hasHop = false;
    Hop m_hop;
};

} // namespace hopscope::app
