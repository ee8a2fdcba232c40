#include "ProfileSettings.h"

#include <QSettings>
#include <QUrl>

namespace brickdesk {

ProfileSettings::ProfileSettings(QSettings &settings)
    : m_settings(settings)
{
}

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

void ProfileSettings::forget(const QString &profile)
{
    m_settings.remove(QStringLiteral("profiles/") +
                      QString::fromLatin1(QUrl::toPercentEncoding(profile)));
}

} // namespace brickdesk
