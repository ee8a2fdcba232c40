#pragma once

#include "EnvironmentTag.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace brickdesk {

enum class TokenSource
{
    None,
    ConfigFile,
    Environment,
    Keychain,
    KeyVault
};

QString tokenSourceId(TokenSource source); // none / config-file / env / keychain / key-vault

// How a profile signs in to Microsoft Entra ID; empty fields take the defaults (see
// azureSignInFor in AzureSignIn.h).
struct AzureSignInSettings
{
    QString method; // device-code / azure-cli / client-secret / client-certificate; empty = from the profile
    QString tenantId;
    QString clientId;
    QString authorityHost; // empty = from azure_environment / AZURE_AUTHORITY_HOST
    QString certificatePath; // client-certificate: a PEM file with the certificate and its key
};

// "This profile's personal access token is secret `secretName` in Key Vault `vaultUrl`": fetched
// at connect time, never written anywhere.
struct KeyVaultTokenReference
{
    QString vaultUrl;
    QString secretName;
    bool isSet() const { return !vaultUrl.isEmpty() && !secretName.isEmpty(); }
};

// One workspace profile as the Databricks CLI would resolve it, plus Brickdesk's own tags.
struct Profile
{
    QString name;
    QString host;     // normalised; empty when missing or invalid (see problems)
    QString authType; // as configured, or detected from the credentials present; empty = none
    TokenSource tokenSource = TokenSource::None;
    bool fromEnvironmentOnly = false;  // built from DATABRICKS_HOST, not from a file section
    QMap<QString, QString> attributes; // every non-secret key of the section, as read
    QStringList scopes;                // OAuth scopes, trimmed and sorted; ["all-apis"] if unset
    QStringList problems;              // why the profile cannot be used as is
    EnvironmentTag environment = EnvironmentTag::Other;
    QString colour; // "#rrggbb"

    // Present only while a token came from the file or the environment. Never print it.
    QString inlineToken;
    // azure_client_secret from the file or ARM_CLIENT_SECRET, for auth_type azure-client-secret.
    QString inlineClientSecret;
    AzureSignInSettings azureSignIn;   // from Brickdesk's settings
    KeyVaultTokenReference tokenVault; // set when tokenSource is KeyVault

    QString attribute(const QString &key) const { return attributes.value(key); }
    bool isUsable() const { return problems.isEmpty(); }
    bool isProd() const { return environment == EnvironmentTag::Prod; }
};

} // namespace brickdesk
