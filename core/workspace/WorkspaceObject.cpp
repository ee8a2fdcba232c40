#include "WorkspaceObject.h"

#include "JsonFields.h"
#include "NotebookSource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace brickdesk {

QString WorkspaceObject::name() const
{
    if (path == QLatin1String("/"))
        return path;
    return path.section(QLatin1Char('/'), -1);
}

QString workspaceObjectTypeName(WorkspaceObjectType type)
{
    switch (type) {
    case WorkspaceObjectType::Notebook:
        return QCoreApplication::translate("WorkspaceObject", "Notebook");
    case WorkspaceObjectType::Directory:
        return QCoreApplication::translate("WorkspaceObject", "Folder");
    case WorkspaceObjectType::File:
        return QCoreApplication::translate("WorkspaceObject", "File");
    case WorkspaceObjectType::Repo:
        return QCoreApplication::translate("WorkspaceObject", "Repo");
    case WorkspaceObjectType::Library:
        return QCoreApplication::translate("WorkspaceObject", "Library");
    case WorkspaceObjectType::Dashboard:
        return QCoreApplication::translate("WorkspaceObject", "Dashboard");
    case WorkspaceObjectType::Unknown:
        break;
    }
    return QCoreApplication::translate("WorkspaceObject", "Unknown");
}

QString workspaceFormatId(WorkspaceFormat format)
{
    switch (format) {
    case WorkspaceFormat::Source:
        return QStringLiteral("SOURCE");
    case WorkspaceFormat::Html:
        return QStringLiteral("HTML");
    case WorkspaceFormat::Jupyter:
        return QStringLiteral("JUPYTER");
    case WorkspaceFormat::Dbc:
        return QStringLiteral("DBC");
    case WorkspaceFormat::RMarkdown:
        return QStringLiteral("R_MARKDOWN");
    case WorkspaceFormat::Auto:
        break;
    }
    return QStringLiteral("AUTO");
}

QString exportExtension(WorkspaceFormat format, CodeLanguage language)
{
    switch (format) {
    case WorkspaceFormat::Source: {
        const QString extension = sourceExtension(language);
        return extension.isEmpty() ? QStringLiteral("txt") : extension;
    }
    case WorkspaceFormat::Html:
        return QStringLiteral("html");
    case WorkspaceFormat::Jupyter:
        return QStringLiteral("ipynb");
    case WorkspaceFormat::Dbc:
        return QStringLiteral("dbc");
    case WorkspaceFormat::RMarkdown:
        return QStringLiteral("Rmd");
    case WorkspaceFormat::Auto:
        break;
    }
    return QString();
}

ImportPlan planImport(const QString &fileName, const QByteArray &firstBytes)
{
    const QFileInfo info(fileName);
    const QString suffix = info.suffix();
    ImportPlan plan;
    plan.objectName = info.fileName();
    const QString base = info.completeBaseName();
    const CodeLanguage language = languageFromExtension(suffix);
    if (language != CodeLanguage::Plain) {
        plan.format = WorkspaceFormat::Source;
        // A header says more than the extension (an R notebook saved as .py is rare, a SQL
        // notebook saved as .txt-like .py happens); the extension breaks the Python/R tie.
        const CodeLanguage fromHeader =
            notebookSource::languageOfHeader(QString::fromUtf8(firstBytes.left(200)), language);
        plan.language = fromHeader != CodeLanguage::Plain ? fromHeader : language;
        plan.objectName = base;
        plan.notebook = true;
    } else if (suffix.compare(QLatin1String("ipynb"), Qt::CaseInsensitive) == 0) {
        plan.format = WorkspaceFormat::Jupyter;
        plan.objectName = base;
        plan.notebook = true;
    } else if (suffix.compare(QLatin1String("dbc"), Qt::CaseInsensitive) == 0) {
        plan.format = WorkspaceFormat::Dbc;
        plan.objectName = base;
        plan.notebook = true;
    } else if (suffix.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0) {
        plan.format = WorkspaceFormat::Html;
        plan.objectName = base;
        plan.notebook = true;
    } else if (suffix.compare(QLatin1String("Rmd"), Qt::CaseInsensitive) == 0) {
        plan.format = WorkspaceFormat::RMarkdown;
        plan.objectName = base;
        plan.notebook = true;
    }
    return plan;
}

namespace workspaceAnswers {

namespace {

WorkspaceObjectType typeFromId(const QString &id)
{
    if (id == QLatin1String("NOTEBOOK"))
        return WorkspaceObjectType::Notebook;
    if (id == QLatin1String("DIRECTORY"))
        return WorkspaceObjectType::Directory;
    if (id == QLatin1String("FILE"))
        return WorkspaceObjectType::File;
    if (id == QLatin1String("REPO"))
        return WorkspaceObjectType::Repo;
    if (id == QLatin1String("LIBRARY"))
        return WorkspaceObjectType::Library;
    if (id == QLatin1String("DASHBOARD"))
        return WorkspaceObjectType::Dashboard;
    return WorkspaceObjectType::Unknown;
}

WorkspaceObject read(const JsonFields &fields)
{
    WorkspaceObject object;
    object.path = fields.string(QStringLiteral("path"));
    if (fields.ok() && !object.path.startsWith(QLatin1Char('/')))
        fields.fail(fields.path(QStringLiteral("path")) +
                    QStringLiteral(": missing or not an absolute path"));
    object.type = typeFromId(fields.string(QStringLiteral("object_type")));
    object.language = codeLanguageFromApi(fields.string(QStringLiteral("language")));
    object.objectId = fields.integer(QStringLiteral("object_id"), 0);
    object.createdAt = fields.epochMs(QStringLiteral("created_at"));
    object.modifiedAt = fields.epochMs(QStringLiteral("modified_at"));
    object.size = fields.integer(QStringLiteral("size"), -1);
    return object;
}

} // namespace

std::optional<WorkspaceObject> object(const QJsonObject &json, QString *error)
{
    const JsonFields fields(json, QString());
    WorkspaceObject value = read(fields);
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    return value;
}

std::optional<QList<WorkspaceObject>> objects(const QJsonObject &json, QString *error)
{
    const JsonFields fields(json, QString());
    const QJsonArray array = fields.array(QStringLiteral("objects")); // absent when empty
    QList<WorkspaceObject> list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && fields.ok(); ++i)
        list.append(read(fields.item(array, i, QStringLiteral("objects"))));
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    return list;
}

std::optional<QByteArray> exportedContent(const QJsonObject &json, QString *error)
{
    const QJsonValue content = json.value(QStringLiteral("content"));
    if (content.isUndefined())
        return QByteArray(); // an empty notebook comes without content
    if (!content.isString()) {
        *error =
            QStringLiteral("content: expected a base64 string, found ") + jsonTypeName(content);
        return std::nullopt;
    }
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        content.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = QStringLiteral("content: not valid base64");
        return std::nullopt;
    }
    return decoded.decoded;
}

} // namespace workspaceAnswers

namespace workspacePath {

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0)
        return QStringLiteral("/");
    return path.left(slash);
}

QString join(const QString &folder, const QString &name)
{
    if (folder.endsWith(QLatin1Char('/')))
        return folder + name;
    return folder + QLatin1Char('/') + name;
}

QString checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("WorkspaceObject", "The name is empty.");
    if (name.contains(QLatin1Char('/')))
        return QCoreApplication::translate("WorkspaceObject", "A name cannot contain '/'.");
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return QCoreApplication::translate("WorkspaceObject", "'%1' is not a valid name.")
            .arg(name);
    return QString();
}

} // namespace workspacePath

} // namespace brickdesk
