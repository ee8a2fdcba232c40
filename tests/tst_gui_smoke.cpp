// The main window, offscreen, on a demo workspace served by the emulator over real HTTP.
#include "ActivityLog.h"
#include "ClusterListModel.h"
#include "ClustersPage.h"
#include "ConfigFileWriter.h"
#include "ConfirmByNameDialog.h"
#include "EmulatorOptionsFor.h"
#include "JobListModel.h"
#include "KeychainTokenStore.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "ProfileListModel.h"
#include "ProfileSettings.h"
#include "WorkspaceEmulator.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace brickdesk;

namespace {
const QString kToken = QStringLiteral("bdtest-gui-smoke");
}

class TestGuiSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensDemoWorkspaceAndSeesThreeClusters();
    void jobsTabShowsAllJobs();
    void prodProfileIsGuardedEverywhere();
    void brokenConfigStillOpensOtherProfiles();
    void confirmByNameNeedsTheExactName();
    void addProfileThroughTheDialogConnects();
    void removingAProdProfileNeedsItsName();
    void profileDialogTestsTheConnection();
    void profileDialogShowsTheFieldsOfEachSignIn();

private:
    AppContext context();

    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    ActivityLog m_activity;
    KeychainTokenStore m_tokens;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestGuiSmoke::init()
{
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(emulatorOptionsFor(kToken));
    QVERIFY(m_emulator->listen());
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
}

void TestGuiSmoke::cleanup()
{
    m_settings.reset();
    m_dir.reset();
    m_emulator.reset();
}

AppContext TestGuiSmoke::context()
{
    AppContext context;
    context.network = &m_network;
    context.activity = &m_activity;
    context.tokens = &m_tokens;
    context.settings = m_settings.get();
    context.configPath =
        m_dir->filePath(QStringLiteral(".databrickscfg")); // does not exist: first run
    DemoWorkspace demo;
    demo.profile.name = QStringLiteral("Demo workspace");
    demo.profile.host = m_emulator->baseUrl().toString();
    demo.profile.environment = EnvironmentTag::Dev;
    demo.profile.colour = QStringLiteral("#1565c0");
    demo.token = kToken;
    context.demo = demo;
    context.startOnDemo = true;
    return context;
}

void TestGuiSmoke::opensDemoWorkspaceAndSeesThreeClusters()
{
    MainWindow window(context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentProfileName(), QStringLiteral("Demo workspace"));
    QTRY_COMPARE_WITH_TIMEOUT(window.clusterModel()->rowCount(), 3, 10000);
    QCOMPARE(window.tabs()->currentWidget(), window.clustersPage());
    QCOMPARE(window.clustersPage()->table()->model()->rowCount(), 3);
    QVERIFY(window.bannerLabel()->isVisible());
    QVERIFY(window.bannerLabel()->text().contains(QStringLiteral("Demo workspace")));
    QCOMPARE(window.environmentBadge()->text(), QStringLiteral("DEMO"));
    QTRY_VERIFY(window.connectionLabel()->text().contains(QStringLiteral("Connected")));
    QVERIFY(
        window.connectionLabel()->text().contains(QStringLiteral("demo.user@brickdesk.example")));
    QVERIFY(!window.removeProfileAction()->isEnabled()); // the demo is not in the file
    QVERIFY(m_activity.size() >= 3);
}

void TestGuiSmoke::jobsTabShowsAllJobs()
{
    MainWindow window(context());
    window.show();
    window.openSection(MainWindow::Section::Jobs);
    QTRY_COMPARE_WITH_TIMEOUT(window.jobModel()->rowCount(), 25, 10000);
    QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()), QStringLiteral("Jobs"));
    window.openSection(MainWindow::Section::Dbfs);
    QCOMPARE(window.tabs()->count(), 3);
    window.openSection(MainWindow::Section::Dbfs); // focuses the open tab, no duplicate
    QCOMPARE(window.tabs()->count(), 3);
}

void TestGuiSmoke::prodProfileIsGuardedEverywhere()
{
    AppContext ctx = context();
    ctx.startOnDemo = false;
    QVERIFY(ConfigFileWriter::edit(ctx.configPath, [&](ConfigDocument &doc, QString &) {
                return doc.setValue(QStringLiteral("acme"), QStringLiteral("host"),
                                    m_emulator->baseUrl().toString()) &&
                       doc.setValue(QStringLiteral("acme"), QStringLiteral("token"), kToken);
            }).ok());
    ProfileSettings settings(*m_settings);
    settings.setEnvironment(QStringLiteral("acme"), EnvironmentTag::Prod);
    MainWindow window(ctx);
    window.show();
    QVERIFY(window.selectProfile(QStringLiteral("acme")));
    QCOMPARE(window.environmentBadge()->text(), QStringLiteral("PROD"));
    QVERIFY(window.environmentBadge()->styleSheet().contains(QStringLiteral("#c62828")));
    QVERIFY(window.bannerLabel()->isVisible());
    QVERIFY(window.bannerLabel()->text().contains(QStringLiteral("PRODUCTION")));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("[PROD] acme")));
    QVERIFY(window.profileSwitcher()->currentText().contains(QStringLiteral("[PROD]")));
    QVERIFY(window.removeProfileAction()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(window.clusterModel()->rowCount(), 3, 10000);
}

void TestGuiSmoke::brokenConfigStillOpensOtherProfiles()
{
    AppContext ctx = context();
    ctx.startOnDemo = false;
    QFile file(ctx.configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[good]\nhost = " + m_emulator->baseUrl().toString().toUtf8() +
               "\ntoken = " + kToken.toUtf8() + "\nthis line is broken\n[nohost]\ntoken = x\n");
    file.close();
    MainWindow window(ctx);
    window.show();
    QVERIFY(window.selectProfile(QStringLiteral("good")));
    QVERIFY(window.bannerLabel()->text().contains(QStringLiteral("problem")));
    QTRY_COMPARE_WITH_TIMEOUT(window.clusterModel()->rowCount(), 3, 10000);
    QVERIFY(window.selectProfile(QStringLiteral("nohost")));
    QTRY_VERIFY(window.connectionLabel()->text().contains(QStringLiteral("no host configured")));
    QCOMPARE(window.clusterModel()->rowCount(), 0);
}

void TestGuiSmoke::confirmByNameNeedsTheExactName()
{
    ConfirmByNameDialog dialog(QStringLiteral("Remove profile"), QStringLiteral("acme-prod"));
    QVERIFY(!dialog.isConfirmEnabled());
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("acme-pro"));
    QVERIFY(!dialog.isConfirmEnabled());
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("d"));
    QVERIFY(dialog.isConfirmEnabled());
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral(" "));
    QVERIFY(!dialog.isConfirmEnabled());
}

void TestGuiSmoke::profileDialogTestsTheConnection()
{
    ProfileDialog dialog(&m_network, {});
    dialog.show();
    QTest::keyClicks(dialog.hostEdit(), m_emulator->baseUrl().toString());
    QTest::keyClicks(dialog.tokenEdit(), QStringLiteral("wrong-token"));
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.resultLabel()->text().contains(QStringLiteral("refused")),
                             10000);
    QVERIFY(dialog.resultLabel()->text().contains(QStringLiteral("403")));
    dialog.tokenEdit()->clear();
    QTest::keyClicks(dialog.tokenEdit(), kToken);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog.resultLabel()->text().startsWith(QStringLiteral("Connected as demo.user")), 10000);
    QVERIFY(!dialog.resultLabel()->text().contains(kToken));
}

void TestGuiSmoke::profileDialogShowsTheFieldsOfEachSignIn()
{
    ProfileDialog dialog(&m_network, {});
    dialog.show();
    QVERIFY(dialog.tokenEdit()->isVisible());
    QVERIFY(!dialog.vaultUrlEdit()->isVisible());
    // A token kept in Key Vault: vault, secret name and how to sign in, no token field.
    dialog.tokenSourceBox()->setCurrentIndex(
        dialog.tokenSourceBox()->findData(QStringLiteral("key-vault")));
    QVERIFY(!dialog.tokenEdit()->isVisible());
    QVERIFY(dialog.vaultUrlEdit()->isVisible() && dialog.vaultSecretEdit()->isVisible());
    const int certificate =
        dialog.signInMethodBox()->findData(QStringLiteral("client-certificate"));
    QVERIFY(certificate >= 0);
    dialog.signInMethodBox()->setCurrentIndex(certificate);
    QVERIFY(dialog.azureClientEdit()->isVisible());
    QVERIFY(!dialog.azureSecretEdit()->isVisible());
    dialog.signInMethodBox()->setCurrentIndex(
        dialog.signInMethodBox()->findData(QStringLiteral("client-secret")));
    QVERIFY(dialog.azureSecretEdit()->isVisible());
    // A service principal profile: tenant, client id and secret; no token, no vault.
    dialog.authTypeBox()->setCurrentIndex(
        dialog.authTypeBox()->findData(QStringLiteral("azure-client-secret")));
    QVERIFY(!dialog.tokenEdit()->isVisible() && !dialog.vaultUrlEdit()->isVisible());
    QVERIFY(dialog.azureTenantEdit()->isVisible() && dialog.azureClientEdit()->isVisible() &&
            dialog.azureSecretEdit()->isVisible());
    QVERIFY(!dialog.testButton()->isVisible()); // the tester speaks personal access tokens only
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("sp"));
    QTest::keyClicks(dialog.hostEdit(), QStringLiteral("https://adb-1.1.azuredatabricks.net"));
    QTest::keyClicks(dialog.azureTenantEdit(), QStringLiteral("tenant-1"));
    QTest::keyClicks(dialog.azureClientEdit(), QStringLiteral("app-1"));
    QTest::keyClicks(dialog.azureSecretEdit(), QStringLiteral("sp-secret"));
    const ProfileEdit edit = dialog.edit();
    QCOMPARE(edit.authType, QStringLiteral("azure-client-secret"));
    QCOMPARE(edit.azureTenantId, QStringLiteral("tenant-1"));
    QCOMPARE(edit.azureClientSecret, QStringLiteral("sp-secret"));
    QVERIFY(edit.token.isEmpty());
}

void TestGuiSmoke::addProfileThroughTheDialogConnects()
{
    MainWindow window(context());
    window.show();
    QAction *add = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Add profile…"))
            add = action;
    }
    QVERIFY(add);
    add->trigger();
    auto *dialog = window.findChild<ProfileDialog *>();
    QVERIFY(dialog);
    const QString name =
        QStringLiteral("gui-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    QTest::keyClicks(dialog->nameEdit(), name);
    QTest::keyClicks(dialog->hostEdit(), m_emulator->baseUrl().toString());
    QTest::keyClicks(dialog->tokenEdit(), kToken);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentProfileName(), name, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionLabel()->text().contains(QStringLiteral("Connected")),
                             20000);
    QFile file(m_dir->filePath(QStringLiteral(".databrickscfg")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains(name.toUtf8()));
    QVERIFY(!written.contains(kToken.toUtf8())); // the token went to the keychain
    m_tokens.deleteToken(name, this, [](const TokenStoreResult &) {});
}

void TestGuiSmoke::removingAProdProfileNeedsItsName()
{
    AppContext ctx = context();
    ctx.startOnDemo = false;
    QVERIFY(ConfigFileWriter::edit(ctx.configPath, [&](ConfigDocument &doc, QString &) {
                return doc.setValue(QStringLiteral("live"), QStringLiteral("host"),
                                    m_emulator->baseUrl().toString()) &&
                       doc.setValue(QStringLiteral("keep"), QStringLiteral("host"),
                                    m_emulator->baseUrl().toString());
            }).ok());
    ProfileSettings(*m_settings).setEnvironment(QStringLiteral("live"), EnvironmentTag::Prod);
    MainWindow window(ctx);
    window.show();
    QVERIFY(window.selectProfile(QStringLiteral("live")));

    // First time: a wrong name keeps the action disabled, and Cancel leaves everything as it was.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ConfirmByNameDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Live"));
        QVERIFY(!dialog->isConfirmEnabled());
        dialog->reject();
    });
    window.removeProfileAction()->trigger();
    QVERIFY(window.profileModel()->rowOf(QStringLiteral("live")) >= 0);

    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ConfirmByNameDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("live"));
        QVERIFY(dialog->isConfirmEnabled());
        dialog->accept();
    });
    window.removeProfileAction()->trigger();
    QTRY_VERIFY(window.profileModel()->rowOf(QStringLiteral("live")) < 0);
    QVERIFY(window.profileModel()->rowOf(QStringLiteral("keep")) >= 0);
}

QTEST_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
