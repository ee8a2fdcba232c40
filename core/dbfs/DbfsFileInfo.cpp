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
