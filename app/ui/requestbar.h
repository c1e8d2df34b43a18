#pragma once

// The compact request bar: the lesson's presets, source, destination, seed and pinned
// endpoint, Send, and "Send N" for the random spread. A passive view: the classroom fills it
// (from clicks on the scene or a preset) and reads the request back.

#include "core/model/trace.h"

#include <QToolBar>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace hopscope::app {

class RequestBar final : public QToolBar
{
    Q_OBJECT
public:
    explicit RequestBar(QWidget *parent = nullptr);

    TraceRequest request() const;
    QString source() const;
    QString destination() const;

    void setSource(const QString &from);
    // Offers these sources in the From box (a lesson's clients: "client/NAME"), keeping the text.
    void addSources(const QStringList &sources);
    // The destinations offered for what was clicked (to, label); `current` is selected.
    void setDestinations(const QList<QPair<QString, QString>> &targets, int current = 0);
    void setDestination(const QString &to);
    void setSeed(quint64 seed);
    void setPinnedEndpoint(const QString &endpoint);
    void setHint(const QString &text);
    QString hint() const;
    // The hint and notes line: a whole line of its own under the bars (the window places it),
    // never in the toolbar's overflow menu; it wraps.
    QLabel *hintLine() const { return m_hint; }
    // While presenting with the caption shown, the caption says it: the line steps aside.
    void setHintSuppressed(bool suppressed);
    // While presenting the bar keeps what the class follows (presets, From, To, Send); the
    // teacher's tools (seed, pinned endpoint, Send N) step aside so that nothing is cut.
    void setPresenting(bool presenting);
    void setPresets(const QStringList &titles);
    void setCurrentPreset(int index);
    int currentPreset() const; // -1: none
    int sendCount() const;

    QComboBox *presetBox() const { return m_presets; }
    QComboBox *sourceBox() const { return m_from; }
    QComboBox *destinationBox() const { return m_to; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *sendManyButton() const { return m_sendMany; }

Q_SIGNALS:
    void sendRequested();
    void sendManyRequested(int count);
    void presetActivated(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitWidths(); // the preset's title and the placeholder whole, at the bar's font

    QComboBox *m_presets;
    QComboBox *m_from;
    QComboBox *m_to;
    QSpinBox *m_seed;
    QLineEdit *m_endpoint;
    QPushButton *m_send;
    QSpinBox *m_count;
    QPushButton *m_sendMany;
    QLabel *m_hint;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    bool m_hasPresets = false;
    bool m_hintSuppressed = false;
    QList<QAction *> m_teacherTools; // hidden while presenting
};

} // namespace hopscope::app
