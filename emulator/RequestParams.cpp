#include "RequestParams.h"

#include <QByteArray>

namespace brickdesk::emulator {

namespace {

const QString kPageTokenParam = QStringLiteral("page_token");

} // namespace

std::optional<ApiResponse> readInteger(const ApiRequest &request, const QString &name,
                                       qint64 defaultValue, qint64 min, qint64 max, qint64 *value)
{
    const QString text = request.queryValue(name);
    if (text.isEmpty()) {
        *value = defaultValue;
        return std::nullopt;
    }
    bool ok = false;
    const qint64 number = text.toLongLong(&ok, 10);
    if (!ok) {
        return ApiResponse::invalidParameter(QStringLiteral("Invalid value for parameter ") + name +
                                             QStringLiteral(": '") + text +
                                             QStringLiteral("' is not an integer."));
    }
    if (number < min || number > max) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Invalid value for parameter %1: %2 (must be between %3 and %4).")
                .arg(name)
                .arg(number)
                .arg(min)
                .arg(max));
    }
    *value = number;
    return std::nullopt;
}

std::optional<ApiResponse> readBoolean(const ApiRequest &request, const QString &name,
                                       bool defaultValue, bool *value)
{
    const QString text = request.queryValue(name);
    if (text.isEmpty()) {
        *value = defaultValue;
        return std::nullopt;
    }
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        *value = true;
        return std::nullopt;
    }
    if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
        *value = false;
        return std::nullopt;
    }
    return ApiResponse::invalidParameter(QStringLiteral("Invalid value for parameter ") + name +
                                         QStringLiteral(": expected true or false."));
}

std::optional<ApiResponse> readRequiredString(const ApiRequest &request, const QString &name,
                                              QString *value)
{
    const QString text = request.queryValue(name);
    if (text.isEmpty())
        return ApiResponse::invalidParameter(QStringLiteral("Missing required field: ") + name);
    *value = text;
    return std::nullopt;
}

QString encodePageToken(const QString &kind, qint64 position)
{
    const QByteArray plain = kind.toUtf8() + ':' + QByteArray::number(position);
    return QString::fromLatin1(
        plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodePageToken(const QString &kind, const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray &plain = decoded.decoded;
    const QByteArray prefix = kind.toUtf8() + ':';
    if (!plain.startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const qint64 position = plain.mid(prefix.size()).toLongLong(&ok, 10);
    if (!ok || position < 0)
        return std::nullopt;
    return position;
}

std::optional<ApiResponse> readPageToken(const ApiRequest &request, const QString &kind,
                                         qint64 *position)
{
    const QString token = request.queryValue(kPageTokenParam);
    if (token.isEmpty())
        return std::nullopt;
    const std::optional<qint64> decoded = decodePageToken(kind, token);
    if (!decoded)
        return ApiResponse::invalidParameter(QStringLiteral("Invalid page_token."));
    *position = *decoded;
    return std::nullopt;
}

} // namespace brickdesk::emulator
