#pragma once

#include "EnvironmentTag.h"
#include "Profile.h"

#include <QString>
#include <QStringList>
#include <optional>

class QSettings;

namespace brickdesk {

// Brickdesk's own per-profile settings (environment tag, colour, where the token lives), kept in
// QSettings and never in .databrickscfg. Holds no secret: only the fact that the keychain has one.
class ProfileSettings
{
public:
    explicit ProfileSettings(QSettings &settings);

    std::optional<EnvironmentTag> environment(const QString &profile) const;
    void setEnvironment(const QString &profile, EnvironmentTag tag);
    QString colour(const QString &profile) const; // empty when not chosen
    void setColour(const QString &profile, const QString &colour);
    bool tokenInKeychain(const QString &profile) const;
    void setTokenInKeychain(const QString &profile, bool stored);
    QString caBundlePath(const QString &profile) const;
    void setCaBundlePath(const QString &profile, const QString &path);
    // Key Vaults shown in the profile's Key Vault browser (base URLs).
    QStringList keyVaults(const QString &profile) const;
    void setKeyVaults(const QString &profile, const QStringList &vaultUrls);
    AzureSignInSettings azureSignIn(const QString &profile) const;
    void setAzureSignIn(const QString &profile, const AzureSignInSettings &signIn);
    KeyVaultTokenReference tokenInKeyVault(const QString &profile) const;
    void setTokenInKeyVault(const QString &profile, const KeyVaultTokenReference &reference);
    void forget(const QString &profile);

private:
    QString key(const QString &profile, const char *name) const;

    QSettings &m_settings;
};

} // namespace brickdesk
