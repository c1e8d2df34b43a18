#pragma once

// Watches the files a document was read from (and the folders it was opened from) and says,
// once things settle (a debounce of ~300 ms), that they changed. It copes with editors that save
// by writing a new file and renaming it over the old one, and with a file deleted and then
// written again: the watch is on each file and on its folder, and a file that comes back is
// watched again. It only reads the file system.

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace hopscope::app {

class FileWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit FileWatcher(QObject *parent = nullptr);

    // `files`: the manifests read; `folders`: folders opened (a file added there counts).
    void watch(const QStringList &files, const QStringList &folders);
    void clear();
    const QStringList &files() const { return m_files; }
    const QStringList &folders() const { return m_folders; }
    // What the system watcher holds now (tests).
    QStringList watchedPaths() const;

    void setDebounce(int ms);
    int debounce() const;

Q_SIGNALS:
    // Something watched changed (once per burst of events).
    void changed();
    // A burst of events was looked at (after the debounce); `changed` says if it counted.
    void settled(bool changed);

private:
    struct Stamp
    {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        friend bool operator==(const Stamp &, const Stamp &) = default;
    };
    static Stamp stampOf(const QString &path);
    QStringList folderListing(const QString &folder) const;
    void rewatch();
    void settle();

    QFileSystemWatcher *m_watcher;
    QTimer *m_timer;
    QStringList m_files;
    QStringList m_folders;
    QHash<QString, Stamp> m_stamps;         // file → as last seen
    QHash<QString, QStringList> m_listings; // opened folder → its manifests, as last seen
    QSet<QString> m_reported;               // files that reported a change since the last settle
};

} // namespace hopscope::app
