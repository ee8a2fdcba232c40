// Answers of the secrets API, Azure Key Vault and Microsoft Entra ID, and vault addresses typed
// by users, are outside input. Besides not crashing, what the parsers accept must hold their
// promises.
#include "AccessToken.h"
#include "EntraEndpoint.h"
#include "HostUrl.h"
#include "KeyVaultSecret.h"
#include "SecretRules.h"
#include "SecretScope.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdlib>

using namespace brickdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonObject root = QJsonDocument::fromJson(input).object();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000);
    QString error;
    if (const auto scopes = secretAnswers::scopes(root, &error)) {
        for (const SecretScope &scope : *scopes) {
            if (scope.name.isEmpty())
                std::abort();
        }
    }
    if (const auto secrets = secretAnswers::secrets(root, &error)) {
        for (const SecretMetadata &secret : *secrets) {
            if (secret.key.isEmpty() ||
                (secret.lastUpdated.isValid() && secret.lastUpdated.toMSecsSinceEpoch() <= 0))
                std::abort();
        }
    }
    (void)secretAnswers::acls(root, &error);
    (void)secretAnswers::acl(root, &error);
    if (const auto page = keyVaultAnswers::page(root, &error)) {
        for (const KeyVaultSecret &secret : page->items) {
            if (secret.name.isEmpty())
                std::abort();
        }
    }
    if (const auto secret = keyVaultAnswers::secret(root, &error)) {
        if (secret->name.isEmpty())
            std::abort();
        (void)keyVaultExpiry(secret->attributes, now);
    }
    if (const auto token = entraAnswers::token(root, now, &error)) {
        if (token->accessToken.token.isEmpty() || token->accessToken.expiresOn <= now)
            std::abort();
    }
    if (const auto prompt = entraAnswers::deviceCode(root, now, &error)) {
        if (prompt->userCode.isEmpty() || prompt->intervalSeconds < 1 || prompt->expiresAt <= now)
            std::abort();
        const QString scheme = prompt->verificationUri.scheme();
        if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
            std::abort();
    }
    const AccessTokenResult cli = parseAzureCliTokenAnswer(input, now);
    if (cli.ok() == cli.token.token.isEmpty())
        std::abort();
    const QString text = QString::fromUtf8(input);
    (void)accountFromClaims(unverifiedJwtClaims(text));
    const QUrl vault = normaliseVaultUrl(text, &error);
    if (!vault.isEmpty()) {
        // A vault address is https (or http on loopback), has a host, and normalises to itself.
        const bool loopback = brickdesk::isLoopbackHost(vault.host());
        if (vault.host().isEmpty() || (vault.scheme() != QLatin1String("https") && !loopback) ||
            vault.path().endsWith(QLatin1Char('/')))
            std::abort();
        QString again;
        if (normaliseVaultUrl(vault.toString(), &again) != vault)
            std::abort();
    }
    // A mapped Key Vault name holds no '_' or '.'.
    const QString mapped = secretRules::keyVaultNameForKey(text);
    if (mapped.contains(QLatin1Char('_')) || mapped.contains(QLatin1Char('.')))
        std::abort();
    (void)secretRules::checkScopeName(text);
    (void)secretRules::checkKey(text);
    (void)secretRules::dbutilsSnippet(text, text);
    return 0;
}
