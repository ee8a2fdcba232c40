#pragma once

#include "LibraryStatus.h"

#include <QAbstractTableModel>
#include <QPointer>

class QTimer;

namespace brickdesk {

class ApiCall;
class ApiClient;
struct ApiRequest;

// The libraries of one cluster and their installation status. While any library is still on
// its way (PENDING, RESOLVING, INSTALLING) the status is fetched again every few seconds.
class LibraryStatusModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Library, Kind, Status, Messages, ColumnCount };

    explicit LibraryStatusModel(QObject *parent = nullptr);
    ~LibraryStatusModel() override;

    void load(ApiClient *client, const QString &clusterId);
    void refresh();
    void clear();
    void install(const QJsonObject &library);
    void uninstall(int row);
    void setPollIntervalMs(int ms) { m_pollMs = ms; }
    QString clusterId() const { return m_clusterId; }
    QString errorText() const { return m_errorText; }
    const LibraryStatus *statusAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void actionFailed(const QString &message);
    void actionSucceeded(const QString &message);

private:
    void apply(const QList<LibraryStatus> &statuses);
    void sendChange(const ApiRequest &request, const QString &successText);
    void cancelCalls();

    ApiClient *m_client = nullptr;
    QString m_clusterId;
    QList<LibraryStatus> m_statuses;
    QList<QPointer<ApiCall>> m_calls;
    QTimer *m_poll;
    int m_pollMs = 3000;
    QString m_errorText;
};

} // namespace brickdesk
