// The brickdesk executable from the outside: --list-profiles and --screenshot.
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
