#include "Profile.h"

namespace brickdesk {

QString tokenSourceId(TokenSource source)
{
    switch (source) {
    case TokenSource::ConfigFile:
        return QStringLiteral("config-file");
    case TokenSource::Environment:
        return QStringLiteral("env");
    case TokenSource::Keychain:
        return QStringLiteral("keychain");
    case TokenSource::KeyVault:
        return QStringLiteral("key-vault");
    case TokenSource::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace brickdesk
