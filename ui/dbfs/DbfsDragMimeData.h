#pragma once

#include "TransferQueue.h"

#include <QMimeData>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace brickdesk {

// What a drag out of the DBFS views carries. Inside Brickdesk: the DBFS paths (to move them).
// Outside, when the drop target asks for text/uri-list, the files are downloaded right then into
// a staging folder of their own under the cache location, while a progress dialog (with Cancel)
// waits for them; the drop gets the local copies. Only for files, 64 MB in all at most: a
// desktop waits for the drop to complete, and a bigger download belongs in Download….
class DbfsDragMimeData final : public QMimeData
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxDragOutBytes = 64LL * 1024 * 1024;
    static QString pathsMimeType(); // the DBFS paths, one a line

    // queue: null when the items cannot be dragged out (folders, too big), only moved inside.
    DbfsDragMimeData(const QStringList &paths, TransferQueue *queue, const QString &stagingRoot);

    static QStringList pathsOf(const QMimeData *mime);
    // Deletes the per-drag staging folders older than `maxAgeSeconds`: the files were handed to
    // the drop target long ago, and nothing else would ever remove them.
    static int removeStaleStaging(const QString &stagingRoot, qint64 maxAgeSeconds);

    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;
    bool canDragOut() const { return !m_queue.isNull(); }
    QString stagingFolder() const { return m_stagingFolder; }
    // Downloads now (once) and returns the local files; empty when cancelled or failed.
    QList<QUrl> stagedUrls() const;

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    QStringList m_paths;
    QPointer<TransferQueue> m_queue;
    QString m_stagingRoot;
    mutable QString m_stagingFolder;
    mutable bool m_staged = false;
    mutable QList<QUrl> m_urls;
};

} // namespace brickdesk
