#include "ProfileVaults.h"

#include "KeyVaultSecret.h"
#include "ProfileSettings.h"

#include <QSettings>

namespace brickdesk {

ProfileVaults::ProfileVaults(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

void ProfileVaults::setTransientVaults(const QString &profile, const QStringList &vaultUrls)
{
    m_transient.insert(profile, vaultUrls);
    Q_EMIT vaultsChanged(profile);
}

QStringList ProfileVaults::vaults(const QString &profile) const
{
    QStringList urls = m_transient.value(profile);
    if (m_settings && !m_transient.contains(profile)) {
        ProfileSettings settings(*m_settings);
        for (const QString &url : settings.keyVaults(profile)) {
            if (!urls.contains(url))
                urls.append(url);
        }
    }
    return urls;
}

QString ProfileVaults::addVault(const QString &profile, const QString &input, QString *error)
{
    const QUrl url = normaliseVaultUrl(input.trimmed(), error);
    if (url.isEmpty())
        return QString();
    const QString text = url.toString();
    if (vaults(profile).contains(text))
        return text;
    if (m_transient.contains(profile)) {
        m_transient[profile].append(text);
    } else if (m_settings) {
        ProfileSettings settings(*m_settings);
        QStringList saved = settings.keyVaults(profile);
        saved.append(text);
        settings.setKeyVaults(profile, saved);
    }
    Q_EMIT vaultsChanged(profile);
    return text;
}

void ProfileVaults::removeVault(const QString &profile, const QString &vaultUrl)
{
    if (m_transient.contains(profile)) {
        m_transient[profile].removeAll(vaultUrl);
    } else if (m_settings) {
        ProfileSettings settings(*m_settings);
        QStringList saved = settings.keyVaults(profile);
        saved.removeAll(vaultUrl);
        settings.setKeyVaults(profile, saved);
    }
    Q_EMIT vaultsChanged(profile);
}

} // namespace brickdesk
