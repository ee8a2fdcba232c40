#include "DeltaCommit.h"

#include "JsonFields.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <algorithm>
#include <limits>

namespace brickdesk {

namespace {

const QStringList &knownActions()
{
    static const QStringList actions = {QStringLiteral("commitInfo"),
                                        QStringLiteral("metaData"),
                                        QStringLiteral("protocol"),
                                        QStringLiteral("add"),
                                        QStringLiteral("remove"),
                                        QStringLiteral("txn"),
                                        QStringLiteral("cdc"),
                                        QStringLiteral("domainMetadata"),
                                        QStringLiteral("checkpointMetadata"),
                                        QStringLiteral("sidecar")};
    return actions;
}

// An integer field; nothing when absent, fractional or beyond 64 bits (never a cast of an
// out-of-range double).
std::optional<qint64> optionalInteger(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const qint64 low = value.toInteger(-1);
    if (low != value.toInteger(0))
        return std::nullopt; // toInteger gave each its default: not an integer in range
    return low;
}

// File sizes add up without overflowing: a size that cannot be is left out.
void addSize(const QJsonObject &action, qint64 *total)
{
    const qint64 size = optionalInteger(action, QStringLiteral("size")).value_or(0);
    if (size > 0 && *total <= std::numeric_limits<qint64>::max() - size)
        *total += size;
}

QString text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() || value.isDouble() ? jsonValueText(value) : QString();
}

void readCommitInfo(const QJsonObject &info, DeltaCommit *commit, const QString &where)
{
    commit->hasCommitInfo = true;
    if (const std::optional<qint64> ms = optionalInteger(info, QStringLiteral("timestamp")))
        commit->commitInfoTimestamp = QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    commit->inCommitTimestamp = optionalInteger(info, QStringLiteral("inCommitTimestamp"));
    commit->operation = info.value(QStringLiteral("operation")).toString();
    const auto object = [&](const QString &key) {
        const QJsonValue value = info.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isObject())
            commit->warnings.append(where + QStringLiteral(": commitInfo.") + key +
                                    QStringLiteral(" is not an object"));
        return value.toObject();
    };
    commit->operationParameters = object(QStringLiteral("operationParameters"));
    commit->operationMetrics = object(QStringLiteral("operationMetrics"));
    commit->job = object(QStringLiteral("job"));
    commit->notebook = object(QStringLiteral("notebook"));
    commit->userId = text(info, QStringLiteral("userId"));
    commit->userName = text(info, QStringLiteral("userName"));
    commit->clusterId = text(info, QStringLiteral("clusterId"));
    commit->readVersion = optionalInteger(info, QStringLiteral("readVersion"));
    commit->isolationLevel = text(info, QStringLiteral("isolationLevel"));
    if (info.value(QStringLiteral("isBlindAppend")).isBool())
        commit->isBlindAppend = info.value(QStringLiteral("isBlindAppend")).toBool();
    commit->engineInfo = text(info, QStringLiteral("engineInfo"));
    commit->userMetadata = text(info, QStringLiteral("userMetadata"));
}

QString partitionKey(const QJsonObject &values)
{
    QStringList parts;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        parts.append(it.key() + QLatin1Char('=') +
                     (it.value().isNull() ? QStringLiteral("__HIVE_DEFAULT_PARTITION__")
                                          : text(values, it.key())));
    return parts.join(QLatin1Char('/'));
}

void noteFileChange(const QJsonObject &action, bool added, DeltaCommit *commit)
{
    const QJsonObject partitionValues = action.value(QStringLiteral("partitionValues")).toObject();
    if (commit->fileSamples.size() < DeltaCommit::kMaxFileSamples) {
        DeltaFileChange change;
        change.added = added;
        change.path = action.value(QStringLiteral("path")).toString();
        change.size = optionalInteger(action, QStringLiteral("size")).value_or(-1);
        change.partitionValues = partitionValues;
        change.dataChange = action.value(QStringLiteral("dataChange")).toBool(true);
        commit->fileSamples.append(change);
    }
    if (partitionValues.isEmpty())
        return;
    QMap<QString, int> &counts = added ? commit->partitionsAdded : commit->partitionsRemoved;
    const QString key = partitionKey(partitionValues);
    const auto found = counts.find(key);
    if (found != counts.end())
        ++*found;
    else if (counts.size() < DeltaCommit::kMaxPartitions)
        counts.insert(key, 1);
    else
        commit->partitionsTruncated = true;
}

} // namespace

DeltaCommit parseDeltaCommit(qint64 version, const QByteArray &content)
{
    DeltaCommit commit;
    commit.version = version;
    int lineNumber = 0;
    for (const QByteArray &rawLine : content.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const QString where = QStringLiteral("line %1").arg(lineNumber);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            commit.warnings.append(where + QStringLiteral(": not a JSON object (") +
                                   (error.error != QJsonParseError::NoError
                                        ? error.errorString() + QStringLiteral(" at offset ") +
                                              QString::number(error.offset)
                                        : QStringLiteral("not an object")) +
                                   QLatin1Char(')'));
            continue;
        }
        const QJsonObject action = document.object();
        if (action.size() != 1) {
            commit.warnings.append(where + QStringLiteral(": an action has exactly one key, this "
                                                          "line has %1")
                                               .arg(action.size()));
            continue;
        }
        const QString name = action.constBegin().key();
        const QJsonValue body = action.constBegin().value();
        if (!knownActions().contains(name)) {
            commit.warnings.append(where + QStringLiteral(": unknown action '") + name +
                                   QLatin1Char('\''));
            continue;
        }
        if (!body.isObject()) {
            commit.warnings.append(where + QStringLiteral(": ") + name +
                                   QStringLiteral(" is not an object"));
            continue;
        }
        ++commit.actionCount;
        const QJsonObject object = body.toObject();
        if (name == QLatin1String("commitInfo")) {
            readCommitInfo(object, &commit, where);
        } else if (name == QLatin1String("add")) {
            ++commit.filesAdded;
            addSize(object, &commit.bytesAdded);
            noteFileChange(object, true, &commit);
        } else if (name == QLatin1String("remove")) {
            ++commit.filesRemoved;
            addSize(object, &commit.bytesRemoved);
            noteFileChange(object, false, &commit);
        } else if (name == QLatin1String("metaData")) {
            commit.metaData = object;
        } else if (name == QLatin1String("protocol")) {
            commit.protocol = object;
        }
    }
    return commit;
}

DeltaRowChanges rowChangesOf(const DeltaCommit &commit)
{
    const auto metric = [&commit](const char *key) -> qint64 {
        const QJsonValue value = commit.operationMetrics.value(QLatin1String(key));
        bool ok = false;
        const qint64 number =
            value.isString() ? value.toString().toLongLong(&ok) : value.toInteger(-1);
        return value.isString() ? (ok && number >= 0 ? number : -1) : number;
    };
    DeltaRowChanges changes;
    if (commit.operationMetrics.contains(QStringLiteral("numTargetRowsInserted"))) {
        changes.inserted = metric("numTargetRowsInserted");
        changes.updated = metric("numTargetRowsUpdated");
        changes.deleted = metric("numTargetRowsDeleted");
        return changes;
    }
    changes.updated = metric("numUpdatedRows");
    changes.deleted = metric("numDeletedRows");
    // UPDATE and DELETE also write numOutputRows-like copies of untouched rows; those are not
    // new rows.
    if (changes.updated < 0 && changes.deleted < 0)
        changes.inserted = metric("numOutputRows");
    return changes;
}

std::optional<DeltaLastCheckpoint> parseLastCheckpoint(const QByteArray &content, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("_last_checkpoint: not a JSON object");
        return std::nullopt;
    }
    const JsonFields fields(document.object(), QStringLiteral("_last_checkpoint"));
    DeltaLastCheckpoint checkpoint;
    checkpoint.version = fields.integer(QStringLiteral("version"), -1);
    checkpoint.size = fields.integer(QStringLiteral("size"), -1);
    if (fields.has(QStringLiteral("parts")))
        checkpoint.parts = static_cast<int>(
            std::clamp<qint64>(fields.integer(QStringLiteral("parts"), 0), 0, 1'000'000));
    if (fields.has(QStringLiteral("sizeInBytes")))
        checkpoint.sizeInBytes = fields.integer(QStringLiteral("sizeInBytes"), 0);
    if (fields.has(QStringLiteral("numOfAddFiles")))
        checkpoint.numOfAddFiles = fields.integer(QStringLiteral("numOfAddFiles"), 0);
    if (fields.ok() && checkpoint.version < 0)
        fields.fail(fields.path(QStringLiteral("version")) +
                    QStringLiteral(": missing or negative"));
    if (fields.ok() && checkpoint.parts && *checkpoint.parts < 1)
        fields.fail(fields.path(QStringLiteral("parts")) + QStringLiteral(": below 1"));
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    return checkpoint;
}

} // namespace brickdesk
