// Runs a statement with a 1,000,000-row result on the emulator's SQL warehouse and shows it as the
// SQL tab does (StatementRun → ResultChunkCache → ResultTableModel → QTableView, offscreen), then
// measures what a user feels: time to the first rows on screen, time for a jump to the last row,
// time to scroll through every chunk, the longest the GUI thread's event loop stalled, and memory
// (growth of the resident set, and its peak). The emulator runs in its own process so its SQLite
// work and memory are not counted as ours; its execution time is reported apart (server_ms).
// Prints one JSON object per run. Usage: bench_sql_result PATH/TO/brickdesk-emulator [RUNS]
#include "ApiClient.h"
#include "BenchSupport.h"
#include "ResultChunkCache.h"
#include "ResultTableModel.h"
#include "SqlClient.h"
#include "StatementRun.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace brickdesk;
using bench::print;
using bench::statusKb;
using bench::waitFor;

namespace {

const QString kStatement = QStringLiteral("SELECT * FROM demo.events_1m");

bool rowShown(const ResultTableModel &model, int row)
{
    return !model.data(model.index(row, 0), ResultTableModel::IsLoadingRole).toBool() &&
           model.data(model.index(row, 0)).isValid();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString emulatorPath = args.value(1);
    const int repeats = args.value(2, QStringLiteral("3")).toInt();
    if (emulatorPath.isEmpty()) {
        std::fprintf(stderr, "usage: bench_sql_result PATH/TO/brickdesk-emulator [RUNS]\n");
        return 2;
    }
    bench::EmulatorProcess emulator;
    if (!emulator.start(emulatorPath, {}, 30000))
        return 1;

    QNetworkAccessManager network;
    ApiClient client(&network, nullptr);
    client.setConnection({QStringLiteral("bench"), emulator.url(), emulator.token(), {}});
    SqlClient sql(&client);
    QString warehouseId;
    bool listed = false;
    sql.listWarehouses(&sql, [&](const CallResult<QList<SqlWarehouse>> &result) {
        for (const SqlWarehouse &warehouse : result.value) {
            if (warehouse.isRunning() && warehouseId.isEmpty())
                warehouseId = warehouse.id;
        }
        listed = true;
    });
    if (!waitFor([&] { return listed; }) || warehouseId.isEmpty()) {
        std::fprintf(stderr, "bench: no running warehouse on the emulator\n");
        return 1;
    }

    int failures = 0;
    for (int run = 1; run <= repeats; ++run) {
        QString error;
        qint64 longestStallMs = 0;
        QElapsedTimer probeClock;
        QTimer probe;
        probe.setInterval(5);
        probe.setTimerType(Qt::PreciseTimer);
        QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
            longestStallMs = std::max(longestStallMs, probeClock.restart() - 5);
        });
        const qint64 rssBeforeKb = statusKb("VmRSS:");
        QElapsedTimer clock;
        clock.start();
        probeClock.start();
        probe.start();

        StatementSpec spec;
        spec.statement = kStatement;
        spec.warehouseId = warehouseId;
        spec.waitTimeoutSeconds = 30;
        StatementRun statement(&sql, spec);
        statement.start();
        waitFor([&] { return statement.isFinished(); });
        const qint64 serverMs = clock.elapsed();
        qint64 firstRowsMs = -1;
        qint64 lastRowMs = -1;
        qint64 scrollThroughMs = -1;
        qint64 rows = 0;
        int fetches = 0;
        int chunksHeld = 0;
        double cacheMb = 0;
        if (statement.state() != StatementState::Succeeded || !statement.answer().manifest) {
            error = statement.callError().isError() ? statement.callError().summary()
                                                    : statement.answer().error.message;
        } else {
            ResultChunkCache cache(&sql, statement.statementId(), *statement.answer().manifest,
                                   statement.answer().firstChunk);
            ResultTableModel model(&cache);
            QTableView view;
            view.resize(1280, 800);
            view.setModel(&model);
            view.show();
            rows = model.rowCount();
            // On screen: the view asked for row 0 and got its value.
            waitFor([&] { return rowShown(model, 0); });
            view.viewport()->repaint();
            firstRowsMs = clock.elapsed();

            QElapsedTimer step;
            step.start();
            view.scrollToBottom();
            view.viewport()->repaint();
            waitFor([&] { return rowShown(model, static_cast<int>(rows - 1)); });
            view.viewport()->repaint();
            lastRowMs = step.elapsed();

            // A user dragging the scroll bar from top to bottom: one stop in every chunk.
            step.restart();
            const ResultManifest &manifest = cache.manifest();
            for (const ResultChunkInfo &chunk : manifest.chunks) {
                const int row = static_cast<int>(chunk.rowOffset + chunk.rowCount / 2);
                view.scrollTo(model.index(row, 0), QAbstractItemView::PositionAtCenter);
                view.viewport()->repaint();
                if (!waitFor([&] { return rowShown(model, row); })) {
                    error = QStringLiteral("row %1 never arrived").arg(row);
                    break;
                }
            }
            scrollThroughMs = step.elapsed();
            fetches = cache.fetchCount();
            chunksHeld = cache.loadedChunkCount();
            cacheMb = double(cache.memoryBytes()) / (1024.0 * 1024.0);
        }
        probe.stop();
        const qint64 rssAfterKb = statusKb("VmRSS:");
        if (!error.isEmpty() || rows != 1000000)
            ++failures;
        print(QJsonObject{
            {QStringLiteral("case"), QStringLiteral("sql_result_1m")},
            {QStringLiteral("client"), QStringLiteral("brickdesk")},
            {QStringLiteral("run"), run},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("server_ms"), serverMs},
            {QStringLiteral("first_rows_ms"), firstRowsMs},
            {QStringLiteral("first_rows_after_server_ms"),
             firstRowsMs < 0 ? -1 : firstRowsMs - serverMs},
            {QStringLiteral("jump_to_last_row_ms"), lastRowMs},
            {QStringLiteral("scroll_through_ms"), scrollThroughMs},
            {QStringLiteral("chunk_fetches"), fetches},
            {QStringLiteral("chunks_held"), chunksHeld},
            {QStringLiteral("cache_mb"), cacheMb},
            {QStringLiteral("longest_stall_ms"), longestStallMs},
            {QStringLiteral("rss_growth_mb"), double(rssAfterKb - rssBeforeKb) / 1024.0},
            {QStringLiteral("peak_rss_mb"), double(statusKb("VmHWM:")) / 1024.0},
            {QStringLiteral("error"), error}});
    }
    return failures == 0 ? 0 : 1;
}
