#include "DeltaChangeChart.h"

#include "DeltaHistoryModel.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace brickdesk {

DeltaChangeChart::DeltaChangeChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Changes per version"));
    setMouseTracking(true);
}

void DeltaChangeChart::setModel(QAbstractItemModel *historyModel)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = historyModel;
    if (historyModel) {
        const auto repaint = [this] { update(); };
        connect(historyModel, &QAbstractItemModel::rowsInserted, this, repaint);
        connect(historyModel, &QAbstractItemModel::modelReset, this, repaint);
        connect(historyModel, &QAbstractItemModel::dataChanged, this, repaint);
    }
    update();
}

void DeltaChangeChart::setMeasure(Measure measure)
{
    m_measure = measure;
    update();
}

void DeltaChangeChart::setSelectedVersion(qint64 version)
{
    m_selected = version;
    update();
}

QList<DeltaChangeChart::Bar> DeltaChangeChart::bars() const
{
    QList<Bar> result;
    if (!m_model)
        return result;
    const int rows = std::min(m_model->rowCount(), kMaxBars);
    for (int row = rows - 1; row >= 0; --row) {
        const QModelIndex index = m_model->index(row, 0);
        Bar bar;
        bar.version = index.data(DeltaHistoryModel::VersionRole).toLongLong();
        if (m_measure == Measure::Rows) {
            bar.up =
                std::max<qint64>(0, index.data(DeltaHistoryModel::RowsInsertedRole).toLongLong());
            bar.down =
                std::max<qint64>(0, index.data(DeltaHistoryModel::RowsDeletedRole).toLongLong());
        } else {
            bar.up = index.data(DeltaHistoryModel::BytesAddedRole).toLongLong();
            bar.down = index.data(DeltaHistoryModel::BytesRemovedRole).toLongLong();
        }
        result.append(bar);
    }
    return result;
}

QRectF DeltaChangeChart::plotArea() const
{
    return QRectF(rect()).adjusted(8, 16, -8, -8);
}

qint64 DeltaChangeChart::versionAt(const QPoint &point) const
{
    const QList<Bar> all = bars();
    const QRectF area = plotArea();
    if (all.isEmpty() || !area.contains(point))
        return -1;
    const int slot = static_cast<int>((point.x() - area.left()) / (area.width() / all.size()));
    return slot >= 0 && slot < all.size() ? all.at(slot).version : -1;
}

void DeltaChangeChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QList<Bar> all = bars();
    const QRectF area = plotArea();
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QString title = m_measure == Measure::Rows ? tr("Rows inserted ▲ / deleted ▼ per version")
                                                     : tr("Bytes added ▲ / removed ▼ per version");
    painter.drawText(QRectF(8, 0, width() - 16, 16), Qt::AlignLeft | Qt::AlignVCenter,
                     all.isEmpty() ? tr("No versions loaded") : title);
    if (all.isEmpty())
        return;
    qint64 most = 1;
    for (const Bar &bar : all)
        most = std::max({most, bar.up, bar.down});
    const double axis = area.top() + area.height() / 2;
    const double slot = area.width() / all.size();
    const double barWidth = std::max(1.0, slot * 0.7);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(area.left(), axis), QPointF(area.right(), axis));
    const double half = area.height() / 2;
    for (int i = 0; i < all.size(); ++i) {
        const Bar &bar = all.at(i);
        const double x = area.left() + i * slot + (slot - barWidth) / 2;
        if (bar.version == m_selected)
            painter.fillRect(QRectF(area.left() + i * slot, area.top(), slot, area.height()),
                             palette().color(QPalette::Highlight).lighter(170));
        const double up = half * static_cast<double>(bar.up) / static_cast<double>(most);
        const double down = half * static_cast<double>(bar.down) / static_cast<double>(most);
        painter.fillRect(QRectF(x, axis - up, barWidth, up), QColor(0x2e, 0x7d, 0x32));
        painter.fillRect(QRectF(x, axis, barWidth, down), QColor(0xc6, 0x28, 0x28));
    }
}

void DeltaChangeChart::mousePressEvent(QMouseEvent *event)
{
    const qint64 version = versionAt(event->position().toPoint());
    if (version >= 0)
        emit versionClicked(version);
}

bool DeltaChangeChart::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const qint64 version = versionAt(help->pos());
    if (version < 0) {
        QToolTip::hideText();
        return true;
    }
    for (const Bar &bar : bars()) {
        if (bar.version != version)
            continue;
        const QString text =
            m_measure == Measure::Rows
                ? tr("Version %1\n%2 rows inserted, %3 deleted")
                      .arg(version)
                      .arg(QLocale().toString(bar.up), QLocale().toString(bar.down))
                : tr("Version %1\n%2 added, %3 removed")
                      .arg(version)
                      .arg(QLocale().formattedDataSize(bar.up),
                           QLocale().formattedDataSize(bar.down));
        QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
}

} // namespace brickdesk
