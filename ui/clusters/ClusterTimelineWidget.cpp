#include "ClusterTimelineWidget.h"

#include "StateColours.h"

#include <QLocale>
#include <QPainter>

namespace brickdesk {

ClusterTimelineWidget::ClusterTimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("State timeline"));
}

void ClusterTimelineWidget::setEvents(const QList<ClusterEvent> &events)
{
    QList<ClusterEvent> changes;
    for (const ClusterEvent &event : events) {
        if (!event.stateAfter().isEmpty())
            changes.append(event);
    }
    std::sort(changes.begin(), changes.end(),
              [](const ClusterEvent &a, const ClusterEvent &b) { return a.timestamp < b.timestamp; });
    m_bands.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString state = changes[i].stateAfter();
        const QDateTime end = i + 1 < changes.size() ? changes[i + 1].timestamp : now;
        if (!m_bands.isEmpty() && m_bands.last().state == state) {
            m_bands.last().to = end; // the same state again: one band
            continue;
        }
        m_bands.append(Band{changes[i].timestamp, end, state});
    }
    setToolTip(m_bands.isEmpty() ? tr("No state changes in the loaded events") : QString());
    update();
}

void ClusterTimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = rect().adjusted(4, 4, -4, -22);
    painter.fillRect(area, palette().alternateBase());
    if (m_bands.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter, tr("No state changes in the loaded events"));
        return;
    }
    const qint64 start = m_bands.first().from.toMSecsSinceEpoch();
    const qint64 span = std::max<qint64>(1, m_bands.last().to.toMSecsSinceEpoch() - start);
    auto xOf = [&](const QDateTime &t) { return area.left() + area.width() * double(t.toMSecsSinceEpoch() - start) / double(span); };
    for (const Band &band : m_bands) {
        const QRectF box(QPointF(xOf(band.from), area.top()), QPointF(std::max(xOf(band.to), xOf(band.from) + 1.5), area.bottom()));
        painter.fillRect(box, colourForState(band.state));
        if (box.width() > painter.fontMetrics().horizontalAdvance(band.state) + 8) {
            painter.setPen(Qt::white);
            painter.drawText(box, Qt::AlignCenter, band.state);
        }
    }
    painter.setPen(palette().color(QPalette::Text));
    const QRectF labels(area.left(), area.bottom() + 2, area.width(), 18);
    const QLocale locale;
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter,
                     locale.toString(m_bands.first().from.toLocalTime(), QLocale::ShortFormat));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignVCenter,
                     locale.toString(m_bands.last().to.toLocalTime(), QLocale::ShortFormat));
}

} // namespace brickdesk
