#pragma once

#include "WorkspacePage.h"

namespace brickdesk {

class ClusterListModel;
class ResourceListView;

// The Clusters section: the workspace's clusters.
class ClustersPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit ClustersPage(QWidget *parent = nullptr);

    void connectTo(const ConnectedWorkspace &workspace) override;
    void disconnectFrom(const QString &whyNot) override;
    bool isSettled() const override;

    ClusterListModel *model() const { return m_model; }
    ResourceListView *listView() const { return m_list; }

private:
    ClusterListModel *m_model;
    ResourceListView *m_list;
};

} // namespace brickdesk
