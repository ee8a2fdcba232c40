#include "WorkspaceContentsCounter.h"

#include "WorkspaceClient.h"

namespace brickdesk {

WorkspaceContentsCounter::WorkspaceContentsCounter(WorkspaceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

WorkspaceContentsCounter::~WorkspaceContentsCounter()
{
    m_running = false;
    if (m_call)
        m_call->cancel();
}

void WorkspaceContentsCounter::start(const QString &folderPath)
{
    cancel();
    m_queue = {folderPath};
    m_listed = 0;
    m_objects = 0;
    m_folders = 0;
    m_complete = false;
    m_running = true;
    listNext();
}

void WorkspaceContentsCounter::cancel()
{
    m_running = false;
    m_context.reset();
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    m_queue.clear();
}

void WorkspaceContentsCounter::listNext()
{
    if (!m_running)
        return;
    if (m_queue.isEmpty() || m_listed >= kMaxFolders) {
        m_complete = m_queue.isEmpty();
        m_running = false;
        Q_EMIT finished(ApiError{});
        return;
    }
    if (!m_client) {
        m_running = false;
        Q_EMIT finished(
            ApiError{ApiError::Kind::Configuration, 0, QString(), tr("Not connected.")});
        return;
    }
    const QString path = m_queue.takeFirst();
    ++m_listed;
    m_context = std::make_unique<QObject>();
    m_call = m_client->list(path, m_context.get(),
                            [this](const CallResult<QList<WorkspaceObject>> &result) {
                                m_call = nullptr;
                                if (!result.ok()) {
                                    m_running = false;
                                    Q_EMIT finished(result.error);
                                    return;
                                }
                                for (const WorkspaceObject &object : result.value) {
                                    if (object.isFolder()) {
                                        ++m_folders;
                                        m_queue.append(object.path);
                                    } else {
                                        ++m_objects;
                                    }
                                }
                                Q_EMIT progressed(m_objects, m_folders);
                                // The context is the one this handler runs in: go on from the event
                                // loop.
                                QMetaObject::invokeMethod(this, &WorkspaceContentsCounter::listNext,
                                                          Qt::QueuedConnection);
                            });
}

} // namespace brickdesk
