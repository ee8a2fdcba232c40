#pragma once

#include "ApiMessage.h"
#include "KeyVaultStore.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace brickdesk::emulator::keyVaultBodies {

// Readers of Key Vault request bodies; each returns the 400 BadParameter answer to send, or
// nothing when the outputs were set.

// Set: {value (a string of at most 25 KB as UTF-8), contentType?, attributes?{enabled, nbf, exp},
// tags?{string values, at most 15}}.
std::optional<ApiResponse> readSetBody(const QByteArray &body, QString *value,
                                       VaultSecretChanges *changes);
// Update: {contentType?, attributes?, tags?}; what is absent stays as it is.
std::optional<ApiResponse> readUpdateBody(const QByteArray &body, VaultSecretChanges *changes);

// Opaque $skiptoken values: the list they belong to and the key of the last item given.
QString encodeSkipToken(const QString &kind, const QString &lastKey);
std::optional<QString> decodeSkipToken(const QString &kind, const QString &token);

} // namespace brickdesk::emulator::keyVaultBodies
