#include "ProfileSettings.h"

#include <QSettings>
#include <QUrl>

namespace brickdesk {

ProfileSettings::ProfileSettings(QSettings &settings)
    : m_settings(settings)
{}

QString ProfileSettings::key(const QString &profile, const char *name) const
{
    // Profile names may hold '/' or '.', which QSettings would read as groups.
    const QString safe = QString::fromLatin1(QUrl::toPercentEncoding(profile));
    return QStringLiteral("profiles/") + safe + QLatin1Char('/') + QLatin1String(name);
}

std::optional<EnvironmentTag> ProfileSettings::environment(const QString &profile) const
{
    const QString id = m_settings.value(key(profile, "environment")).toString();
    if (id.isEmpty())
        return std::nullopt;
    return environmentTagFromId(id);
}

void ProfileSettings::setEnvironment(const QString &profile, EnvironmentTag tag)
{
    m_settings.setValue(key(profile, "environment"), environmentTagId(tag));
}

QString ProfileSettings::colour(const QString &profile) const
{
    return m_settings.value(key(profile, "colour")).toString();
}

void ProfileSettings::setColour(const QString &profile, const QString &colour)
{
    m_settings.setValue(key(profile, "colour"), colour);
}

bool ProfileSettings::tokenInKeychain(const QString &profile) const
{
    return m_settings.value(key(profile, "tokenInKeychain"), false).toBool();
}

void ProfileSettings::setTokenInKeychain(const QString &profile, bool stored)
{
    m_settings.setValue(key(profile, "tokenInKeychain"), stored);
}

QString ProfileSettings::caBundlePath(const QString &profile) const
{
    return m_settings.value(key(profile, "caBundle")).toString();
}

void ProfileSettings::setCaBundlePath(const QString &profile, const QString &path)
{
    m_settings.setValue(key(profile, "caBundle"), path);
}

QStringList ProfileSettings::keyVaults(const QString &profile) const
{
    return m_settings.value(key(profile, "keyVaults")).toStringList();
}

void ProfileSettings::setKeyVaults(const QString &profile, const QStringList &vaultUrls)
{
    if (vaultUrls.isEmpty())
        m_settings.remove(key(profile, "keyVaults"));
    else
        m_settings.setValue(key(profile, "keyVaults"), vaultUrls);
}

AzureSignInSettings ProfileSettings::azureSignIn(const QString &profile) const
{
    AzureSignInSettings signIn;
    signIn.method = m_settings.value(key(profile, "azureSignInMethod")).toString();
    signIn.tenantId = m_settings.value(key(profile, "azureTenantId")).toString();
    signIn.clientId = m_settings.value(key(profile, "azureClientId")).toString();
    signIn.authorityHost = m_settings.value(key(profile, "azureAuthorityHost")).toString();
    signIn.certificatePath = m_settings.value(key(profile, "azureCertificatePath")).toString();
    return signIn;
}

void ProfileSettings::setAzureSignIn(const QString &profile, const AzureSignInSettings &signIn)
{
    const auto store = [this, &profile](const char *name, const QString &value) {
        if (value.isEmpty())
            m_settings.remove(key(profile, name));
        else
            m_settings.setValue(key(profile, name), value);
    };
    store("azureSignInMethod", signIn.method);
    store("azureTenantId", signIn.tenantId);
    store("azureClientId", signIn.clientId);
    store("azureAuthorityHost", signIn.authorityHost);
    store("azureCertificatePath", signIn.certificatePath);
}

KeyVaultTokenReference ProfileSettings::tokenInKeyVault(const QString &profile) const
{
    return {m_settings.value(key(profile, "tokenVault")).toString(),
            m_settings.value(key(profile, "tokenVaultSecret")).toString()};
}

void ProfileSettings::setTokenInKeyVault(const QString &profile,
                                         const KeyVaultTokenReference &reference)
{
    if (!reference.isSet()) {
        m_settings.remove(key(profile, "tokenVault"));
        m_settings.remove(key(profile, "tokenVaultSecret"));
        return;
    }
    m_settings.setValue(key(profile, "tokenVault"), reference.vaultUrl);
    m_settings.setValue(key(profile, "tokenVaultSecret"), reference.secretName);
}

void ProfileSettings::forget(const QString &profile)
{
    m_settings.remove(QStringLiteral("profiles/") +
                      QString::fromLatin1(QUrl::toPercentEncoding(profile)));
}

} // namespace brickdesk
