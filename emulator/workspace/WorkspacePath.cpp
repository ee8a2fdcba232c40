#include "WorkspacePath.h"

#include <QStringList>

namespace brickdesk::emulator {

namespace {

bool validSegments(const QStringList &segments)
{
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == QStringLiteral(".") || segment == QStringLiteral(".."))
            return false;
    }
    return true;
}

} // namespace

std::optional<ApiResponse> normaliseWorkspacePath(const QString &path, QString *normalised)
{
    if (path.isEmpty())
        return ApiResponse::invalidParameter(QStringLiteral("Missing required field: path"));
    if (!path.startsWith(QLatin1Char('/'))) {
        return ApiResponse::invalidParameter(QStringLiteral("Path (") + path +
                                             QStringLiteral(") is not absolute: workspace paths "
                                                            "start with '/'."));
    }
    QString text = path;
    if (text.size() > 1 && text.endsWith(QLatin1Char('/')))
        text.chop(1);
    const QString fileSystemRoot = QStringLiteral("/Workspace");
    if (text == fileSystemRoot)
        text = QStringLiteral("/");
    else if (text.startsWith(fileSystemRoot + QLatin1Char('/')))
        text = text.mid(fileSystemRoot.size());
    if (text == QStringLiteral("/")) {
        *normalised = text;
        return std::nullopt;
    }
    if (!validSegments(text.mid(1).split(QLatin1Char('/')))) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Path (") + path +
            QStringLiteral(") is not normalized: it has an empty, '.' or '..' segment."));
    }
    *normalised = text;
    return std::nullopt;
}

bool isValidRelativeWorkspacePath(const QString &path)
{
    return path.isEmpty() || validSegments(path.split(QLatin1Char('/')));
}

QString workspaceParentPath(const QString &path)
{
    if (path == QStringLiteral("/"))
        return QString();
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

QString workspaceBaseName(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QString workspaceChildPath(const QString &folder, const QString &relative)
{
    if (relative.isEmpty())
        return folder;
    if (folder == QStringLiteral("/"))
        return QLatin1Char('/') + relative;
    return folder + QLatin1Char('/') + relative;
}

bool isInsideWorkspaceFolder(const QString &path, const QString &folder)
{
    if (folder == QStringLiteral("/"))
        return path.size() > 1 && path.startsWith(QLatin1Char('/'));
    return path.size() > folder.size() + 1 && path.startsWith(folder) &&
           path.at(folder.size()) == QLatin1Char('/');
}

} // namespace brickdesk::emulator
