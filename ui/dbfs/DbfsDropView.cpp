#include "DbfsDropView.h"

#include "DbfsDragMimeData.h"
#include "DbfsTreeModel.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QMimeData>

namespace brickdesk {

DbfsDropView::DbfsDropView(QWidget *parent)
    : QTreeView(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
}

bool DbfsDropView::accepts(const QMimeData *mime) const
{
    if (!mime)
        return false;
    if (mime->hasFormat(DbfsDragMimeData::pathsMimeType()))
        return true;
    if (!mime->hasUrls())
        return false;
    const QList<QUrl> urls = mime->urls();
    return std::any_of(urls.cbegin(), urls.cend(),
                       [](const QUrl &url) { return url.isLocalFile(); });
}

QString DbfsDropView::dropFolderAt(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    if (index.isValid() && index.data(DbfsTreeModel::IsDirRole).toBool())
        return index.data(DbfsTreeModel::PathRole).toString();
    return m_fallback ? m_fallback() : QString();
}

void DbfsDropView::startDrag(Qt::DropActions)
{
    if (!m_mimeFactory)
        return;
    const QModelIndexList rows = selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QMimeData *mime = m_mimeFactory(rows);
    if (!mime)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->exec(Qt::CopyAction | Qt::MoveAction, Qt::CopyAction);
}

void DbfsDropView::dragEnterEvent(QDragEnterEvent *event)
{
    if (accepts(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DbfsDropView::dragMoveEvent(QDragMoveEvent *event)
{
    // QTreeView's own handling would ask the model to drop; the page does that instead.
    if (accepts(event->mimeData()) && !dropFolderAt(event->position().toPoint()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void DbfsDropView::dropEvent(QDropEvent *event)
{
    const QString folder = dropFolderAt(event->position().toPoint());
    if (!accepts(event->mimeData()) || folder.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT dropped(event->mimeData(), folder);
}

} // namespace brickdesk
