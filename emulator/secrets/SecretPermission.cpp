#include "SecretPermission.h"

namespace brickdesk::emulator {

QString secretPermissionName(SecretPermission permission)
{
    switch (permission) {
    case SecretPermission::Read:
        return QStringLiteral("READ");
    case SecretPermission::Write:
        return QStringLiteral("WRITE");
    case SecretPermission::Manage:
        return QStringLiteral("MANAGE");
    }
    return QString();
}

std::optional<SecretPermission> parseSecretPermission(const QString &name)
{
    for (const SecretPermission permission :
         {SecretPermission::Read, SecretPermission::Write, SecretPermission::Manage}) {
        if (name == secretPermissionName(permission))
            return permission;
    }
    return std::nullopt;
}

} // namespace brickdesk::emulator
