// The history of a generated Delta table of 10,000 commits on the emulator's DBFS, read as the
// Delta tab reads it (newest 50 first, then everything, at most 8 reads at once), and the schema
// at the latest version. The emulator runs in its own process. Prints one JSON object per run:
// ms to the first 50 rows, ms to the full history, ms to the schema, peak RSS of this process.
// Usage: bench_delta_history PATH/TO/brickdesk-emulator [RUNS] [COMMITS]
#include "ApiClient.h"
#include "BenchSupport.h"
#include "DbfsClient.h"
#include "DbfsDeltaLogSource.h"
#include "DeltaHistory.h"

#include <QNetworkAccessManager>

using namespace brickdesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString emulatorPath = args.value(1);
    const int runs = args.value(2, QStringLiteral("3")).toInt();
    const int commits = args.value(3, QStringLiteral("10000")).toInt();
    if (emulatorPath.isEmpty()) {
        std::fprintf(stderr,
                     "usage: bench_delta_history PATH/TO/brickdesk-emulator [RUNS] [COMMITS]\n");
        return 2;
    }
    bench::EmulatorProcess emulator;
    if (!emulator.start(emulatorPath, {QStringLiteral("--generate-delta-table"),
                                       QStringLiteral("/bench/trips=%1").arg(commits)}))
        return 1;

    QNetworkAccessManager network;
    ApiClient client(&network, nullptr);
    client.setConnection({QStringLiteral("bench"), emulator.url(), emulator.token(), {}});
    DbfsClient dbfs(&client);
    int failures = 0;
    for (int run = 1; run <= runs; ++run) {
        const qint64 rssBefore = bench::statusKb("VmRSS:");
        QElapsedTimer clock;
        clock.start();
        DeltaHistory history(new DbfsDeltaLogSource(&dbfs, QStringLiteral("/bench/trips")));
        history.open();
        const bool firstPage = bench::waitFor([&] {
            return history.loadedCount() >= DeltaHistory::kPageSize ||
                   !history.openError().isEmpty();
        });
        const qint64 firstRowsMs = clock.elapsed();
        history.loadAll();
        const bool all = bench::waitFor(
            [&] { return history.isOpen() && history.loadedCount() == history.commitCount(); });
        const qint64 allMs = clock.elapsed();
        QElapsedTimer schemaClock;
        schemaClock.start();
        history.requestState(history.latestVersion());
        const bool schema =
            bench::waitFor([&] { return history.stateAt(history.latestVersion()).has_value(); });
        const qint64 schemaMs = schemaClock.elapsed();
        const std::optional<DeltaTableState> state = history.stateAt(history.latestVersion());
        const bool ok = firstPage && all && schema && history.commitCount() == commits && state &&
                        state->schema;
        failures += ok ? 0 : 1;
        bench::print({{QStringLiteral("bench"), QStringLiteral("delta_history")},
                      {QStringLiteral("client"), QStringLiteral("brickdesk")},
                      {QStringLiteral("run"), run},
                      {QStringLiteral("commits"), history.commitCount()},
                      {QStringLiteral("ok"), ok},
                      {QStringLiteral("error"), history.openError()},
                      {QStringLiteral("first_50_rows_ms"), firstRowsMs},
                      {QStringLiteral("full_history_ms"), allMs},
                      {QStringLiteral("schema_at_latest_ms"), schemaMs},
                      {QStringLiteral("schema_from"), state ? state->schemaSource : QString()},
                      {QStringLiteral("rss_growth_kb"), bench::statusKb("VmRSS:") - rssBefore},
                      {QStringLiteral("peak_rss_kb"), bench::statusKb("VmHWM:")}});
    }
    return failures == 0 ? 0 : 1;
}
