#include "LocalDeltaLogSource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace brickdesk {

LocalDeltaLogSource::LocalDeltaLogSource(QString tableFolder, QObject *parent)
    : DeltaLogSource(parent)
    , m_folder(std::move(tableFolder))
{}

QString LocalDeltaLogSource::logPath(const QString &name) const
{
    return QDir(m_folder).filePath(QStringLiteral("_delta_log/") + name);
}

void LocalDeltaLogSource::listLog(ListHandler handler)
{
    std::optional<QList<DeltaLogEntry>> entries;
    QString error;
    const QFileInfo folder(QDir(m_folder).filePath(QStringLiteral("_delta_log")));
    if (!QFileInfo(m_folder).isDir()) {
        error = QStringLiteral("%1 is not a folder").arg(m_folder);
    } else if (!folder.isDir()) {
        error =
            QStringLiteral("%1 has no _delta_log folder: it is not a Delta table").arg(m_folder);
    } else {
        entries.emplace();
        const QFileInfoList files =
            QDir(folder.filePath()).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
        for (const QFileInfo &file : files)
            entries->append(
                {file.fileName(), file.size(), file.lastModified().toMSecsSinceEpoch()});
    }
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, entries, error, handler] {
        if (generation == m_generation)
            handler(entries, error);
    });
}

void LocalDeltaLogSource::readLogFile(const QString &name, qint64 size, ReadHandler handler)
{
    Q_UNUSED(size)
    std::optional<QByteArray> content;
    QString error;
    QFile file(logPath(name));
    if (name.contains(QLatin1String(".."))) {
        error = QStringLiteral("%1: not a file of the log").arg(name);
    } else if (file.size() > kMaxLogFileBytes) {
        error = QStringLiteral("%1 is %2 bytes, more than Brickdesk reads (%3)")
                    .arg(name)
                    .arg(file.size())
                    .arg(kMaxLogFileBytes);
    } else if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: %2").arg(name, file.errorString());
    } else {
        content = file.readAll();
    }
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, content, error, handler] {
        if (generation == m_generation)
            handler(content, error);
    });
}

void LocalDeltaLogSource::cancelAll()
{
    ++m_generation;
}

} // namespace brickdesk
