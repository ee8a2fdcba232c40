#include "DbcArchive.h"

#include "NotebookSource.h"
#include "WorkspacePath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace brickdesk::emulator {

namespace {

const QString kFormat = QStringLiteral("brickdesk-dbc");

} // namespace

QByteArray dbcFromObjects(const QList<const WorkspaceObject *> &subtree)
{
    QJsonArray objects;
    if (subtree.isEmpty())
        return QByteArray();
    const QString root = subtree.constFirst()->path;
    for (const WorkspaceObject *object : subtree) {
        const QString relative =
            object->path == root
                ? QString()
                : object->path.mid(root == QStringLiteral("/") ? 1 : root.size() + 1);
        QJsonObject entry{{QStringLiteral("path"), relative},
                          {QStringLiteral("object_type"), workspaceObjectTypeName(object->type)}};
        if (!object->language.isEmpty())
            entry.insert(QStringLiteral("language"), object->language);
        if (!isWorkspaceContainer(object->type))
            entry.insert(QStringLiteral("content"),
                         QString::fromLatin1(object->content.toBase64()));
        objects.append(entry);
    }
    const QJsonObject document{{QStringLiteral("format"), kFormat},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("objects"), objects}};
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

bool looksLikeDbc(const QByteArray &content)
{
    return QJsonDocument::fromJson(content).object().value(QStringLiteral("format")).toString() ==
           kFormat;
}

std::optional<QList<DbcEntry>> dbcEntries(const QByteArray &content)
{
    const QJsonObject document = QJsonDocument::fromJson(content).object();
    if (document.value(QStringLiteral("format")).toString() != kFormat ||
        !document.value(QStringLiteral("objects")).isArray()) {
        return std::nullopt;
    }
    QList<DbcEntry> entries;
    QSet<QString> containers;
    const QJsonArray objects = document.value(QStringLiteral("objects")).toArray();
    for (const QJsonValue &value : objects) {
        const QJsonObject item = value.toObject();
        DbcEntry entry;
        entry.relativePath = item.value(QStringLiteral("path")).toString();
        const std::optional<WorkspaceObjectType> type =
            parseWorkspaceObjectType(item.value(QStringLiteral("object_type")).toString());
        const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
            item.value(QStringLiteral("content")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!type || !decoded || !isValidRelativeWorkspacePath(entry.relativePath))
            return std::nullopt;
        // The first entry is the exported object itself; every other one sits in a folder
        // listed before it.
        const bool first = entries.isEmpty();
        if (first != entry.relativePath.isEmpty())
            return std::nullopt;
        if (!first) {
            const qsizetype slash = entry.relativePath.lastIndexOf(QLatin1Char('/'));
            const QString parent = slash < 0 ? QString() : entry.relativePath.left(slash);
            if (!containers.contains(parent))
                return std::nullopt;
        }
        entry.type = *type;
        entry.language = item.value(QStringLiteral("language")).toString();
        if (entry.type == WorkspaceObjectType::Notebook && !notebookLanguage(entry.language))
            return std::nullopt;
        entry.content = decoded.decoded;
        if (isWorkspaceContainer(entry.type)) {
            if (containers.contains(entry.relativePath))
                return std::nullopt;
            containers.insert(entry.relativePath);
        }
        entries.append(entry);
    }
    if (entries.isEmpty())
        return std::nullopt;
    return entries;
}

} // namespace brickdesk::emulator
