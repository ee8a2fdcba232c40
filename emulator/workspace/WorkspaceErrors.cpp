#include "WorkspaceErrors.h"

namespace brickdesk::emulator {

ApiResponse workspacePathNotFound(const QString &path)
{
    return ApiResponse::error(404, QStringLiteral("RESOURCE_DOES_NOT_EXIST"),
                              QStringLiteral("Path (") + path + QStringLiteral(") doesn't exist."));
}

ApiResponse workspacePathExists(const QString &path)
{
    return ApiResponse::error(400, QStringLiteral("RESOURCE_ALREADY_EXISTS"),
                              QStringLiteral("Path (") + path +
                                  QStringLiteral(") already exists."));
}

ApiResponse workspaceContentTooLarge(qint64 size)
{
    return ApiResponse::error(400, QStringLiteral("MAX_NOTEBOOK_SIZE_EXCEEDED"),
                              QStringLiteral("The content is %1 bytes, above the limit of %2 "
                                             "bytes (10 MB).")
                                  .arg(size)
                                  .arg(kMaxWorkspaceContentBytes));
}

} // namespace brickdesk::emulator
