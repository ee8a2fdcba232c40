#pragma once

#include "ApiMessage.h"

#include <QString>
#include <QUrlQuery>

namespace brickdesk::emulator {

// Azure's error body, {"error": {"code", "message"[, "innererror": {"code"}]}}, with a status.
ApiResponse azureError(int status, const QString &code, const QString &message,
                       const QString &innerCode = {});

// 400 BadParameter, Key Vault's answer to anything wrong in a request.
ApiResponse azureBadParameter(const QString &message);

// OAuth 2.0's error body as Microsoft Entra ID sends it: {"error", "error_description",
// "error_codes": [AADSTS number], "timestamp"}. The description starts with "AADSTS<code>: ".
ApiResponse oauthError(int status, const QString &error, int aadstsCode,
                       const QString &description);

// An application/x-www-form-urlencoded body ('+' is a space), as the token endpoints receive it.
QUrlQuery parseFormBody(const QByteArray &body);

} // namespace brickdesk::emulator
