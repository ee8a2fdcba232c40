#include "KeyVaultSecret.h"

#include "HostUrl.h"
#include "JsonFields.h"

#include <QJsonArray>
#include <QTimeZone>

namespace brickdesk {

namespace {

QDateTime epochSeconds(const JsonFields &fields, const QString &key)
{
    const qint64 seconds = fields.integer(key, 0);
    if (seconds < 0 || seconds > 32503680000LL) { // year 3000
        fields.fail(QStringLiteral("%1: %2 is not a time").arg(fields.path(key)).arg(seconds));
        return {};
    }
    return seconds == 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

qint64 toEpochSeconds(const QDateTime &time)
{
    return time.toSecsSinceEpoch();
}

// .../secrets/{name}[/{version}] or .../deletedsecrets/{name}, read from the end so that the
// vault's own path (the demo workspace serves vaults under a prefix) does not matter.
bool splitId(const QString &id, QString *name, QString *version)
{
    const QStringList segments = QUrl(id).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto isCollection = [&segments](qsizetype index) {
        return index >= 0 && (segments.at(index) == QLatin1String("secrets") ||
                              segments.at(index) == QLatin1String("deletedsecrets"));
    };
    const qsizetype n = segments.size();
    if (isCollection(n - 3)) {
        *name = segments.at(n - 2);
        *version = segments.at(n - 1);
        return true;
    }
    if (isCollection(n - 2)) {
        *name = segments.at(n - 1);
        version->clear();
        return true;
    }
    return false;
}

std::optional<KeyVaultSecret> readSecret(const JsonFields &fields)
{
    KeyVaultSecret secret;
    secret.id = fields.string(QStringLiteral("id"));
    if (secret.id.isEmpty()) // deleted bundles may carry only recoveryId
        secret.id = fields.string(QStringLiteral("recoveryId"));
    if (!fields.ok())
        return std::nullopt;
    if (!splitId(secret.id, &secret.name, &secret.version) || secret.name.isEmpty()) {
        fields.fail(fields.path(QStringLiteral("id")) +
                    QStringLiteral(": not a secret identifier"));
        return std::nullopt;
    }
    if (fields.has(QStringLiteral("value")))
        secret.value = fields.string(QStringLiteral("value"));
    secret.contentType = fields.string(QStringLiteral("contentType"));
    secret.managed = fields.boolean(QStringLiteral("managed"));
    const JsonFields attributes = fields.child(QStringLiteral("attributes"));
    secret.attributes.enabled = attributes.boolean(QStringLiteral("enabled"), true);
    secret.attributes.notBefore = epochSeconds(attributes, QStringLiteral("nbf"));
    secret.attributes.expires = epochSeconds(attributes, QStringLiteral("exp"));
    secret.attributes.created = epochSeconds(attributes, QStringLiteral("created"));
    secret.attributes.updated = epochSeconds(attributes, QStringLiteral("updated"));
    secret.attributes.recoveryLevel = attributes.string(QStringLiteral("recoveryLevel"));
    const QJsonObject tags = fields.object(QStringLiteral("tags"));
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        if (!it.value().isString()) {
            fields.fail(fields.path(QStringLiteral("tags")) + QLatin1Char('.') + it.key() +
                        QStringLiteral(": expected a string"));
            break;
        }
        secret.tags.insert(it.key(), it.value().toString());
    }
    secret.recoveryId = fields.string(QStringLiteral("recoveryId"));
    secret.deletedDate = epochSeconds(fields, QStringLiteral("deletedDate"));
    secret.scheduledPurgeDate = epochSeconds(fields, QStringLiteral("scheduledPurgeDate"));
    if (!fields.ok())
        return std::nullopt;
    return secret;
}

} // namespace

QJsonObject KeyVaultSecretProperties::toJson() const
{
    QJsonObject body;
    if (contentType)
        body.insert(QStringLiteral("contentType"), *contentType);
    QJsonObject attributes;
    if (enabled)
        attributes.insert(QStringLiteral("enabled"), *enabled);
    if (expires)
        attributes.insert(QStringLiteral("exp"),
                          expires->isValid() ? QJsonValue(toEpochSeconds(*expires)) : QJsonValue());
    if (notBefore)
        attributes.insert(QStringLiteral("nbf"), notBefore->isValid()
                                                     ? QJsonValue(toEpochSeconds(*notBefore))
                                                     : QJsonValue());
    if (!attributes.isEmpty())
        body.insert(QStringLiteral("attributes"), attributes);
    if (tags) {
        QJsonObject tagObject;
        for (auto it = tags->cbegin(); it != tags->cend(); ++it)
            tagObject.insert(it.key(), it.value());
        body.insert(QStringLiteral("tags"), tagObject);
    }
    return body;
}

KeyVaultExpiry keyVaultExpiry(const KeyVaultAttributes &attributes, const QDateTime &now,
                              int soonDays)
{
    if (!attributes.expires.isValid())
        return KeyVaultExpiry::Never;
    if (attributes.expires <= now)
        return KeyVaultExpiry::Expired;
    if (attributes.expires <= now.addDays(soonDays))
        return KeyVaultExpiry::ExpiresSoon;
    return KeyVaultExpiry::Valid;
}

namespace keyVaultAnswers {

std::optional<KeyVaultSecret> secret(const QJsonObject &answer, QString *error)
{
    const JsonFields fields(answer, QString());
    auto value = readSecret(fields);
    if (!value)
        *error = fields.error();
    return value;
}

std::optional<KeyVaultPage> page(const QJsonObject &answer, QString *error)
{
    const JsonFields fields(answer, QString());
    KeyVaultPage result;
    const QJsonArray items = fields.array(QStringLiteral("value"));
    for (qsizetype i = 0; i < items.size() && fields.ok(); ++i) {
        if (auto item = readSecret(fields.item(items, i, QStringLiteral("value"))))
            result.items.append(std::move(*item));
    }
    const QJsonValue next = answer.value(QStringLiteral("nextLink"));
    if (next.isString() && !next.toString().isEmpty()) {
        result.nextLink = QUrl(next.toString(), QUrl::StrictMode);
        if (!result.nextLink.isValid())
            fields.fail(QStringLiteral("nextLink: not a URL"));
    } else if (!next.isNull() && !next.isUndefined() && !next.isString()) {
        fields.fail(QStringLiteral("nextLink: expected a string, found ") + jsonTypeName(next));
    }
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    return result;
}

} // namespace keyVaultAnswers

bool isKeyVaultHost(const QUrl &vaultUrl)
{
    const QString host = vaultUrl.host().toLower();
    if (isLoopbackHost(host))
        return true;
    static const char *const suffixes[] = {".vault.azure.net", ".vault.azure.cn",
                                           ".vault.usgovcloudapi.net", ".vault.microsoftazure.de",
                                           ".managedhsm.azure.net"};
    for (const char *suffix : suffixes) {
        if (host.endsWith(QLatin1String(suffix)) && host.size() > qsizetype(qstrlen(suffix)))
            return true;
    }
    return false;
}

bool isLinkIntoVault(const QUrl &link, const QUrl &vaultUrl)
{
    // Key Vault writes the default port into its links (https://v.vault.azure.net:443/...).
    const int defaultPort = vaultUrl.scheme() == QLatin1String("https") ? 443 : 80;
    return link.isValid() && link.scheme() == vaultUrl.scheme() &&
           link.host().compare(vaultUrl.host(), Qt::CaseInsensitive) == 0 &&
           link.port(defaultPort) == vaultUrl.port(defaultPort) && link.userInfo().isEmpty() &&
           link.path().startsWith(vaultUrl.path() + QLatin1Char('/'));
}

QUrl normaliseVaultUrl(const QString &input, QString *error)
{
    QString text = input.trimmed();
    if (text.isEmpty()) {
        *error = QStringLiteral("no vault address");
        return {};
    }
    if (!text.contains(QLatin1String("://"))) {
        // A bare vault name or DNS name, as people type it.
        if (!text.contains(QLatin1Char('.')))
            text += QStringLiteral(".vault.azure.net");
        text = QStringLiteral("https://") + text;
    }
    QUrl url(text, QUrl::StrictMode);
    const QString host = url.host();
    const bool loopback = isLoopbackHost(host);
    if (!url.isValid() || host.isEmpty()) {
        *error = QStringLiteral("'%1' is not a vault address").arg(input.left(200));
        return {};
    }
    if (url.scheme() != QLatin1String("https") &&
        !(loopback && url.scheme() == QLatin1String("http"))) {
        *error =
            QStringLiteral("a vault is reached over https only (plain http only on this machine)");
        return {};
    }
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        *error = QStringLiteral("a vault address has no query, fragment or user name");
        return {};
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setHost(host.toLower());
    return url;
}

} // namespace brickdesk
