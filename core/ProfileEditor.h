#pragma once

#include "EnvironmentTag.h"

#include <QObject>
#include <QString>

#include <functional>

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
