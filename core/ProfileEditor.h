#pragma once

#include "EnvironmentTag.h"
#include "Profile.h"

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace brickdesk {

class ProfileSettings;
class TokenStore;

// What the Add/Edit profile dialog asks for.
struct ProfileEdit
{
    QString originalName; // empty when adding a profile
    QString name;
    QString host;
    QString authType; // empty: let the SDKs detect it, as the CLI writes profiles
    QString token;    // empty: keep whatever token the profile has
    EnvironmentTag environment = EnvironmentTag::Other;
    QString colour;
    QString caBundlePath;
    // Azure: tenant and application ids go to the file for azure-* auth types, as the CLI reads
    // them; the client secret goes to the keychain only, and only when typed.
    QString azureTenantId;
    QString azureClientId;
    QString azureClientSecret; // never print it
    // Brickdesk's own: how to sign in to Entra ID (Key Vaults), and a token kept in Key Vault
    // instead of the keychain. Unset: left as they are.
    std::optional<AzureSignInSettings> azureSignIn;
    std::optional<KeyVaultTokenReference> tokenVault;
};

// Checks an edit before anything is written: a name the file can hold and that is free, and a
// host that is a workspace URL. Returns the problem, or an empty string.
QString validateProfileEdit(const ProfileEdit &edit, const QStringList &existingNames);

// Saves a profile: the token to the keychain first, then host (and auth type) to
// .databrickscfg, then Brickdesk's own tags. If the keychain write fails nothing else is written.
// A rename moves the section's keys and the keychain entry. `done` gets "" or the reason.
void saveProfile(const ProfileEdit &edit, const QString &configPath, TokenStore &tokens,
                 ProfileSettings &settings, QObject *context,
                 std::function<void(const QString &error)> done);

// Removes a profile's section from .databrickscfg, its keychain token and its tags.
void removeProfile(const QString &name, const QString &configPath, TokenStore &tokens,
                   ProfileSettings &settings, QObject *context,
                   std::function<void(const QString &error)> done);

} // namespace brickdesk
