#include "MainWindow.h"

#include "ActivityLog.h"
#include "ActivityModel.h"
#include "AzureSignInPrompter.h"
#include "ClusterListModel.h"
#include "ClustersPage.h"
#include "ConfirmByNameDialog.h"
#include "DbfsPage.h"
#include "JobListModel.h"
#include "JobsPage.h"
#include "PlaceholderPage.h"
#include "ProfileDialog.h"
#include "ProfileEditor.h"
#include "ProfileListModel.h"
#include "ProfileSettings.h"
#include "ProfileVaults.h"
#include "SecretsPage.h"
#include "SqlEditorPage.h"
#include "TokenMigration.h"
#include "TokenStore.h"
#include "WorkspaceBrowserPage.h"
#include "WorkspaceSessionPool.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace brickdesk {

namespace {

struct SectionInfo
{
    MainWindow::Section section;
    const char *title;
    const char *icon; // freedesktop theme name, with a bundled fallback
};

constexpr SectionInfo kSections[] = {
    {MainWindow::Section::Clusters, QT_TRANSLATE_NOOP("MainWindow", "Clusters"), "network-server"},
    {MainWindow::Section::Jobs, QT_TRANSLATE_NOOP("MainWindow", "Jobs"), "view-calendar"},
    {MainWindow::Section::Dbfs, QT_TRANSLATE_NOOP("MainWindow", "DBFS"), "folder"},
    {MainWindow::Section::Secrets, QT_TRANSLATE_NOOP("MainWindow", "Secrets"), "dialog-password"},
    {MainWindow::Section::Workspace, QT_TRANSLATE_NOOP("MainWindow", "Workspace"),
     "text-x-generic"},
    {MainWindow::Section::Sql, QT_TRANSLATE_NOOP("MainWindow", "SQL"), "x-office-spreadsheet"},
};

QString sectionTitle(MainWindow::Section section)
{
    for (const SectionInfo &info : kSections) {
        if (info.section == section)
            return MainWindow::tr(info.title);
    }
    return {};
}

const QString kLastProfileKey = QStringLiteral("ui/lastProfile");

} // namespace

MainWindow::MainWindow(AppContext context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
    , m_profileSettings(*m_context.settings)
    , m_session(new WorkspaceSession(m_context.network, m_context.activity, m_context.tokens, this))
    , m_profileModel(new ProfileListModel(this))
    , m_activityModel(new ActivityModel(m_context.activity, this))
    , m_vaults(new ProfileVaults(m_context.settings, this))
{
    setWindowTitle(QStringLiteral("Brickdesk"));
    m_session->setAzureSignIn(m_context.azure);
    m_session->setEnvironment(m_context.environment);
    // The demo workspaces' tokens and vaults exist for this run only.
    for (const DemoWorkspace &demo : demoWorkspaces()) {
        m_vaults->setTransientVaults(demo.profile.name, demo.keyVaults);
        if (m_context.sessions)
            m_context.sessions->setDemoToken(demo.profile.name, demo.token);
    }
    if (m_context.azure)
        new AzureSignInPrompter(m_context.azure, this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/brickdesk.svg")));
    buildUi();
    connect(m_session, &WorkspaceSession::stateChanged, this, &MainWindow::onSessionStateChanged);

    reloadProfiles();
    QString initial = m_context.settings->value(kLastProfileKey).toString();
    if (!m_context.initialProfile.isEmpty())
        initial = m_context.initialProfile;
    else if (m_context.startOnDemo && m_context.demo)
        initial = m_context.demo->profile.name;
    else if (!m_catalog.defaultProfile.isEmpty() && !m_catalog.find(initial))
        initial = m_catalog.defaultProfile;
    if (!selectProfile(initial) && m_profileModel->rowCount() > 0)
        selectProfile(m_profileModel->profileAt(0)->name);

    restoreGeometry(m_context.settings->value(QStringLiteral("ui/geometry")).toByteArray());
    restoreState(m_context.settings->value(QStringLiteral("ui/windowState")).toByteArray());
}

MainWindow::~MainWindow()
{
    // Loads end before the session and its client go away.
    for (WorkspacePage *page : std::as_const(m_pages))
        page->disconnectFrom(QString());
    m_session->close();
}

void MainWindow::buildUi()
{
    resize(1280, 800);

    // Profile switcher, environment badge and profile actions.
    auto *toolbar = addToolBar(tr("Profile"));
    toolbar->setObjectName(QStringLiteral("profileToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr(" Workspace: "), toolbar));
    m_switcher = new QComboBox(toolbar);
    m_switcher->setModel(m_profileModel);
    m_switcher->setMinimumContentsLength(28);
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_switcher->setAccessibleName(tr("Workspace profile"));
    connect(m_switcher, &QComboBox::activated, this, &MainWindow::onProfileActivated);
    toolbar->addWidget(m_switcher);
    m_badge = new QLabel(toolbar);
    m_badge->setMargin(4);
    toolbar->addWidget(m_badge);
    toolbar->addSeparator();
    QAction *add = toolbar->addAction(QIcon::fromTheme(QStringLiteral("list-add")),
                                      tr("Add profile…"), this, &MainWindow::addProfile);
    m_editProfile = toolbar->addAction(QIcon::fromTheme(QStringLiteral("document-edit")),
                                       tr("Edit profile…"), this, &MainWindow::editProfile);
    m_moveToken =
        toolbar->addAction(QIcon::fromTheme(QStringLiteral("dialog-password")),
                           tr("Move token to keychain"), this, &MainWindow::moveTokenToKeychain);
    m_moveToken->setToolTip(
        tr("Store this profile's token in the system keychain and remove it from .databrickscfg"));
    m_removeProfile =
        toolbar->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Remove profile…"),
                           this, &MainWindow::removeCurrentProfile);
    QAction *reload = toolbar->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                                         tr("Reload profiles"), this, &MainWindow::reloadProfiles);
    reload->setToolTip(tr("Read %1 again").arg(m_context.configPath));

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(add);
    fileMenu->addAction(m_editProfile);
    fileMenu->addAction(m_moveToken);
    fileMenu->addAction(m_removeProfile);
    fileMenu->addAction(reload);
    QAction *reconnect = fileMenu->addAction(
        tr("Re&connect"), this, [this] { onProfileActivated(m_switcher->currentIndex()); });
    reconnect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    // Banner (demo / production / profile problems), navigation and tabs.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bannerRow = new QWidget(central);
    bannerRow->setObjectName(QStringLiteral("banner"));
    auto *bannerLayout = new QHBoxLayout(bannerRow);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    m_banner = new QLabel(bannerRow);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_bannerButton = new QPushButton(bannerRow);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_bannerButton);
    layout->addWidget(bannerRow);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    m_navigation = new QListWidget(splitter);
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    for (const SectionInfo &info : kSections) {
        auto *item = new QListWidgetItem(QIcon::fromTheme(QLatin1String(info.icon)), tr(info.title),
                                         m_navigation);
        item->setData(Qt::UserRole, static_cast<int>(info.section));
        item->setSizeHint(QSize(140, 34));
    }
    m_navigation->setMaximumWidth(240);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            openSection(static_cast<Section>(m_navigation->item(row)->data(Qt::UserRole).toInt()));
    });
    m_tabs = new QTabWidget(splitter);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this,
            [this](int index) { m_tabs->removeTab(index); });
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 1100});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_clustersPage = new ClustersPage(this);
    m_jobsPage = new JobsPage(this);
    m_dbfsPage = new DbfsPage(this);
    m_secretsPage = new SecretsPage(this);
    SecretsServices secrets;
    secrets.network = m_context.network;
    secrets.activity = m_context.activity;
    secrets.azure = m_context.azure;
    secrets.sessions = m_context.sessions;
    secrets.vaults = m_vaults;
    secrets.environment = m_context.environment;
    m_secretsPage->setServices(secrets);
    m_workspacePage = new WorkspaceBrowserPage(this);
    m_sqlPage = new SqlEditorPage(m_context.settings, this);
    m_pages = {m_clustersPage, m_jobsPage, m_dbfsPage, m_secretsPage, m_workspacePage, m_sqlPage};
    m_sectionWidgets.insert(static_cast<int>(Section::Clusters), m_clustersPage);
    m_sectionWidgets.insert(static_cast<int>(Section::Jobs), m_jobsPage);
    m_sectionWidgets.insert(static_cast<int>(Section::Dbfs), m_dbfsPage);
    m_sectionWidgets.insert(static_cast<int>(Section::Secrets), m_secretsPage);
    m_sectionWidgets.insert(static_cast<int>(Section::Workspace), m_workspacePage);
    m_sectionWidgets.insert(static_cast<int>(Section::Sql), m_sqlPage);
    for (WorkspacePage *page : std::as_const(m_pages)) {
        // Until its section is opened a page is nobody's tab: hidden, or it would paint over
        // the window's top-left corner.
        page->hide();
        connect(page, &WorkspacePage::settledChanged, this, &MainWindow::checkSettled);
        connect(page, &WorkspacePage::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 10000); });
        connect(page, &WorkspacePage::notify, this, &MainWindow::showNotification);
    }
    openSection(Section::Clusters);
    openSection(Section::Jobs);
    openSection(Section::Clusters);
    // The navigation follows the tab in front, whichever way it got there.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        const int key = m_sectionWidgets.key(m_tabs->widget(index), -1);
        for (int row = 0; row < m_navigation->count(); ++row) {
            if (m_navigation->item(row)->data(Qt::UserRole).toInt() == key) {
                const QSignalBlocker blocker(m_navigation);
                m_navigation->setCurrentRow(row);
            }
        }
    });
    m_navigation->setCurrentRow(0);

    // Activity: every request, never a token.
    m_activityDock = new QDockWidget(tr("Activity"), this);
    m_activityDock->setObjectName(QStringLiteral("activityDock"));
    m_activityTable = new QTableView(m_activityDock);
    m_activityTable->setModel(m_activityModel);
    m_activityTable->verticalHeader()->hide();
    m_activityTable->horizontalHeader()->setStretchLastSection(true);
    m_activityTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_activityTable->setWordWrap(false);
    m_activityTable->setColumnWidth(ActivityModel::Path, 260);
    connect(m_activityModel, &QAbstractItemModel::rowsInserted, m_activityTable,
            [this] { m_activityTable->scrollToBottom(); });
    m_activityDock->setWidget(m_activityTable);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_activityDock->toggleViewAction());

    m_connection = new QLabel(this);
    m_connection->setTextFormat(Qt::RichText);
    statusBar()->addWidget(m_connection, 1);
}

QList<DemoWorkspace> MainWindow::demoWorkspaces() const
{
    QList<DemoWorkspace> demos;
    if (m_context.demo)
        demos.append(*m_context.demo);
    demos.append(m_context.demoPeers);
    return demos;
}

const DemoWorkspace *MainWindow::demoWorkspace(const QString &profileName) const
{
    if (m_context.demo && m_context.demo->profile.name == profileName)
        return &*m_context.demo;
    for (const DemoWorkspace &peer : m_context.demoPeers) {
        if (peer.profile.name == profileName)
            return &peer;
    }
    return nullptr;
}

QWidget *MainWindow::sectionWidget(Section section)
{
    const int key = static_cast<int>(section);
    if (QWidget *existing = m_sectionWidgets.value(key))
        return existing;
    QWidget *page = new PlaceholderPage(sectionTitle(section), this);
    m_sectionWidgets.insert(key, page);
    return page;
}

void MainWindow::openSection(Section section)
{
    QWidget *page = sectionWidget(section);
    int index = m_tabs->indexOf(page);
    if (index < 0)
        index = m_tabs->addTab(page, sectionTitle(section));
    m_tabs->setCurrentIndex(index);
}

void MainWindow::reloadProfiles()
{
    m_catalog =
        ProfileLoader::load(m_context.configPath, m_context.environment, &m_profileSettings);
    QList<Profile> profiles = m_catalog.profiles;
    for (const DemoWorkspace &demo : demoWorkspaces())
        profiles.append(demo.profile);
    m_profileModel->setProfiles(profiles,
                                m_context.demo ? m_context.demo->profile.name : QString());
    if (m_context.sessions)
        m_context.sessions->setProfiles(profiles);
    const int row = m_profileModel->rowOf(m_session->profile().name);
    if (row >= 0)
        m_switcher->setCurrentIndex(row);
    updateGuards();
    showBanner();
}

bool MainWindow::selectProfile(const QString &name)
{
    const int row = m_profileModel->rowOf(name);
    if (row < 0)
        return false;
    m_switcher->setCurrentIndex(row);
    onProfileActivated(row);
    return true;
}

ClusterListModel *MainWindow::clusterModel() const
{
    return m_clustersPage->model();
}

JobListModel *MainWindow::jobModel() const
{
    return m_jobsPage->model();
}

QString MainWindow::currentProfileName() const
{
    return m_session->profile().name;
}

const Profile *MainWindow::currentProfile() const
{
    return m_profileModel->profileAt(m_profileModel->rowOf(m_session->profile().name));
}

void MainWindow::onProfileActivated(int row)
{
    const Profile *profile = m_profileModel->profileAt(row);
    if (!profile)
        return;
    m_settled = false;
    for (WorkspacePage *page : std::as_const(m_pages))
        page->disconnectFrom(tr("Connecting…"));
    if (const DemoWorkspace *demo = demoWorkspace(profile->name)) {
        m_session->openWithToken(*profile, demo->token);
    } else {
        m_session->open(*profile, m_profileSettings.caBundlePath(profile->name));
        m_context.settings->setValue(kLastProfileKey, profile->name);
    }
    updateGuards();
    showBanner();
}

void MainWindow::onSessionStateChanged(WorkspaceSession::State state)
{
    const QString dot = QStringLiteral("<span style='color:%1'>●</span> ");
    switch (state) {
    case WorkspaceSession::State::Idle:
        m_connection->setText(tr("Not connected"));
        break;
    case WorkspaceSession::State::ResolvingToken:
        m_connection->setText(dot.arg(QStringLiteral("#ef6c00")) +
                              tr("Reading the token from the keychain…"));
        break;
    case WorkspaceSession::State::Connecting:
        m_connection->setText(
            dot.arg(QStringLiteral("#ef6c00")) +
            tr("Connecting to %1…").arg(m_session->profile().host.toHtmlEscaped()));
        break;
    case WorkspaceSession::State::Connected:
        m_connection->setText(dot.arg(QStringLiteral("#2e7d32")) +
                              tr("Connected to %1 as %2")
                                  .arg(m_session->profile().host.toHtmlEscaped(),
                                       m_session->userName().toHtmlEscaped()));
        for (WorkspacePage *page : std::as_const(m_pages))
            page->connectTo({m_session->client(), m_session->profile(), m_session->userName()});
        break;
    case WorkspaceSession::State::Failed:
        m_connection->setText(dot.arg(QStringLiteral("#c62828")) +
                              tr("Cannot connect: %1").arg(m_session->errorText().toHtmlEscaped()));
        for (WorkspacePage *page : std::as_const(m_pages))
            page->disconnectFrom(tr("Cannot connect: %1").arg(m_session->errorText()));
        m_settled = false;
        checkSettled();
        break;
    }
    m_connection->setToolTip(m_session->errorText());
}

void MainWindow::updateGuards()
{
    const Profile *profile = currentProfile();
    const bool isDemo = profile && demoWorkspace(profile->name);
    const bool inFile = profile && !isDemo && !profile->fromEnvironmentOnly;
    m_editProfile->setEnabled(inFile);
    m_removeProfile->setEnabled(inFile);
    m_moveToken->setEnabled(inFile && profile->tokenSource == TokenSource::ConfigFile);
    if (!profile) {
        m_badge->clear();
        return;
    }
    const bool isMainDemo = m_context.demo && profile->name == m_context.demo->profile.name;
    m_badge->setText(isMainDemo ? tr("DEMO") : environmentTagLabel(profile->environment));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: "
                                          "bold; border-radius: 3px; padding: 2px 8px; }")
                               .arg(profile->colour));
    m_badge->setToolTip(profile->isProd()
                            ? tr("Production: destructive actions ask you to type the profile name")
                            : QString());
    // Prod is named in the title too, so it shows in the task bar and window switcher.
    setWindowTitle(profile->isProd() ? QStringLiteral("[PROD] %1 — Brickdesk").arg(profile->name)
                                     : QStringLiteral("%1 — Brickdesk").arg(profile->name));
}

void MainWindow::showBanner()
{
    const Profile *profile = currentProfile();
    const bool isDemo = profile && demoWorkspace(profile->name);
    QWidget *row = m_banner->parentWidget();
    m_bannerButton->disconnect();
    QStringList lines;
    QString background;
    // Production comes first and cannot be hidden by anything else the banner has to say.
    if (profile && profile->isProd()) {
        lines.append(tr("<b style='color:#c62828'>PRODUCTION</b> — %1. Destructive actions ask you "
                        "to type the "
                        "profile name.")
                         .arg(profile->host.toHtmlEscaped()));
        background = QStringLiteral("#ffebee");
    } else if (isDemo) {
        lines.append(tr(
            "<b>Demo workspace.</b> You are looking at Brickdesk's built-in demo, running on this "
            "computer; nothing here touches a real Databricks workspace."));
        background = QStringLiteral("#e3f2fd");
        m_bannerButton->setText(tr("Add your workspace…"));
        connect(m_bannerButton, &QPushButton::clicked, this, &MainWindow::addProfile);
    }
    if (!m_catalog.issues.isEmpty() && !isDemo) {
        const int count = static_cast<int>(m_catalog.issues.size());
        const QString path = m_context.configPath.toHtmlEscaped();
        lines.append(count == 1
                         ? tr("<b>1 problem</b> in %1. The other profiles still work.").arg(path)
                         : tr("<b>%1 problems</b> in %2. The other profiles still work.")
                               .arg(count)
                               .arg(path));
        if (background.isEmpty())
            background = QStringLiteral("#fff3e0");
        m_bannerButton->setText(tr("Details…"));
        connect(m_bannerButton, &QPushButton::clicked, this, &MainWindow::showConfigIssues);
    }
    if (lines.isEmpty()) {
        row->hide();
        return;
    }
    m_banner->setText(lines.join(QStringLiteral("<br>")));
    m_bannerButton->setVisible(!m_bannerButton->text().isEmpty() &&
                               (isDemo || !m_catalog.issues.isEmpty()));
    row->setStyleSheet(QStringLiteral("#banner { background: %1; }").arg(background));
    row->show();
}

void MainWindow::showConfigIssues()
{
    QStringList lines;
    for (const ConfigIssue &issue : m_catalog.issues)
        lines.append(issue.toString());
    QMessageBox box(
        QMessageBox::Warning, tr("Problems in the profile file"),
        tr("Brickdesk read %1 and found these problems. Profiles without problems can be used.")
            .arg(m_context.configPath),
        QMessageBox::Ok, this);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

void MainWindow::addProfile()
{
    openProfileDialog(nullptr);
}

void MainWindow::editProfile()
{
    if (const Profile *profile = currentProfile())
        openProfileDialog(profile);
}

void MainWindow::openProfileDialog(const Profile *existing)
{
    QStringList names;
    for (const Profile &profile : std::as_const(m_catalog.profiles))
        names.append(profile.name);
    auto *dialog = new ProfileDialog(m_context.network, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (existing)
        dialog->setProfile(*existing, m_profileSettings.caBundlePath(existing->name));
    connect(dialog, &ProfileDialog::saveRequested, this, [this, dialog](const ProfileEdit &edit) {
        // The dialog is the callback's context: closing it drops the answer, never a dangling call.
        saveProfile(edit, m_context.configPath, *m_context.tokens, m_profileSettings, dialog,
                    [this, dialog, name = edit.name](const QString &error) {
                        if (!error.isEmpty()) {
                            dialog->showSaveError(error); // the dialog keeps what the user typed
                            return;
                        }
                        dialog->accept();
                        reloadProfiles();
                        selectProfile(name);
                    });
    });
    dialog->open();
}

void MainWindow::moveTokenToKeychain()
{
    const Profile *profile = currentProfile();
    if (!profile || profile->tokenSource != TokenSource::ConfigFile)
        return;
    const QString name = profile->name;
    brickdesk::moveTokenToKeychain(
        m_context.configPath, name, *m_context.tokens, m_profileSettings, this,
        [this, name](const QString &error) {
            if (!error.isEmpty()) {
                QMessageBox::warning(this, tr("Token not moved"), error);
                return;
            }
            statusBar()->showMessage(tr("The token of %1 is now in the system keychain.").arg(name),
                                     8000);
            reloadProfiles();
        });
}

void MainWindow::removeCurrentProfile()
{
    const Profile *profile = currentProfile();
    if (!profile)
        return;
    const QString name = profile->name;
    if (!ConfirmByNameDialog::confirm(this, tr("Remove profile"), name, profile->isProd()))
        return;
    removeProfile(
        name, m_context.configPath, *m_context.tokens, m_profileSettings, this,
        [this, name](const QString &error) {
            if (!error.isEmpty()) {
                QMessageBox::warning(this, tr("Profile not removed"), error);
                reloadProfiles(); // the keychain part may have failed after the file changed
                if (m_profileModel->rowOf(name) >= 0)
                    return;
            }
            m_session->close();
            reloadProfiles();
            if (m_profileModel->rowCount() > 0)
                selectProfile(m_profileModel->profileAt(0)->name);
            else
                statusBar()->showMessage(tr("Profile %1 removed.").arg(name), 8000);
        });
}

void MainWindow::checkSettled()
{
    if (m_settled)
        return;
    const bool failed = m_session->state() == WorkspaceSession::State::Failed;
    const bool pagesSettled = std::all_of(m_pages.cbegin(), m_pages.cend(),
                                          [](WorkspacePage *page) { return page->isSettled(); });
    if (failed || (m_session->state() == WorkspaceSession::State::Connected && pagesSettled)) {
        m_settled = true;
        Q_EMIT workspaceSettled();
    }
}

void MainWindow::showNotification(const QString &title, const QString &text)
{
    // A desktop notification where the desktop offers one; the status bar always.
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->show();
    }
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
    statusBar()->showMessage(title + QStringLiteral(": ") + text, 15000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved notebooks ask first (Save / Discard / Cancel); Cancel keeps the window open.
    if (!m_workspacePage->closeNotebookTabs()) {
        event->ignore();
        return;
    }
    m_context.settings->setValue(QStringLiteral("ui/geometry"), saveGeometry());
    m_context.settings->setValue(QStringLiteral("ui/windowState"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace brickdesk
