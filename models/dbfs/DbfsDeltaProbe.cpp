#include "DbfsDeltaProbe.h"

#include "DbfsClient.h"
#include "DbfsPath.h"

namespace brickdesk {

DbfsDeltaProbe::DbfsDeltaProbe(QObject *parent)
    : QObject(parent)
{}

DbfsDeltaProbe::~DbfsDeltaProbe()
{
    cancelAll();
}

void DbfsDeltaProbe::setClient(DbfsClient *client)
{
    cancelAll();
    m_client = client;
}

void DbfsDeltaProbe::probe(const QString &folder, const QStringList &subfolders)
{
    cancelFolder(folder);
    for (const QString &sub : subfolders.mid(0, kMaxPerFolder))
        m_queue.push_back({folder, sub, {}});
    pump();
}

template<typename Pred> void DbfsDeltaProbe::cancelIf(Pred pred)
{
    std::erase_if(m_queue, [&](const Probe &probe) { return pred(probe); });
    for (qsizetype i = m_running.size() - 1; i >= 0; --i) {
        if (!pred(m_running.at(i)))
            continue;
        const QPointer<ApiCall> call = m_running.at(i).call;
        m_running.removeAt(i);
        if (call)
            call->cancel();
    }
}

void DbfsDeltaProbe::cancelFolder(const QString &folder)
{
    cancelIf([&folder](const Probe &probe) { return probe.folder == folder; });
}

void DbfsDeltaProbe::cancelUnder(const QString &folder)
{
    cancelIf([&folder](const Probe &probe) { return dbfspath::isUnder(probe.folder, folder); });
}

void DbfsDeltaProbe::cancelAll()
{
    cancelIf([](const Probe &) { return true; });
}

void DbfsDeltaProbe::pump()
{
    while (m_client && m_running.size() < kMaxInFlight && !m_queue.empty()) {
        const Probe next = m_queue.front();
        m_queue.pop_front();
        const QString path = next.path;
        // Listed before the call starts, in case its handler runs at once.
        m_running.append(next);
        const QPointer<ApiCall> call = m_client->getStatus(
            dbfspath::join(path, QStringLiteral("_delta_log")), this,
            [this, path](const DbfsResult<DbfsFileInfo> &result) {
                m_running.removeIf([&path](const Probe &probe) { return probe.path == path; });
                if (result.ok() && result.value.isDir)
                    Q_EMIT deltaTableFound(path);
                pump();
            });
        for (Probe &probe : m_running) {
            if (probe.path == path)
                probe.call = call;
        }
        if (!call)
            m_running.removeIf([&path](const Probe &probe) { return probe.path == path; });
    }
}

} // namespace brickdesk
