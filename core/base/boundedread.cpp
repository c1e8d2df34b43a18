#include "core/base/boundedread.h"

#include "core/base/textcheck.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hopscope {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Reader)
};

FileKind kindOf(mode_t mode)
{
    if (S_ISREG(mode))
        return FileKind::Regular;
    if (S_ISDIR(mode))
        return FileKind::Folder;
    if (S_ISFIFO(mode))
        return FileKind::Fifo;
    if (S_ISCHR(mode))
        return FileKind::CharDevice;
    if (S_ISBLK(mode))
        return FileKind::BlockDevice;
    if (S_ISSOCK(mode))
        return FileKind::Socket;
    return FileKind::Other;
}

FileKind kindOfErrno(int error)
{
    switch (error) {
    case ELOOP:
        return FileKind::SymlinkLoop;
    case EACCES:
        return FileKind::NoAccess;
    default:
        return FileKind::Missing;
    }
}

// The bytes up to the last complete UTF-8 sequence: a chunk may end in the middle of one.
QByteArrayView completeUtf8(QByteArrayView bytes)
{
    qsizetype end = bytes.size();
    int back = 0;
    while (back < 3 && end > 0 && (uchar(bytes[end - 1]) & 0xC0) == 0x80) {
        --end;
        ++back;
    }
    if (end > 0 && uchar(bytes[end - 1]) >= 0xC0)
        return bytes.first(end - 1); // a lead byte whose sequence the chunk cut
    return bytes;
}

bool hasWideBom(QByteArrayView bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") ||
           bytes.startsWith(QByteArrayView("\0\0\xFE\xFF", 4));
}

// True when the first chunk is not text: a NUL byte (but in UTF-16/32, announced by a byte-order
// mark) or invalid UTF-8.
bool looksBinary(QByteArrayView first)
{
    if (hasWideBom(first))
        return false;
    if (std::memchr(first.data(), '\0', std::size_t(first.size())))
        return true;
    return firstInvalidUtf8(completeUtf8(first)) >= 0;
}

BoundedRead readFd(int fd, qint64 knownSize, const BoundedReadLimits &limits)
{
    BoundedRead r;
    if (knownSize > limits.maxBytes && !limits.keepBeginning) {
        r.status = BoundedRead::Status::TooLarge;
        r.size = knownSize;
        return r;
    }
    if (knownSize > 0)
        r.bytes.reserve(qsizetype(qMin(knownSize, limits.maxBytes + 1)));
    const qint64 chunk = qMax<qint64>(4096, limits.chunkBytes);
    bool first = true;
    bool wide = false;
    for (;;) {
        if (limits.cancelled && limits.cancelled()) {
            r.status = BoundedRead::Status::Cancelled;
            r.bytes.clear();
            return r;
        }
        const qsizetype before = r.bytes.size();
        // Read up to one byte past the limit, so that "exactly the limit" is still accepted.
        const qint64 room = limits.maxBytes + 1 - before;
        const qint64 want = qMin(chunk, room);
        if (want <= 0 && limits.keepBeginning) {
            r.bytes.truncate(qsizetype(limits.maxBytes));
            r.truncated = true;
            return r;
        }
        if (want <= 0) {
            r.status = BoundedRead::Status::TooLarge;
            r.size = knownSize > 0 ? knownSize : -1;
            r.bytes.clear();
            r.bytes.squeeze();
            return r;
        }
        r.bytes.resize(before + qsizetype(want));
        qsizetype got = 0;
        while (got < want) {
            const ssize_t n = ::read(fd, r.bytes.data() + before + got, std::size_t(want - got));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                r.status = BoundedRead::Status::Unreadable;
                r.error = QString::fromLocal8Bit(std::strerror(errno));
                r.bytes.clear();
                return r;
            }
            if (n == 0)
                break;
            got += n;
        }
        r.bytes.resize(before + got);
        const QByteArrayView fresh(r.bytes.constData() + before, got);
        if (first) {
            first = false;
            wide = hasWideBom(fresh);
            if (looksBinary(fresh)) {
                r.status = BoundedRead::Status::Binary;
                return r;
            }
        } else if (!wide && std::memchr(fresh.data(), '\0', std::size_t(fresh.size()))) {
            r.status = BoundedRead::Status::Binary;
            return r;
        }
        if (got < want)
            break; // end of file
    }
    if (r.bytes.size() > limits.maxBytes && limits.keepBeginning) {
        r.bytes.truncate(qsizetype(limits.maxBytes));
        r.truncated = true;
    } else if (r.bytes.size() > limits.maxBytes) {
        r.status = BoundedRead::Status::TooLarge;
        r.size = knownSize > limits.maxBytes ? knownSize : -1;
        r.bytes.clear();
        r.bytes.squeeze();
    }
    return r;
}

} // namespace

FileKind fileKind(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return kindOfErrno(errno);
    return kindOf(st.st_mode);
}

QString fileKindText(FileKind kind)
{
    switch (kind) {
    case FileKind::Regular:
        return Tr::tr("a file");
    case FileKind::Missing:
        return Tr::tr("no such file or folder");
    case FileKind::SymlinkLoop:
        return Tr::tr("a loop of symbolic links");
    case FileKind::Folder:
        return Tr::tr("a folder");
    case FileKind::Fifo:
        return Tr::tr("a named pipe (FIFO)");
    case FileKind::CharDevice:
        return Tr::tr("a character device (such as /dev/zero or a terminal)");
    case FileKind::BlockDevice:
        return Tr::tr("a block device (a disk)");
    case FileKind::Socket:
        return Tr::tr("a socket");
    case FileKind::NoAccess:
        return Tr::tr("a path through a folder Hopscope may not enter");
    case FileKind::Other:
        break;
    }
    return Tr::tr("not a regular file");
}

BoundedRead readFileBounded(const QString &path, const BoundedReadLimits &limits)
{
    BoundedRead r;
    const QByteArray name = QFile::encodeName(path);
    struct stat st;
    // Look before opening: opening a FIFO with no writer would block.
    if (::stat(name.constData(), &st) != 0) {
        r.status = BoundedRead::Status::NotRegular;
        r.kind = kindOfErrno(errno);
        return r;
    }
    r.kind = kindOf(st.st_mode);
    if (r.kind != FileKind::Regular) {
        r.status = BoundedRead::Status::NotRegular;
        return r;
    }
    // O_NONBLOCK: should the path turn into a FIFO between the look and the open, the open
    // returns at once; fstat then sees what was opened.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        r.status = error == ELOOP || error == ENOENT ? BoundedRead::Status::NotRegular
                                                     : BoundedRead::Status::Unreadable;
        r.kind = kindOfErrno(error);
        r.error = QString::fromLocal8Bit(std::strerror(error));
        return r;
    }
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        r.status = BoundedRead::Status::NotRegular;
        r.kind = kindOf(st.st_mode);
        ::close(fd);
        return r;
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    BoundedRead read = readFd(fd, qint64(st.st_size), limits);
    ::close(fd);
    return read;
}

BoundedRead readStdinBounded(const BoundedReadLimits &limits)
{
    struct stat st;
    qint64 size = 0;
    if (::fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode))
        size = qint64(st.st_size);
    return readFd(STDIN_FILENO, size, limits);
}

QString stdinName()
{
    return QStringLiteral("<stdin>");
}

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f',
                           bytes < (qint64(10) << 20) ? 1 : 0);
}

QString boundedReadMessage(const BoundedRead &read, qint64 maxBytes, bool isStdin)
{
    switch (read.status) {
    case BoundedRead::Status::Ok:
    case BoundedRead::Status::Binary:
        return QString();
    case BoundedRead::Status::NotRegular:
        if (read.kind == FileKind::Missing)
            return Tr::tr("no such file or folder");
        if (read.kind == FileKind::SymlinkLoop)
            return Tr::tr("the path is a loop of symbolic links (a link that leads back to "
                          "itself); Hopscope cannot follow it");
        return Tr::tr("this is %1, not a regular file; Hopscope reads only regular files")
            .arg(fileKindText(read.kind));
    case BoundedRead::Status::TooLarge:
        if (isStdin)
            return Tr::tr("standard input is larger than %1 MiB, the limit; Hopscope stopped "
                          "reading it")
                .arg(mebibytes(maxBytes));
        if (read.size > 0)
            return Tr::tr("the file is %1 MiB; Hopscope reads files of up to %2 MiB")
                .arg(mebibytes(read.size), mebibytes(maxBytes));
        return Tr::tr("the file is larger than %1 MiB, the limit; Hopscope stopped reading it")
            .arg(mebibytes(maxBytes));
    case BoundedRead::Status::Unreadable:
        return Tr::tr("cannot read the file: %1").arg(read.error);
    case BoundedRead::Status::Cancelled:
        return Tr::tr("loading was cancelled");
    }
    return QString();
}

QString boundedReadHint(const BoundedRead &read, const QString &limitOption)
{
    if (read.status == BoundedRead::Status::TooLarge && !limitOption.isEmpty())
        return Tr::tr("To read larger files, raise the limit: %1 MIB (on the command line).")
            .arg(limitOption);
    if (read.status == BoundedRead::Status::NotRegular && read.kind == FileKind::Fifo)
        return Tr::tr("To read from a pipe, give '-' and send the data to standard input.");
    return QString();
}

QString boundedReadCode(const BoundedRead &read)
{
    switch (read.status) {
    case BoundedRead::Status::Ok:
    case BoundedRead::Status::Binary:
        return QString();
    case BoundedRead::Status::NotRegular:
        if (read.kind == FileKind::Missing)
            return QStringLiteral("no-such-file");
        if (read.kind == FileKind::SymlinkLoop)
            return QStringLiteral("symlink-loop");
        return QStringLiteral("not-a-regular-file");
    case BoundedRead::Status::TooLarge:
        return QStringLiteral("file-too-large");
    case BoundedRead::Status::Unreadable:
        return QStringLiteral("unreadable-file");
    case BoundedRead::Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString truncatedForMessage(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return Tr::tr("%1… (%n characters)", nullptr, int(qMin<qsizetype>(text.size(), INT_MAX)))
        .arg(text.left(maxChars));
}

} // namespace hopscope
