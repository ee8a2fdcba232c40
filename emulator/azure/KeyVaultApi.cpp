#include "KeyVaultApi.h"

#include "ApiRouter.h"
#include "AzureErrors.h"
#include "KeyVaultBodies.h"
#include "KeyVaultJson.h"
#include "KeyVaultStore.h"
#include "Simulation.h"

#include <QJsonArray>
#include <memory>

namespace brickdesk::emulator {

namespace {

using VaultUrl = std::function<QUrl(const QString &vault)>;

constexpr int kMaxPageSize = 25;

struct Context
{
    KeyVaultStore &store;
    Simulation &sim;
    VaultUrl vaultUrl;

    qint64 nowSeconds() const { return sim.nowMs() / 1000; }
};

QString vaultOf(const ApiRequest &request)
{
    return request.pathParams.value(QStringLiteral("vault"));
}

QString nameOf(const ApiRequest &request)
{
    return request.pathParams.value(QStringLiteral("name"));
}

ApiResponse vaultNotFound(const QString &vault)
{
    return azureError(404, QStringLiteral("NotFound"),
                      QStringLiteral("There is no key vault named '") + vault +
                          QStringLiteral("' in this emulator."));
}

ApiResponse secretNotFound(const QString &nameOrId)
{
    return azureError(404, QStringLiteral("SecretNotFound"),
                      QStringLiteral("A secret with (name/id) ") + nameOrId +
                          QStringLiteral(" was not found in this key vault. If you recently "
                                         "deleted this secret you may be able to recover it "
                                         "using the correct recovery command."));
}

ApiResponse deletedSecretNotFound(const QString &name)
{
    return azureError(404, QStringLiteral("SecretNotFound"),
                      QStringLiteral("A deleted secret with (name/id) ") + name +
                          QStringLiteral(" was not found in this key vault."));
}

// One page of a list whose items are sorted by `keys`; the skip token holds the last key given.
ApiResponse page(const ApiRequest &request, const QUrl &listUrl, const QString &kind,
                 const QList<QJsonObject> &items, const QStringList &keys)
{
    qint64 maxResults = kMaxPageSize;
    const QString maxText = request.queryValue(QStringLiteral("maxresults"));
    if (!maxText.isEmpty()) {
        bool ok = false;
        maxResults = maxText.toLongLong(&ok);
        if (!ok || maxResults < 1 || maxResults > kMaxPageSize) {
            return azureBadParameter(QStringLiteral("The value '") + maxText +
                                     QStringLiteral("' of parameter maxresults is not valid: "
                                                    "it must be from 1 to 25."));
        }
    }
    qsizetype start = 0;
    const QString skipToken = request.queryValue(QStringLiteral("$skiptoken"));
    if (!skipToken.isEmpty()) {
        const std::optional<QString> after = keyVaultBodies::decodeSkipToken(kind, skipToken);
        if (!after)
            return azureBadParameter(QStringLiteral("The $skiptoken parameter is not valid."));
        while (start < keys.size() && keys.at(start) <= *after)
            ++start;
    }
    const qsizetype end = qMin(keys.size(), start + maxResults);
    QJsonArray value;
    for (qsizetype i = start; i < end; ++i)
        value.append(items.at(i));
    QJsonValue nextLink; // null on the last page
    if (end < keys.size()) {
        QString link = listUrl.toString() + QStringLiteral("?$skiptoken=") +
                       keyVaultBodies::encodeSkipToken(kind, keys.at(end - 1)) +
                       QStringLiteral("&api-version=") +
                       request.queryValue(QStringLiteral("api-version"));
        if (!maxText.isEmpty())
            link += QStringLiteral("&maxresults=") + QString::number(maxResults);
        nextLink = link;
    }
    return ApiResponse::ok(
        QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("nextLink"), nextLink}});
}

QUrl subUrl(const Context &context, const QString &vault, const QString &path)
{
    QUrl url = context.vaultUrl(vault);
    url.setPath(url.path() + path);
    return url;
}

ApiResponse listSecrets(const Context &context, const ApiRequest &request)
{
    const QString vault = vaultOf(request);
    const KeyVaultStore::Secrets *secrets = context.store.secrets(vault);
    if (!secrets)
        return vaultNotFound(vault);
    const QUrl base = context.vaultUrl(vault);
    QList<QJsonObject> items;
    QStringList keys;
    for (const auto &[key, secret] : *secrets) {
        if (secret.isDeleted())
            continue;
        items.append(keyVaultJson::listItem(base, secret));
        keys.append(key);
    }
    return page(request, subUrl(context, vault, QStringLiteral("/secrets")),
                QStringLiteral("secrets"), items, keys);
}

ApiResponse listVersions(const Context &context, const ApiRequest &request)
{
    const QString vault = vaultOf(request);
    if (!context.store.hasVault(vault))
        return vaultNotFound(vault);
    const VaultSecret *secret = context.store.secret(vault, nameOf(request));
    if (!secret || secret->isDeleted())
        return secretNotFound(nameOf(request));
    const QUrl base = context.vaultUrl(vault);
    QList<QJsonObject> items;
    QStringList keys;
    for (qsizetype i = 0; i < secret->versions.size(); ++i) {
        items.append(keyVaultJson::versionItem(base, *secret, secret->versions.at(i)));
        keys.append(QString::number(i).rightJustified(8, QLatin1Char('0')));
    }
    return page(request,
                subUrl(context, vault,
                       QStringLiteral("/secrets/") + secret->name + QStringLiteral("/versions")),
                QStringLiteral("versions/") + secret->name.toCaseFolded(), items, keys);
}

ApiResponse getSecret(const Context &context, const ApiRequest &request)
{
    const QString vault = vaultOf(request);
    if (!context.store.hasVault(vault))
        return vaultNotFound(vault);
    const QString name = nameOf(request);
    const QString version = request.pathParams.value(QStringLiteral("version"));
    const VaultSecret *secret = context.store.secret(vault, name);
    if (!secret || secret->isDeleted())
        return secretNotFound(name);
    const VaultSecretVersion *found = &secret->current();
    if (!version.isEmpty()) {
        found = nullptr;
        for (const VaultSecretVersion &candidate : secret->versions) {
            if (candidate.version.compare(version, Qt::CaseInsensitive) == 0)
                found = &candidate;
        }
        if (!found)
            return secretNotFound(name + QLatin1Char('/') + version);
    }
    if (!found->enabled) {
        return azureError(403, QStringLiteral("Forbidden"),
                          QStringLiteral("Operation get is not allowed on a disabled secret."),
                          QStringLiteral("SecretDisabled"));
    }
    return ApiResponse::ok(keyVaultJson::bundle(context.vaultUrl(vault), *secret, *found, true));
}

ApiResponse setSecret(const Context &context, const ApiRequest &request)
{
    const QString vault = vaultOf(request);
    if (!context.store.hasVault(vault))
        return vaultNotFound(vault);
    const QString name = nameOf(request);
    if (!isValidVaultSecretName(name)) {
        return azureBadParameter(QStringLiteral("Secret name '") + name +
                                 QStringLiteral("' is not valid: a name is 1 to 127 letters, "
                                                "digits and dashes."));
    }
    QString value;
    VaultSecretChanges changes;
    if (auto error = keyVaultBodies::readSetBody(request.body, &value, &changes))
        return *error;
    const VaultSecret *existing = context.store.secret(vault, name);
    if (existing && existing->isDeleted()) {
        return azureError(409, QStringLiteral("Conflict"),
                          QStringLiteral("Secret ") + existing->name +
                              QStringLiteral(" is currently in a deleted but recoverable state, "
                                             "and its name cannot be reused; in this state, the "
                                             "secret can only be recovered or purged."),
                          QStringLiteral("ObjectIsDeletedButRecoverable"));
    }
    const VaultSecretVersion &version =
        context.store.setSecret(vault, name, value, changes, context.nowSeconds());
    context.sim.persist();
    return ApiResponse::ok(keyVaultJson::bundle(context.vaultUrl(vault),
                                                *context.store.secret(vault, name), version, true));
}

ApiResponse updateSecret(const Context &context, const ApiRequest &request)
{
    const QString vault = vaultOf(request);
    if (!context.store.hasVault(vault))
        return vaultNotFound(vault);
    const QString name = nameOf(request);
    const VaultSecret *secret = context.store.secret(vault, name);
    if (!secret || secret->isDeleted())
        return secretNotFound(name);
    QString version = request.pathParams.value(QStringLiteral("version"));
    if (version.isEmpty())
        version = secret->current().version;
    VaultSecretChanges changes;
    if (auto error = keyVaultBodies::readUpdateBody(request.body, &changes))
        return *error;
    const VaultSecretVersion *updated =
        context.store.updateVersion(vault, name, version, changes, context.nowSeconds());
    if (!updated)
        return secretNotFound(name + QLatin1Char('/') + version);
    context.sim.persist();
    return ApiResponse::ok(keyVaultJson::bundle(
        context.vaultUrl(vault), *context.store.secret(vault, name), *updated, false));
}

ApiResponse deleteSecret(const Context &context, const ApiRequest &request)
{
    const QString vault = vaultOf(request);
    if (!context.store.hasVault(vault))
        return vaultNotFound(vault);
    const QString name = nameOf(request);
    if (!context.store.softDelete(vault, name, context.nowSeconds()))
        return secretNotFound(name);
    context.sim.persist();
    return ApiResponse::ok(
        keyVaultJson::deletedBundle(context.vaultUrl(vault), *context.store.secret(vault, name)));
}

ApiResponse listDeleted(const Context &context, const ApiRequest &request)
{
    const QString vault = vaultOf(request);
    const KeyVaultStore::Secrets *secrets = context.store.secrets(vault);
    if (!secrets)
        return vaultNotFound(vault);
    const QUrl base = context.vaultUrl(vault);
    QList<QJsonObject> items;
    QStringList keys;
    for (const auto &[key, secret] : *secrets) {
        if (!secret.isDeleted())
            continue;
        items.append(keyVaultJson::deletedListItem(base, secret));
        keys.append(key);
    }
    return page(request, subUrl(context, vault, QStringLiteral("/deletedsecrets")),
                QStringLiteral("deleted"), items, keys);
}

ApiResponse getDeleted(const Context &context, const ApiRequest &request)
{
    const QString vault = vaultOf(request);
    if (!context.store.hasVault(vault))
        return vaultNotFound(vault);
    const VaultSecret *secret = context.store.secret(vault, nameOf(request));
    if (!secret || !secret->isDeleted())
        return deletedSecretNotFound(nameOf(request));
    return ApiResponse::ok(keyVaultJson::deletedBundle(context.vaultUrl(vault), *secret));
}

ApiResponse purgeDeleted(const Context &context, const ApiRequest &request)
{
    const QString vault = vaultOf(request);
    if (!context.store.hasVault(vault))
        return vaultNotFound(vault);
    if (!context.store.purge(vault, nameOf(request)))
        return deletedSecretNotFound(nameOf(request));
    context.sim.persist();
    return ApiResponse::noContent();
}

ApiResponse recoverDeleted(const Context &context, const ApiRequest &request)
{
    const QString vault = vaultOf(request);
    if (!context.store.hasVault(vault))
        return vaultNotFound(vault);
    const QString name = nameOf(request);
    if (!context.store.recover(vault, name))
        return deletedSecretNotFound(name);
    context.sim.persist();
    const VaultSecret *secret = context.store.secret(vault, name);
    return ApiResponse::ok(
        keyVaultJson::bundle(context.vaultUrl(vault), *secret, secret->current(), false));
}

} // namespace

void registerKeyVaultApi(ApiRouter &router, KeyVaultStore &store, Simulation &sim,
                         std::function<QUrl(const QString &vault)> vaultUrl)
{
    const auto context = std::make_shared<Context>(Context{store, sim, std::move(vaultUrl)});
    const auto route = [&router,
                        context](const char *method, const char *path,
                                 ApiResponse (*handler)(const Context &, const ApiRequest &)) {
        router.add(
            QByteArray(method), QStringLiteral("/keyvault/{vault}") + QLatin1String(path),
            [context, handler](const ApiRequest &request) { return handler(*context, request); });
    };
    route("GET", "/secrets", listSecrets);
    route("GET", "/secrets/{name}", getSecret);
    route("GET", "/secrets/{name}/versions", listVersions);
    route("GET", "/secrets/{name}/{version}", getSecret);
    route("PUT", "/secrets/{name}", setSecret);
    route("PATCH", "/secrets/{name}", updateSecret);
    route("PATCH", "/secrets/{name}/{version}", updateSecret);
    route("DELETE", "/secrets/{name}", deleteSecret);
    route("GET", "/deletedsecrets", listDeleted);
    route("GET", "/deletedsecrets/{name}", getDeleted);
    route("DELETE", "/deletedsecrets/{name}", purgeDeleted);
    route("POST", "/deletedsecrets/{name}/recover", recoverDeleted);
}

} // namespace brickdesk::emulator
