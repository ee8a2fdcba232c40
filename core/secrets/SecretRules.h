#pragma once

#include <QByteArray>
#include <QString>

namespace brickdesk::secretRules {

// Limits of Databricks secrets, checked before any request is sent.
inline constexpr qsizetype kMaxValueBytes = 128 * 1024;
inline constexpr qsizetype kMaxNameLength = 128;
inline constexpr int kMaxSecretsPerScope = 1000;
// Azure Key Vault: a secret value holds at most 25 KB; names are letters, digits and '-'.
inline constexpr qsizetype kMaxKeyVaultValueBytes = 25 * 1024;
inline constexpr qsizetype kMaxKeyVaultNameLength = 127;

// Each returns an empty string when the input is allowed, else why not, in words for the user.
QString checkScopeName(const QString &name);
QString checkKey(const QString &key);
QString checkValue(const QByteArray &value);
QString checkKeyVaultName(const QString &name);
QString checkKeyVaultValue(const QByteArray &value);
bool isUtf8Text(const QByteArray &value);
// checkKeyVaultValue, and that the bytes are UTF-8 text (Key Vault stores strings).
QString checkKeyVaultText(const QByteArray &value);

// The Key Vault secret name a Databricks key maps to in a Key Vault-backed scope: Key Vault allows
// only letters, digits and '-', so '_' and '.' become '-'. Two keys may map to one name.
QString keyVaultNameForKey(const QString &key);

// `dbutils.secrets.get(scope="...", key="...")`, quoted for Python.
QString dbutilsSnippet(const QString &scope, const QString &key);

} // namespace brickdesk::secretRules
