#include "DeltaHistoryReader.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <algorithm>

namespace brickdesk::emulator {

namespace {

constexpr qsizetype kVersionDigits = 20;

// "00000000000000000042.json" → 42; nothing for any other name (checkpoints, .crc files,
// _last_checkpoint, compacted logs).
std::optional<qint64> commitVersion(const QString &name)
{
    if (name.size() != kVersionDigits + 5 || !name.endsWith(QLatin1String(".json")))
        return std::nullopt;
    for (qsizetype i = 0; i < kVersionDigits; ++i) {
        if (!name.at(i).isDigit())
            return std::nullopt;
    }
    bool ok = false;
    const qint64 version = name.left(kVersionDigits).toLongLong(&ok);
    return ok ? std::optional<qint64>(version) : std::nullopt;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The action `name` of a commit (the first one, or the last when `last`). Only the lines that
// mention the name are parsed: a commit of thousands of add actions costs a byte search, not
// thousands of JSON parses. A line that is not JSON is skipped, so a damaged commitInfo line
// leaves the commit without one while a damaged add line does not.
std::optional<QJsonObject> findAction(const QByteArray &content, const QString &name, bool last)
{
    const QByteArray quotedName = '"' + name.toUtf8() + '"';
    std::optional<QJsonObject> found;
    qsizetype at = content.indexOf(quotedName);
    while (at >= 0) {
        const qsizetype start = content.lastIndexOf('\n', at) + 1;
        qsizetype end = content.indexOf('\n', at);
        if (end < 0)
            end = content.size();
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(content.mid(start, end - start), &error);
        const QJsonValue action = document.object().value(name);
        if (error.error == QJsonParseError::NoError && action.isObject()) {
            found = action.toObject();
            if (!last)
                break;
        }
        at = content.indexOf(quotedName, end);
    }
    return found;
}

// In-Commit Timestamps follow the table's current properties: the latest metaData action among
// the commit files (newest first, reading only until one is found). A metaData that only a
// checkpoint holds cannot be read here (no Parquet reader): the timestamps are then the files'.
bool inCommitTimestampsEnabled(const QList<DeltaCommitFile> &files)
{
    for (auto it = files.crbegin(); it != files.crend(); ++it) {
        const QByteArray content = readAll(it->path);
        if (!content.contains("\"metaData\""))
            continue;
        const std::optional<QJsonObject> metaData =
            findAction(content, QStringLiteral("metaData"), true);
        if (!metaData)
            continue;
        const QString enabled = metaData->value(QStringLiteral("configuration"))
                                    .toObject()
                                    .value(QStringLiteral("delta.enableInCommitTimestamps"))
                                    .toString();
        return enabled.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    }
    return false;
}

std::optional<qint64> inCommitTimestamp(const std::optional<QJsonObject> &commitInfo)
{
    if (!commitInfo)
        return std::nullopt;
    const QJsonValue value = commitInfo->value(QStringLiteral("inCommitTimestamp"));
    if (!value.isDouble() || value.toInteger(-1) != value.toInteger(0))
        return std::nullopt; // absent, fractional or out of range
    return value.toInteger();
}

} // namespace

QList<DeltaCommitFile> deltaCommitFiles(const QString &logDir)
{
    QList<DeltaCommitFile> files;
    QDirIterator it(logDir, QDir::Files | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (const std::optional<qint64> version = commitVersion(info.fileName())) {
            files.append(DeltaCommitFile{*version, info.filePath(),
                                         info.lastModified().toMSecsSinceEpoch()});
        }
    }
    std::sort(files.begin(), files.end(), [](const DeltaCommitFile &a, const DeltaCommitFile &b) {
        return a.version < b.version;
    });
    return files;
}

QString deltaCommitFileName(qint64 version)
{
    return QString::number(version).rightJustified(kVersionDigits, QLatin1Char('0')) +
           QStringLiteral(".json");
}

std::optional<QList<DeltaHistoryCommit>> readDeltaHistory(const QString &tableDir, qint64 limit)
{
    const QString logDir = tableDir + QStringLiteral("/_delta_log");
    if (!QFileInfo(logDir).isDir())
        return std::nullopt;
    const QList<DeltaCommitFile> files = deltaCommitFiles(logDir);
    if (files.isEmpty())
        return std::nullopt;

    // Delta's rule for file times: strictly increasing over versions, so that a timestamp names
    // one version (two commits in the same millisecond, or a clock that went back, would not).
    QList<qint64> fileTimestamps;
    fileTimestamps.reserve(files.size());
    for (const DeltaCommitFile &file : files) {
        qint64 timestamp = file.modifiedMs;
        if (!fileTimestamps.isEmpty() && timestamp <= fileTimestamps.constLast())
            timestamp = fileTimestamps.constLast() + 1;
        fileTimestamps.append(timestamp);
    }
    const bool inCommitTimestamps = inCommitTimestampsEnabled(files);

    const qsizetype count =
        limit < 0 ? files.size() : std::min<qsizetype>(files.size(), static_cast<qsizetype>(limit));
    QList<DeltaHistoryCommit> history;
    history.reserve(count);
    for (qsizetype k = 0; k < count; ++k) {
        const qsizetype i = files.size() - 1 - k;
        DeltaHistoryCommit commit;
        commit.version = files.at(i).version;
        commit.commitInfo =
            findAction(readAll(files.at(i).path), QStringLiteral("commitInfo"), false);
        commit.timestampMs = fileTimestamps.at(i);
        if (inCommitTimestamps) {
            if (const std::optional<qint64> ict = inCommitTimestamp(commit.commitInfo))
                commit.timestampMs = *ict;
        }
        history.append(commit);
    }
    return history;
}

} // namespace brickdesk::emulator
