#include "ui/requestbar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyleOptionComboBox>
#include <QVBoxLayout>

#include <algorithm>

namespace hopscope::app {

RequestBar::RequestBar(QWidget *parent)
    : QToolBar(parent), m_presets(new QComboBox(this)), m_from(new QComboBox(this)),
      m_to(new QComboBox(this)), m_seed(new QSpinBox(this)), m_endpoint(new QLineEdit(this)),
      m_send(new QPushButton(this)), m_count(new QSpinBox(this)), m_sendMany(new QPushButton(this)),
      m_hint(new QLabel(this)), m_fromLabel(new QLabel(this)), m_toLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("requestBar"));
    setMovable(false);
    m_presets->setObjectName(QStringLiteral("presets"));
    m_presets->setMinimumContentsLength(28);
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_from->setEditable(true);
    m_from->setMinimumContentsLength(14);
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setEditable(true);
    m_to->setMinimumContentsLength(24);
    m_to->setObjectName(QStringLiteral("to"));
    m_seed->setRange(0, 1000000);
    m_seed->setValue(1);
    m_endpoint->setMaximumWidth(170);
    m_count->setRange(2, 1000);
    m_count->setValue(10);
    m_send->setDefault(true);
    m_send->setObjectName(QStringLiteral("send"));
    m_sendMany->setObjectName(QStringLiteral("sendMany"));
    m_hint->setObjectName(QStringLiteral("hint"));
    QFont hintFont = m_hint->font();
    hintFont.setItalic(true);
    m_hint->setFont(hintFont);
    m_hint->setWordWrap(true);
    m_hint->setMargin(4);
    m_hint->setIndent(6);
    m_hint->setTextInteractionFlags(Qt::NoTextInteraction);
    m_hint->hide(); // until there is something to say

    addWidget(m_presets);
    addSeparator();
    addWidget(m_fromLabel);
    addWidget(m_from);
    addWidget(m_toLabel);
    addWidget(m_to);
    m_teacherTools << addWidget(m_seed) << addWidget(m_endpoint);
    addWidget(m_send);
    m_teacherTools << addSeparator() << addWidget(m_count) << addWidget(m_sendMany);

    connect(m_send, &QPushButton::clicked, this, &RequestBar::sendRequested);
    connect(m_sendMany, &QPushButton::clicked, this,
            [this] { Q_EMIT sendManyRequested(m_count->value()); });
    connect(m_to->lineEdit(), &QLineEdit::returnPressed, this, &RequestBar::sendRequested);
    connect(m_presets, &QComboBox::currentIndexChanged, this, &RequestBar::fitWidths);
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            Q_EMIT presetActivated(index - 1);
    });
    setPresets({});
    retranslate();
}

void RequestBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void RequestBar::retranslate()
{
    setWindowTitle(tr("Request"));
    m_send->setText(tr("Send"));
    m_sendMany->setText(tr("Send N"));
    m_fromLabel->setText(tr(" From "));
    m_toLabel->setText(tr(" To "));
    m_presets->setToolTip(tr("The lesson's requests"));
    m_presets->setItemText(0, m_hasPresets ? tr("Lesson presets…") : tr("(no lesson presets)"));
    m_from->setToolTip(tr("Source: client, pod/NAME or node/NAME — or click one on the "
                          "drawing"));
    m_to->setToolTip(tr("Destination: IP:PORT, NAME:PORT or a Service's DNS name — or click "
                        "a Service, node port, load balancer or pod"));
    m_seed->setPrefix(tr("seed "));
    m_seed->setToolTip(tr("The random endpoint choice follows this seed"));
    m_endpoint->setPlaceholderText(tr("pin endpoint ip:port"));
    m_count->setToolTip(tr("How many requests \"Send N\" sends"));
    fitWidths();
}

void RequestBar::fitWidths()
{
    // Wide enough for the whole placeholder in every language and text size (presentation mode).
    const int placeholder =
        m_endpoint->fontMetrics().horizontalAdvance(m_endpoint->placeholderText()) + 24;
    m_endpoint->setMinimumWidth(placeholder);
    m_endpoint->setMaximumWidth(std::max(170, placeholder));
    // The chosen preset's whole title (the box is as wide as 28 characters otherwise).
    QStyleOptionComboBox option;
    option.initFrom(m_presets);
    const QFontMetrics fm = m_presets->fontMetrics();
    const QSize text(fm.horizontalAdvance(m_presets->currentText()) + 4, fm.height());
    m_presets->setMinimumWidth(
        style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, m_presets).width());
}

void RequestBar::setPresenting(bool presenting)
{
    for (QAction *a : std::as_const(m_teacherTools))
        a->setVisible(!presenting);
}

TraceRequest RequestBar::request() const
{
    TraceRequest r;
    r.from = source();
    r.to = destination();
    r.seed = quint64(m_seed->value());
    r.pinnedEndpoint = m_endpoint->text().trimmed();
    return r;
}

QString RequestBar::source() const
{
    return m_from->currentText().trimmed();
}

QString RequestBar::destination() const
{
    // The box shows a target's label; its data is the destination itself.
    const int i = m_to->currentIndex();
    if (i >= 0 && m_to->itemText(i) == m_to->currentText() && m_to->itemData(i).isValid())
        return m_to->itemData(i).toString();
    return m_to->currentText().trimmed();
}

void RequestBar::addSources(const QStringList &sources)
{
    const QString current = m_from->currentText();
    for (const QString &source : sources)
        if (m_from->findText(source) < 0)
            m_from->addItem(source);
    m_from->setCurrentText(current);
}

void RequestBar::setSource(const QString &from)
{
    if (m_from->findText(from) < 0)
        m_from->insertItem(0, from);
    m_from->setCurrentText(from);
}

void RequestBar::setDestinations(const QList<QPair<QString, QString>> &targets, int current)
{
    m_to->clear();
    for (const auto &[to, label] : targets)
        m_to->addItem(label.isEmpty() ? to : QStringLiteral("%1   — %2").arg(to, label), to);
    if (!targets.isEmpty())
        m_to->setCurrentIndex(std::clamp(current, 0, int(targets.size()) - 1));
}

void RequestBar::setDestination(const QString &to)
{
    setDestinations({{to, QString()}});
}

void RequestBar::setSeed(quint64 seed)
{
    m_seed->setValue(int(std::min<quint64>(seed, 1000000)));
}

void RequestBar::setPinnedEndpoint(const QString &endpoint)
{
    m_endpoint->setText(endpoint);
}

void RequestBar::setHint(const QString &text)
{
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty() && !m_hintSuppressed);
}

void RequestBar::setHintSuppressed(bool suppressed)
{
    m_hintSuppressed = suppressed;
    m_hint->setVisible(!m_hint->text().isEmpty() && !m_hintSuppressed);
}

QString RequestBar::hint() const
{
    return m_hint->text();
}

void RequestBar::setPresets(const QStringList &titles)
{
    m_presets->clear();
    m_hasPresets = !titles.isEmpty();
    m_presets->addItem(titles.isEmpty() ? tr("(no lesson presets)") : tr("Lesson presets…"));
    for (const QString &t : titles)
        m_presets->addItem(t);
    m_presets->setEnabled(!titles.isEmpty());
}

void RequestBar::setCurrentPreset(int index)
{
    m_presets->setCurrentIndex(index < 0 ? 0 : index + 1);
}

int RequestBar::currentPreset() const
{
    return m_presets->currentIndex() - 1;
}

int RequestBar::sendCount() const
{
    return m_count->value();
}

} // namespace hopscope::app
