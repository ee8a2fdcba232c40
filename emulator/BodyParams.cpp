#include "BodyParams.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace brickdesk::emulator {

namespace {

ApiResponse wrongType(const QString &name, const QString &expected)
{
    return ApiResponse::invalidParameter(QStringLiteral("Invalid value for field ") + name +
                                         QStringLiteral(": expected ") + expected +
                                         QLatin1Char('.'));
}

ApiResponse missing(const QString &name)
{
    return ApiResponse::invalidParameter(QStringLiteral("Missing required field: ") + name);
}

} // namespace

std::optional<ApiResponse> readJsonBody(const ApiRequest &request, QJsonObject *body)
{
    if (request.body.trimmed().isEmpty()) {
        *body = QJsonObject();
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return ApiResponse::error(
            400, QStringLiteral("MALFORMED_REQUEST"),
            QStringLiteral("Invalid JSON given in the body of the request - expected a map"));
    }
    *body = document.object();
    return std::nullopt;
}

std::optional<ApiResponse> requireStringField(const QJsonObject &body, const QString &name,
                                              QString *value)
{
    const QJsonValue field = body.value(name);
    if (field.isUndefined() || field.isNull())
        return missing(name);
    if (!field.isString())
        return wrongType(name, QStringLiteral("a string"));
    if (field.toString().isEmpty())
        return missing(name);
    *value = field.toString();
    return std::nullopt;
}

std::optional<ApiResponse> readStringField(const QJsonObject &body, const QString &name,
                                           const QString &defaultValue, QString *value)
{
    const QJsonValue field = body.value(name);
    if (field.isUndefined() || field.isNull()) {
        *value = defaultValue;
        return std::nullopt;
    }
    if (!field.isString())
        return wrongType(name, QStringLiteral("a string"));
    *value = field.toString();
    return std::nullopt;
}

std::optional<ApiResponse> readIntegerField(const QJsonObject &body, const QString &name,
                                            bool required, qint64 defaultValue, qint64 min,
                                            qint64 max, qint64 *value)
{
    const QJsonValue field = body.value(name);
    if (field.isUndefined() || field.isNull()) {
        if (required)
            return missing(name);
        *value = defaultValue;
        return std::nullopt;
    }
    qint64 number = 0;
    if (field.isDouble()) {
        const double d = field.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9007199254740992.0)
            return wrongType(name, QStringLiteral("an integer"));
        number = static_cast<qint64>(d);
    } else if (field.isString()) {
        bool ok = false;
        number = field.toString().toLongLong(&ok, 10);
        if (!ok)
            return wrongType(name, QStringLiteral("an integer"));
    } else {
        return wrongType(name, QStringLiteral("an integer"));
    }
    if (number < min || number > max) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Invalid value for field %1: %2 (must be between %3 and %4).")
                .arg(name)
                .arg(number)
                .arg(min)
                .arg(max));
    }
    *value = number;
    return std::nullopt;
}

std::optional<ApiResponse> readBoolField(const QJsonObject &body, const QString &name,
                                         bool defaultValue, bool *value)
{
    const QJsonValue field = body.value(name);
    if (field.isUndefined() || field.isNull()) {
        *value = defaultValue;
        return std::nullopt;
    }
    if (!field.isBool())
        return wrongType(name, QStringLiteral("true or false"));
    *value = field.toBool();
    return std::nullopt;
}

std::optional<ApiResponse> readArrayField(const QJsonObject &body, const QString &name,
                                          QJsonArray *value)
{
    const QJsonValue field = body.value(name);
    if (field.isUndefined() || field.isNull()) {
        *value = QJsonArray();
        return std::nullopt;
    }
    if (!field.isArray())
        return wrongType(name, QStringLiteral("an array"));
    *value = field.toArray();
    return std::nullopt;
}

std::optional<ApiResponse> readObjectField(const QJsonObject &body, const QString &name,
                                           QJsonObject *value)
{
    const QJsonValue field = body.value(name);
    if (field.isUndefined() || field.isNull()) {
        *value = QJsonObject();
        return std::nullopt;
    }
    if (!field.isObject())
        return wrongType(name, QStringLiteral("an object"));
    *value = field.toObject();
    return std::nullopt;
}

std::optional<ApiResponse> readStringListField(const QJsonObject &body, const QString &name,
                                               QStringList *value)
{
    QJsonArray array;
    if (auto error = readArrayField(body, name, &array))
        return error;
    QStringList strings;
    for (const QJsonValue &item : std::as_const(array)) {
        if (!item.isString())
            return wrongType(name, QStringLiteral("an array of strings"));
        strings.append(item.toString());
    }
    *value = strings;
    return std::nullopt;
}

ApiResponse invalidState(const QString &message)
{
    return ApiResponse::error(400, QStringLiteral("INVALID_STATE"), message);
}

} // namespace brickdesk::emulator
