#pragma once

#include "ConfigDocument.h"

#include <QString>

#include <functional>

namespace brickdesk {

struct ConfigWriteResult
{
    QString error; // empty on success; names the file and what went wrong
    bool ok() const { return error.isEmpty(); }
};

// Edits .databrickscfg the way a careful person would: reads what is on disk now (the CLI may
// have changed it since Brickdesk last looked), applies the edit, and replaces the file atomically
// with mode 0600. Lines the edit does not touch stay byte for byte as they were. A failed edit
// leaves the file as it was.
class ConfigFileWriter
{
public:
    using Edit = std::function<bool(ConfigDocument &document, QString &error)>;

    static ConfigWriteResult edit(const QString &path, const Edit &edit);
    static ConfigWriteResult writeAtomically(const QString &path, const QByteArray &content);
};

} // namespace brickdesk
