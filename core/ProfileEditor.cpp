#include "ProfileEditor.h"

#include "AzureSignIn.h"
#include "ConfigFileWriter.h"
#include "HostUrl.h"
#include "KeyVaultSecret.h"
#include "ProfileCatalog.h"
#include "ProfileSettings.h"
#include "SecretRules.h"
#include "TokenStore.h"

namespace brickdesk {

QString validateProfileEdit(const ProfileEdit &edit, const QStringList &existingNames)
{
    if (edit.name.trimmed().isEmpty())
        return QStringLiteral("The profile needs a name.");
    if (!ConfigDocument::isValidSectionName(edit.name))
        return QStringLiteral(
            "A profile name cannot contain '[', ']' or line breaks, or start or end with a space.");
    if (edit.name == QStringLiteral("__settings__") ||
        edit.name == QLatin1String(kEnvironmentProfileName))
        return QStringLiteral("'%1' is a reserved name.").arg(edit.name);
    if (edit.name != edit.originalName && existingNames.contains(edit.name))
        return QStringLiteral("A profile named '%1' already exists.").arg(edit.name);
    const HostUrlResult host = normaliseHostUrl(edit.host);
    if (!host.ok())
        return QStringLiteral("Host: %1.").arg(host.error);
    if (edit.token.contains(u'\n') || edit.token != edit.token.trimmed())
        return QStringLiteral("The token has spaces or line breaks around it; paste it again.");
    if (edit.tokenVault && edit.tokenVault->isSet()) {
        QString error;
        if (normaliseVaultUrl(edit.tokenVault->vaultUrl, &error).isEmpty())
            return QStringLiteral("Key Vault: %1.").arg(error);
        const QString nameProblem = secretRules::checkKeyVaultName(edit.tokenVault->secretName);
        if (!nameProblem.isEmpty())
            return nameProblem + QLatin1Char('.');
    }
    if (edit.authType == QLatin1String("azure-client-secret") &&
        (edit.azureTenantId.isEmpty() || edit.azureClientId.isEmpty()))
        return QStringLiteral("An Azure service principal needs its tenant id and client id.");
    return {};
}

namespace {

// Writes host and auth type (and, for a rename, every key under the new name), then Brickdesk's
// tags. Returns the problem, or an empty string.
QString writeFileAndSettings(const ProfileEdit &edit, const QString &configPath,
                             bool tokenInKeychain, ProfileSettings &settings)
{
    const QString host = normaliseHostUrl(edit.host).url;
    const bool renaming = !edit.originalName.isEmpty() && edit.originalName != edit.name;
    const ConfigWriteResult written =
        ConfigFileWriter::edit(configPath, [&](ConfigDocument &document, QString &error) {
            if (renaming) {
                if (const ConfigDocument::Section *old = document.section(edit.originalName)) {
                    const QList<ConfigDocument::Entry> entries = old->entries;
                    for (const ConfigDocument::Entry &entry : entries) {
                        if (!document.setValue(edit.name, entry.key, entry.value)) {
                            error = QStringLiteral("cannot copy '%1' to the renamed profile")
                                        .arg(entry.key);
                            return false;
                        }
                    }
                    document.removeSection(edit.originalName);
                }
            }
            if (!document.setValue(edit.name, QStringLiteral("host"), host)) {
                error = QStringLiteral("cannot write the host");
                return false;
            }
            const ConfigDocument::Section *section = document.section(edit.name);
            const bool hasAuthType = section && section->hasKey(u"auth_type");
            bool authWritten = true;
            if (edit.authType.isEmpty()) {
                document.removeKey(edit.name, QStringLiteral("auth_type")); // the SDKs detect it
            } else if (edit.authType != QStringLiteral("pat") || hasAuthType) {
                // pat is what the SDKs detect from a token, so it is written only over another
                // type.
                authWritten =
                    document.setValue(edit.name, QStringLiteral("auth_type"), edit.authType);
            }
            if (!authWritten) {
                error = QStringLiteral("cannot write the auth type");
                return false;
            }
            if (tokenInKeychain)
                document.removeKey(edit.name, QStringLiteral("token")); // the keychain holds it now
            if (edit.authType.startsWith(QLatin1String("azure-"))) {
                for (const auto &[key, value] :
                     {std::pair{QStringLiteral("azure_tenant_id"), edit.azureTenantId},
                      std::pair{QStringLiteral("azure_client_id"), edit.azureClientId}}) {
                    if (!value.isEmpty() && !document.setValue(edit.name, key, value)) {
                        error = QStringLiteral("cannot write %1").arg(key);
                        return false;
                    }
                }
            }
            return true;
        });
    if (!written.ok())
        return written.error;
    if (renaming) {
        const bool hadKeychainToken = settings.tokenInKeychain(edit.originalName);
        settings.forget(edit.originalName);
        settings.setTokenInKeychain(edit.name, hadKeychainToken || tokenInKeychain);
    }
    settings.setEnvironment(edit.name, edit.environment);
    settings.setColour(edit.name, edit.colour);
    settings.setCaBundlePath(edit.name, edit.caBundlePath);
    if (tokenInKeychain)
        settings.setTokenInKeychain(edit.name, true);
    if (edit.azureSignIn)
        settings.setAzureSignIn(edit.name, *edit.azureSignIn);
    if (edit.tokenVault) {
        settings.setTokenInKeyVault(edit.name, *edit.tokenVault);
        if (edit.tokenVault->isSet())
            settings.setTokenInKeychain(edit.name, false); // the vault holds it now
    }
    return {};
}

} // namespace

void saveProfile(const ProfileEdit &edit, const QString &configPath, TokenStore &tokens,
                 ProfileSettings &settings, QObject *context,
                 std::function<void(const QString &error)> done)
{
    if (!edit.azureClientSecret.isEmpty()) {
        // The service principal's secret first: if the keychain refuses it, nothing is written.
        // The key must be the one the session will look under: built from the profile as it will
        // load (its azure_environment stays in the file), the same way the session builds it.
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const ProfileCatalog existing = ProfileLoader::load(configPath, environment, &settings);
        const Profile *before =
            existing.find(edit.originalName.isEmpty() ? edit.name : edit.originalName);
        Profile planned = before ? *before : Profile{};
        planned.name = edit.name;
        planned.authType = edit.authType;
        planned.attributes.insert(QStringLiteral("azure_tenant_id"), edit.azureTenantId);
        planned.attributes.insert(QStringLiteral("azure_client_id"), edit.azureClientId);
        if (edit.azureSignIn)
            planned.azureSignIn = *edit.azureSignIn;
        AzureSignInConfig config;
        if (edit.authType == QLatin1String("azure-client-secret")) {
            config = workspaceAzureSignIn(planned, environment);
        } else {
            config = azureSignInFor(planned, environment); // the Key Vault sign-in's secret
            config.method = AzureCredential::Kind::ClientSecret;
        }
        ProfileEdit rest = edit;
        rest.azureClientSecret.clear();
        tokens.writeToken(
            config.clientSecretKey(), edit.azureClientSecret, context,
            [=, &tokens, &settings](const TokenStoreResult &result) {
                if (!result.ok()) {
                    done(QStringLiteral("the keychain did not store the client secret, so "
                                        "nothing was saved: ") +
                         result.error);
                    return;
                }
                saveProfile(rest, configPath, tokens, settings, context, done);
            });
        return;
    }
    const bool renaming = !edit.originalName.isEmpty() && edit.originalName != edit.name;
    const bool oldInKeychain = renaming && settings.tokenInKeychain(edit.originalName);

    // Last step: the file and tags. A rename drops the old keychain entry only once the file
    // says the new name; if the file cannot be written, the new entry goes instead.
    auto finish = [=, &tokens, &settings](bool tokenWritten) {
        const QString error = writeFileAndSettings(edit, configPath, tokenWritten, settings);
        if (!error.isEmpty()) {
            if (renaming && tokenWritten)
                tokens.deleteToken(edit.name, context, [](const TokenStoreResult &) {});
            done(error);
            return;
        }
        if (renaming && oldInKeychain)
            tokens.deleteToken(edit.originalName, context, [](const TokenStoreResult &) {});
        done(QString());
    };
    auto store = [=, &tokens](const QString &token) {
        tokens.writeToken(edit.name, token, context, [=](const TokenStoreResult &result) {
            if (!result.ok()) {
                done(
                    QStringLiteral("the keychain did not store the token, so nothing was saved: ") +
                    result.error);
                return;
            }
            finish(true);
        });
    };
    if (!edit.token.isEmpty()) {
        store(edit.token);
    } else if (oldInKeychain) {
        // A rename carries the keychain token over to the new name.
        tokens.readToken(edit.originalName, context, [=](const TokenStoreResult &read) {
            if (!read.ok()) {
                done(QStringLiteral("cannot read the token to move it, so nothing was saved: ") +
                     (read.error.isEmpty() ? QStringLiteral("it is not in the keychain")
                                           : read.error));
                return;
            }
            store(read.token);
        });
    } else {
        finish(false);
    }
}

void removeProfile(const QString &name, const QString &configPath, TokenStore &tokens,
                   ProfileSettings &settings, QObject *context,
                   std::function<void(const QString &error)> done)
{
    const ConfigWriteResult written =
        ConfigFileWriter::edit(configPath, [&](ConfigDocument &document, QString &error) {
            if (!document.removeSection(name)) {
                error = QStringLiteral("has no profile '%1'").arg(name);
                return false;
            }
            return true;
        });
    if (!written.ok()) {
        done(written.error);
        return;
    }
    const bool hadKeychainToken = settings.tokenInKeychain(name);
    settings.forget(name);
    if (!hadKeychainToken) {
        done(QString());
        return;
    }
    tokens.deleteToken(name, context, [done](const TokenStoreResult &result) {
        done(result.ok() || result.status == TokenStoreResult::Status::NotFound
                 ? QString()
                 : QStringLiteral("the profile was removed but its keychain entry was not: ") +
                       result.error);
    });
}

} // namespace brickdesk
