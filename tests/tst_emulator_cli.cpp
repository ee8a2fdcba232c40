// brickdesk-emulator's command line: the time scale and the generated-jobs seed, besides what
// the emulator's own tests cover.

#include "EmulatorCommandLine.h"

#include <QTest>

using namespace brickdesk::emulator;

namespace {

const QString kToken = QStringLiteral("dapi-cli-secret-token-0123456789");

EmulatorCommandLine parse(const QStringList &extra)
{
    return EmulatorCommandLine::parse(
        QStringList{"brickdesk-emulator", "--port", "0", "--token", kToken} + extra, QString());
}

} // namespace

class tst_EmulatorCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreDemoAtRealTime();
    void timeScaleIsRead_data();
    void timeScaleIsRead();
    void badTimeScaleIsAnError_data();
    void badTimeScaleIsAnError();
    void seedJobsIsRead();
    void badSeedIsAnError_data();
    void badSeedIsAnError();
    void helpMentionsTheNewOptions();
};

void tst_EmulatorCli::defaultsAreDemoAtRealTime()
{
    const EmulatorCommandLine line = parse({});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Run);
    QCOMPARE(line.options.timeScale, 1.0);
    QVERIFY(line.options.seed == Seed::Demo);
    QCOMPARE(line.options.generatedJobCount, 0);
}

void tst_EmulatorCli::timeScaleIsRead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("scale");
    QTest::newRow("60") << "60" << 60.0;
    QTest::newRow("fraction") << "0.5" << 0.5;
    QTest::newRow("large") << "600000" << 600000.0;
}

void tst_EmulatorCli::timeScaleIsRead()
{
    QFETCH(QString, text);
    QFETCH(double, scale);
    const EmulatorCommandLine line = parse({"--time-scale", text});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Run);
    QCOMPARE(line.options.timeScale, scale);
}

void tst_EmulatorCli::badTimeScaleIsAnError_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"0", "-2", "fast", "inf", "nan", "", "2000000"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void tst_EmulatorCli::badTimeScaleIsAnError()
{
    QFETCH(QString, text);
    const EmulatorCommandLine line = parse({"--time-scale", text});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Error);
    QVERIFY2(line.error.contains("--time-scale"), qPrintable(line.error));
    QVERIFY(!line.error.contains(kToken));
}

void tst_EmulatorCli::seedJobsIsRead()
{
    EmulatorCommandLine line = parse({"--seed", "jobs=10000", "--time-scale", "60"});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Run);
    QVERIFY(line.options.seed == Seed::GeneratedJobs);
    QCOMPARE(line.options.generatedJobCount, 10000);
    QCOMPARE(line.options.timeScale, 60.0);
    line = parse({"--seed", "jobs=100000"});
    QCOMPARE(line.options.generatedJobCount, 100000);
    line = parse({"--seed", "empty"});
    QVERIFY(line.options.seed == Seed::Empty);
}

void tst_EmulatorCli::badSeedIsAnError_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"jobs=100001", "jobs=-1", "jobs=", "jobs=many", "jobs", "lots"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void tst_EmulatorCli::badSeedIsAnError()
{
    QFETCH(QString, text);
    const EmulatorCommandLine line = parse({"--seed", text});
    QCOMPARE(line.result, EmulatorCommandLine::Result::Error);
    QVERIFY2(line.error.contains("--seed"), qPrintable(line.error));
    QVERIFY(!line.error.contains(kToken));
}

void tst_EmulatorCli::helpMentionsTheNewOptions()
{
    const EmulatorCommandLine line =
        EmulatorCommandLine::parse({"brickdesk-emulator", "--help"}, QString());
    QCOMPARE(line.result, EmulatorCommandLine::Result::ShowHelp);
    QVERIFY(line.helpText.contains("--time-scale"));
    QVERIFY(line.helpText.contains("jobs=N"));
}

QTEST_GUILESS_MAIN(tst_EmulatorCli)
#include "tst_emulator_cli.moc"
