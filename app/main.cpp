// Wiring only: parse the command line, build the shared services, open the window.
#include "ActivityLog.h"
#include "AzureSignIn.h"
#include "DeltaHistoryCommand.h"
#include "DemoAwareTokenStore.h"
#include "DemoWorkspaceRunner.h"
#include "KeychainTokenStore.h"
#include "MainWindow.h"
#include "ProfileCatalog.h"
#include "ProfileListing.h"
#include "ProfileSettings.h"
#include "SecretsPage.h"
#include "StartupActions.h"
#include "WorkspaceSessionPool.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLibraryInfo>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

using namespace brickdesk;

namespace {

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Brickdesk — a desktop workspace manager for Databricks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("list-profiles"),
                      QStringLiteral("Print the profiles as resolved from .databrickscfg and the "
                                     "environment, as JSON, and exit.")});
    parser.addOption({QStringLiteral("config"),
                      QStringLiteral("Read profiles from FILE instead of ~/.databrickscfg."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Open the built-in demo workspace.")});
    parser.addOption(
        {QStringLiteral("profile"), QStringLiteral("Open profile NAME."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("section"),
                      QStringLiteral("Open on section NAME: clusters, jobs, dbfs, secrets, "
                                     "secrets/compare, secrets/key-vault, workspace or sql."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("open-notebook"),
                      QStringLiteral("Open the workspace notebook PATH in an editor tab."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("run-sql"),
         QStringLiteral("Put SQL in the SQL editor and run it on the chosen warehouse."),
         QStringLiteral("SQL")});
    parser.addOption({QStringLiteral("delta-history"),
                      QStringLiteral("Print the history of the Delta table at PATH (a local "
                                     "folder or dbfs:/path, read through --profile) and exit."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("json"),
                      QStringLiteral("With --delta-history: one JSON object per version, newest "
                                     "first, then {\"warnings\":[...]}.")});
    parser.addOption({QStringLiteral("open-delta"),
                      QStringLiteral("Open the Delta table at the DBFS path PATH in its tab."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("screenshot"),
         QStringLiteral("Render the main window on the demo workspace to FILE.png and exit."),
         QStringLiteral("FILE")});
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Brickdesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("brickdesk.dev"));
    QCoreApplication::setApplicationName(QStringLiteral("brickdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRICKDESK_VERSION));
}

int listProfiles(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString explicitPath = parser.value(QStringLiteral("config"));
    const QString path = ProfileLoader::configFilePath(environment, explicitPath);
    QSettings store;
    ProfileSettings settings(store);
    const bool mustExist =
        !explicitPath.isEmpty() || environment.contains(QStringLiteral("DATABRICKS_CONFIG_FILE"));
    const ProfileCatalog catalog = ProfileLoader::load(path, environment, &settings, mustExist);
    const QByteArray json = profileListingJson(catalog);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    return catalog.unreadable ? 2 : 0;
}

int printDeltaHistory(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);
    DeltaHistoryCommandOptions options;
    options.path = parser.value(QStringLiteral("delta-history"));
    options.profileName = parser.value(QStringLiteral("profile"));
    options.json = parser.isSet(QStringLiteral("json"));
    options.configPath = ProfileLoader::configFilePath(QProcessEnvironment::systemEnvironment(),
                                                       parser.value(QStringLiteral("config")));
    return runDeltaHistoryCommand(options);
}

// Listing profiles and printing a Delta history are for scripts and terminals: they must work
// without a display.
bool wantsHeadless(int argc, char **argv, const char *option)
{
    const QByteArray withValue = QByteArray(option) + '=';
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], option) == 0 || QByteArray(argv[i]).startsWith(withValue))
            return true;
    }
    return false;
}

void installTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("brickdesk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        app.installTranslator(own);
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsHeadless(argc, argv, "--list-profiles"))
        return listProfiles(argc, argv);
    if (wantsHeadless(argc, argv, "--delta-history"))
        return printDeltaHistory(argc, argv);

    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setDesktopFileName(QStringLiteral("dev.brickdesk.Brickdesk"));
    installTranslations(app);
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    const QString screenshotPath = parser.value(QStringLiteral("screenshot"));
    const bool screenshot = !screenshotPath.isEmpty();
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    QNetworkAccessManager network;
    network.setAutoDeleteReplies(false);
    ActivityLog activity;
    KeychainTokenStore keychain;
    DemoAwareTokenStore tokens(&keychain);
    QSettings settings;
    AzureSignIn azure(&network, &activity, &tokens);
    azure.setInteractive(true); // a device-code sign-in is shown to the user, not failed
    WorkspaceSessionPool sessions(&network, &activity, &tokens);
    sessions.setAzureSignIn(&azure);

    AppContext context;
    context.network = &network;
    context.activity = &activity;
    context.tokens = &tokens;
    context.settings = &settings;
    context.azure = &azure;
    context.sessions = &sessions;
    context.environment = environment;
    context.configPath =
        ProfileLoader::configFilePath(environment, parser.value(QStringLiteral("config")));

    // The demo workspace is always on offer; it opens by itself on first run (no profile file),
    // with --demo, and for --screenshot.
    DemoWorkspaceRunner demo;
    QString demoError;
    if (demo.start(&demoError)) {
        context.demo = demo.workspace();
        // Staging and prod beside the demo, so that comparing environments finds something.
        if (demo.startPeers(&demoError))
            context.demoPeers = demo.peers();
        else
            qWarning("The demo staging and prod workspaces could not start: %s",
                     qPrintable(demoError));
        tokens.setDemoAddresses(demo.addresses());
    } else {
        qWarning("The demo workspace could not start: %s", qPrintable(demoError));
    }
    context.startOnDemo =
        screenshot || parser.isSet(QStringLiteral("demo")) || !QFile::exists(context.configPath);

    if (!screenshot)
        context.initialProfile = parser.value(QStringLiteral("profile"));
    MainWindow window(context);
    if (!context.initialProfile.isEmpty() &&
        window.currentProfileName() != context.initialProfile) {
        std::fprintf(stderr, "brickdesk: no profile named '%s'\n",
                     qPrintable(context.initialProfile));
        return 2;
    }
    const QString section = parser.value(QStringLiteral("section")).toLower();
    if (section == QLatin1String("jobs"))
        window.openSection(MainWindow::Section::Jobs);
    else if (section == QLatin1String("dbfs"))
        window.openSection(MainWindow::Section::Dbfs);
    else if (section.startsWith(QLatin1String("secrets")) &&
             (section == QLatin1String("secrets") || section == QLatin1String("secrets/scopes") ||
              section == QLatin1String("secrets/compare") ||
              section == QLatin1String("secrets/key-vault"))) {
        if (section == QLatin1String("secrets/compare"))
            window.secretsPage()->showTab(SecretsPage::Tab::Compare);
        else if (section == QLatin1String("secrets/key-vault"))
            window.secretsPage()->showTab(SecretsPage::Tab::KeyVault);
        window.openSection(MainWindow::Section::Secrets);
    } else if (section == QLatin1String("workspace")) {
        window.openSection(MainWindow::Section::Workspace);
    } else if (section == QLatin1String("sql")) {
        window.openSection(MainWindow::Section::Sql);
    } else if (!section.isEmpty() && section != QLatin1String("clusters")) {
        std::fprintf(stderr,
                     "brickdesk: no section named '%s' (clusters, jobs, dbfs, secrets, "
                     "secrets/compare, secrets/key-vault, workspace, sql)\n",
                     qPrintable(section));
        return 2;
    }
    window.show();

    StartupActions startup(&window, parser.value(QStringLiteral("open-notebook")),
                           parser.value(QStringLiteral("run-sql")));
    startup.setDeltaTable(parser.value(QStringLiteral("open-delta")));
    if (!startup.isEmpty())
        QObject::connect(&window, &MainWindow::workspaceSettled, &startup, &StartupActions::run);

    if (screenshot) {
        auto capture = [&] {
            const bool saved = window.grab().save(screenshotPath, "PNG");
            std::fprintf(stderr, "brickdesk: %s %s after %lld ms\n",
                         saved ? "wrote" : "could not write", qPrintable(screenshotPath),
                         static_cast<long long>(started.elapsed()));
            QCoreApplication::exit(saved ? 0 : 1);
        };
        // Capture once the lists are in, or after 20 s with whatever is there.
        if (startup.isEmpty())
            QObject::connect(&window, &MainWindow::workspaceSettled, &app,
                             [&] { QTimer::singleShot(150, &app, capture); });
        else
            QObject::connect(&startup, &StartupActions::done, &app,
                             [&] { QTimer::singleShot(300, &app, capture); });
        QTimer::singleShot(20000, &app, capture);
    }
    return app.exec();
}
