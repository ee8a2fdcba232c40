#pragma once

#include "DbfsKind.h"

#include <QIcon>
#include <QStyledItemDelegate>

namespace brickdesk {

// The picture for each kind of DBFS entry: the desktop theme's icon when it has one, the style's
// standard icon otherwise. A Delta table is a folder with a "Δ" badge, drawn here so that it
// needs no resource file and looks right in every theme.
QIcon dbfsIcon(DbfsKind kind, const QStyle *style);

// Shows the icon of each row's KindRole in the first column (the model has no pictures).
class DbfsIconDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace brickdesk
