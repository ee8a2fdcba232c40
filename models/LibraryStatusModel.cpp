#include "LibraryStatusModel.h"

#include "ApiClient.h"
#include "ClusterRequests.h"
#include "StateColours.h"

#include <QJsonArray>
#include <QTimer>

namespace brickdesk {

namespace {

bool isInProgress(const QString &status)
{
    return status == QStringLiteral("PENDING") || status == QStringLiteral("RESOLVING") ||
           status == QStringLiteral("INSTALLING");
}

QString colourStateFor(const QString &status)
{
    if (status == QStringLiteral("INSTALLED"))
        return QStringLiteral("RUNNING");
    if (status == QStringLiteral("FAILED"))
        return QStringLiteral("ERROR");
    if (isInProgress(status))
        return QStringLiteral("PENDING");
    return QStringLiteral("TERMINATED");
}

} // namespace

LibraryStatusModel::LibraryStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_poll(new QTimer(this))
{
    m_poll->setSingleShot(true);
    connect(m_poll, &QTimer::timeout, this, &LibraryStatusModel::refresh);
}

LibraryStatusModel::~LibraryStatusModel()
{
    cancelCalls();
}

void LibraryStatusModel::cancelCalls()
{
    m_poll->stop();
    for (const QPointer<ApiCall> &call : std::exchange(m_calls, {})) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
}

void LibraryStatusModel::clear()
{
    cancelCalls();
    m_clusterId.clear();
    m_errorText.clear();
    apply({});
}

void LibraryStatusModel::load(ApiClient *client, const QString &clusterId)
{
    clear();
    m_client = client;
    m_clusterId = clusterId;
    refresh();
}

void LibraryStatusModel::refresh()
{
    if (!m_client || m_clusterId.isEmpty())
        return;
    const QString clusterId = m_clusterId;
    m_calls.removeAll(nullptr);
    m_calls.append(m_client->send(clusterapi::libraryStatus(clusterId), this, [this, clusterId](const ApiResponse &response) {
        if (clusterId != m_clusterId || response.error.kind == ApiError::Kind::Cancelled)
            return;
        if (!response.ok()) {
            m_errorText = response.error.summary();
            Q_EMIT actionFailed(m_errorText);
            return;
        }
        m_errorText.clear();
        QList<LibraryStatus> statuses;
        for (const QJsonValue &value : response.json.value(QStringLiteral("library_statuses")).toArray()) {
            if (const auto status = LibraryStatus::fromJson(value.toObject()))
                statuses.append(*status);
        }
        apply(statuses);
        Q_EMIT loaded();
        if (std::any_of(statuses.cbegin(), statuses.cend(), [](const LibraryStatus &s) { return isInProgress(s.status); }))
            m_poll->start(m_pollMs);
    }));
}

void LibraryStatusModel::apply(const QList<LibraryStatus> &statuses)
{
    // Same libraries in the same order (the usual refresh): update in place.
    const bool sameRows = statuses.size() == m_statuses.size() &&
                          std::equal(statuses.cbegin(), statuses.cend(), m_statuses.cbegin(),
                                     [](const LibraryStatus &a, const LibraryStatus &b) { return a.library == b.library; });
    if (sameRows) {
        m_statuses = statuses;
        if (!m_statuses.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_statuses.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel(); // a small list whose membership changed: a reset is the honest signal
    m_statuses = statuses;
    endResetModel();
}

void LibraryStatusModel::install(const QJsonObject &library)
{
    if (m_client && !m_clusterId.isEmpty())
        sendChange(clusterapi::installLibraries(m_clusterId, QJsonArray{library}), tr("Installation requested"));
}

void LibraryStatusModel::uninstall(int row)
{
    const LibraryStatus *status = statusAt(row);
    if (m_client && status)
        sendChange(clusterapi::uninstallLibraries(m_clusterId, QJsonArray{status->library}),
                   tr("The library is removed when the cluster restarts"));
}

void LibraryStatusModel::sendChange(const ApiRequest &request, const QString &successText)
{
    m_calls.removeAll(nullptr);
    m_calls.append(m_client->send(request, this, [this, successText](const ApiResponse &response) {
        if (response.error.kind == ApiError::Kind::Cancelled)
            return;
        if (!response.ok()) {
            Q_EMIT actionFailed(response.error.summary());
            return;
        }
        Q_EMIT actionSucceeded(successText);
        refresh();
    }));
}

const LibraryStatus *LibraryStatusModel::statusAt(int row) const
{
    return row >= 0 && row < m_statuses.size() ? &m_statuses[row] : nullptr;
}

int LibraryStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_statuses.size());
}

int LibraryStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryStatus &status = m_statuses[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Library:
            return status.coordinate;
        case Kind:
            return libraryKindName(status.kind);
        case Status:
            return status.status;
        case Messages:
            return status.messages.join(QStringLiteral(" "));
        }
    } else if (role == Qt::DecorationRole && index.column() == Status) {
        return stateIcon(colourStateFor(status.status));
    } else if (role == Qt::ToolTipRole && index.column() == Messages && !status.messages.isEmpty()) {
        return status.messages.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant LibraryStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Library:
        return tr("Library");
    case Kind:
        return tr("Type");
    case Status:
        return tr("Status");
    case Messages:
        return tr("Messages");
    }
    return {};
}

} // namespace brickdesk
