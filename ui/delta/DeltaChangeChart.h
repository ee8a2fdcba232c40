#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;

namespace brickdesk {

// Bars per version of what each commit changed — rows inserted above the axis and deleted below
// it, or bytes added and removed — for the newest versions loaded, oldest on the left. Reads a
// DeltaHistoryModel through its roles; a click on a bar asks for that version.
class DeltaChangeChart : public QWidget
{
    Q_OBJECT

public:
    enum class Measure
    {
        Rows,
        Bytes
    };
    static constexpr int kMaxBars = 200;

    explicit DeltaChangeChart(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *historyModel);
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    void setSelectedVersion(qint64 version);
    // The version under a point of the widget, or -1.
    qint64 versionAt(const QPoint &point) const;

    QSize sizeHint() const override { return {600, 120}; }
    QSize minimumSizeHint() const override { return {200, 80}; }

Q_SIGNALS:
    void versionClicked(qint64 version);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override; // tooltips

private:
    struct Bar
    {
        qint64 version = -1;
        qint64 up = 0;   // inserted rows or added bytes
        qint64 down = 0; // deleted rows or removed bytes
    };
    QList<Bar> bars() const; // oldest first
    QRectF plotArea() const;

    QPointer<QAbstractItemModel> m_model;
    Measure m_measure = Measure::Rows;
    qint64 m_selected = -1;
};

} // namespace brickdesk
