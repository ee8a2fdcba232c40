#include "DeltaSnapshotFile.h"

#include "DeltaCheckpointReader.h"
#include "DeltaCommit.h"

#include <QJsonDocument>

namespace brickdesk {

std::optional<DeltaSnapshotFile> parseDeltaChecksum(const QByteArray &content, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("the checksum file is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    DeltaSnapshotFile snapshot;
    if (object.value(QStringLiteral("metadata")).isObject())
        snapshot.metaData = object.value(QStringLiteral("metadata")).toObject();
    if (object.value(QStringLiteral("protocol")).isObject())
        snapshot.protocol = object.value(QStringLiteral("protocol")).toObject();
    snapshot.numFiles = object.value(QStringLiteral("numFiles")).toInteger(-1);
    snapshot.tableSizeBytes = object.value(QStringLiteral("tableSizeBytes")).toInteger(-1);
    return snapshot;
}

std::optional<DeltaSnapshotFile> parseDeltaCheckpoint(const QList<QByteArray> &parts,
                                                      bool jsonFormat, QString *error)
{
    DeltaSnapshotFile snapshot;
    snapshot.numFiles = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (jsonFormat) {
            // A v2 checkpoint in JSON holds actions line by line, like a commit.
            const DeltaCommit actions = parseDeltaCommit(-1, parts.at(i));
            if (actions.metaData)
                snapshot.metaData = actions.metaData;
            if (actions.protocol)
                snapshot.protocol = actions.protocol;
            snapshot.numFiles += actions.filesAdded;
            continue;
        }
        QString partError;
        const std::optional<DeltaCheckpointContent> content =
            readDeltaCheckpoint(parts.at(i), &partError);
        if (!content) {
            *error = parts.size() > 1 ? QStringLiteral("part %1 of %2: %3")
                                            .arg(i + 1)
                                            .arg(parts.size())
                                            .arg(partError)
                                      : partError;
            return std::nullopt;
        }
        if (content->metaData)
            snapshot.metaData = content->metaData;
        if (content->protocol)
            snapshot.protocol = content->protocol;
        snapshot.numFiles += content->addFileCount;
    }
    return snapshot;
}

} // namespace brickdesk
