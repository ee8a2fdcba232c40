#pragma once

#include "WorkspaceTree.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace brickdesk::emulator {

// The emulator's DBC export. The service's DBC file is a zip archive of JSON notebook
// documents; writing and reading zip files would need an archive library for no gain in a local
// emulator, so the emulator's DBC is one JSON document listing the exported objects:
//   {"format": "brickdesk-dbc", "version": 1,
//    "objects": [{"path": "" | "sub/name", "object_type", "language"?, "content": base64}]}
// "" is the exported object itself (a folder, repo or notebook); the rest are relative to it,
// parents before children. Importing it at a path restores the same tree there.
struct DbcEntry
{
    QString relativePath;
    WorkspaceObjectType type = WorkspaceObjectType::Directory;
    QString language;
    QByteArray content;
};

QByteArray dbcFromObjects(const QList<const WorkspaceObject *> &subtree);
// Nothing when the content is not such a document (or an entry is unusable).
std::optional<QList<DbcEntry>> dbcEntries(const QByteArray &content);
bool looksLikeDbc(const QByteArray &content);

} // namespace brickdesk::emulator
