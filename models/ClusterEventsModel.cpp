#include "ClusterEventsModel.h"

#include "ApiClient.h"
#include "ClusterRequests.h"
#include "StateColours.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace brickdesk {

namespace {
constexpr int kPageSize = 50;
}

ClusterEventsModel::ClusterEventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ClusterEventsModel::~ClusterEventsModel()
{
    if (ApiCall *call = m_call) {
        call->disconnect(this);
        call->cancel();
    }
}

void ClusterEventsModel::cancel()
{
    if (ApiCall *call = m_call) {
        m_call = nullptr;
        call->disconnect(this);
        call->cancel();
        Q_EMIT loadingChanged(false);
    }
}

void ClusterEventsModel::clear()
{
    cancel();
    if (!m_events.isEmpty()) {
        beginRemoveRows({}, 0, static_cast<int>(m_events.size()) - 1);
        m_events.clear();
        endRemoveRows();
    }
    m_nextPage = {};
    m_totalCount = 0;
    m_errorText.clear();
}

void ClusterEventsModel::load(ApiClient *client, const QString &clusterId, const QStringList &eventTypes)
{
    clear();
    m_client = client;
    if (client && !clusterId.isEmpty())
        request(clusterapi::firstEventsPage(clusterId, eventTypes, kPageSize));
}

void ClusterEventsModel::fetchMoreEvents()
{
    if (m_client && !m_nextPage.isEmpty() && !isLoading())
        request(m_nextPage);
}

void ClusterEventsModel::request(const QJsonObject &body)
{
    m_call = m_client->send(clusterapi::events(body), this, [this](const ApiResponse &response) {
        m_call = nullptr;
        Q_EMIT loadingChanged(false);
        if (!response.ok()) {
            m_errorText = response.error.summary();
            Q_EMIT loadFailed(m_errorText);
            return;
        }
        QList<ClusterEvent> page;
        for (const QJsonValue &value : response.json.value(QStringLiteral("events")).toArray()) {
            if (const auto event = ClusterEvent::fromJson(value.toObject()))
                page.append(*event);
        }
        m_nextPage = response.json.value(QStringLiteral("next_page")).toObject();
        m_totalCount = response.json.value(QStringLiteral("total_count")).toInt(static_cast<int>(m_events.size() + page.size()));
        if (page.isEmpty()) {
            m_nextPage = {}; // an empty page with a next_page would loop forever
            return;
        }
        const int first = static_cast<int>(m_events.size());
        beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
        m_events.append(page);
        endInsertRows();
    });
    Q_EMIT loadingChanged(true);
}

int ClusterEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int ClusterEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClusterEvent &event = m_events[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(event.timestamp.toLocalTime(), QLocale::ShortFormat);
        case Type:
            return event.type;
        case Details:
            return event.summary();
        }
    } else if (role == Qt::DecorationRole && index.column() == Type && !event.stateAfter().isEmpty()) {
        return stateIcon(event.stateAfter());
    } else if (role == Qt::ToolTipRole && index.column() == Details) {
        return QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Indented));
    }
    return {};
}

QVariant ClusterEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Type:
        return tr("Event");
    case Details:
        return tr("Details");
    }
    return {};
}

} // namespace brickdesk
