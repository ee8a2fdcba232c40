#pragma once

#include "ApiMessage.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace brickdesk::emulator {

// The secrets API's limits.
inline constexpr int kMaxSecretScopeNameLength = 128;
inline constexpr int kMaxSecretKeyLength = 128;
inline constexpr qsizetype kMaxSecretValueBytes = 128 * 1024;
inline constexpr int kMaxSecretsPerScope = 1000;
inline constexpr int kMaxSecretScopes = 1000;

// Each returns the 400 INVALID_PARAMETER_VALUE answer for a value the service refuses.
// Scope names: letters, digits, '_', '.', '@' and '-', at most 128.
std::optional<ApiResponse> checkScopeName(const QString &scope);
// Keys: letters, digits, '_', '.' and '-', at most 128.
std::optional<ApiResponse> checkSecretKey(const QString &key);
// Values: at most 128 KB (a string value counts its UTF-8 bytes, bytes_value its decoded bytes).
std::optional<ApiResponse> checkSecretValueSize(qsizetype bytes);

} // namespace brickdesk::emulator
