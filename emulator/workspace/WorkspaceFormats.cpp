#include "WorkspaceFormats.h"

#include "WorkspacePath.h"

namespace brickdesk::emulator {

bool isKnownWorkspaceFormat(const QString &format)
{
    for (const QString &known : {kFormatSource, kFormatHtml, kFormatJupyter, kFormatDbc,
                                 kFormatAuto, kFormatRaw, kFormatRMarkdown}) {
        if (format == known)
            return true;
    }
    return false;
}

ApiResponse unknownWorkspaceFormat(const QString &format)
{
    return ApiResponse::invalidParameter(QStringLiteral("Invalid format '") + format +
                                         QStringLiteral("': expected SOURCE, HTML, JUPYTER, DBC, "
                                                        "R_MARKDOWN, AUTO or RAW."));
}

ApiResponse rMarkdownUnsupported()
{
    return ApiResponse::invalidParameter(
        QStringLiteral("The emulator does not convert notebooks to or from R Markdown "
                       "(R_MARKDOWN); use SOURCE."));
}

QString workspaceExtension(const QString &path)
{
    const QString name = workspaceBaseName(path);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot <= 0 ? QString() : name.mid(dot + 1);
}

} // namespace brickdesk::emulator
