#include "SecretLimits.h"

#include <QRegularExpression>

namespace brickdesk::emulator {

std::optional<ApiResponse> checkScopeName(const QString &scope)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.@-]+$"));
    if (scope.size() <= kMaxSecretScopeNameLength && pattern.match(scope).hasMatch())
        return std::nullopt;
    return ApiResponse::invalidParameter(
        QStringLiteral("Scope name '") + scope +
        QStringLiteral("' is invalid. Scope names may only contain alphanumeric characters, "
                       "dashes, underscores, periods and at signs (@), and may not exceed 128 "
                       "characters."));
}

std::optional<ApiResponse> checkSecretKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (key.size() <= kMaxSecretKeyLength && pattern.match(key).hasMatch())
        return std::nullopt;
    return ApiResponse::invalidParameter(
        QStringLiteral("Invalid key name '") + key +
        QStringLiteral("'. Key names may only contain alphanumeric characters, dashes, "
                       "underscores and periods, and may not exceed 128 characters."));
}

std::optional<ApiResponse> checkSecretValueSize(qsizetype bytes)
{
    if (bytes <= kMaxSecretValueBytes)
        return std::nullopt;
    return ApiResponse::invalidParameter(QStringLiteral("The secret value is %1 bytes, above the "
                                                        "limit of %2 bytes (128 KB).")
                                             .arg(bytes)
                                             .arg(kMaxSecretValueBytes));
}

} // namespace brickdesk::emulator
