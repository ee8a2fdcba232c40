#pragma once

#include "ClusterEvent.h"

#include <QWidget>

namespace brickdesk {

// A strip chart of a cluster's states over time, drawn from its state-change events: one band per
// stretch of PENDING, RUNNING, RESTARTING, RESIZING or TERMINATED, in the states' colours.
class ClusterTimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterTimelineWidget(QWidget *parent = nullptr);

    void setEvents(const QList<ClusterEvent> &events); // any order
    QSize sizeHint() const override { return {600, 70}; }
    QSize minimumSizeHint() const override { return {200, 60}; }

    struct Band
    {
        QDateTime from;
        QDateTime to;
        QString state;
    };
    const QList<Band> &bands() const { return m_bands; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Band> m_bands;
};

} // namespace brickdesk
