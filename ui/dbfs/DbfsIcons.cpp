#include "DbfsIcons.h"

#include "DbfsTreeModel.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QStyle>

namespace brickdesk {

namespace {

QIcon themed(const char *name, const QStyle *style, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), style->standardIcon(fallback));
}

QIcon deltaIcon(const QStyle *style)
{
    const QIcon folder = themed("folder", style, QStyle::SP_DirIcon);
    QIcon icon;
    for (const int size : {16, 22, 32, 48}) {
        QPixmap pixmap = folder.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal badge = size * 0.62;
        const QRectF area(size - badge, size - badge, badge, badge);
        QPolygonF triangle;
        triangle << QPointF(area.center().x(), area.top()) << area.bottomRight()
                 << area.bottomLeft();
        painter.setPen(QPen(Qt::white, qMax(1.0, size / 16.0)));
        painter.setBrush(QColor(0x00, 0xa9, 0x72)); // the Delta Lake green
        painter.drawPolygon(triangle);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon dbfsIcon(DbfsKind kind, const QStyle *style)
{
    // Icons are made once per style: the views ask for one per painted row.
    static QHash<const QStyle *, QHash<int, QIcon>> cache;
    QIcon &icon = cache[style][static_cast<int>(kind)];
    if (!icon.isNull())
        return icon;
    switch (kind) {
    case DbfsKind::Folder:
        icon = themed("folder", style, QStyle::SP_DirIcon);
        break;
    case DbfsKind::DeltaTable:
        icon = deltaIcon(style);
        break;
    case DbfsKind::Notebook:
        icon = themed("text-x-script", style, QStyle::SP_FileDialogContentsView);
        break;
    case DbfsKind::DataFile:
        icon = themed("x-office-spreadsheet", style, QStyle::SP_FileDialogDetailedView);
        break;
    case DbfsKind::File:
        icon = themed("text-x-generic", style, QStyle::SP_FileIcon);
        break;
    }
    return icon;
}

void DbfsIconDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != DbfsTreeModel::NameColumn)
        return;
    const QVariant kind = index.data(DbfsTreeModel::KindRole);
    if (!kind.isValid())
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->icon = dbfsIcon(static_cast<DbfsKind>(kind.toInt()), style);
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (option->decorationSize.isEmpty())
        option->decorationSize = QSize(16, 16);
}

} // namespace brickdesk
