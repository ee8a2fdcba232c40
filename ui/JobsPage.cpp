#include "JobsPage.h"

#include "JobListModel.h"
#include "ResourceListView.h"

#include <QVBoxLayout>

namespace brickdesk {

JobsPage::JobsPage(QWidget *parent)
    : WorkspacePage(parent)
    , m_model(new JobListModel(this))
    , m_list(new ResourceListView(tr("jobs"), m_model, JobListModel::SortRole, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    connect(m_model, &RemoteListModelBase::loadingChanged, this, &WorkspacePage::settledChanged);
}

void JobsPage::connectTo(const ConnectedWorkspace &workspace)
{
    m_list->setClient(workspace.client);
}

void JobsPage::disconnectFrom(const QString &whyNot)
{
    m_list->setClient(nullptr, whyNot);
}

bool JobsPage::isSettled() const
{
    return !m_model->isLoading() && (m_model->hasLoaded() || !m_model->errorText().isEmpty());
}

} // namespace brickdesk
