#pragma once

// The caption under the drawing in presentation mode: the same slide text `render --caption`
// and the frames carry (scene/hopcaption.h), at a size read from the back of the room, wrapped
// and grown to its whole text (the drawing above gives way; nothing is cut or elided).

#include "scene/hopcaption.h"

#include <QWidget>

namespace hopscope::app {

class PresentationCaption final : public QWidget
{
    Q_OBJECT
public:
    explicit PresentationCaption(QWidget *parent = nullptr);

    void setCaption(const HopCaption &caption);
    const HopCaption &caption() const { return m_caption; }
    // The texts as laid out now (kind caption), in this widget's pixels.
    QList<DrawnText> texts() const;
    // The body text size, for the size of the window it is in (CaptionLayout::pixelSizeFor).
    qreal pixelSize() const;
    // The lines as wrapped now, paragraph by paragraph (CaptionLayout::lines).
    QList<QStringList> lines() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();

    HopCaption m_caption;
    std::unique_ptr<CaptionLayout> m_layout;
};

} // namespace hopscope::app
