#pragma once

#include "CodeLanguage.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace brickdesk {

enum class WorkspaceObjectType
{
    Notebook,
    Directory,
    File,
    Repo,
    Library,
    Dashboard,
    Unknown
};

// One entry of the workspace tree (ObjectInfo of /api/2.0/workspace/list and get-status).
struct WorkspaceObject
{
    QString path;
    WorkspaceObjectType type = WorkspaceObjectType::Unknown;
    CodeLanguage language = CodeLanguage::Plain; // notebooks only
    qint64 objectId = 0;
    QDateTime createdAt;
    QDateTime modifiedAt;
    qint64 size = -1; // -1: not given

    QString name() const; // the last path segment; "/" for the root
    bool isFolder() const
    {
        return type == WorkspaceObjectType::Directory || type == WorkspaceObjectType::Repo;
    }
};

QString workspaceObjectTypeName(WorkspaceObjectType type); // for the user

// export and import formats of the workspace API.
enum class WorkspaceFormat
{
    Source,
    Html,
    Jupyter,
    Dbc,
    RMarkdown,
    Auto
};

QString workspaceFormatId(WorkspaceFormat format); // "SOURCE" ...
// The file extension an export in this format is saved with ("ipynb" ...); for SOURCE the
// notebook language's (py, sql ...).
QString exportExtension(WorkspaceFormat format, CodeLanguage language);

// How a file from disk goes into the workspace, guessed from its name and first bytes:
// a .py/.scala/.sql/.r file becomes a SOURCE notebook in that language named without its
// extension, .ipynb a JUPYTER notebook, .dbc a DBC archive, .html an HTML notebook, .Rmd an
// R Markdown notebook; anything else an AUTO import (a workspace file) under its own name.
struct ImportPlan
{
    WorkspaceFormat format = WorkspaceFormat::Auto;
    CodeLanguage language = CodeLanguage::Plain; // SOURCE only
    QString objectName;                          // the name in the workspace
    bool notebook = false;
};
ImportPlan planImport(const QString &fileName, const QByteArray &firstBytes);

// Parsers of the workspace API's answers. Each returns nothing and sets `error` (naming the
// field) when the answer is not what the API promises.
namespace workspaceAnswers {
std::optional<WorkspaceObject> object(const QJsonObject &json, QString *error);
std::optional<QList<WorkspaceObject>> objects(const QJsonObject &json, QString *error);
// export: the decoded `content`.
std::optional<QByteArray> exportedContent(const QJsonObject &json, QString *error);
} // namespace workspaceAnswers

// Workspace paths: absolute, "/"-separated, no trailing slash except the root.
namespace workspacePath {
QString parentOf(const QString &path);
QString join(const QString &folder, const QString &name);
// Empty when fine, else why not: names may not be empty, contain '/', or be "." or "..".
QString checkName(const QString &name);
} // namespace workspacePath

} // namespace brickdesk
