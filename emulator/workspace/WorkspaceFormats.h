#pragma once

#include "ApiMessage.h"

#include <QString>

namespace brickdesk::emulator {

// The formats of the workspace API's export and import.
inline const QString kFormatSource = QStringLiteral("SOURCE");
inline const QString kFormatHtml = QStringLiteral("HTML");
inline const QString kFormatJupyter = QStringLiteral("JUPYTER");
inline const QString kFormatDbc = QStringLiteral("DBC");
inline const QString kFormatAuto = QStringLiteral("AUTO");
inline const QString kFormatRaw = QStringLiteral("RAW");
inline const QString kFormatRMarkdown = QStringLiteral("R_MARKDOWN");

bool isKnownWorkspaceFormat(const QString &format);
// 400 INVALID_PARAMETER_VALUE for a format the API does not know.
ApiResponse unknownWorkspaceFormat(const QString &format);
// 400 for R_MARKDOWN, which the emulator does not convert.
ApiResponse rMarkdownUnsupported();
// The extension of a path's last segment without the dot ("yaml"), or "".
QString workspaceExtension(const QString &path);

} // namespace brickdesk::emulator
