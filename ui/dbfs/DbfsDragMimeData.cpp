#include "DbfsDragMimeData.h"

#include "DbfsFormat.h"
#include "DbfsPath.h"
#include "TransferQueue.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QUuid>

namespace brickdesk {

QString DbfsDragMimeData::pathsMimeType()
{
    return QStringLiteral("application/x-brickdesk-dbfs-paths");
}

DbfsDragMimeData::DbfsDragMimeData(const QStringList &paths, TransferQueue *queue,
                                   const QString &stagingRoot)
    : m_paths(paths)
    , m_queue(queue)
    , m_stagingRoot(stagingRoot)
{}

int DbfsDragMimeData::removeStaleStaging(const QString &stagingRoot, qint64 maxAgeSeconds)
{
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addSecs(-maxAgeSeconds);
    int removed = 0;
    const QFileInfoList folders =
        QDir(stagingRoot).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &folder : folders) {
        if (folder.lastModified().toUTC() < oldest && QDir(folder.filePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

QStringList DbfsDragMimeData::pathsOf(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(pathsMimeType()))
        return {};
    return QString::fromUtf8(mime->data(pathsMimeType()))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList DbfsDragMimeData::formats() const
{
    QStringList formats{pathsMimeType(), QStringLiteral("text/plain")};
    if (m_queue)
        formats.append(QStringLiteral("text/uri-list"));
    return formats;
}

bool DbfsDragMimeData::hasFormat(const QString &mimeType) const
{
    return formats().contains(mimeType);
}

QVariant DbfsDragMimeData::retrieveData(const QString &mimeType, QMetaType type) const
{
    if (mimeType == pathsMimeType())
        return m_paths.join(QLatin1Char('\n')).toUtf8();
    if (mimeType == QLatin1String("text/plain")) {
        QStringList uris;
        for (const QString &path : m_paths)
            uris.append(dbfspath::toUri(path));
        return uris.join(QLatin1Char('\n'));
    }
    if (mimeType != QLatin1String("text/uri-list") || !m_queue)
        return {};
    const QList<QUrl> urls = stagedUrls();
    if (type.id() == QMetaType::QByteArray || type.id() == QMetaType::QString) {
        QByteArray list;
        for (const QUrl &url : urls)
            list += url.toEncoded() + "\r\n";
        return type.id() == QMetaType::QString ? QVariant(QString::fromUtf8(list)) : QVariant(list);
    }
    QVariantList list;
    for (const QUrl &url : urls)
        list.append(url);
    return list;
}

QList<QUrl> DbfsDragMimeData::stagedUrls() const
{
    if (m_staged || !m_queue)
        return m_urls;
    m_staged = true;
    m_stagingFolder =
        QDir(m_stagingRoot).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!QDir().mkpath(m_stagingFolder))
        return {};
    QList<int> ids;
    QStringList locals;
    for (const QString &path : m_paths) {
        const QString local = QDir(m_stagingFolder).filePath(dbfspath::nameOf(path));
        const int id = m_queue->download(path, local);
        if (id >= 0) {
            ids.append(id);
            locals.append(local);
        }
    }
    // The drop target waits for this answer; a local loop keeps the window painting meanwhile.
    QProgressDialog progress(
        tr("Downloading %n file(s) for the drop…", nullptr, static_cast<int>(ids.size())),
        tr("Cancel"), 0, 100, QApplication::activeWindow());
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    bool cancelled = false;
    const auto allFinished = [&] {
        for (const int id : std::as_const(ids)) {
            const Transfer *transfer = m_queue ? m_queue->find(id) : nullptr;
            if (transfer && !isFinal(transfer->state()))
                return false;
        }
        return true;
    };
    const auto update = [&] {
        qint64 done = 0;
        qint64 total = 0;
        for (const int id : std::as_const(ids)) {
            if (const Transfer *transfer = m_queue ? m_queue->find(id) : nullptr) {
                done += transfer->bytesDone();
                total += qMax<qint64>(0, transfer->bytesTotal());
            }
        }
        progress.setValue(total > 0 ? static_cast<int>(done * 100 / total) : 0);
        progress.setLabelText(tr("Downloading for the drop: %1 of %2")
                                  .arg(dbfsformat::humanSize(done), dbfsformat::humanSize(total)));
        if (allFinished())
            loop.quit();
    };
    const auto stop = [&] {
        cancelled = true;
        loop.quit();
    };
    QObject::connect(m_queue, &TransferQueue::transferChanged, &loop, update);
    QObject::connect(m_queue, &QObject::destroyed, &loop, stop);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, stop);
    if (!allFinished())
        loop.exec();
    if (cancelled) {
        if (m_queue) {
            for (const int id : std::as_const(ids))
                m_queue->cancel(id);
        }
        return {};
    }
    for (int i = 0; i < ids.size(); ++i) {
        const Transfer *transfer = m_queue ? m_queue->find(ids.at(i)) : nullptr;
        if (transfer && transfer->state() == TransferState::Done)
            m_urls.append(QUrl::fromLocalFile(
                transfer->finalPath().isEmpty() ? locals.at(i) : transfer->finalPath()));
    }
    return m_urls;
}

} // namespace brickdesk
