#pragma once

#include "WorkspaceObject.h"

#include <QIcon>
#include <QStyledItemDelegate>

class QStyle;

namespace brickdesk {

// The picture for each kind of workspace object: the desktop theme's icon when it has one, the
// style's standard icon otherwise. A notebook is a page with a band in its language's colour
// naming the language (PY, SQL, SC, R); a repo is a folder with a branch badge. Drawn here, so
// they need no resource file and look the same in every theme.
QIcon workspaceObjectIcon(WorkspaceObjectType type, CodeLanguage language, const QStyle *style);
// The short label on a notebook's band ("PY" ...); empty for other languages.
QString languageBadgeText(CodeLanguage language);

// Shows each row's icon in the name column (the model has no pictures): the object's, or a
// busy or warning sign on "Loading…" and error rows (those in italics).
class WorkspaceItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace brickdesk
