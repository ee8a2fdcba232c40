#include "ConfigFileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace brickdesk {

ConfigWriteResult ConfigFileWriter::edit(const QString &path, const Edit &edit)
{
    QByteArray current;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString())};
        current = file.readAll();
        file.close();
    }
    ConfigDocument document = ConfigDocument::parse(current, path);
    QString error;
    if (!edit(document, error))
        return {QStringLiteral("%1: %2").arg(path, error.isEmpty() ? QStringLiteral("edit refused") : error)};
    return writeAtomically(path, document.serialize());
}

ConfigWriteResult ConfigFileWriter::writeAtomically(const QString &path, const QByteArray &content)
{
    // Write through a symlink to its target, so a linked dotfile stays linked.
    const QFileInfo info(path);
    const QString target = info.isSymLink() ? info.symLinkTarget() : path;
    const QDir directory = QFileInfo(target).absoluteDir();
    if (!directory.exists())
        return {QStringLiteral("%1: the folder %2 does not exist").arg(path, directory.path())};
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return {QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString())};
    // The file holds credentials: only its owner may read it, as the CLI leaves it.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return {QStringLiteral("%1: cannot restrict the file to its owner").arg(path)};
    }
    if (file.write(content) != content.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return {QStringLiteral("%1: cannot be written: %2").arg(path, reason)};
    }
    if (!file.commit())
        return {QStringLiteral("%1: cannot be saved: %2").arg(path, file.errorString())};
    return {};
}

} // namespace brickdesk
