#include "RunDurationChart.h"

#include "JobRunsModel.h"
#include "RunInfo.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace brickdesk {

namespace {

constexpr int kRightMargin = 8;
constexpr int kTopMargin = 10;
constexpr int kBottomMargin = 20;

} // namespace

RunDurationChart::RunDurationChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Run durations"));
}

void RunDurationChart::setModel(QAbstractItemModel *runs)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = runs;
    if (runs) {
        const auto repaint = [this] { update(); };
        connect(runs, &QAbstractItemModel::dataChanged, this, repaint);
        connect(runs, &QAbstractItemModel::rowsInserted, this, repaint);
        connect(runs, &QAbstractItemModel::rowsRemoved, this, repaint);
        connect(runs, &QAbstractItemModel::modelReset, this, repaint);
        connect(runs, &QAbstractItemModel::layoutChanged, this, repaint);
    }
    update();
}

int RunDurationChart::barCount() const
{
    return m_model ? std::min(m_model->rowCount(), m_maxRuns) : 0;
}

QSize RunDurationChart::sizeHint() const
{
    return {480, 140};
}

QSize RunDurationChart::minimumSizeHint() const
{
    return {200, 90};
}

int RunDurationChart::leftMargin() const
{
    // Room for the longest axis label, whatever the font.
    return fontMetrics().horizontalAdvance(formatRunDuration(maxDuration())) + 12;
}

QRect RunDurationChart::plotArea() const
{
    return rect().adjusted(leftMargin(), kTopMargin, -kRightMargin, -kBottomMargin);
}

qint64 RunDurationChart::maxDuration() const
{
    qint64 longest = 0;
    for (int row = 0; row < barCount(); ++row)
        longest = std::max(longest,
                           m_model->index(row, 0).data(JobRunsModel::DurationMsRole).toLongLong());
    return longest;
}

QRect RunDurationChart::barRect(int row) const
{
    const int count = barCount();
    if (row < 0 || row >= count)
        return {};
    const QRect plot = plotArea();
    // Fixed slots for m_maxRuns bars, filled from the right: the newest run is always at the
    // same place, and bars do not get fat when there are few runs.
    const double slot = static_cast<double>(plot.width()) / m_maxRuns;
    const int slotIndex = m_maxRuns - 1 - row; // row 0 is the newest
    const int gap = std::max(1, static_cast<int>(slot / 5));
    const int left = plot.left() + static_cast<int>(slotIndex * slot) + gap / 2;
    const int width = std::max(2, static_cast<int>(slot) - gap);
    const qint64 longest = maxDuration();
    const qint64 duration =
        std::max<qint64>(0, m_model->index(row, 0).data(JobRunsModel::DurationMsRole).toLongLong());
    const int height =
        longest > 0
            ? std::max(2, static_cast<int>(plot.height() * static_cast<double>(duration) / longest))
            : 2;
    return QRect(left, plot.bottom() - height + 1, width, height);
}

int RunDurationChart::rowAt(const QPoint &position) const
{
    for (int row = 0; row < barCount(); ++row) {
        const QRect bar = barRect(row);
        // The whole column counts, so short bars are easy to hit.
        if (position.x() >= bar.left() && position.x() <= bar.right() &&
            plotArea().contains(position.x(), plotArea().center().y()))
            return row;
    }
    return -1;
}

void RunDurationChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QRect plot = plotArea();
    const QColor axis = palette().color(QPalette::Mid);
    const QColor text = palette().color(QPalette::Text);
    painter.setPen(axis);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    const int count = barCount();
    if (count == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("No runs to chart yet"));
        return;
    }
    const qint64 longest = maxDuration();
    const int labelWidth = plot.left() - 6;
    painter.setPen(text);
    const QFontMetrics metrics(font());
    painter.drawText(QRect(0, plot.top() - metrics.height() / 2, labelWidth, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, formatRunDuration(longest));
    painter.drawText(QRect(0, plot.bottom() - metrics.height() / 2, labelWidth, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    // A faint line at half the longest duration helps read the bars.
    painter.setPen(QPen(axis, 1, Qt::DotLine));
    painter.drawLine(plot.left(), plot.top() + plot.height() / 2, plot.right(),
                     plot.top() + plot.height() / 2);

    for (int row = 0; row < count; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const QColor colour = index.data(JobRunsModel::ColourRole).value<QColor>();
        const QRect bar = barRect(row);
        if (index.data(JobRunsModel::IsActiveRole).toBool()) {
            painter.fillRect(bar, colour.lighter(160));
            painter.fillRect(bar, QBrush(colour, Qt::BDiagPattern));
        } else {
            painter.fillRect(bar, colour);
        }
    }
    // When the newest and the oldest charted run started, under their bars, if both fit.
    painter.setPen(text);
    const auto started = [this](int row) {
        const QDateTime start =
            m_model->index(row, 0).data(JobRunsModel::StartTimeRole).toDateTime();
        return start.isValid() ? QLocale().toString(start.toLocalTime(), QLocale::ShortFormat)
                               : QString();
    };
    const QRect labels(plot.left(), plot.bottom() + 2, plot.width(), kBottomMargin - 2);
    const QString newest = started(0);
    painter.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, newest);
    const QString oldest = started(count - 1);
    const int oldestLeft = barRect(count - 1).left();
    if (count > 1 && oldestLeft + metrics.horizontalAdvance(oldest) + 12 <
                         plot.right() - metrics.horizontalAdvance(newest))
        painter.drawText(labels.adjusted(oldestLeft - plot.left(), 0, 0, 0),
                         Qt::AlignLeft | Qt::AlignVCenter, oldest);
}

void RunDurationChart::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0 && event->button() == Qt::LeftButton)
        Q_EMIT runClicked(row);
    QWidget::mousePressEvent(event);
}

bool RunDurationChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const auto cell = [this, row](int column) {
            return m_model->index(row, column).data().toString();
        };
        const QString state = cell(JobRunsModel::Result).isEmpty() ? cell(JobRunsModel::State)
                                                                   : cell(JobRunsModel::Result);
        QToolTip::showText(help->globalPos(),
                           tr("Run %1 — %2\n%3, started %4")
                               .arg(cell(JobRunsModel::Run), state, cell(JobRunsModel::Duration),
                                    cell(JobRunsModel::Started)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace brickdesk
