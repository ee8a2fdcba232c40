#pragma once

#include <QTreeView>
#include <functional>

namespace brickdesk {

// A view of DBFS entries (the folder tree or a folder's contents) that takes drops — local files
// and folders to upload, DBFS items to move — and starts drags of its selected items. What a drop
// means is the page's business: the view only says where it landed.
class DbfsDropView final : public QTreeView
{
    Q_OBJECT

public:
    using MimeFactory = std::function<QMimeData *(const QModelIndexList &selectedRows)>;

    explicit DbfsDropView(QWidget *parent = nullptr);

    void setMimeFactory(MimeFactory factory) { m_mimeFactory = std::move(factory); }
    // Where a drop at `pos` goes: the folder under it, or (for the contents view) the folder
    // shown. Empty when nowhere.
    QString dropFolderAt(const QPoint &pos) const;
    void setFallbackDropFolder(std::function<QString()> folder) { m_fallback = std::move(folder); }

Q_SIGNALS:
    void dropped(const QMimeData *mime, const QString &folder);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool accepts(const QMimeData *mime) const;

    MimeFactory m_mimeFactory;
    std::function<QString()> m_fallback;
};

} // namespace brickdesk
