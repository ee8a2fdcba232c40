// The brickdesk executable from the outside: --list-profiles, --screenshot and --delta-history.
#include "EmulatorOptionsFor.h"

#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listProfilesPrintsJsonWithoutTokens();
    void listProfilesHonoursEnvironment();
    void listProfilesExitsTwoWhenUnreadable();
    void screenshotRendersTheDemoWorkspace();
    void deltaHistoryPrintsJsonNewestFirst();
    void deltaHistoryExitsTwoWithoutADeltaLog();
    void deltaHistoryReadsDbfsThroughAProfile();

private:
    QProcess *run(const QStringList &arguments, const QProcessEnvironment &extra = {});
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QProcess> m_process;
};

static QString fixture(const char *name)
{
    return QStringLiteral(BRICKDESK_TESTDATA_DIR "/databrickscfg/") + QLatin1String(name) + QStringLiteral("/.databrickscfg");
}

void TestCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
}

QProcess *TestCli::run(const QStringList &arguments, const QProcessEnvironment &extra)
{
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral(".config")));
    for (const QString &key : {QStringLiteral("DATABRICKS_CONFIG_FILE"), QStringLiteral("DATABRICKS_CONFIG_PROFILE"),
                               QStringLiteral("DATABRICKS_HOST"), QStringLiteral("DATABRICKS_TOKEN"), QStringLiteral("DISPLAY")})
        environment.remove(key);
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    m_process->setProcessEnvironment(environment);
    m_process->start(QStringLiteral(BRICKDESK_APP_PATH), arguments);
    if (!m_process->waitForFinished(60000))
        qFatal("brickdesk did not finish within 60 s");
    return m_process.get();
}

void TestCli::listProfilesPrintsJsonWithoutTokens()
{
    QProcess *process = run({QStringLiteral("--list-profiles"), QStringLiteral("--config"), fixture("sdk-go/default_profile")});
    QCOMPARE(process->exitCode(), 0);
    const QByteArray out = process->readAllStandardOutput();
    QVERIFY(!out.contains("dapiXYZ"));
    QVERIFY(!out.contains("dapiOTHER"));
    QVERIFY(!out.contains("dapiOLD"));
    const QJsonObject root = QJsonDocument::fromJson(out).object();
    QCOMPARE(root.value("default_profile").toString(), QStringLiteral("my-workspace"));
    const QJsonArray profiles = root.value("profiles").toArray();
    QCOMPARE(profiles.size(), 3);
    QCOMPARE(profiles[1].toObject().value("name").toString(), QStringLiteral("my-workspace"));
    QCOMPARE(profiles[1].toObject().value("host").toString(), QStringLiteral("https://my-workspace.cloud.databricks.com"));
    QCOMPARE(profiles[1].toObject().value("auth_type").toString(), QStringLiteral("pat"));
    QCOMPARE(profiles[1].toObject().value("token_source").toString(), QStringLiteral("config-file"));
    QCOMPARE(profiles[1].toObject().value("env").toString(), QStringLiteral("other"));
    QVERIFY(root.value("errors").toArray().isEmpty());
}

void TestCli::listProfilesHonoursEnvironment()
{
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("DATABRICKS_CONFIG_FILE"), fixture("sdk-go/root"));
    extra.insert(QStringLiteral("DATABRICKS_HOST"), QStringLiteral("adb-5.5.azuredatabricks.net"));
    extra.insert(QStringLiteral("DATABRICKS_TOKEN"), QStringLiteral("bdtest-env-token"));
    QProcess *process = run({QStringLiteral("--list-profiles")}, extra);
    QCOMPARE(process->exitCode(), 0);
    const QByteArray out = process->readAllStandardOutput();
    QVERIFY(!out.contains("bdtest-env-token"));
    const QJsonObject root = QJsonDocument::fromJson(out).object();
    const QJsonObject first = root.value("profiles").toArray().first().toObject();
    QCOMPARE(first.value("host").toString(), QStringLiteral("https://adb-5.5.azuredatabricks.net"));
    QCOMPARE(first.value("token_source").toString(), QStringLiteral("env"));
    QCOMPARE(root.value("default_profile").toString(), first.value("name").toString());
    QVERIFY(!root.value("errors").toArray().isEmpty()); // nohost has no host
}

void TestCli::listProfilesExitsTwoWhenUnreadable()
{
    QProcess *missing = run({QStringLiteral("--list-profiles"), QStringLiteral("--config"), m_home->filePath(QStringLiteral("nope"))});
    QCOMPARE(missing->exitCode(), 2);
    const QJsonObject root = QJsonDocument::fromJson(missing->readAllStandardOutput()).object();
    QVERIFY(root.value("errors").toArray().first().toString().contains(QStringLiteral("does not exist")));
    QProcess *directory = run({QStringLiteral("--list-profiles"), QStringLiteral("--config"), m_home->path()});
    QCOMPARE(directory->exitCode(), 2);
    // No file at the default place is not an error: there are just no profiles.
    QProcess *none = run({QStringLiteral("--list-profiles")});
    QCOMPARE(none->exitCode(), 0);
}

void TestCli::screenshotRendersTheDemoWorkspace()
{
    const QString png = m_home->filePath(QStringLiteral("shot.png"));
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess *process = run({QStringLiteral("--screenshot"), png}, extra);
    QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
}

void TestCli::deltaHistoryPrintsJsonNewestFirst()
{
    const QString table = QStringLiteral(BRICKDESK_TESTDATA_DIR "/delta/basic-with-inserts-overwrite-restore");
    QProcess *process = run({QStringLiteral("--delta-history"), table, QStringLiteral("--json")});
    QCOMPARE(process->exitCode(), 0);
    const QList<QByteArray> lines = process->readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // versions 3, 2, 1, 0 and the warnings
    QVERIFY(lines.first().startsWith("{\"version\":3,\"timestamp\":"));
    QStringList operations;
    for (int i = 0; i < 4; ++i) {
        const QJsonObject row = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(row.value("version").toInteger(), 3 - i);
        operations.append(row.value("operation").toString());
        for (const char *key : {"timestamp", "userId", "userName", "operationParameters", "job", "notebook",
                                "clusterId", "readVersion", "isolationLevel", "isBlindAppend",
                                "operationMetrics", "userMetadata", "engineInfo"})
            QVERIFY2(row.contains(QLatin1String(key)), key);
    }
    QCOMPARE(operations, (QStringList{"RESTORE", "WRITE", "WRITE", "WRITE"}));
    QCOMPARE(QJsonDocument::fromJson(lines.last()).object(),
             (QJsonObject{{"warnings", QJsonArray{}}}));
    // Text for people.
    QProcess *text = run({QStringLiteral("--delta-history"), table});
    QCOMPARE(text->exitCode(), 0);
    QVERIFY(text->readAllStandardOutput().contains("versions 0–3, 4 commits"));
}

void TestCli::deltaHistoryExitsTwoWithoutADeltaLog()
{
    QProcess *process = run({QStringLiteral("--delta-history"), m_home->path(), QStringLiteral("--json")});
    QCOMPARE(process->exitCode(), 2);
    QCOMPARE(process->readAllStandardOutput(), QByteArray());
    QCOMPARE(QString::fromUtf8(process->readAllStandardError()).trimmed(),
             "brickdesk: " + m_home->path() + " has no _delta_log folder: it is not a Delta table");
}

void TestCli::deltaHistoryReadsDbfsThroughAProfile()
{
    const QString token = QStringLiteral("cli-delta-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    brickdesk::emulator::WorkspaceEmulator emulator(emulatorOptionsFor(token, brickdesk::emulator::Seed::Empty));
    QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
    QString error;
    QVERIFY2(emulator.generateDeltaTable(QStringLiteral("/tables/trips"), 120, &error), qPrintable(error));
    QFile config(m_home->filePath(QStringLiteral(".databrickscfg")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[emu]\nhost = " + emulator.baseUrl().toString().toUtf8() + "\ntoken = " + token.toUtf8() + "\n");
    config.close();
    // The emulator answers from this process: wait without blocking its event loop.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral(".config")));
    for (const QString &key : {QStringLiteral("DATABRICKS_CONFIG_FILE"), QStringLiteral("DATABRICKS_CONFIG_PROFILE"),
                               QStringLiteral("DATABRICKS_HOST"), QStringLiteral("DATABRICKS_TOKEN")})
        environment.remove(key);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BRICKDESK_APP_PATH),
                  {QStringLiteral("--delta-history"), QStringLiteral("dbfs:/tables/trips"), QStringLiteral("--profile"),
                   QStringLiteral("emu"), QStringLiteral("--json")});
    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), 0);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 121);
    QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value("version").toInteger(), 119);
    QCOMPARE(QJsonDocument::fromJson(lines.at(119)).object().value("version").toInteger(), 0);
    QCOMPARE(QJsonDocument::fromJson(lines.at(119)).object().value("operation").toString(), QStringLiteral("CREATE TABLE"));
    QVERIFY2(!err.contains(token.toUtf8()) && !lines.join().contains(token.toUtf8()), "the token was printed");
    // A profile that is not there is refused before anything is read.
    QProcess *missing = run({QStringLiteral("--delta-history"), QStringLiteral("dbfs:/tables/trips"),
                             QStringLiteral("--profile"), QStringLiteral("nope")});
    QCOMPARE(missing->exitCode(), 1);
    QVERIFY(missing->readAllStandardError().contains("no profile named 'nope'"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
