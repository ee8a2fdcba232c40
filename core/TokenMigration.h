#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace brickdesk {

class ProfileSettings;
class TokenStore;

// "Move token to keychain": writes the token from .databrickscfg to the keychain and, only after
// that write succeeded, removes the `token =` line from the file. If the file's token changed
// meanwhile, the file is left alone. `done` gets an empty string on success, else the reason.
void moveTokenToKeychain(const QString &configPath, const QString &profile, TokenStore &tokens,
                         ProfileSettings &settings, QObject *context,
                         std::function<void(const QString &error)> done);

} // namespace brickdesk
