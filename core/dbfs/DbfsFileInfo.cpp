#include "DbfsFileInfo.h"

#include "DbfsPath.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace brickdesk {

namespace {

// JSON numbers are doubles: accept whole, non-negative values that a double holds exactly.
bool readCount(const QJsonObject &json, const QString &key, qint64 *value, QString *error)
{
    const QJsonValue field = json.value(key);
    if (field.isUndefined() || field.isNull()) {
        *value = 0;
        return true;
    }
    const double number = field.toDouble(-1.0);
    if (!field.isDouble() || number < 0 || number > 9007199254740992.0 ||
        std::floor(number) != number) {
        *error = QStringLiteral("%1 is not a non-negative whole number").arg(key);
        return false;
    }
    *value = static_cast<qint64>(number);
    return true;
}

} // namespace

QString DbfsFileInfo::name() const
{
    return dbfspath::nameOf(path);
}

std::optional<DbfsFileInfo> DbfsFileInfo::fromJson(const QJsonObject &json, QString *error)
{
    DbfsFileInfo info;
    const QJsonValue path = json.value(QStringLiteral("path"));
    QString text = path.toString();
    if (text.startsWith(QLatin1String("dbfs:/")))
        text = text.mid(5); // some answers use the URI form
    // Taken as the service wrote it (a real folder may be called "dbfs"): only checked.
    if (!path.isString() || !text.startsWith(QLatin1Char('/')) ||
        text.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
        *error = QStringLiteral("path is missing or not an absolute path");
        return std::nullopt;
    }
    while (text.size() > 1 && text.endsWith(QLatin1Char('/')))
        text.chop(1);
    info.path = text;
    const QJsonValue isDir = json.value(QStringLiteral("is_dir"));
    if (!isDir.isUndefined() && !isDir.isBool()) {
        *error = QStringLiteral("is_dir is not true or false");
        return std::nullopt;
    }
    info.isDir = isDir.toBool(false);
    if (!readCount(json, QStringLiteral("file_size"), &info.size, error) ||
        !readCount(json, QStringLiteral("modification_time"), &info.modifiedMs, error))
        return std::nullopt;
    return info;
}

std::optional<QList<DbfsFileInfo>> dbfsListingFromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue files = json.value(QStringLiteral("files"));
    if (files.isUndefined() || files.isNull())
        return QList<DbfsFileInfo>(); // the service leaves the key out for an empty folder
    if (!files.isArray()) {
        *error = QStringLiteral("files is not a list");
        return std::nullopt;
    }
    const QJsonArray array = files.toArray();
    QList<DbfsFileInfo> entries;
    entries.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        QString problem;
        std::optional<DbfsFileInfo> info =
            entry.isObject() ? DbfsFileInfo::fromJson(entry.toObject(), &problem) : std::nullopt;
        if (!info) {
            *error = QStringLiteral("files[%1]: %2")
                         .arg(i)
                         .arg(problem.isEmpty() ? QStringLiteral("not an object") : problem);
            return std::nullopt;
        }
        entries.append(std::move(*info));
    }
    return entries;
}

std::optional<DbfsReadAnswer> dbfsReadAnswerFromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue bytesRead = json.value(QStringLiteral("bytes_read"));
    const QJsonValue data = json.value(QStringLiteral("data"));
    DbfsReadAnswer answer;
    const double count = bytesRead.toDouble(-1);
    if (!bytesRead.isDouble() || count < 0 || count > double(kDbfsMaxBlockBytes) ||
        std::floor(count) != count) {
        *error = QStringLiteral("bytes_read is not a whole number of bytes up to 1 MB");
        return std::nullopt;
    }
    answer.bytesRead = qint64(count);
    if (answer.bytesRead == 0 && (data.isUndefined() || data.isNull()))
        return answer; // nothing read past the end: some answers leave data out
    if (!data.isString()) {
        *error = QStringLiteral("data is not a base64 string");
        return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(data.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = QStringLiteral("data is not valid base64");
        return std::nullopt;
    }
    if (decoded.decoded.size() != answer.bytesRead) {
        *error = QStringLiteral("data holds %1 bytes but bytes_read says %2")
                     .arg(decoded.decoded.size())
                     .arg(answer.bytesRead);
        return std::nullopt;
    }
    answer.data = std::move(decoded.decoded);
    return answer;
}

std::optional<qint64> dbfsHandleFromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue handle = json.value(QStringLiteral("handle"));
    const double value = handle.toDouble(-1);
    if (!handle.isDouble() || value < 0 || value > 9007199254740992.0 ||
        std::floor(value) != value) {
        *error = QStringLiteral("handle is not a whole number");
        return std::nullopt;
    }
    return qint64(value);
}

qint64 partialDeleteCount(const QString &message)
{
    static const QRegularExpression deleted(QStringLiteral("deleted\\s+(\\d+)\\s+files?"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = deleted.match(message);
    if (!match.hasMatch())
        return -1;
    bool ok = false;
    const qint64 count = match.captured(1).toLongLong(&ok);
    return ok ? count : -1;
}

} // namespace brickdesk
