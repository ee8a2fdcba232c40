#include "DbfsFileInfo.h"

#include "Base64.h"
#include "DbfsPath.h"
#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>
#include <cstring>

namespace brickdesk {

namespace {

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

namespace {

// One entry, read through JsonFields so that every problem names its field ("files[3].path: ...").
std::optional<DbfsFileInfo> readFileInfo(const JsonFields &fields)
{
    DbfsFileInfo info;
    QString text = fields.string(QStringLiteral("path"));
    if (text.startsWith(QLatin1String("dbfs:/")))
        text = text.mid(5); // some answers use the URI form
    // Taken as the service wrote it (a real folder may be called "dbfs"): only checked.
    if (!text.startsWith(QLatin1Char('/')) ||
        text.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
        fields.fail(fields.path(QStringLiteral("path")) +
                    QStringLiteral(": missing or not an absolute path"));
        return std::nullopt;
    }
    while (text.size() > 1 && text.endsWith(QLatin1Char('/')))
        text.chop(1);
    info.path = text;
    info.isDir = fields.boolean(QStringLiteral("is_dir"));
    info.size = fields.integer(QStringLiteral("file_size"));
    info.modifiedMs = fields.integer(QStringLiteral("modification_time"));
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("file_size"), info.size},
          std::pair{QStringLiteral("modification_time"), info.modifiedMs}}) {
        if (value < 0)
            fields.fail(fields.path(key) + QStringLiteral(": negative"));
    }
    if (!fields.ok())
        return std::nullopt;
    return info;
}

} // namespace

std::optional<DbfsFileInfo> DbfsFileInfo::fromJson(const QJsonObject &json, QString *error)
{
    const JsonFields fields(json, QString());
    std::optional<DbfsFileInfo> info = readFileInfo(fields);
    if (!info)
        *error = fields.error();
    return info;
}

std::optional<QList<DbfsFileInfo>> dbfsListingFromJson(const QJsonObject &json, QString *error)
{
    // `files` is absent for an empty folder.
    const JsonFields fields(json, QString());
    const QJsonArray array = fields.array(QStringLiteral("files"));
    QList<DbfsFileInfo> entries;
    entries.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && fields.ok(); ++i) {
        if (std::optional<DbfsFileInfo> info =
                readFileInfo(fields.item(array, i, QStringLiteral("files"))))
            entries.append(std::move(*info));
    }
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
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
