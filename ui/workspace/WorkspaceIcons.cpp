#include "WorkspaceIcons.h"

#include "WorkspaceTreeModel.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace brickdesk {

namespace {

constexpr int kSizes[] = {16, 22, 24, 32, 48};

QIcon themed(const char *name, const QStyle *style, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), style->standardIcon(fallback));
}

QPixmap basePixmap(const QIcon &base, int size)
{
    QPixmap pixmap = base.pixmap(size, size);
    if (pixmap.isNull() || pixmap.width() != size) {
        QPixmap sized(size, size);
        sized.fill(Qt::transparent);
        if (!pixmap.isNull()) {
            QPainter painter(&sized);
            painter.drawPixmap(QRect(0, 0, size, size), pixmap);
        }
        pixmap = sized;
    }
    return pixmap;
}

QIcon notebookIcon(CodeLanguage language, const QStyle *style)
{
    const QColor colour = WorkspaceTreeModel::languageColour(language);
    const QIcon page = themed("text-x-script", style, QStyle::SP_FileIcon);
    if (!colour.isValid())
        return page;
    const QString label = languageBadgeText(language);
    QIcon icon;
    for (const int size : kSizes) {
        QPixmap pixmap = basePixmap(page, size);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        // A band across the lower half, like a file-type label, with the language's short name.
        const qreal height = size * 0.5;
        const QRectF band(0.5, size - height - 0.5, size - 1.0, height);
        QPainterPath path;
        path.addRoundedRect(band, size / 8.0, size / 8.0);
        painter.setPen(QPen(QColor(255, 255, 255, 220), qMax(1.0, size / 16.0)));
        painter.setBrush(colour);
        painter.drawPath(path);
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(qMax(6, qRound(height * (label.size() > 2 ? 0.72 : 0.82))));
        font.setLetterSpacing(QFont::AbsoluteSpacing, label.size() > 2 ? -0.4 : 0.0);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(band, Qt::AlignCenter, label);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon repoIcon(const QStyle *style)
{
    const QIcon folder = themed("folder", style, QStyle::SP_DirIcon);
    QIcon icon;
    for (const int size : kSizes) {
        QPixmap pixmap = basePixmap(folder, size);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        // A branch in git's orange: two dots joined, in the lower right corner.
        const qreal badge = size * 0.58;
        const QRectF area(size - badge, size - badge, badge, badge);
        painter.setPen(QPen(Qt::white, qMax(1.0, size / 16.0)));
        painter.setBrush(QColor(0xf0, 0x50, 0x33));
        painter.drawEllipse(area);
        const qreal dot = badge * 0.22;
        const QPointF top(area.center().x() - badge * 0.12, area.top() + badge * 0.28);
        const QPointF bottom(top.x(), area.bottom() - badge * 0.28);
        const QPointF side(area.center().x() + badge * 0.18, area.center().y());
        painter.setPen(QPen(Qt::white, qMax(1.0, size / 20.0)));
        painter.drawLine(top, bottom);
        painter.drawLine(QPointF(side.x(), side.y()), QPointF(top.x(), bottom.y() - dot));
        painter.setBrush(Qt::white);
        painter.setPen(Qt::NoPen);
        for (const QPointF &at : {top, bottom, side})
            painter.drawEllipse(at, dot / 2 + 0.4, dot / 2 + 0.4);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QString languageBadgeText(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Python:
        return QStringLiteral("PY");
    case CodeLanguage::Sql:
        return QStringLiteral("SQL");
    case CodeLanguage::Scala:
        return QStringLiteral("SC");
    case CodeLanguage::R:
        return QStringLiteral("R");
    default:
        return QString();
    }
}

QIcon workspaceObjectIcon(WorkspaceObjectType type, CodeLanguage language, const QStyle *style)
{
    // Made once per style: the views ask for one per painted row.
    static QHash<const QStyle *, QHash<int, QIcon>> cache;
    const int key = static_cast<int>(type) * 16 +
                    (type == WorkspaceObjectType::Notebook ? static_cast<int>(language) : 0);
    QIcon &icon = cache[style][key];
    if (!icon.isNull())
        return icon;
    switch (type) {
    case WorkspaceObjectType::Directory:
        icon = themed("folder", style, QStyle::SP_DirIcon);
        break;
    case WorkspaceObjectType::Repo:
        icon = repoIcon(style);
        break;
    case WorkspaceObjectType::Notebook:
        icon = notebookIcon(language, style);
        break;
    case WorkspaceObjectType::File:
        icon = themed("text-x-generic", style, QStyle::SP_FileIcon);
        break;
    case WorkspaceObjectType::Library:
        icon = themed("package-x-generic", style, QStyle::SP_DriveFDIcon);
        break;
    case WorkspaceObjectType::Dashboard:
        icon = themed("x-office-presentation", style, QStyle::SP_FileDialogInfoView);
        break;
    case WorkspaceObjectType::Unknown:
        icon = themed("unknown", style, QStyle::SP_FileIcon);
        break;
    }
    return icon;
}

void WorkspaceItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != WorkspaceTreeModel::NameColumn)
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    const auto kind = static_cast<WorkspaceTreeModel::RowKind>(
        index.data(WorkspaceTreeModel::RowKindRole).toInt());
    switch (kind) {
    case WorkspaceTreeModel::RowKind::Loading:
        option->icon = themed("content-loading", style, QStyle::SP_BrowserReload);
        option->font.setItalic(true);
        break;
    case WorkspaceTreeModel::RowKind::Error:
        option->icon = themed("dialog-warning", style, QStyle::SP_MessageBoxWarning);
        option->font.setItalic(true);
        break;
    case WorkspaceTreeModel::RowKind::Object:
        option->icon = workspaceObjectIcon(
            static_cast<WorkspaceObjectType>(index.data(WorkspaceTreeModel::TypeRole).toInt()),
            static_cast<CodeLanguage>(index.data(WorkspaceTreeModel::LanguageRole).toInt()), style);
        break;
    }
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (option->decorationSize.isEmpty())
        option->decorationSize = QSize(16, 16);
}

} // namespace brickdesk
