#pragma once

#include "ApiMessage.h"

#include <QString>
#include <optional>

namespace brickdesk::emulator {

// Query-string readers for handlers. Each returns the 400 INVALID_PARAMETER_VALUE answer to send
// when the parameter is unusable, or nothing when *value was set.
//
//     qint64 limit = 0;
//     if (auto error = readInteger(request, QStringLiteral("limit"), 20, 1, 100, &limit))
//         return *error;

// Absent or empty: defaultValue. Otherwise a base-10 integer within [min, max].
std::optional<ApiResponse> readInteger(const ApiRequest &request, const QString &name,
                                       qint64 defaultValue, qint64 min, qint64 max, qint64 *value);
// Absent or empty: defaultValue. Otherwise "true" or "false" (any case).
std::optional<ApiResponse> readBoolean(const ApiRequest &request, const QString &name,
                                       bool defaultValue, bool *value);
// Present and non-empty, or "Missing required field: <name>".
std::optional<ApiResponse> readRequiredString(const ApiRequest &request, const QString &name,
                                              QString *value);

// Opaque page tokens: base64url of "<kind>:<position>". A token made for one kind of list is
// rejected by another.
QString encodePageToken(const QString &kind, qint64 position);
std::optional<qint64> decodePageToken(const QString &kind, const QString &token);
// Reads the page_token parameter: absent or empty leaves *position untouched.
std::optional<ApiResponse> readPageToken(const ApiRequest &request, const QString &kind,
                                         qint64 *position);

} // namespace brickdesk::emulator
