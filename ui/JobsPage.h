#pragma once

#include "WorkspacePage.h"

namespace brickdesk {

class JobListModel;
class ResourceListView;

// The Jobs section: the workspace's jobs, server-paged.
class JobsPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit JobsPage(QWidget *parent = nullptr);

    void connectTo(const ConnectedWorkspace &workspace) override;
    void disconnectFrom(const QString &whyNot) override;
    bool isSettled() const override;

    JobListModel *model() const { return m_model; }
    ResourceListView *listView() const { return m_list; }

private:
    JobListModel *m_model;
    ResourceListView *m_list;
};

} // namespace brickdesk
