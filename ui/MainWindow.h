#pragma once

#include "AppContext.h"
#include "ProfileCatalog.h"
#include "ProfileSettings.h"
#include "WorkspaceSession.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QListWidget;
class QPushButton;
class QSystemTrayIcon;
class QTabWidget;
class QTableView;

namespace brickdesk {

class ActivityModel;
class ClusterListModel;
class ClustersPage;
class DbfsPage;
class JobListModel;
class JobsPage;
class ProfileListModel;
class ProfileVaults;
class SecretsPage;
class SqlEditorPage;
class WorkspaceBrowserPage;
class WorkspacePage;

// The app's one window: profile switcher with environment tag, navigation, tabs, activity panel
// and connection state. It wires models to the workspace session; it makes no HTTP call itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section
    {
        Clusters,
        Jobs,
        Dbfs,
        Secrets,
        Workspace,
        Sql
    };

    explicit MainWindow(AppContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void reloadProfiles();
    bool selectProfile(const QString &name);
    void openSection(Section section);

    QString currentProfileName() const;
    WorkspaceSession *session() const { return m_session; }
    ClusterListModel *clusterModel() const;
    JobListModel *jobModel() const;
    ClustersPage *clustersPage() const { return m_clustersPage; }
    JobsPage *jobsPage() const { return m_jobsPage; }
    DbfsPage *dbfsPage() const { return m_dbfsPage; }
    SecretsPage *secretsPage() const { return m_secretsPage; }
    WorkspaceBrowserPage *workspacePage() const { return m_workspacePage; }
    SqlEditorPage *sqlPage() const { return m_sqlPage; }
    ProfileListModel *profileModel() const { return m_profileModel; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *profileSwitcher() const { return m_switcher; }
    QLabel *bannerLabel() const { return m_banner; }
    QLabel *environmentBadge() const { return m_badge; }
    QLabel *connectionLabel() const { return m_connection; }
    QAction *removeProfileAction() const { return m_removeProfile; }

Q_SIGNALS:
    // The lists shown on opening a workspace have loaded or failed (for --screenshot).
    void workspaceSettled();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void onProfileActivated(int row);
    void onSessionStateChanged(WorkspaceSession::State state);
    void updateGuards();
    void showBanner();
    void addProfile();
    void editProfile();
    void openProfileDialog(const Profile *existing);
    void moveTokenToKeychain();
    void removeCurrentProfile();
    void showConfigIssues();
    const Profile *currentProfile() const;
    QList<DemoWorkspace> demoWorkspaces() const;
    const DemoWorkspace *demoWorkspace(const QString &profileName) const;
    QWidget *sectionWidget(Section section);
    void checkSettled();
    void showNotification(const QString &title, const QString &text);

    AppContext m_context;
    ProfileSettings m_profileSettings;
    ProfileCatalog m_catalog;
    WorkspaceSession *m_session;
    ProfileListModel *m_profileModel;
    ActivityModel *m_activityModel;
    ProfileVaults *m_vaults;

    QComboBox *m_switcher = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_bannerButton = nullptr;
    QListWidget *m_navigation = nullptr;
    QTabWidget *m_tabs = nullptr;
    ClustersPage *m_clustersPage = nullptr;
    JobsPage *m_jobsPage = nullptr;
    DbfsPage *m_dbfsPage = nullptr;
    SecretsPage *m_secretsPage = nullptr;
    WorkspaceBrowserPage *m_workspacePage = nullptr;
    SqlEditorPage *m_sqlPage = nullptr;
    QList<WorkspacePage *> m_pages;
    QSystemTrayIcon *m_tray = nullptr;
    QDockWidget *m_activityDock = nullptr;
    QTableView *m_activityTable = nullptr;
    QLabel *m_connection = nullptr;
    QAction *m_editProfile = nullptr;
    QAction *m_moveToken = nullptr;
    QAction *m_removeProfile = nullptr;
    QHash<int, QWidget *> m_sectionWidgets;
    bool m_settled = false;
};

} // namespace brickdesk
