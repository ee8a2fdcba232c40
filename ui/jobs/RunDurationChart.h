#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;

namespace brickdesk {

// The durations of a job's recent runs as bars, oldest left, each coloured by its outcome
// (JobRunsModel::ColourRole); a run still going is hatched. Painted with QPainter from the runs
// model, so it follows the model as runs start and finish. Clicking a bar selects its run.
class RunDurationChart : public QWidget
{
    Q_OBJECT

public:
    explicit RunDurationChart(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *runs); // a JobRunsModel (rows newest first)
    void setMaximumRuns(int runs)
    {
        m_maxRuns = runs;
        update();
    }
    int barCount() const;
    // The bar of model row `row` in widget coordinates (empty when not shown).
    QRect barRect(int row) const;
    int rowAt(const QPoint &position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void runClicked(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotArea() const;
    int leftMargin() const;
    qint64 maxDuration() const;

    QPointer<QAbstractItemModel> m_model;
    int m_maxRuns = 40;
};

} // namespace brickdesk
