#include "BlockFileWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <memory>

namespace brickdesk {

// Lives on the writer's thread; touches the file only there.
class BlockFileWriterWorker : public QObject
{
    Q_OBJECT

public:
    void open(const QString &path, qint64 keepBytes)
    {
        m_file = std::make_unique<QFile>(path);
        m_path = path;
        m_failed = false;
        const bool ok = keepBytes > 0 ? m_file->open(QIODevice::ReadWrite) &&
                                            m_file->resize(keepBytes) && m_file->seek(keepBytes)
                                      : m_file->open(QIODevice::WriteOnly | QIODevice::Truncate);
        if (!ok)
            fail();
    }

    void append(const QByteArray &block)
    {
        if (m_failed || !m_file)
            return; // already said why
        if (m_file->write(block) != block.size() || !m_file->flush())
            return fail();
        Q_EMIT written(m_file->pos());
    }

    void close()
    {
        if (m_file)
            m_file->close();
        m_file.reset();
        Q_EMIT closed();
    }

    void discard(const QStringList &alsoRemove)
    {
        // The path of the file last opened, also when it was closed already.
        if (m_file)
            m_file->close();
        m_file.reset();
        if (!m_path.isEmpty())
            QFile::remove(m_path);
        for (const QString &other : alsoRemove)
            QFile::remove(other);
        Q_EMIT discarded();
    }

Q_SIGNALS:
    void written(qint64 fileSize);
    void failed(const QString &reason);
    void closed();
    void discarded();

private:
    void fail()
    {
        m_failed = true;
        Q_EMIT failed(QCoreApplication::translate("BlockFileWriter", "Cannot write %1: %2")
                          .arg(m_file->fileName(), m_file->errorString()));
    }

    std::unique_ptr<QFile> m_file;
    QString m_path;
    bool m_failed = false;
};

BlockFileWriter::BlockFileWriter(QObject *parent)
    : QObject(parent)
    , m_worker(new BlockFileWriterWorker)
{
    m_thread.setObjectName(QStringLiteral("BlockFileWriter"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &BlockFileWriterWorker::written, this, &BlockFileWriter::written);
    connect(m_worker, &BlockFileWriterWorker::failed, this, &BlockFileWriter::failed);
    connect(m_worker, &BlockFileWriterWorker::closed, this, &BlockFileWriter::closed);
    connect(m_worker, &BlockFileWriterWorker::discarded, this, &BlockFileWriter::discarded);
    m_thread.start();
}

BlockFileWriter::~BlockFileWriter()
{
    // Queued after anything still waiting, so every accepted block reaches the file first.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); });
    m_thread.quit();
    m_thread.wait();
}

void BlockFileWriter::open(const QString &path, qint64 keepBytes)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path, keepBytes] { worker->open(path, keepBytes); });
}

void BlockFileWriter::append(const QByteArray &block)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, block] { worker->append(block); });
}

void BlockFileWriter::close()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); });
}

void BlockFileWriter::discard(const QStringList &alsoRemove)
{
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, alsoRemove] { worker->discard(alsoRemove); });
}

} // namespace brickdesk

#include "BlockFileWriter.moc"
