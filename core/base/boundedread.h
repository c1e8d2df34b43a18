#pragma once

// The one way Hopscope reads a file or standard input (issue 15): manifests, folders' files,
// lessons and what they name, the app's standard input. Only regular files are opened (a FIFO,
// a device, a socket or a folder is refused before it is opened, so a FIFO with no writer never
// blocks); bytes come in chunks up to a limit (never a whole-file readAll()); the first chunk is
// checked for binary data (NUL bytes, invalid UTF-8) before more is buffered, and every later
// chunk for NUL bytes. Problems are values with a message in plain words, never exceptions.

#include <QByteArray>
#include <QString>

#include <functional>

namespace hopscope {

// What a path is, for a reader that accepts only regular files.
enum class FileKind {
    Regular,
    Missing,
    SymlinkLoop, // too many levels of symbolic links
    Folder,
    Fifo,
    CharDevice,
    BlockDevice,
    Socket,
    Other,
    NoAccess, // a folder on the way cannot be searched
};

// Follows symlinks (a loop is SymlinkLoop); never opens the path.
FileKind fileKind(const QString &path);
// "a named pipe (FIFO)", "a character device (such as /dev/zero)" … translated.
QString fileKindText(FileKind kind);

struct BoundedRead
{
    enum class Status {
        Ok,
        NotRegular, // `kind` says what it is (missing, a FIFO, a loop …)
        TooLarge,   // more than the limit: `size` is the file's size, or -1 for a stream
        Unreadable, // `error` is the system's message
        Binary,     // stopped early: `bytes` holds what was read, the NUL or bad byte included
        Cancelled,
    };
    Status status = Status::Ok;
    FileKind kind = FileKind::Regular;
    QByteArray bytes;
    qint64 size = -1;
    QString error;
    bool truncated = false; // BoundedReadLimits::keepBeginning: there was more

    bool ok() const { return status == Status::Ok || status == Status::Binary; }
};

struct BoundedReadLimits
{
    qint64 maxBytes = qint64(2) << 30;
    qint64 chunkBytes = qint64(1) << 20; // the first chunk is the binary sniff
    // Read the first maxBytes of a larger file instead of refusing it (BoundedRead::truncated).
    bool keepBeginning = false;
    // Called between chunks; true stops the read (status Cancelled).
    std::function<bool()> cancelled;
};

BoundedRead readFileBounded(const QString &path, const BoundedReadLimits &limits);
// Standard input (file descriptor 0), whatever it is (a pipe, a file, a terminal).
BoundedRead readStdinBounded(const BoundedReadLimits &limits);

// The name standard input has in messages.
QString stdinName();

// The message for a read that is not ok, in plain words, naming `limitOption` (such as
// "--max-file-size") when the limit was hit. Translated in the context "hopscope::Reader".
QString boundedReadMessage(const BoundedRead &read, qint64 maxBytes, bool isStdin = false);
QString boundedReadHint(const BoundedRead &read, const QString &limitOption);
// A stable diagnostic code: "no-such-file", "symlink-loop", "not-a-regular-file",
// "file-too-large", "unreadable-file", "cancelled".
QString boundedReadCode(const BoundedRead &read);

// "12.5 MiB" style sizes for the messages.
QString mebibytes(qint64 bytes);

// The text for a message: at most `maxChars` characters, with "… (N characters)" when cut.
QString truncatedForMessage(const QString &text, int maxChars = 200);

} // namespace hopscope
