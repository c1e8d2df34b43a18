#include "ui/panels/problemspanel.h"

#include "ui/panels/problemsmodel.h"
#include "ui/panels/sourceview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace hopscope::app {

namespace {

// The message column wraps its whole text: a row is as tall as its message wrapped at the
// column's width. (QTreeView asks a row's height with no width, so the style would lay the
// message out on one line and the painter would elide what did not fit.)
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        const auto *view = qobject_cast<const QTreeView *>(option.widget);
        if (view && index.column() == ProblemsModel::MessageColumn) // a valid rect: wrap at it
            opt.rect = QRect(0, 0, view->columnWidth(index.column()), qMax(1, opt.rect.height()));
        return QStyledItemDelegate::sizeHint(opt, index);
    }

protected:
    // A tall row reads from its top: severity, code and place beside the message's first line.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->displayAlignment = Qt::AlignLeft | Qt::AlignTop;
        option->decorationAlignment = Qt::AlignHCenter | Qt::AlignTop;
    }
};

} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent), m_model(new ProblemsModel(this)), m_filter(new ProblemsFilter(this)),
      m_view(new QTreeView(this)), m_source(new SourceView(this)), m_sourceTitle(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProblemsModel::LocationColumn, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_view->setItemDelegate(new WrappingDelegate(m_view));
    // A message taller than the list scrolls into view line by line, not row by row.
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // QTreeView keeps the rows' heights until the next layout: lay them out again when the
    // message column's width changes (the panel or a column was resized).
    auto *relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, m_view, &QTreeView::doItemsLayout);
    connect(m_view->header(), &QHeaderView::sectionResized, this,
            [relayout](int section, int oldSize, int newSize) {
                if (section == ProblemsModel::MessageColumn && oldSize != newSize)
                    relayout->start();
            });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    const Severity severities[3] = {Severity::Error, Severity::Warning, Severity::Info};
    for (int i = 0; i < 3; ++i) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setChecked(true);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setObjectName(QStringLiteral("show%1").arg(QLatin1String(i == 0   ? "Errors"
                                                                    : i == 1 ? "Warnings"
                                                                             : "Infos")));
        const Severity s = severities[i];
        connect(b, &QToolButton::toggled, this,
                [this, s](bool on) { m_filter->setSeverityShown(s, on); });
        bar->addWidget(b);
        m_buttons[i] = b;
    }
    bar->addStretch(1);

    m_sourceTitle->setObjectName(QStringLiteral("sourceTitle"));
    m_sourceTitle->setText(tr("Click a problem to see its line."));
    m_sourceTitle->setWordWrap(true);
    m_sourceTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *sourceBox = new QWidget(this);
    auto *sourceLayout = new QVBoxLayout(sourceBox);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_sourceTitle);
    sourceLayout->addWidget(m_source, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *listBox = new QWidget(split);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_view, 1);
    split->addWidget(listBox);
    split->addWidget(sourceBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_view, &QAbstractItemView::clicked, this, &ProblemsPanel::activate);
    connect(m_view, &QAbstractItemView::activated, this, &ProblemsPanel::activate);
    retranslate();
}

QToolButton *ProblemsPanel::severityButton(Severity s) const
{
    return m_buttons[ProblemsModel::rank(s)];
}

void ProblemsPanel::setProblems(const Diagnostics &problems)
{
    const QString before = title();
    m_model->setProblems(problems);
    // The file shown may have changed on disk: show it again, at the same place.
    if (!m_source->file().isEmpty())
        m_source->showLocation(m_source->file(), m_source->markedLine(), m_source->markedColumn());
    updateButtons();
    if (title() != before)
        Q_EMIT titleChanged(title());
}

void ProblemsPanel::clearPreview()
{
    m_source->clearSource();
    m_sourceTitle->setText(tr("Click a problem to see its line."));
    m_view->clearSelection();
}

int ProblemsPanel::count() const
{
    return m_model->rowCount();
}

QString ProblemsPanel::title() const
{
    return count() == 0 ? tr("Problems") : tr("Problems (%1)").arg(count());
}

void ProblemsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProblemsPanel::retranslate()
{
    m_buttons[0]->setProperty("label", tr("Errors"));
    m_buttons[1]->setProperty("label", tr("Warnings"));
    m_buttons[2]->setProperty("label", tr("Infos"));
    if (m_source->file().isEmpty())
        m_sourceTitle->setText(tr("Click a problem to see its line."));
    m_model->setProblems(Diagnostics(m_model->problems())); // the rows' texts, again
    updateButtons();
    Q_EMIT titleChanged(title());
}

void ProblemsPanel::updateButtons()
{
    int counts[3] = {0, 0, 0};
    for (const Diagnostic &d : m_model->problems())
        ++counts[ProblemsModel::rank(d.severity)];
    const QStyle::StandardPixmap icons[3] = {QStyle::SP_MessageBoxCritical,
                                             QStyle::SP_MessageBoxWarning,
                                             QStyle::SP_MessageBoxInformation};
    for (int i = 0; i < 3; ++i) {
        m_buttons[i]->setText(QStringLiteral("%1 (%2)")
                                  .arg(m_buttons[i]->property("label").toString())
                                  .arg(counts[i]));
        m_buttons[i]->setIcon(style()->standardIcon(icons[i]));
    }
}

void ProblemsPanel::activateRow(int row)
{
    const QModelIndex index = m_filter->index(row, ProblemsModel::MessageColumn);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    activate(index);
}

void ProblemsPanel::activate(const QModelIndex &index)
{
    const QModelIndex source = m_filter->mapToSource(index);
    if (!source.isValid())
        return;
    const Diagnostic &d = m_model->problem(source.row());
    if (d.where.file.isEmpty() || d.where.file == u"-" || d.where.file == u"<stdin>") {
        m_source->clearSource();
        m_sourceTitle->setText(tr("%1 has no file to show.").arg(d.code));
    } else {
        m_source->showLocation(d.where.file, d.where.line, d.where.column);
        QString title = QStringLiteral("<b>%1</b> (%2)")
                            .arg(d.where.toString().toHtmlEscaped(), tr("read-only"));
        if (!d.hint.isEmpty())
            title += QStringLiteral("<br>") + tr("hint: %1").arg(d.hint).toHtmlEscaped();
        m_sourceTitle->setText(title);
    }
    Q_EMIT problemActivated(d);
}

} // namespace hopscope::app
