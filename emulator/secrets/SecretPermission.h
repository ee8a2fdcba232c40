#pragma once

#include <QString>
#include <optional>

namespace brickdesk::emulator {

// Secret ACL levels, each including the ones below: READ lists, WRITE also puts and deletes
// secrets, MANAGE also changes ACLs and deletes the scope.
enum class SecretPermission
{
    Read = 1,
    Write = 2,
    Manage = 3
};

QString secretPermissionName(SecretPermission permission);
std::optional<SecretPermission> parseSecretPermission(const QString &name);

} // namespace brickdesk::emulator
