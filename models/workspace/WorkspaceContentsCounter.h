#pragma once

#include "ApiError.h"
#include "WorkspaceClient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

namespace brickdesk {

// Counts what is inside a workspace folder, listing it and every folder below it one at a time
// (for "Delete /x and the 12 notebooks and 3 folders in it?"). Stops after kMaxFolders listings
// and says the count is not complete then. cancel() or deleting it stops the listing under way.
class WorkspaceContentsCounter final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxFolders = 200;

    explicit WorkspaceContentsCounter(WorkspaceClient *client, QObject *parent = nullptr);
    ~WorkspaceContentsCounter() override;

    void start(const QString &folderPath);
    void cancel();
    bool isRunning() const { return m_running; }
    int objectCount() const { return m_objects; } // everything but folders
    int folderCount() const { return m_folders; } // below the folder, not counting it
    bool isComplete() const { return m_complete; }

Q_SIGNALS:
    void progressed(int objects, int folders);
    // With an error when a listing failed (the counts so far stay).
    void finished(const brickdesk::ApiError &error);

private:
    void listNext();

    QPointer<WorkspaceClient> m_client;
    std::unique_ptr<QObject> m_context;
    QPointer<ApiCall> m_call;
    QStringList m_queue;
    int m_listed = 0;
    int m_objects = 0;
    int m_folders = 0;
    bool m_complete = false;
    bool m_running = false;
};

} // namespace brickdesk
