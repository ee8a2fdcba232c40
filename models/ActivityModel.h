#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace brickdesk {

class ActivityLog;

// Every request the app made, newest last: method, path, status, duration, outcome.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, ProfileName, Method, Path, Status, Duration, Outcome, ColumnCount };

    explicit ActivityModel(ActivityLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<ActivityLog> m_log;
};

} // namespace brickdesk
