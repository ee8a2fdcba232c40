#pragma once

#include "ApiMessage.h"

#include <QString>

namespace brickdesk::emulator {

// The workspace API's error answers, worded as the service words them.

// 404 RESOURCE_DOES_NOT_EXIST "Path (/x) doesn't exist."
ApiResponse workspacePathNotFound(const QString &path);
// 400 RESOURCE_ALREADY_EXISTS "Path (/x) already exists."
ApiResponse workspacePathExists(const QString &path);
// 400 MAX_NOTEBOOK_SIZE_EXCEEDED, for content over kMaxWorkspaceContentBytes.
ApiResponse workspaceContentTooLarge(qint64 size);

// Import and export move at most 10 MB of content.
inline constexpr qint64 kMaxWorkspaceContentBytes = 10 * 1024 * 1024;

} // namespace brickdesk::emulator
