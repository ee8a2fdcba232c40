#include "DbfsFileInfo.h"

#include "Base64.h"
#include "DbfsPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>
#include <cstring>

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

// The canonical form fast; anything else Qt's decoder judges (unpadded, line breaks...).
std::optional<QByteArray> decodeBase64(QByteArrayView text, QString *error)
{
    if (std::optional<QByteArray> decoded = decodeBase64Strict(text))
        return decoded;
    auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromRawData(text.data(), text.size()),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = QStringLiteral("data is not valid base64");
        return std::nullopt;
    }
    return std::move(decoded.decoded);
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
    const QByteArray text = data.toString().toLatin1();
    std::optional<QByteArray> decoded = decodeBase64(text, error);
    if (!decoded)
        return std::nullopt;
    if (decoded->size() != answer.bytesRead) {
        *error = QStringLiteral("data holds %1 bytes but bytes_read says %2")
                     .arg(decoded->size())
                     .arg(answer.bytesRead);
        return std::nullopt;
    }
    answer.data = std::move(*decoded);
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

namespace {

// Reads `"key"` at *pos (after optional spaces); false when anything else is there.
bool readKey(const char *data, qsizetype size, qsizetype *pos, QByteArrayView *key)
{
    qsizetype i = *pos;
    while (i < size && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
        ++i;
    if (i >= size || data[i] != '"')
        return false;
    const char *end =
        static_cast<const char *>(std::memchr(data + i + 1, '"', size_t(size - i - 1)));
    if (!end)
        return false;
    *key = QByteArrayView(data + i + 1, end - (data + i + 1));
    i = end - data + 1;
    if (i >= size || data[i] != ':')
        return false;
    *pos = i + 1;
    return true;
}

std::optional<DbfsReadAnswer> readPlainAnswer(const QByteArray &body, QString *error, bool *plain)
{
    *plain = false;
    const char *data = body.constData();
    const qsizetype size = body.size();
    if (size < 2 || data[0] != '{' || data[size - 1] != '}')
        return std::nullopt;
    qint64 bytesRead = -1;
    QByteArrayView base64;
    bool haveData = false;
    qsizetype pos = 1;
    for (int field = 0; field < 2; ++field) {
        QByteArrayView key;
        if (!readKey(data, size, &pos, &key))
            return std::nullopt;
        if (key == "bytes_read" && bytesRead < 0) {
            qint64 value = 0;
            qsizetype digits = 0;
            for (; pos < size && data[pos] >= '0' && data[pos] <= '9' && digits < 12;
                 ++pos, ++digits)
                value = value * 10 + (data[pos] - '0');
            if (digits == 0 || digits >= 12)
                return std::nullopt;
            bytesRead = value;
        } else if (key == "data" && !haveData) {
            if (pos >= size || data[pos] != '"')
                return std::nullopt;
            const char *end =
                static_cast<const char *>(std::memchr(data + pos + 1, '"', size_t(size - pos - 1)));
            if (!end)
                return std::nullopt;
            base64 = QByteArrayView(data + pos + 1, end - (data + pos + 1));
            if (base64.contains('\\'))
                return std::nullopt; // escaped characters: the full parser knows them
            pos = end - data + 1;
            haveData = true;
        } else {
            return std::nullopt;
        }
        if (pos < size && data[pos] == ',')
            ++pos;
    }
    if (pos != size - 1 || bytesRead < 0 || !haveData)
        return std::nullopt;
    *plain = true;
    if (bytesRead > kDbfsMaxBlockBytes) {
        *error = QStringLiteral("bytes_read is not a whole number of bytes up to 1 MB");
        return std::nullopt;
    }
    std::optional<QByteArray> decoded = decodeBase64(base64, error);
    if (!decoded)
        return std::nullopt;
    if (decoded->size() != bytesRead) {
        *error = QStringLiteral("data holds %1 bytes but bytes_read says %2")
                     .arg(decoded->size())
                     .arg(bytesRead);
        return std::nullopt;
    }
    DbfsReadAnswer answer;
    answer.bytesRead = bytesRead;
    answer.data = std::move(*decoded);
    return answer;
}

} // namespace

std::optional<DbfsReadAnswer> dbfsReadAnswerFromBytes(const QByteArray &body, QString *error)
{
    bool plain = false;
    std::optional<DbfsReadAnswer> answer = readPlainAnswer(body, error, &plain);
    if (plain)
        return answer;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("the answer is not a JSON object");
        return std::nullopt;
    }
    return dbfsReadAnswerFromJson(document.object(), error);
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
