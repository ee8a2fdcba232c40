#pragma once

#include "Profile.h"

#include <QWidget>

namespace brickdesk {

class ApiClient;

// What a page needs to work on the connected workspace.
struct ConnectedWorkspace
{
    ApiClient *client = nullptr; // owned by the session; valid until disconnectFrom()
    Profile profile;             // for prod guards (isProd(), name)
    QString userName;            // for "mine" filters
};

// A section of the main window that shows one kind of workspace object (clusters, jobs, ...).
// The main window connects it when the session is up and disconnects it when the profile changes
// or the connection fails; a page never keeps a client past disconnectFrom().
class WorkspacePage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void connectTo(const ConnectedWorkspace &workspace) = 0;
    virtual void disconnectFrom(const QString &whyNot) = 0;
    // True once the first load after connectTo() has finished or failed (for --screenshot).
    virtual bool isSettled() const = 0;

Q_SIGNALS:
    void settledChanged();
    // Something the user should hear about even when looking elsewhere (a cluster is up).
    void notify(const QString &title, const QString &text);
    void statusMessage(const QString &text);
};

} // namespace brickdesk
