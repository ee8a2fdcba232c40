#pragma once

#include "WorkspaceClient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace brickdesk {

// One notebook opened for editing: loads its SOURCE text, and saves it back (import, overwrite,
// same language) unless the workspace's text differs from the one loaded or last saved (someone
// changed it) — then it says so with the workspace's text, and the caller decides
// (saveOverwriting, or load again). Conflicts are decided on the text, never on modified_at.
// The editor's text is never touched here: a failed save loses nothing.
class NotebookFile : public QObject
{
    Q_OBJECT

public:
    NotebookFile(WorkspaceClient *client, const WorkspaceObject &notebook,
                 QObject *parent = nullptr);

    QString path() const { return m_notebook.path; }
    CodeLanguage language() const { return m_notebook.language; }
    QString profile() const;
    // The text as the workspace had it when loaded or last saved.
    QString baseText() const { return m_baseText; }
    QDateTime baseModifiedAt() const { return m_baseModifiedAt; }
    bool isBusy() const { return m_busy; }

    void load();
    void save(const QString &text);            // checks for a remote change first
    void saveOverwriting(const QString &text); // the user chose to replace the remote change
    void cancel();                             // stops a load or save under way
    // The workspace came back (a reconnect): later saves go through `client`. Null: saving says
    // "not connected" until a client is given again. Anything under way is forgotten.
    void setClient(WorkspaceClient *client);

Q_SIGNALS:
    void loaded(const QString &text);
    void loadFailed(const ApiError &error);
    void saved();
    void saveFailed(const ApiError &error);
    // The workspace's copy changed since baseText(): `remoteText` is what it holds now.
    void conflict(const QString &remoteText, const QDateTime &remoteModifiedAt);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void fetch(const std::function<void(const QString &, const QDateTime &)> &done,
               const std::function<void(const ApiError &)> &failed);
    void write(const QString &text);

    QPointer<WorkspaceClient> m_client;
    WorkspaceObject m_notebook;
    QString m_baseText;
    QDateTime m_baseModifiedAt;
    bool m_busy = false;
    int m_generation = 0; // answers of a cancelled operation are ignored
};

} // namespace brickdesk
