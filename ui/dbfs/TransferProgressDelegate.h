#pragma once

#include <QStyledItemDelegate>

namespace brickdesk {

// Paints the Progress column of the transfer list as a progress bar.
class TransferProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace brickdesk
