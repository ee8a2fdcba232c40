// The emulator's simulated clock and scheduler, and the time scale as the emulator exposes it.

#include "SimClock.h"
#include "SimScheduler.h"
#include "WorkspaceEmulator.h"
#include "testing/EmulatorTestClient.h"

#include <QDateTime>
#include <QTest>
#include <cmath>
#include <limits>

using namespace brickdesk::emulator;
using brickdesk::emulator::testing::EmulatorTestClient;

namespace {

const QString kToken = QStringLiteral("dapi-emulator-clock-test-0123456789");

} // namespace

class tst_EmulatorClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clockStartsAtRealTimeAndRunsScaled();
    void changingTheScaleKeepsTimeContinuous();
    void invalidScalesAreIgnored_data();
    void invalidScalesAreIgnored();
    void pinnedClockReadsThePinnedTime();
    void schedulerRunsActionsInDueOrderAtTheirDueTime();
    void schedulerCancelsByKey();
    void schedulerFollowsAScaleChange();
    void emulatorTakesTheTimeScaleOption();
    void emulatorTimestampsFollowTheSimulatedClock();
    void raisingTheScaleSpeedsUpTransitionsUnderWay();
};

void tst_EmulatorClock::clockStartsAtRealTimeAndRunsScaled()
{
    SimClock clock;
    QVERIFY(qAbs(clock.nowMs() - QDateTime::currentMSecsSinceEpoch()) < 1000);
    QCOMPARE(clock.timeScale(), 1.0);
    clock.setTimeScale(1000.0);
    const qint64 start = clock.nowMs();
    // 30 simulated seconds pass in about 30 real milliseconds.
    QTRY_VERIFY_WITH_TIMEOUT(clock.nowMs() - start >= 30'000, 2000);
    QVERIFY(clock.nowMs() - QDateTime::currentMSecsSinceEpoch() >= 29'000);
}

void tst_EmulatorClock::changingTheScaleKeepsTimeContinuous()
{
    SimClock clock;
    clock.setTimeScale(100000.0);
    const qint64 start = clock.nowMs();
    QTRY_VERIFY_WITH_TIMEOUT(clock.nowMs() - start > 3'600'000, 2000); // an hour ahead
    const qint64 before = clock.nowMs();
    clock.setTimeScale(1.0);
    const qint64 after = clock.nowMs();
    QVERIFY(after >= before);
    QVERIFY2(after - before < 100'000, qPrintable(QString::number(after - before)));
    // Slowed down, it keeps its lead over real time instead of jumping back.
    QVERIFY(after - QDateTime::currentMSecsSinceEpoch() > 3'500'000);
    QCOMPARE(clock.realMsUntil(after + 5'000) <= 5'000, true);
    QCOMPARE(clock.realMsUntil(after - 1), 0);
}

void tst_EmulatorClock::invalidScalesAreIgnored_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("zero") << 0.0;
    QTest::newRow("negative") << -5.0;
    QTest::newRow("nan") << std::nan("");
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
}

void tst_EmulatorClock::invalidScalesAreIgnored()
{
    QFETCH(double, scale);
    SimClock clock;
    clock.setTimeScale(42.0);
    clock.setTimeScale(scale);
    QCOMPARE(clock.timeScale(), 42.0);
}

void tst_EmulatorClock::pinnedClockReadsThePinnedTime()
{
    SimClock clock;
    clock.pin(1'000);
    QCOMPARE(clock.nowMs(), 1'000);
    QVERIFY(clock.realNowMs() > 1'600'000'000'000LL);
    clock.unpin();
    QVERIFY(clock.nowMs() > 1'600'000'000'000LL);
}

void tst_EmulatorClock::schedulerRunsActionsInDueOrderAtTheirDueTime()
{
    SimClock clock;
    clock.setTimeScale(10000.0);
    SimScheduler scheduler(clock);
    const qint64 base = clock.nowMs();
    QStringList order;
    QList<qint64> seen;
    const auto record = [&](const QString &name) {
        return [&, name] {
            order.append(name);
            seen.append(clock.nowMs());
        };
    };
    scheduler.at(base + 30'000, QStringLiteral("a"), record(QStringLiteral("late")));
    scheduler.at(base + 10'000, QStringLiteral("b"), record(QStringLiteral("first")));
    scheduler.at(base + 10'000, QStringLiteral("c"), record(QStringLiteral("second")));
    scheduler.at(base + 20'000, QStringLiteral("d"), [&] {
        order.append(QStringLiteral("middle"));
        seen.append(clock.nowMs());
        // Scheduled from an action: counted from the action's due time.
        scheduler.after(5'000, QStringLiteral("e"), record(QStringLiteral("chained")));
    });
    QCOMPARE(scheduler.pendingCount(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 3000);
    QCOMPARE(order, (QStringList{"first", "second", "middle", "chained", "late"}));
    // Each ran at its due time, not whenever the timer happened to fire.
    QCOMPARE(seen, (QList<qint64>{base + 10'000, base + 10'000, base + 20'000, base + 25'000,
                                  base + 30'000}));
    QCOMPARE(scheduler.pendingCount(), 0);
}

void tst_EmulatorClock::schedulerCancelsByKey()
{
    SimClock clock;
    clock.setTimeScale(10000.0);
    SimScheduler scheduler(clock);
    int kept = 0;
    int cancelled = 0;
    scheduler.after(5'000, QStringLiteral("run:1"), [&] { ++cancelled; });
    scheduler.after(6'000, QStringLiteral("run:1"), [&] { ++cancelled; });
    scheduler.after(7'000, QStringLiteral("run:2"), [&] { ++kept; });
    QVERIFY(scheduler.hasPending(QStringLiteral("run:1")));
    scheduler.cancel(QStringLiteral("run:1"));
    QVERIFY(!scheduler.hasPending(QStringLiteral("run:1")));
    QTRY_COMPARE_WITH_TIMEOUT(kept, 1, 3000);
    QCOMPARE(cancelled, 0);
}

void tst_EmulatorClock::schedulerFollowsAScaleChange()
{
    SimClock clock; // real time: an hour away
    SimScheduler scheduler(clock);
    bool fired = false;
    scheduler.after(3'600'000, QStringLiteral("x"), [&] { fired = true; });
    QCoreApplication::processEvents();
    QVERIFY(!fired);
    clock.setTimeScale(1'000'000.0); // now 3.6 ms away
    scheduler.rearm();
    QTRY_VERIFY_WITH_TIMEOUT(fired, 2000);
}

void tst_EmulatorClock::emulatorTakesTheTimeScaleOption()
{
    EmulatorOptions options;
    options.token = kToken;
    options.timeScale = 250.0;
    WorkspaceEmulator emulator(options);
    QCOMPARE(emulator.timeScale(), 250.0);
    emulator.setTimeScale(0.0);
    emulator.setTimeScale(-1.0);
    emulator.setTimeScale(std::nan(""));
    QCOMPARE(emulator.timeScale(), 250.0);
    emulator.setTimeScale(2.0);
    QCOMPARE(emulator.timeScale(), 2.0);
    QVERIFY(qAbs(emulator.simulatedNowMs() - QDateTime::currentMSecsSinceEpoch()) < 60'000);
    QCOMPARE(EmulatorOptions().timeScale, 1.0);
}

void tst_EmulatorClock::emulatorTimestampsFollowTheSimulatedClock()
{
    EmulatorOptions options;
    options.token = kToken;
    options.seed = Seed::Empty;
    options.timeScale = 1'000'000.0;
    WorkspaceEmulator emulator(options);
    QVERIFY(emulator.listen(0));
    const qint64 day = 24LL * 3600 * 1000;
    QTRY_VERIFY_WITH_TIMEOUT(emulator.simulatedNowMs() > QDateTime::currentMSecsSinceEpoch() + day,
                             3000);
    emulator.setTimeScale(1.0);
    EmulatorTestClient client(emulator, kToken);
    const QString id = client
                           .post("/api/2.0/clusters/create", {{"spark_version", "13.3.x-scala2.12"},
                                                              {"node_type_id", "Standard_DS3_v2"},
                                                              {"num_workers", 1}})
                           .json.value("cluster_id")
                           .toString();
    const auto startTime = static_cast<qint64>(client.cluster(id).value("start_time").toDouble());
    QVERIFY(startTime > QDateTime::currentMSecsSinceEpoch() + day);
    QVERIFY(startTime <= emulator.simulatedNowMs());
    // The id carries the simulated date, like the service's ids carry the real one.
    QCOMPARE(id.left(4), QDateTime::fromMSecsSinceEpoch(startTime, Qt::UTC).toString("MMdd"));
}

void tst_EmulatorClock::raisingTheScaleSpeedsUpTransitionsUnderWay()
{
    EmulatorOptions options;
    options.token = kToken;
    WorkspaceEmulator emulator(options); // real time: a start takes minutes
    QVERIFY(emulator.listen(0));
    EmulatorTestClient client(emulator, kToken);
    const QString id = client
                           .post("/api/2.0/clusters/create", {{"spark_version", "13.3.x-scala2.12"},
                                                              {"node_type_id", "Standard_DS3_v2"},
                                                              {"num_workers", 1}})
                           .json.value("cluster_id")
                           .toString();
    QCOMPARE(client.clusterState(id), QStringLiteral("PENDING"));
    emulator.setTimeScale(10000.0);
    QTRY_COMPARE_WITH_TIMEOUT(client.clusterState(id), QStringLiteral("RUNNING"), 5000);
}

QTEST_GUILESS_MAIN(tst_EmulatorClock)
#include "tst_emulator_clock.moc"
