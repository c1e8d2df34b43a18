#pragma once

#include <QByteArrayView>

namespace hopscope {

// Offset of the first byte that is not part of a valid UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

// 1-based line and column (in bytes) of an offset.
struct LineColumn
{
    int line = 1;
    int column = 1;
};
LineColumn lineColumnAt(QByteArrayView bytes, qsizetype offset);

} // namespace hopscope
