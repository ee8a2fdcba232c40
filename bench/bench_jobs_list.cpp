// Lists every job of a large workspace as the app does, and measures what a user feels: time to
// the first rows, time to all rows, the longest the GUI thread's event loop was stalled, and
// memory. Two cases: the Jobs model alone, and the whole Jobs page (model, filter proxy, table
// view, offscreen). The emulator runs in its own process so its work is not counted as ours.
// Prints one JSON object per case and run.
#include "ApiClient.h"
#include "BenchSupport.h"
#include "JobListModel.h"
#include "JobsPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace brickdesk;
using bench::print;
using bench::statusKb;

int main(int argc, char **argv)
{
    // The page case needs widgets; without a display they render offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString emulatorPath = args.value(1);
    const int jobs = args.value(2, QStringLiteral("10000")).toInt();
    const int repeats = args.value(3, QStringLiteral("3")).toInt();
    if (emulatorPath.isEmpty()) {
        std::fprintf(stderr,
                     "usage: bench_jobs_list PATH/TO/brickdesk-emulator [JOBS] [REPEATS]\n");
        return 2;
    }
    bench::EmulatorProcess emulator;
    if (!emulator.start(emulatorPath,
                        {QStringLiteral("--seed"), QStringLiteral("jobs=%1").arg(jobs)}, 30000))
        return 1;

    QNetworkAccessManager network;
    ApiClient client(&network, nullptr);
    client.setConnection({QStringLiteral("bench"), emulator.url(), emulator.token(), {}});
    int failures = 0;
    auto measure = [&](const QString &caseName, int run, JobListModel &model,
                       const std::function<void()> &start) {
        QElapsedTimer clock;
        qint64 firstRowsMs = -1;
        qint64 longestStallMs = 0;
        // The probe: a 5 ms timer that notes how late it fires. Lateness is time the event loop
        // could not serve the user.
        QElapsedTimer probeClock;
        QTimer probe;
        probe.setInterval(5);
        probe.setTimerType(Qt::PreciseTimer);
        QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
            longestStallMs = std::max(longestStallMs, probeClock.restart() - 5);
        });
        QMetaObject::Connection first =
            QObject::connect(&model, &QAbstractItemModel::rowsInserted, &probe, [&] {
                if (firstRowsMs < 0)
                    firstRowsMs = clock.elapsed();
            });
        bool done = false;
        QString error;
        QObject::connect(&model, &RemoteListModelBase::loaded, &probe, [&] { done = true; });
        QObject::connect(&model, &RemoteListModelBase::loadFailed, &probe,
                         [&](const QString &message) {
                             error = message;
                             done = true;
                         });
        const qint64 rssBeforeKb = statusKb("VmRSS:");
        clock.start();
        probeClock.start();
        probe.start();
        start();
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const qint64 allRowsMs = clock.elapsed();
        probe.stop();
        QObject::disconnect(first);
        const qint64 rssAfterKb = statusKb("VmRSS:");
        if (!error.isEmpty() || model.rowCount() != jobs)
            ++failures;
        print(QJsonObject{
            {QStringLiteral("case"), caseName},
            {QStringLiteral("client"), QStringLiteral("brickdesk")},
            {QStringLiteral("run"), run},
            {QStringLiteral("jobs"), jobs},
            {QStringLiteral("rows"), model.rowCount()},
            {QStringLiteral("first_rows_ms"), firstRowsMs},
            {QStringLiteral("all_rows_ms"), allRowsMs},
            {QStringLiteral("longest_stall_ms"), longestStallMs},
            {QStringLiteral("rss_growth_mb"), double(rssAfterKb - rssBeforeKb) / 1024.0},
            {QStringLiteral("peak_rss_mb"), double(statusKb("VmHWM:")) / 1024.0},
            {QStringLiteral("error"), error}});
    };
    for (int run = 1; run <= repeats; ++run) {
        JobListModel model;
        measure(QStringLiteral("jobs_list"), run, model, [&] { model.load(&client); });
    }
    for (int run = 1; run <= repeats; ++run) {
        JobsPage page;
        page.resize(1280, 800);
        page.show();
        measure(QStringLiteral("jobs_page"), run, *page.model(), [&] {
            page.connectTo({&client, Profile(), QStringLiteral("bench@brickdesk.example")});
        });
    }
    return failures == 0 ? 0 : 1;
}
