#pragma once

#include <QString>

namespace hopscope {

// Where something came from: a file (or "-" for stdin, or ":demo/…" for a bundled resource)
// and a 1-based line and column. line == 0 means "the whole file".
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;

    bool isValid() const { return !file.isEmpty(); }
    // "file:line:col", "file:line" or "file", as gcc prints it.
    QString toString() const;
    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

} // namespace hopscope
