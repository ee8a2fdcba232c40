#include "KeyVaultBodies.h"

#include "AzureErrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace brickdesk::emulator::keyVaultBodies {

namespace {

constexpr qsizetype kMaxTags = 15;

std::optional<ApiResponse> readObject(const QByteArray &body, QJsonObject *object)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return azureBadParameter(QStringLiteral("The request body is not a JSON object."));
    *object = document.object();
    return std::nullopt;
}

// nbf and exp: whole epoch seconds, or null to clear.
std::optional<ApiResponse> readTime(const QJsonObject &attributes, const QString &name,
                                    std::optional<std::optional<qint64>> *time)
{
    if (!attributes.contains(name))
        return std::nullopt;
    const QJsonValue value = attributes.value(name);
    if (value.isNull()) {
        *time = std::optional<qint64>();
        return std::nullopt;
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number || std::fabs(number) > 1e12) {
        return azureBadParameter(QStringLiteral("Property attributes.") + name +
                                 QStringLiteral(" must be a whole number of epoch seconds."));
    }
    *time = std::optional<qint64>(static_cast<qint64>(number));
    return std::nullopt;
}

std::optional<ApiResponse> readProperties(const QJsonObject &object, VaultSecretChanges *changes)
{
    if (object.contains(QStringLiteral("contentType"))) {
        const QJsonValue contentType = object.value(QStringLiteral("contentType"));
        if (!contentType.isString() && !contentType.isNull())
            return azureBadParameter(QStringLiteral("Property contentType must be a string."));
        changes->contentType = contentType.toString();
    }
    if (object.contains(QStringLiteral("tags"))) {
        const QJsonValue tags = object.value(QStringLiteral("tags"));
        if (!tags.isObject() && !tags.isNull())
            return azureBadParameter(QStringLiteral("Property tags must be an object."));
        const QJsonObject tagObject = tags.toObject();
        if (tagObject.size() > kMaxTags) {
            return azureBadParameter(QStringLiteral("A secret has at most %1 tags; %2 were given.")
                                         .arg(kMaxTags)
                                         .arg(tagObject.size()));
        }
        for (auto it = tagObject.constBegin(); it != tagObject.constEnd(); ++it) {
            if (!it.value().isString()) {
                return azureBadParameter(QStringLiteral("Tag ") + it.key() +
                                         QStringLiteral(" must have a string value."));
            }
        }
        changes->tags = tagObject;
    }
    if (!object.contains(QStringLiteral("attributes")))
        return std::nullopt;
    const QJsonValue attributesValue = object.value(QStringLiteral("attributes"));
    if (!attributesValue.isObject())
        return azureBadParameter(QStringLiteral("Property attributes must be an object."));
    const QJsonObject attributes = attributesValue.toObject();
    if (attributes.contains(QStringLiteral("enabled"))) {
        const QJsonValue enabled = attributes.value(QStringLiteral("enabled"));
        if (!enabled.isBool())
            return azureBadParameter(QStringLiteral("Property attributes.enabled must be true or "
                                                    "false."));
        changes->enabled = enabled.toBool();
    }
    if (auto error = readTime(attributes, QStringLiteral("nbf"), &changes->notBefore))
        return error;
    return readTime(attributes, QStringLiteral("exp"), &changes->expires);
}

} // namespace

std::optional<ApiResponse> readSetBody(const QByteArray &body, QString *value,
                                       VaultSecretChanges *changes)
{
    QJsonObject object;
    if (auto error = readObject(body, &object))
        return error;
    const QJsonValue valueJson = object.value(QStringLiteral("value"));
    if (!valueJson.isString())
        return azureBadParameter(QStringLiteral("Property value is required and must be a "
                                                "string."));
    *value = valueJson.toString();
    const qsizetype bytes = value->toUtf8().size();
    if (bytes > kMaxVaultSecretValueBytes) {
        return azureBadParameter(QStringLiteral("The secret value is %1 bytes, above the limit of "
                                                "%2 bytes (25 KB).")
                                     .arg(bytes)
                                     .arg(kMaxVaultSecretValueBytes));
    }
    return readProperties(object, changes);
}

std::optional<ApiResponse> readUpdateBody(const QByteArray &body, VaultSecretChanges *changes)
{
    QJsonObject object;
    if (auto error = readObject(body, &object))
        return error;
    return readProperties(object, changes);
}

QString encodeSkipToken(const QString &kind, const QString &lastKey)
{
    const QByteArray text = (kind + QLatin1Char('\n') + lastKey).toUtf8();
    return QString::fromLatin1(
        text.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> decodeSkipToken(const QString &kind, const QString &token)
{
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QString text = QString::fromUtf8(decoded.decoded);
    const QString prefix = kind + QLatin1Char('\n');
    if (!text.startsWith(prefix))
        return std::nullopt;
    return text.mid(prefix.size());
}

} // namespace brickdesk::emulator::keyVaultBodies
