#pragma once

#include "ClusterRequests.h"
#include "WorkspacePage.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace brickdesk {

class ClusterController;
class ClusterDetailsPane;
class ClusterDialog;
class ClusterFilterModel;
class ClusterListModel;

// The Clusters section: a filterable table of the workspace's clusters, a details pane, and every
// action as a toolbar button with a shortcut. Rows follow their clusters' states live.
class ClustersPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit ClustersPage(QWidget *parent = nullptr);

    void connectTo(const ConnectedWorkspace &workspace) override;
    void disconnectFrom(const QString &whyNot) override;
    bool isSettled() const override;

    ClusterListModel *model() const { return m_model; }
    ClusterFilterModel *filterModel() const { return m_filter; }
    ClusterController *controller() const { return m_controller; }
    ClusterDetailsPane *details() const { return m_details; }
    QTableView *table() const { return m_table; }
    QComboBox *scopeBox() const { return m_scope; }
    QLineEdit *filterEdit() const { return m_text; }
    QLabel *statusLabel() const { return m_status; }
    QAction *action(ClusterAction action) const;
    QAction *createAction() const { return m_create; }
    QAction *editAction() const { return m_edit; }
    QAction *cloneAction() const { return m_clone; }
    QAction *refreshAction() const { return m_refresh; }

    bool selectCluster(const QString &clusterId);
    QString selectedClusterId() const;
    // The open create/edit/clone dialog, if any (for tests and keyboard users).
    ClusterDialog *openDialog() const;

private:
    void buildActions();
    void updateActions();
    void updateStatus();
    void perform(ClusterAction action);
    void openClusterDialog(int mode);
    bool confirmOnProd(const QString &what, const QString &clusterName);

    ClusterListModel *m_model;
    ClusterFilterModel *m_filter;
    ClusterController *m_controller;
    ClusterDetailsPane *m_details;
    QTableView *m_table;
    QComboBox *m_scope;
    QLineEdit *m_text;
    QLabel *m_status;
    QTimer *m_uptimeTimer;
    QHash<int, QAction *> m_actions;
    QAction *m_create = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_clone = nullptr;
    QAction *m_refresh = nullptr;
    ConnectedWorkspace m_workspace;
    QString m_whyNot;
};

} // namespace brickdesk
