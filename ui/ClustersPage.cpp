#include "ClustersPage.h"

#include "ClusterListModel.h"
#include "ResourceListView.h"

#include <QVBoxLayout>

namespace brickdesk {

ClustersPage::ClustersPage(QWidget *parent)
    : WorkspacePage(parent)
    , m_model(new ClusterListModel(this))
    , m_list(new ResourceListView(tr("clusters"), m_model, ClusterListModel::SortRole, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    connect(m_model, &RemoteListModelBase::loadingChanged, this, &WorkspacePage::settledChanged);
}

void ClustersPage::connectTo(const ConnectedWorkspace &workspace)
{
    m_list->setClient(workspace.client);
}

void ClustersPage::disconnectFrom(const QString &whyNot)
{
    m_list->setClient(nullptr, whyNot);
}

bool ClustersPage::isSettled() const
{
    return !m_model->isLoading() && (m_model->hasLoaded() || !m_model->errorText().isEmpty());
}

} // namespace brickdesk
