#include "DeltaTableGenerator.h"

#include "DbfsStore.h"
#include "DeltaLogGenerator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace brickdesk::emulator {

namespace {

// A new file (never written into an existing one: the store's generated folders hard-link many
// names to one file), its modification time set after the data is flushed so that closing the
// file does not move it again.
bool writeCommitFile(const QString &localPath, const QByteArray &content, qint64 modifiedMs)
{
    QFile file(localPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    return file.write(content) == content.size() && file.flush() &&
           file.setFileTime(QDateTime::fromMSecsSinceEpoch(modifiedMs, Qt::UTC),
                            QFileDevice::FileModificationTime);
}

} // namespace

std::optional<QString> writeGeneratedDeltaTable(DbfsStore &store, const QString &path,
                                                int commitCount, qint64 endMs)
{
    if (commitCount < 1)
        return QStringLiteral("A generated Delta table has at least one commit.");
    const QString logPath =
        (path == QLatin1String("/") ? QString() : path) + QStringLiteral("/_delta_log");
    const QString localLog = store.localPath(logPath);
    if (QFileInfo(localLog).isDir() && !QDir(localLog).removeRecursively())
        return QStringLiteral("Cannot replace the _delta_log folder of ") + path + QLatin1Char('.');
    if (const std::optional<ApiResponse> error = store.mkdirs(logPath))
        return error->body.value(QStringLiteral("message")).toString();

    DeltaLogGenerator generator(commitCount, endMs);
    for (int version = 0; version < commitCount; ++version) {
        const QString name =
            QString::number(version).rightJustified(20, QLatin1Char('0')) + QStringLiteral(".json");
        if (!writeCommitFile(localLog + QLatin1Char('/') + name, generator.commit(version),
                             generator.fileTimeMs(version))) {
            return QStringLiteral("Cannot write ") + logPath + QLatin1Char('/') + name +
                   QLatin1Char('.');
        }
    }
    return std::nullopt;
}

} // namespace brickdesk::emulator
