#include "SecretsApi.h"

#include "ApiRouter.h"
#include "BodyParams.h"
#include "RequestParams.h"
#include "SecretLimits.h"
#include "SecretStore.h"
#include "SecretsBackend.h"
#include "Simulation.h"
#include "azure/KeyVaultStore.h"

#include <QJsonArray>

namespace brickdesk::emulator {

namespace {

ApiResponse readOnlyScope(const SecretScope &scope)
{
    return ApiResponse::error(400, QStringLiteral("BAD_REQUEST"),
                              QStringLiteral("Scope ") + scope.name +
                                  QStringLiteral(" is backed by Azure Key Vault and is read-only "
                                                 "through the Databricks API; change its secrets "
                                                 "in the key vault."));
}

// Exactly one of string_value (stored as UTF-8) and bytes_value (base64).
std::optional<ApiResponse> readValue(const QJsonObject &body, QByteArray *value)
{
    const QJsonValue text = body.value(QStringLiteral("string_value"));
    const QJsonValue bytes = body.value(QStringLiteral("bytes_value"));
    const bool hasText = !text.isUndefined() && !text.isNull();
    const bool hasBytes = !bytes.isUndefined() && !bytes.isNull();
    if (hasText == hasBytes) {
        return ApiResponse::invalidParameter(QStringLiteral("Exactly one of string_value and "
                                                            "bytes_value must be given."));
    }
    if (hasText) {
        if (!text.isString()) {
            return ApiResponse::invalidParameter(
                QStringLiteral("Invalid value for field string_value: expected a string."));
        }
        *value = text.toString().toUtf8();
        return std::nullopt;
    }
    const auto notBase64 = [] {
        return ApiResponse::invalidParameter(
            QStringLiteral("Invalid value for field bytes_value: expected base64."));
    };
    if (!bytes.isString())
        return notBase64();
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        bytes.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return notBase64();
    *value = decoded.decoded;
    return std::nullopt;
}

// What put and delete share: the body's scope and key, a scope that exists, is not Key
// Vault-backed (read-only here) and that the caller may write.
std::optional<ApiResponse> writableTarget(SecretsBackend &backend, const ApiRequest &request,
                                          QJsonObject *body, SecretScope **scope, QString *key)
{
    if (auto error = readJsonBody(request, body))
        return error;
    QString scopeName;
    if (auto error = requireStringField(*body, QStringLiteral("scope"), &scopeName))
        return error;
    if (auto error = requireStringField(*body, QStringLiteral("key"), key))
        return error;
    if (auto error = backend.findScope(scopeName, scope))
        return error;
    if ((*scope)->keyVaultBacked)
        return readOnlyScope(**scope);
    return backend.requirePermission(**scope, request.caller, SecretPermission::Write);
}

ApiResponse putSecret(SecretsBackend &backend, const ApiRequest &request)
{
    QJsonObject body;
    QString key;
    SecretScope *scope = nullptr;
    if (auto error = writableTarget(backend, request, &body, &scope, &key))
        return *error;
    if (auto error = checkSecretKey(key))
        return *error;
    QByteArray value;
    if (auto error = readValue(body, &value))
        return *error;
    if (auto error = checkSecretValueSize(value.size()))
        return *error;
    if (scope->secrets.count(key) == 0 &&
        static_cast<int>(scope->secrets.size()) >= kMaxSecretsPerScope) {
        return ApiResponse::error(400, QStringLiteral("RESOURCE_LIMIT_EXCEEDED"),
                                  QStringLiteral("Scope ") + scope->name +
                                      QStringLiteral(" already holds the maximum of %1 secrets.")
                                          .arg(kMaxSecretsPerScope));
    }
    scope->secrets[key] = StoredSecret{value, backend.sim().nowMs()};
    backend.sim().persist();
    return ApiResponse::ok();
}

ApiResponse deleteSecret(SecretsBackend &backend, const ApiRequest &request)
{
    QJsonObject body;
    QString key;
    SecretScope *scope = nullptr;
    if (auto error = writableTarget(backend, request, &body, &scope, &key))
        return *error;
    if (scope->secrets.erase(key) == 0) {
        return ApiResponse::error(404, QStringLiteral("RESOURCE_DOES_NOT_EXIST"),
                                  QStringLiteral("Secret does not exist with scope: ") +
                                      scope->name + QStringLiteral(" and key: ") + key);
    }
    backend.sim().persist();
    return ApiResponse::ok();
}

QJsonObject secretMetadata(const QString &key, qint64 lastUpdatedMs)
{
    return QJsonObject{{QStringLiteral("key"), key},
                       {QStringLiteral("last_updated_timestamp"), lastUpdatedMs}};
}

ApiResponse listSecrets(SecretsBackend &backend, const ApiRequest &request)
{
    QString scopeName;
    if (auto error = readRequiredString(request, QStringLiteral("scope"), &scopeName))
        return *error;
    SecretScope *scope = nullptr;
    if (auto error = backend.findScope(scopeName, &scope))
        return *error;
    if (auto error = backend.requirePermission(*scope, request.caller, SecretPermission::Read))
        return *error;
    QJsonArray secrets;
    if (scope->keyVaultBacked) {
        const std::optional<QString> vault = backend.vaultOfScope(*scope);
        if (!vault) {
            return ApiResponse::error(403, QStringLiteral("PERMISSION_DENIED"),
                                      QStringLiteral("Cannot read the Azure Key Vault ") +
                                          scope->dnsName + QStringLiteral(" of scope ") +
                                          scope->name +
                                          QStringLiteral(": it is not a key vault of this "
                                                         "emulator."));
        }
        for (const auto &[folded, secret] : *backend.vaults().secrets(*vault)) {
            if (!secret.isDeleted())
                secrets.append(secretMetadata(secret.name, secret.current().updated * 1000));
        }
    } else {
        for (const auto &[key, secret] : scope->secrets)
            secrets.append(secretMetadata(key, secret.lastUpdatedMs));
    }
    // The service leaves an empty list out.
    return ApiResponse::ok(secrets.isEmpty() ? QJsonObject()
                                             : QJsonObject{{QStringLiteral("secrets"), secrets}});
}

} // namespace

void registerSecretsApi(ApiRouter &router, SecretsBackend &backend)
{
    router.post(QStringLiteral("/api/2.0/secrets/put"),
                [&backend](const ApiRequest &request) { return putSecret(backend, request); });
    router.post(QStringLiteral("/api/2.0/secrets/delete"),
                [&backend](const ApiRequest &request) { return deleteSecret(backend, request); });
    router.get(QStringLiteral("/api/2.0/secrets/list"),
               [&backend](const ApiRequest &request) { return listSecrets(backend, request); });
}

} // namespace brickdesk::emulator
