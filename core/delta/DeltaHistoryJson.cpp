#include "DeltaHistoryJson.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace brickdesk {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue objectOrNull(const QJsonObject &object)
{
    return object.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(object);
}

} // namespace

QJsonObject stringMap(const QJsonObject &object)
{
    QJsonObject map;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().isNull() ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(jsonValueText(it.value())));
    return map;
}

QJsonObject deltaHistoryEntryJson(const DeltaHistoryEntry &entry)
{
    const DeltaCommit &commit = entry.commit;
    QJsonObject row;
    row.insert(QStringLiteral("version"), entry.version);
    row.insert(QStringLiteral("timestamp"), isoOrNull(entry.timestamp));
    row.insert(QStringLiteral("userId"), textOrNull(commit.userId));
    row.insert(QStringLiteral("userName"), textOrNull(commit.userName));
    row.insert(QStringLiteral("operation"), textOrNull(commit.operation));
    row.insert(QStringLiteral("operationParameters"),
               commit.hasCommitInfo ? QJsonValue(stringMap(commit.operationParameters))
                                    : QJsonValue(QJsonValue::Null));
    row.insert(QStringLiteral("job"), objectOrNull(commit.job));
    row.insert(QStringLiteral("notebook"), objectOrNull(commit.notebook));
    row.insert(QStringLiteral("clusterId"), textOrNull(commit.clusterId));
    row.insert(QStringLiteral("readVersion"),
               commit.readVersion ? QJsonValue(*commit.readVersion) : QJsonValue(QJsonValue::Null));
    row.insert(QStringLiteral("isolationLevel"), textOrNull(commit.isolationLevel));
    row.insert(QStringLiteral("isBlindAppend"), commit.isBlindAppend
                                                    ? QJsonValue(*commit.isBlindAppend)
                                                    : QJsonValue(QJsonValue::Null));
    row.insert(QStringLiteral("operationMetrics"),
               commit.hasCommitInfo ? QJsonValue(stringMap(commit.operationMetrics))
                                    : QJsonValue(QJsonValue::Null));
    row.insert(QStringLiteral("userMetadata"), textOrNull(commit.userMetadata));
    row.insert(QStringLiteral("engineInfo"), textOrNull(commit.engineInfo));
    row.insert(QStringLiteral("commitInfoTimestamp"), isoOrNull(commit.commitInfoTimestamp));
    row.insert(QStringLiteral("filesAdded"), commit.filesAdded);
    row.insert(QStringLiteral("filesRemoved"), commit.filesRemoved);
    row.insert(QStringLiteral("bytesAdded"), commit.bytesAdded);
    row.insert(QStringLiteral("bytesRemoved"), commit.bytesRemoved);
    return row;
}

QByteArray deltaHistoryEntryJsonLine(const DeltaHistoryEntry &entry)
{
    static const QStringList order = {QStringLiteral("version"),
                                      QStringLiteral("timestamp"),
                                      QStringLiteral("userId"),
                                      QStringLiteral("userName"),
                                      QStringLiteral("operation"),
                                      QStringLiteral("operationParameters"),
                                      QStringLiteral("job"),
                                      QStringLiteral("notebook"),
                                      QStringLiteral("clusterId"),
                                      QStringLiteral("readVersion"),
                                      QStringLiteral("isolationLevel"),
                                      QStringLiteral("isBlindAppend"),
                                      QStringLiteral("operationMetrics"),
                                      QStringLiteral("userMetadata"),
                                      QStringLiteral("engineInfo"),
                                      QStringLiteral("commitInfoTimestamp"),
                                      QStringLiteral("filesAdded"),
                                      QStringLiteral("filesRemoved"),
                                      QStringLiteral("bytesAdded"),
                                      QStringLiteral("bytesRemoved")};
    const QJsonObject row = deltaHistoryEntryJson(entry);
    QByteArray line = "{";
    for (const QString &key : order) {
        if (line.size() > 1)
            line += ',';
        // A one-element array is the cheapest way to have Qt write any value as JSON.
        const QByteArray pair =
            QJsonDocument(QJsonArray{key, row.value(key)}).toJson(QJsonDocument::Compact);
        const QByteArray keyText = QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact);
        line += keyText.mid(1, keyText.size() - 2) + ':' +
                pair.mid(keyText.size(), pair.size() - keyText.size() - 1);
    }
    return line + '}';
}

} // namespace brickdesk
