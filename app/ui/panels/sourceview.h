#pragma once

// A manifest's text, read-only, for the Problems panel: monospaced, with line numbers, scrolled
// to a diagnostic's line, the line highlighted and its column marked. It only ever reads the
// file (nothing here can write it: no save, no undo, no editing).

#include <QPlainTextEdit>

namespace hopscope::app {

class SourceView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SourceView(QWidget *parent = nullptr);

    // Reads `file` (again when it changed) and shows line `line` (1-based; 0: the top) with
    // column `column` (1-based; 0: none) marked. False when the file cannot be read (the view
    // then says why).
    bool showLocation(const QString &file, int line, int column);
    void clearSource();

    const QString &file() const { return m_file; }
    int markedLine() const { return m_line; }
    int markedColumn() const { return m_column; }
    // The 1-based line the cursor is on.
    int currentLine() const;

    // Larger texts are shown only up to here (a manifest a person reads is far smaller).
    static constexpr qint64 MaxBytes = 4 * 1024 * 1024;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class LineNumberArea;
    int lineNumberWidth() const;
    void paintLineNumbers(QPaintEvent *event);
    void updateMargins();
    void updateSelections();

    QWidget *m_numbers;
    QString m_file;
    int m_line = 0;
    int m_column = 0;
};

} // namespace hopscope::app
