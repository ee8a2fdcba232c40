#pragma once

#include "ApiMessage.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace brickdesk::emulator {

// Request and answer bodies of the DBFS API that carry up to 1 MB of base64, read and written
// without a round trip through QJsonDocument (which would copy the data into UTF-16 and back).

// Reads a JSON object body whose string field `field` may be large. The field's text is sliced
// out of the raw body (no copy) when it is a plain string without escapes; the rest of the object
// is still parsed and checked by QJsonDocument. *fieldText stays unset when the field is absent
// or null. Answers 400 MALFORMED_REQUEST for bad JSON and INVALID_PARAMETER_VALUE for a field
// that is not a string.
std::optional<ApiResponse> readJsonBodyWithLargeField(const ApiRequest &request,
                                                      QLatin1String field, QJsonObject *rest,
                                                      std::optional<QByteArray> *fieldText);

// Strict base64 (the standard alphabet, padding optional). False for anything else.
bool decodeBase64(const QByteArray &text, QByteArray *decoded);

// One part of a multipart/form-data body. `data` points into the request body (no copy).
struct FormPart
{
    QByteArray data;
    QString fileName;
};

// Parses a multipart/form-data body (RFC 7578), the boundary taken from the Content-Type header.
// Parts by name. Nothing when the body is not well-formed.
std::optional<QHash<QString, FormPart>> parseMultipartForm(const QByteArray &contentType,
                                                           const QByteArray &body);

bool isMultipartForm(const QByteArray &contentType);

// Appends a JSON string literal (quoted and escaped) for `text` to *out.
void appendJsonString(QByteArray *out, const QString &text);

} // namespace brickdesk::emulator
