#pragma once

#include "ApiMessage.h"

#include <QString>
#include <optional>

namespace brickdesk::emulator {

// Workspace paths as the API takes them: absolute, with no empty, "." or ".." segment ("/a/../b"
// answers 400 INVALID_PARAMETER_VALUE; the service does not resolve them). A trailing slash is
// dropped, and so is a leading "/Workspace", the file-system spelling of the same tree
// ("/Workspace/Shared/x" is "/Shared/x"). "/" is the root folder.
std::optional<ApiResponse> normaliseWorkspacePath(const QString &path, QString *normalised);

// A relative path inside an exported folder ("sub/notebook"), checked the same way; "" is the
// folder itself.
bool isValidRelativeWorkspacePath(const QString &path);

QString workspaceParentPath(const QString &path); // "/a" for "/a/b", "/" for "/a", "" for "/"
QString workspaceBaseName(const QString &path);   // "b" for "/a/b", "" for "/"
QString workspaceChildPath(const QString &folder, const QString &relative);
// True when `path` lies strictly inside `folder`.
bool isInsideWorkspaceFolder(const QString &path, const QString &folder);

} // namespace brickdesk::emulator
