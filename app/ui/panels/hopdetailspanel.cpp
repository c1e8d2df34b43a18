#include "ui/panels/hopdetailspanel.h"

#include "scene/style.h"
#include "ui/panels/eventlistpanel.h"
#include "ui/panels/packetdiff.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hopscope::app {

HopDetailsPanel::HopDetailsPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_fields(new QTableWidget(this)),
      m_decided(new QLabel(this)), m_explanation(new QLabel(this)),
      m_decidedCaption(new QLabel(this)), m_explainCaption(new QLabel(this)),
      m_problemsCaption(new QLabel(this)), m_problems(new QLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    scroll->setWidget(content);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("hopTitle"));

    m_fields->setColumnCount(3);
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_fields->setFocusPolicy(Qt::NoFocus);
    m_fields->setObjectName(QStringLiteral("packetFields"));
    m_fields->verticalHeader()->setDefaultSectionSize(m_fields->fontMetrics().height() + 6);
    m_fields->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_fields->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_decided->setFont(mono);
    m_decided->setWordWrap(true);
    m_decided->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_decided->setObjectName(QStringLiteral("decidedBy"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    QFont body = m_explanation->font();
    body.setPointSizeF(body.pointSizeF() * 1.15);
    m_explanation->setFont(body);

    QLabel *decidedCaption = m_decidedCaption;
    QLabel *explainCaption = m_explainCaption;
    decidedCaption->setObjectName(QStringLiteral("decidedCaption"));
    explainCaption->setObjectName(QStringLiteral("explainCaption"));
    m_problemsCaption->setObjectName(QStringLiteral("problemsCaption"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("hopProblems"));
    m_problems->setTextFormat(Qt::RichText);
    QPalette problemPalette = m_problemsCaption->palette();
    problemPalette.setColor(QPalette::WindowText, style::failureColor());
    m_problemsCaption->setPalette(problemPalette);
    for (QLabel *caption : {decidedCaption, explainCaption, m_problemsCaption}) {
        QFont f = caption->font();
        f.setBold(true);
        caption->setFont(f);
    }
    // What happens first: it is what the class reads; the packet's fields follow.
    layout->addWidget(m_title);
    layout->addWidget(explainCaption);
    layout->addWidget(m_explanation);
    layout->addWidget(m_problemsCaption);
    layout->addWidget(m_problems);
    layout->addWidget(m_fields);
    layout->addWidget(decidedCaption);
    layout->addWidget(m_decided);
    layout->addStretch(1);
    retranslate();
}

void HopDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HopDetailsPanel::retranslate()
{
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_decidedCaption->setText(tr("Decided by"));
    m_explainCaption->setText(tr("What happens"));
    m_problemsCaption->setText(tr("Why: problems in the manifests"));
    showHop();
}

void HopDetailsPanel::setTrace(const Trace &trace)
{
    m_trace = trace;
    m_hop = trace.hops.isEmpty() ? -1 : 0;
    showHop();
}

void HopDetailsPanel::setCurrentHop(int hop)
{
    if (hop == m_hop)
        return;
    m_hop = hop;
    showHop();
}

QString HopDetailsPanel::titleText() const
{
    return m_title->text();
}
QString HopDetailsPanel::decidedByText() const
{
    return m_decided->text();
}
QString HopDetailsPanel::explanationText() const
{
    return m_explanation->text();
}

QString HopDetailsPanel::problemsText() const
{
    if (m_hop < 0 || m_hop >= m_trace.hops.size())
        return QString();
    QStringList lines;
    for (const Diagnostic &d : m_trace.hops[m_hop].problems)
        lines << QStringLiteral("%1 %2 %3: %4")
                     .arg(severityName(d.severity), d.code, d.where.toString(), d.message);
    return lines.join(u'\n');
}

void HopDetailsPanel::showProblems(const Hop *hop)
{
    const bool any = hop && !hop->problems.isEmpty();
    m_problemsCaption->setVisible(any);
    m_problems->setVisible(any);
    if (!any) {
        m_problems->clear();
        return;
    }
    QStringList parts;
    for (const Diagnostic &d : hop->problems) {
        QString part = QStringLiteral("<p><b>%1 %2</b> · <code>%3</code><br>%4")
                           .arg(severityName(d.severity), d.code.toHtmlEscaped(),
                                d.where.toString().toHtmlEscaped(), d.message.toHtmlEscaped());
        if (!d.hint.isEmpty())
            part += QStringLiteral("<br><i>%1</i>").arg(d.hint.toHtmlEscaped());
        parts << part + QStringLiteral("</p>");
    }
    m_problems->setText(parts.join(QString()));
}

void HopDetailsPanel::showHop()
{
    m_changed.clear();
    if (m_hop < 0 || m_hop >= m_trace.hops.size()) {
        m_title->setText(m_trace.problems.isEmpty() ? tr("No request yet: click a source, "
                                                         "then a destination.")
                                                    : m_trace.summary);
        m_fields->setRowCount(0);
        m_fields->hide();
        m_decided->clear();
        m_explanation->clear();
        showProblems(nullptr);
        return;
    }
    const Hop &hop = m_trace.hops[m_hop];
    m_title->setText(tr("Hop %1 of %2 · %3 · %4%5")
                         .arg(m_hop + 1)
                         .arg(m_trace.hops.size())
                         .arg(hop.actionLabel(), EventListModel::whereText(hop),
                              hop.reply ? tr(" (reply)") : QString()));
    QPalette pal = m_title->palette();
    pal.setColor(QPalette::WindowText, hop.failure ? style::failureColor() : style::ink());
    m_title->setPalette(pal);

    const QList<PacketField> fields = PacketDiff::fields(hop.before, hop.after);
    m_fields->show();
    m_fields->setRowCount(int(fields.size()));
    const QColor changedFill = style::markFill();
    for (int row = 0; row < fields.size(); ++row) {
        const PacketField &f = fields[row];
        const QString mark = f.changed() ? QStringLiteral("  ◀ ") + tr("changed") : QString();
        const QStringList cells = {f.name, f.before, f.after + mark};
        for (int col = 0; col < 3; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setData(Qt::UserRole, f.key);
            if (f.changed()) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(changedFill);
                item->setForeground(style::markText());
            }
            m_fields->setItem(row, col, item);
        }
        if (f.changed())
            m_changed << f.key;
    }
    m_fields->setFixedHeight(m_fields->horizontalHeader()->height() +
                             m_fields->verticalHeader()->length() + 4);

    QStringList decided;
    if (!hop.rule.isEmpty())
        decided << QStringLiteral("iptables -t %1  %2").arg(hop.table, hop.rule);
    if (!hop.route.isEmpty())
        decided << tr("route: %1").arg(hop.route);
    if (!hop.conntrack.isEmpty())
        decided << tr("conntrack: %1").arg(hop.conntrack);
    if (!hop.dns.isEmpty())
        decided << hop.dns;
    if (decided.isEmpty())
        decided << tr("(nothing to decide: the packet goes on as it is)");
    m_decided->setText(decided.join(u'\n'));
    m_explanation->setText(hop.explanation);
    showProblems(&hop);
}

} // namespace hopscope::app
