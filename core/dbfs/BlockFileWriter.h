#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThread>

namespace brickdesk {

class BlockFileWriterWorker;

// Appends blocks to one file on a thread of its own, in the order given, so that a download's
// disk writes (~2 ms per megabyte on a slow disk) never hold up the GUI thread or the network.
// Calls are queued; the answers come back as signals on the caller's thread.
class BlockFileWriter : public QObject
{
    Q_OBJECT

public:
    explicit BlockFileWriter(QObject *parent = nullptr);
    // Finishes what was queued (at most a few blocks), then stops the thread.
    ~BlockFileWriter() override;

    // Opens `path` for appending after its first `keepBytes` bytes (the rest is cut off); 0 starts
    // an empty file.
    void open(const QString &path, qint64 keepBytes);
    void append(const QByteArray &block);
    void close();
    // Closes (if still open) and deletes the file last opened, and every path in `alsoRemove`.
    void discard(const QStringList &alsoRemove);

Q_SIGNALS:
    void written(qint64 fileSize); // after each block reached the file
    void failed(const QString &reason);
    void closed();    // after close()
    void discarded(); // after discard()

private:
    QThread m_thread;
    BlockFileWriterWorker *m_worker;
};

} // namespace brickdesk
