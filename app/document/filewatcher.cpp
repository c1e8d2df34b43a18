#include "document/filewatcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>
#include <QTimer>

namespace hopscope::app {

FileWatcher::FileWatcher(QObject *parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        m_reported.insert(path);
        m_timer->start(); // a burst of writes is one change
    });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            [this](const QString &) { m_timer->start(); });
    connect(m_timer, &QTimer::timeout, this, &FileWatcher::settle);
}

void FileWatcher::setDebounce(int ms)
{
    m_timer->setInterval(ms);
}

int FileWatcher::debounce() const
{
    return m_timer->interval();
}

FileWatcher::Stamp FileWatcher::stampOf(const QString &path)
{
    const QFileInfo info(path);
    Stamp s;
    s.exists = info.exists();
    if (s.exists) {
        s.size = info.size();
        s.modified = info.lastModified();
    }
    return s;
}

QStringList FileWatcher::folderListing(const QString &folder) const
{
    QStringList out;
    QDirIterator it(folder,
                    {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

void FileWatcher::clear()
{
    m_timer->stop();
    const QStringList all = m_watcher->files() + m_watcher->directories();
    if (!all.isEmpty())
        m_watcher->removePaths(all);
    m_files.clear();
    m_folders.clear();
    m_stamps.clear();
    m_listings.clear();
    m_reported.clear();
}

void FileWatcher::watch(const QStringList &files, const QStringList &folders)
{
    QStringList wantFiles, wantFolders;
    for (const QString &f : files) {
        if (f.isEmpty() || f == u"-" || f.startsWith(u':'))
            continue; // standard input and resources never change
        const QString path = QFileInfo(f).absoluteFilePath();
        if (!wantFiles.contains(path))
            wantFiles << path;
    }
    for (const QString &d : folders) {
        const QString path = QFileInfo(d).absoluteFilePath();
        if (!d.startsWith(u':') && QFileInfo(path).isDir() && !wantFolders.contains(path))
            wantFolders << path;
    }
    if (wantFiles == m_files && wantFolders == m_folders) {
        // The same files read again (a reload): keep the watches and what was last seen, so
        // that a change made while the reload ran is still noticed.
        rewatch();
        return;
    }
    clear();
    m_files = wantFiles;
    m_folders = wantFolders;
    for (const QString &f : std::as_const(m_files))
        m_stamps.insert(f, stampOf(f));
    for (const QString &d : std::as_const(m_folders))
        m_listings.insert(d, folderListing(d));
    rewatch();
}

// Every wanted file that exists, its folder (a save by rename replaces the file: the folder
// sees it), and the opened folders with their subfolders.
void FileWatcher::rewatch()
{
    QSet<QString> wanted;
    for (const QString &f : std::as_const(m_files)) {
        if (QFileInfo::exists(f))
            wanted << f;
        const QString dir = QFileInfo(f).absolutePath();
        if (QFileInfo(dir).isDir())
            wanted << dir;
    }
    for (const QString &d : std::as_const(m_folders)) {
        wanted << d;
        QDirIterator it(d, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            wanted << it.next();
    }
    QStringList add;
    const QStringList now = m_watcher->files() + m_watcher->directories();
    for (const QString &p : std::as_const(wanted))
        if (!now.contains(p))
            add << p;
    if (!add.isEmpty())
        m_watcher->addPaths(add); // (a path that vanished meanwhile is skipped quietly)
}

QStringList FileWatcher::watchedPaths() const
{
    QStringList all = m_watcher->files() + m_watcher->directories();
    all.sort();
    return all;
}

void FileWatcher::settle()
{
    // A file deleted and not back yet is no change: wait for it (its folder's watch tells when
    // it is written again), so that a save by delete-and-write does not read a missing file.
    bool dirty = false;
    for (const QString &path : std::as_const(m_reported))
        dirty = dirty || QFileInfo::exists(path);
    m_reported.clear();
    for (auto it = m_stamps.begin(); it != m_stamps.end(); ++it) {
        const Stamp now = stampOf(it.key());
        if (!(now == it.value())) {
            dirty = dirty || now.exists;
            it.value() = now;
        }
    }
    for (auto it = m_listings.begin(); it != m_listings.end(); ++it) {
        const QStringList now = folderListing(it.key());
        if (now != it.value()) {
            dirty = true;
            it.value() = now;
        }
    }
    rewatch(); // a file replaced by a rename, or written again, is a new file to watch
    if (dirty)
        Q_EMIT changed();
    Q_EMIT settled(dirty);
}

} // namespace hopscope::app
