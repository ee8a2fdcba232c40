#pragma once

#include "ClusterEvent.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>

namespace brickdesk {

class ApiCall;
class ApiClient;

// A cluster's events, newest first, fetched page by page (the API hands back the next request's
// body as next_page). Filtering by type is done by the server.
class ClusterEventsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Type, Details, ColumnCount };

    explicit ClusterEventsModel(QObject *parent = nullptr);
    ~ClusterEventsModel() override;

    void load(ApiClient *client, const QString &clusterId, const QStringList &eventTypes = {});
    void fetchMoreEvents(); // the next page, if there is one
    void cancel();
    void clear();
    bool canFetchMoreEvents() const { return !m_nextPage.isEmpty(); }
    bool isLoading() const { return !m_call.isNull(); }
    int totalCount() const { return m_totalCount; }
    QString errorText() const { return m_errorText; }
    const QList<ClusterEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    void request(const QJsonObject &body);

    ApiClient *m_client = nullptr;
    QPointer<ApiCall> m_call;
    QList<ClusterEvent> m_events;
    QJsonObject m_nextPage;
    int m_totalCount = 0;
    QString m_errorText;
};

} // namespace brickdesk
