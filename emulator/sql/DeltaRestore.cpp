#include "DeltaRestore.h"

#include "dbfs/DeltaHistoryReader.h"
#include "dbfs/DeltaLogGenerator.h"
#include "dbfs/OrderedJson.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace brickdesk::emulator {

namespace {

// ---------------------------------------------------------------------------------------------
// The members of a JSON object in the order they are written, each value as written. Delta's
// writers do not sort keys (QJsonObject does): a restored add keeps its fields, deletion vector
// and stats exactly as the commit that added the file has them.

struct JsonMember
{
    QByteArray key;
    QByteArray value; // the value's JSON text
};

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

qsizetype skipSpace(const QByteArray &text, qsizetype i)
{
    while (i < text.size() && isJsonSpace(text.at(i)))
        ++i;
    return i;
}

// Where the JSON value starting at `i` ends (one past it), or -1 when it is cut short. Only the
// shape is followed (strings, nesting); the lines are checked with QJsonDocument as well.
qsizetype valueEnd(const QByteArray &text, qsizetype i)
{
    if (i >= text.size())
        return -1;
    const char first = text.at(i);
    if (first == '"') {
        for (qsizetype j = i + 1; j < text.size(); ++j) {
            if (text.at(j) == '\\')
                ++j;
            else if (text.at(j) == '"')
                return j + 1;
        }
        return -1;
    }
    if (first == '{' || first == '[') {
        int depth = 0;
        for (qsizetype j = i; j < text.size(); ++j) {
            const char c = text.at(j);
            if (c == '"') {
                const qsizetype end = valueEnd(text, j);
                if (end < 0)
                    return -1;
                j = end - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return j + 1;
            }
        }
        return -1;
    }
    qsizetype j = i;
    while (j < text.size() && !isJsonSpace(text.at(j)) && text.at(j) != ',' && text.at(j) != '}' &&
           text.at(j) != ']') {
        ++j;
    }
    return j > i ? j : -1;
}

std::optional<QList<JsonMember>> objectMembers(const QByteArray &text)
{
    qsizetype i = skipSpace(text, 0);
    if (i >= text.size() || text.at(i) != '{')
        return std::nullopt;
    QList<JsonMember> members;
    i = skipSpace(text, i + 1);
    if (i < text.size() && text.at(i) == '}') {
        if (skipSpace(text, i + 1) != text.size())
            return std::nullopt;
        return members;
    }
    while (i < text.size()) {
        if (text.at(i) != '"')
            return std::nullopt;
        const qsizetype keyEnd = valueEnd(text, i);
        if (keyEnd < 0)
            return std::nullopt;
        QByteArray key = text.mid(i + 1, keyEnd - i - 2);
        if (key.contains('\\')) {
            const QJsonArray decoded =
                QJsonDocument::fromJson('[' + text.mid(i, keyEnd - i) + ']').array();
            key = decoded.at(0).toString().toUtf8();
        }
        i = skipSpace(text, keyEnd);
        if (i >= text.size() || text.at(i) != ':')
            return std::nullopt;
        i = skipSpace(text, i + 1);
        const qsizetype end = valueEnd(text, i);
        if (end < 0)
            return std::nullopt;
        members.append(JsonMember{key, text.mid(i, end - i)});
        i = skipSpace(text, end);
        if (i < text.size() && text.at(i) == ',') {
            i = skipSpace(text, i + 1);
            continue;
        }
        if (i < text.size() && text.at(i) == '}') {
            if (skipSpace(text, i + 1) != text.size())
                return std::nullopt;
            return members;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QByteArray> memberValue(const QList<JsonMember> &members, const QByteArray &key)
{
    for (const JsonMember &member : members) {
        if (member.key == key)
            return member.value;
    }
    return std::nullopt;
}

QByteArray withMembers(const QList<JsonMember> &members)
{
    QByteArray json = "{";
    for (const JsonMember &member : members) {
        if (json.size() > 1)
            json += ',';
        json += '"' + member.key + "\":" + member.value;
    }
    return json + '}';
}

// ---------------------------------------------------------------------------------------------
// The table's state, replayed from the commit files.

struct DataFile
{
    QByteArray add; // the add action's object, as written
    QString path;
    qint64 size = 0;
};

// Delta tells files apart by path and deletion vector: a DELETE that adds a deletion vector to a
// file writes the file's add with the new vector and a remove of it with the old one (or none),
// in either order.
QString deletionVectorId(const QJsonValue &value)
{
    if (!value.isObject())
        return QString();
    const QJsonObject dv = value.toObject();
    QString id = dv.value(QStringLiteral("storageType")).toString() +
                 dv.value(QStringLiteral("pathOrInlineDv")).toString();
    const QJsonValue offset = dv.value(QStringLiteral("offset"));
    if (offset.isDouble())
        id += QLatin1Char('@') + QString::number(offset.toInteger());
    return id;
}

QString fileKey(const QJsonObject &action)
{
    return action.value(QStringLiteral("path")).toString() + QChar(0) +
           deletionVectorId(action.value(QStringLiteral("deletionVector")));
}

struct Protocol
{
    int reader = 0;
    int writer = 0;
    QStringList readerFeatures;
    QStringList writerFeatures;
    QByteArray json; // as written
};

struct TableState
{
    QHash<QString, DataFile> files;
    std::optional<QByteArray> metaData; // as written
    QJsonObject metaDataObject;
    std::optional<Protocol> protocol;
};

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// The features a protocol supports: its lists with table features (reader 3, writer 7), else
// those its legacy versions imply.
QStringList writerFeaturesOf(const Protocol &protocol)
{
    if (protocol.writer >= 7)
        return protocol.writerFeatures;
    QStringList features;
    const std::array<std::pair<int, const char *>, 7> legacy = {{{2, "appendOnly"},
                                                                 {2, "invariants"},
                                                                 {3, "checkConstraints"},
                                                                 {4, "changeDataFeed"},
                                                                 {4, "generatedColumns"},
                                                                 {5, "columnMapping"},
                                                                 {6, "identityColumns"}}};
    for (const auto &[version, feature] : legacy) {
        if (protocol.writer >= version)
            features.append(QString::fromLatin1(feature));
    }
    return features;
}

QStringList readerFeaturesOf(const Protocol &protocol)
{
    if (protocol.reader >= 3)
        return protocol.readerFeatures;
    return protocol.reader >= 2 ? QStringList{QStringLiteral("columnMapping")} : QStringList();
}

bool containsAll(const QStringList &all, const QStringList &some)
{
    return std::all_of(some.begin(), some.end(),
                       [&all](const QString &feature) { return all.contains(feature); });
}

bool covers(const Protocol &a, const Protocol &b)
{
    return a.reader >= b.reader && a.writer >= b.writer &&
           containsAll(readerFeaturesOf(a), readerFeaturesOf(b)) &&
           containsAll(writerFeaturesOf(a), writerFeaturesOf(b));
}

QStringList unionOf(QStringList first, const QStringList &second)
{
    for (const QString &feature : second) {
        if (!first.contains(feature))
            first.append(feature);
    }
    return first;
}

// RESTORE never lowers the protocol (Delta's Protocol.merge): the one that covers the other, as
// written, or both merged (the higher versions, every feature of either).
QByteArray restoredProtocol(const Protocol &latest, const Protocol &target)
{
    if (covers(latest, target))
        return latest.json;
    if (covers(target, latest))
        return target.json;
    const int reader = std::max(latest.reader, target.reader);
    const int writer = std::max(latest.writer, target.writer);
    OrderedJson protocol;
    protocol.number("minReaderVersion", reader).number("minWriterVersion", writer);
    const QStringList readerFeatures = unionOf(readerFeaturesOf(latest), readerFeaturesOf(target));
    if (reader >= 3)
        protocol.raw("readerFeatures", jsonStringArray(readerFeatures));
    if (writer >= 7) {
        QStringList writerFeatures = unionOf(writerFeaturesOf(latest), writerFeaturesOf(target));
        if (reader >= 3)
            writerFeatures = unionOf(writerFeatures, readerFeatures);
        protocol.raw("writerFeatures", jsonStringArray(writerFeatures));
    }
    return protocol.json();
}

QByteArray readFile(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

std::optional<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// Applies one commit file to `state`. *commitInfo gets its commitInfo when asked for. The line
// that cannot be read (from 1), or 0.
qsizetype applyCommit(const QByteArray &content, TableState *state,
                      std::optional<QJsonObject> *commitInfo)
{
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray line = lines.at(l).trimmed();
        if (line.isEmpty())
            continue;
        const std::optional<QList<JsonMember>> members = objectMembers(line);
        if (!members || members->size() != 1)
            return l + 1;
        const JsonMember &action = members->constFirst();
        const bool add = action.key == "add";
        const bool remove = action.key == "remove";
        const bool metaData = action.key == "metaData";
        const bool protocol = action.key == "protocol";
        const bool info = action.key == "commitInfo" && commitInfo;
        if (!add && !remove && !metaData && !protocol && !info)
            continue; // txn, cdc, domainMetadata, ...: not part of the file set
        const std::optional<QJsonObject> object = parseObject(action.value);
        if (!object)
            return l + 1;
        if (add || remove) {
            if (object->value(QStringLiteral("path")).toString().isEmpty())
                return l + 1;
            const QString key = fileKey(*object);
            if (add) {
                state->files.insert(
                    key, DataFile{action.value, object->value(QStringLiteral("path")).toString(),
                                  object->value(QStringLiteral("size")).toInteger()});
            } else {
                state->files.remove(key);
            }
        } else if (metaData) {
            state->metaData = action.value;
            state->metaDataObject = *object;
        } else if (protocol) {
            state->protocol =
                Protocol{object->value(QStringLiteral("minReaderVersion")).toInt(),
                         object->value(QStringLiteral("minWriterVersion")).toInt(),
                         stringList(object->value(QStringLiteral("readerFeatures"))),
                         stringList(object->value(QStringLiteral("writerFeatures"))), action.value};
        } else {
            *commitInfo = *object;
        }
    }
    return 0;
}

QByteArray actionLine(const char *name, const QByteArray &object)
{
    return QByteArray("{\"") + name + "\":" + object + "}\n";
}

// The add of a restored file: as written, dataChange true.
QByteArray restoredAdd(const DataFile &file)
{
    std::optional<QList<JsonMember>> members = objectMembers(file.add);
    if (!members)
        return actionLine("add", file.add); // checked while replaying: not reached
    bool found = false;
    for (JsonMember &member : *members) {
        if (member.key == "dataChange") {
            member.value = "true";
            found = true;
        }
    }
    if (!found)
        members->append(JsonMember{"dataChange", "true"});
    return actionLine("add", withMembers(*members));
}

// The remove of a live file, as Delta's AddFile.removeWithTimestamp writes it.
QByteArray removedFile(const DataFile &file, qint64 nowMs)
{
    const QList<JsonMember> members = objectMembers(file.add).value_or(QList<JsonMember>());
    QList<JsonMember> remove;
    const auto copy = [&](const QByteArray &key, const QByteArray &fallback = QByteArray()) {
        if (const std::optional<QByteArray> value = memberValue(members, key))
            remove.append(JsonMember{key, *value});
        else if (!fallback.isEmpty())
            remove.append(JsonMember{key, fallback});
    };
    copy("path");
    remove.append(JsonMember{"deletionTimestamp", QByteArray::number(nowMs)});
    remove.append(JsonMember{"dataChange", "true"});
    remove.append(JsonMember{"extendedFileMetadata", "true"});
    copy("partitionValues", "{}");
    copy("size", QByteArray::number(file.size));
    for (const char *key :
         {"tags", "deletionVector", "baseRowId", "defaultRowCommitVersion", "stats"}) {
        copy(key);
    }
    return actionLine("remove", withMembers(remove));
}

QList<DataFile> sortedByPath(QList<DataFile> files)
{
    std::sort(files.begin(), files.end(), [](const DataFile &a, const DataFile &b) {
        return a.path != b.path ? a.path < b.path : a.add < b.add;
    });
    return files;
}

QString number(qint64 value)
{
    return QString::number(value);
}

} // namespace

DeltaRestoreOutcome restoreDeltaTable(const QString &tableDir, const QString &pathAsWritten,
                                      qint64 version, qint64 nowMs)
{
    DeltaRestoreOutcome outcome;
    const QString logDir = tableDir + QStringLiteral("/_delta_log");
    const QList<DeltaCommitFile> files = tableDir.isEmpty() || !QFileInfo(logDir).isDir()
                                             ? QList<DeltaCommitFile>()
                                             : deltaCommitFiles(logDir);
    if (files.isEmpty()) {
        outcome.failure = sqlNotADeltaTable(pathAsWritten);
        return outcome;
    }
    const qint64 earliest = files.constFirst().version;
    const qint64 latest = files.constLast().version;
    if (version < earliest || version > latest) {
        outcome.failure = sqlDeltaCannotRestoreVersion(version, earliest, latest);
        return outcome;
    }
    if (version == latest) {
        outcome.unchanged = true; // Delta: "restoring to same version as latest should be a no-op"
        return outcome;
    }
    if (earliest > 0) {
        outcome.failure = sqlDeltaRestoreNeedsVersionZero(pathAsWritten, earliest);
        return outcome;
    }
    for (qsizetype i = 1; i < files.size(); ++i) {
        if (files.at(i).version != files.at(i - 1).version + 1) {
            outcome.failure =
                sqlDeltaVersionsNotContiguous(files.at(i - 1).version, files.at(i).version);
            return outcome;
        }
    }

    TableState state;
    TableState target;
    std::optional<QJsonObject> latestCommitInfo;
    for (const DeltaCommitFile &file : files) {
        bool ok = false;
        const QByteArray content = readFile(file.path, &ok);
        if (!ok) {
            outcome.failure =
                SqlFailure{QStringLiteral("INTERNAL_ERROR"),
                           QStringLiteral("Cannot read ") + file.path, QStringLiteral("XX000")};
            return outcome;
        }
        const qsizetype badLine =
            applyCommit(content, &state, file.version == latest ? &latestCommitInfo : nullptr);
        if (badLine > 0) {
            outcome.failure = sqlDeltaCommitUnreadable(pathAsWritten, file.version, badLine);
            return outcome;
        }
        if (file.version == version)
            target = state;
    }
    if (!target.protocol) {
        outcome.failure = sqlDeltaStateNotRecovered(QStringLiteral("protocol"), version);
        return outcome;
    }
    if (!target.metaData) {
        outcome.failure = sqlDeltaStateNotRecovered(QStringLiteral("metadata"), version);
        return outcome;
    }

    DeltaRestoreMetrics &metrics = outcome.metrics;
    QList<DataFile> restored;
    QList<DataFile> removed;
    for (auto it = target.files.cbegin(); it != target.files.cend(); ++it) {
        ++metrics.numOfFilesAfterRestore;
        metrics.tableSizeAfterRestore += it->size;
        if (!state.files.contains(it.key())) {
            restored.append(*it);
            ++metrics.numRestoredFiles;
            metrics.restoredFilesSize += it->size;
        }
    }
    for (auto it = state.files.cbegin(); it != state.files.cend(); ++it) {
        if (!target.files.contains(it.key())) {
            removed.append(*it);
            ++metrics.numRemovedFiles;
            metrics.removedFilesSize += it->size;
        }
    }

    // In-Commit Timestamps follow the restored metaData; they only go forward.
    const bool inCommitTimestamps = target.metaDataObject.value(QStringLiteral("configuration"))
                                        .toObject()
                                        .value(QStringLiteral("delta.enableInCommitTimestamps"))
                                        .toString()
                                        .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    qint64 timestamp = nowMs;
    OrderedJson info;
    if (inCommitTimestamps) {
        const QJsonValue previous =
            latestCommitInfo ? latestCommitInfo->value(QStringLiteral("inCommitTimestamp"))
                             : QJsonValue();
        if (previous.isDouble())
            timestamp = std::max(timestamp, previous.toInteger() + 1);
        info.number("inCommitTimestamp", timestamp);
    }
    const OrderedJson parameters = OrderedJson().text("version", number(version)).null("timestamp");
    const OrderedJson operationMetrics =
        OrderedJson()
            .text("numRestoredFiles", number(metrics.numRestoredFiles))
            .text("removedFilesSize", number(metrics.removedFilesSize))
            .text("numRemovedFiles", number(metrics.numRemovedFiles))
            .text("restoredFilesSize", number(metrics.restoredFilesSize))
            .text("numOfFilesAfterRestore", number(metrics.numOfFilesAfterRestore))
            .text("tableSizeAfterRestore", number(metrics.tableSizeAfterRestore));
    info.number("timestamp", timestamp)
        .text("operation", QStringLiteral("RESTORE"))
        .object("operationParameters", parameters)
        .number("readVersion", latest)
        .text("isolationLevel", QStringLiteral("Serializable"))
        .boolean("isBlindAppend", false)
        .object("operationMetrics", operationMetrics)
        .text("engineInfo", QString::fromLatin1(kDeltaEngineInfo))
        .text("txnId", QUuid::createUuid().toString(QUuid::WithoutBraces));

    // As Delta commits a RESTORE: commitInfo, metaData, protocol, then the files.
    QByteArray content = OrderedJson().object("commitInfo", info).json() + '\n';
    content += actionLine("metaData", *target.metaData);
    content += actionLine("protocol", restoredProtocol(*state.protocol, *target.protocol));
    for (const DataFile &file : sortedByPath(restored))
        content += restoredAdd(file);
    for (const DataFile &file : sortedByPath(removed))
        content += removedFile(file, nowMs);

    const qint64 next = latest + 1;
    QString error;
    switch (writeDeltaCommitFile(logDir, next, content, timestamp, &error)) {
    case DeltaCommitWrite::Written:
        outcome.committedVersion = next;
        break;
    case DeltaCommitWrite::AlreadyExists:
        outcome.failure = sqlDeltaConcurrentWrite(pathAsWritten, next);
        break;
    case DeltaCommitWrite::Failed:
        outcome.failure = SqlFailure{QStringLiteral("INTERNAL_ERROR"),
                                     QStringLiteral("Cannot write version %1 of `").arg(next) +
                                         pathAsWritten + QStringLiteral("`: ") + error,
                                     QStringLiteral("XX000")};
        break;
    }
    return outcome;
}

DeltaCommitWrite writeDeltaCommitFile(const QString &logDir, qint64 version,
                                      const QByteArray &content, qint64 modifiedMs, QString *error)
{
    const QString name = deltaCommitFileName(version);
    const QString target = logDir + QLatin1Char('/') + name;
    // Hidden, and no commit file name: readers of the folder pass it by.
    const QString temporary = logDir + QStringLiteral("/.") + name + QLatin1Char('.') +
                              QUuid::createUuid().toString(QUuid::WithoutBraces) +
                              QStringLiteral(".tmp");
    {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            *error = file.errorString();
            return DeltaCommitWrite::Failed;
        }
        const bool ok = file.write(content) == content.size() && file.flush() &&
                        file.setFileTime(QDateTime::fromMSecsSinceEpoch(modifiedMs, Qt::UTC),
                                         QFileDevice::FileModificationTime) &&
                        ::fsync(file.handle()) == 0;
        if (!ok) {
            *error = file.errorString();
            file.close();
            QFile::remove(temporary);
            return DeltaCommitWrite::Failed;
        }
    }
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(target);
    int result = ::link(from.constData(), to.constData());
    int failure = result == 0 ? 0 : errno;
#ifdef RENAME_NOREPLACE
    // A file system without hard links: a rename that refuses to replace is just as atomic.
    if (result != 0 && (failure == EPERM || failure == EOPNOTSUPP || failure == ENOSYS)) {
        result =
            ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
        failure = result == 0 ? 0 : errno;
    }
#endif
    QFile::remove(temporary); // gone already after a rename
    if (result != 0) {
        if (failure == EEXIST)
            return DeltaCommitWrite::AlreadyExists;
        *error = QString::fromLocal8Bit(std::strerror(failure));
        return DeltaCommitWrite::Failed;
    }
    // The new name itself survives a crash once the folder is on disk.
    const int folder = ::open(QFile::encodeName(logDir).constData(), O_RDONLY | O_DIRECTORY);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return DeltaCommitWrite::Written;
}

} // namespace brickdesk::emulator
