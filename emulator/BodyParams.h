#pragma once

#include "ApiMessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace brickdesk::emulator {

// Readers for POST bodies, in the style of RequestParams: each returns the error answer to send,
// or nothing when *value was set.

// The body as a JSON object; an empty body is {}. Anything else answers 400 MALFORMED_REQUEST.
std::optional<ApiResponse> readJsonBody(const ApiRequest &request, QJsonObject *body);

// A non-empty string field, or "Missing required field: <name>".
std::optional<ApiResponse> requireStringField(const QJsonObject &body, const QString &name,
                                              QString *value);
// An optional string field (absent: defaultValue); another type answers 400.
std::optional<ApiResponse> readStringField(const QJsonObject &body, const QString &name,
                                           const QString &defaultValue, QString *value);
// A whole-number field, given as a JSON number or a numeric string (as the service accepts).
// Absent: defaultValue, or "Missing required field" when `required`.
std::optional<ApiResponse> readIntegerField(const QJsonObject &body, const QString &name,
                                            bool required, qint64 defaultValue, qint64 min,
                                            qint64 max, qint64 *value);
std::optional<ApiResponse> readBoolField(const QJsonObject &body, const QString &name,
                                         bool defaultValue, bool *value);
// Absent: empty. Present but not an array (or an object for the second): 400.
std::optional<ApiResponse> readArrayField(const QJsonObject &body, const QString &name,
                                          QJsonArray *value);
std::optional<ApiResponse> readObjectField(const QJsonObject &body, const QString &name,
                                           QJsonObject *value);
// An array of strings.
std::optional<ApiResponse> readStringListField(const QJsonObject &body, const QString &name,
                                               QStringList *value);

// 400 INVALID_STATE with `message`.
ApiResponse invalidState(const QString &message);

} // namespace brickdesk::emulator
