#pragma once

#include "KeyVaultStore.h"

#include <QJsonObject>
#include <QUrl>

namespace brickdesk::emulator {

// Key Vault's JSON for secrets, api-version 7.4. `vaultUrl` is the vault's base URL without a
// trailing slash; ids are <vaultUrl>/secrets/<name>[/<version>].
namespace keyVaultJson {

// The secret bundle of get, set and update: id with version, attributes, contentType and tags
// when set, and the value when `withValue`.
QJsonObject bundle(const QUrl &vaultUrl, const VaultSecret &secret,
                   const VaultSecretVersion &version, bool withValue);
// An item of a secrets list: id without version, no value.
QJsonObject listItem(const QUrl &vaultUrl, const VaultSecret &secret);
// An item of a versions list: id with version, no value.
QJsonObject versionItem(const QUrl &vaultUrl, const VaultSecret &secret,
                        const VaultSecretVersion &version);
// A deleted secret: the bundle of its current version (no value) with recoveryId, deletedDate
// and scheduledPurgeDate. As a list item, its id has no version.
QJsonObject deletedBundle(const QUrl &vaultUrl, const VaultSecret &secret);
QJsonObject deletedListItem(const QUrl &vaultUrl, const VaultSecret &secret);

} // namespace keyVaultJson

} // namespace brickdesk::emulator
