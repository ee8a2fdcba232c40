// The SQL core against the emulator over real HTTP: warehouses and their start, StatementRun from
// submit to a finished state (manifest types, NULL apart from empty, cancel, syntax errors with
// their position), ResultChunkCache paging through a million rows with a bounded number of chunks
// in memory, and ResultExporter writing a 100,000-row result that equals the rows themselves.
#include "EmulatorOptionsFor.h"
#include "ResultChunkCache.h"
#include "ResultExporter.h"
#include "SpinUntil.h"
#include "SqlClient.h"
#include "StatementRun.h"
#include "StatementSplitter.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace brickdesk;

namespace {

const QString kToken = QStringLiteral("sql-statements-token");

// A strict RFC 4180 reader, independent of the writer under test: each field with whether it
// was quoted (an unquoted empty field is NULL in our CSV, a quoted one an empty string).
struct CsvField
{
    QString text;
    bool quoted = false;
};

QList<QList<CsvField>> readCsv(const QByteArray &bytes, QString *problem)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QList<CsvField>> records;
    QList<CsvField> record;
    CsvField field;
    qsizetype i = 0;
    bool atFieldStart = true;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (atFieldStart && c == '"') {
            field.quoted = true;
            ++i;
            while (true) {
                if (i >= text.size()) {
                    *problem = "unterminated quoted field";
                    return {};
                }
                if (text.at(i) == '"') {
                    if (i + 1 < text.size() && text.at(i + 1) == '"') {
                        field.text.append('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.text.append(text.at(i++));
            }
            atFieldStart = false;
            continue;
        }
        if (c == ',') {
            record.append(field);
            field = {};
            atFieldStart = true;
            ++i;
            continue;
        }
        if (c == '\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != '\n') {
                *problem = QString("bare CR at %1").arg(i);
                return {};
            }
            record.append(field);
            records.append(record);
            record.clear();
            field = {};
            atFieldStart = true;
            i += 2;
            continue;
        }
        if (c == '\n' || c == '"' || field.quoted) {
            *problem = QString("unexpected %1 at %2").arg(c == '\n' ? "LF" : QString(c)).arg(i);
            return {};
        }
        field.text.append(c);
        atFieldStart = false;
        ++i;
    }
    if (!record.isEmpty() || !field.text.isEmpty() || field.quoted) {
        *problem = "the last record has no CRLF";
        return {};
    }
    return records;
}

} // namespace

class TestSqlStatements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void warehousesListAndStartOnTheSimulatedClock();
    void statementSucceedsWithTypedManifest();
    void nullStaysApartFromEmptyStrings();
    void cancelWhileRunningEndsCanceled();
    void cancelBeforeTheIdIsKnown();
    void syntaxErrorGivesLineAndColumn();
    void pagingAMillionRowsKeepsFewChunks();
    void exportOf100kRowsEqualsTheRows();
    void cancelledExportLeavesNoFile();
    void exportOfAClosedResultFailsAndLeavesNoFile();

private:
    std::unique_ptr<StatementRun> run(const QString &sql, int waitSeconds = 5);
    QString warehouseNamed(const QString &name);

    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SqlClient> m_client;
};

void TestSqlStatements::init()
{
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(emulatorOptionsFor(kToken));
    QVERIFY(m_emulator->listen());
    m_api = std::make_unique<ApiClient>(&m_network, nullptr);
    m_api->setConnection({"dev", m_emulator->baseUrl(), kToken, {}});
    m_api->setRetryPolicy(RetryPolicy::none());
    m_client = std::make_unique<SqlClient>(m_api.get());
}

void TestSqlStatements::cleanup()
{
    m_client.reset();
    m_api.reset();
    m_emulator.reset();
}

std::unique_ptr<StatementRun> TestSqlStatements::run(const QString &sql, int waitSeconds)
{
    StatementSpec spec;
    spec.statement = sql;
    spec.warehouseId = m_emulator->demoWarehouseId();
    spec.waitTimeoutSeconds = waitSeconds;
    auto statement = std::make_unique<StatementRun>(m_client.get(), spec);
    statement->start();
    if (!spinUntil([&] { return statement->isFinished(); }, 60000))
        qWarning("statement did not finish: %s", qPrintable(sql));
    return statement;
}

QString TestSqlStatements::warehouseNamed(const QString &name)
{
    QList<SqlWarehouse> warehouses;
    bool done = false;
    m_client->listWarehouses(this, [&](const CallResult<QList<SqlWarehouse>> &result) {
        warehouses = result.value;
        done = true;
    });
    if (!spinUntil([&] { return done; }))
        return {};
    for (const SqlWarehouse &warehouse : warehouses) {
        if (warehouse.name == name)
            return warehouse.id;
    }
    return {};
}

void TestSqlStatements::warehousesListAndStartOnTheSimulatedClock()
{
    QList<SqlWarehouse> warehouses;
    bool done = false;
    m_client->listWarehouses(this, [&](const CallResult<QList<SqlWarehouse>> &result) {
        QVERIFY2(result.ok(), qPrintable(result.error.summary()));
        warehouses = result.value;
        done = true;
    });
    QVERIFY(spinUntil([&] { return done; }));
    QVERIFY(warehouses.size() >= 2);
    QCOMPARE(warehouses.first().name, QString("Demo Serverless"));
    QCOMPARE(warehouses.first().id, m_emulator->demoWarehouseId());
    QCOMPARE(warehouses.first().state, WarehouseState::Running);
    const QString reporting = warehouseNamed("Reporting (Pro)");
    QVERIFY(!reporting.isEmpty());
    QCOMPARE(m_emulator->warehouseState(reporting), QString("STOPPED"));

    m_emulator->setTimeScale(300);
    bool started = false;
    m_client->startWarehouse(reporting, this, [&](const CallResult<Done> &result) {
        QVERIFY2(result.ok(), qPrintable(result.error.summary()));
        started = true;
    });
    QVERIFY(spinUntil([&] { return started; }));
    SqlWarehouse polled;
    QList<WarehouseState> seen;
    QVERIFY(spinUntil(
        [&] {
            bool answered = false;
            m_client->warehouse(reporting, this, [&](const CallResult<SqlWarehouse> &result) {
                polled = result.value;
                answered = true;
            });
            spinUntil([&] { return answered; });
            if (seen.isEmpty() || seen.last() != polled.state)
                seen.append(polled.state);
            return polled.isRunning();
        },
        30000));
    QCOMPARE(seen.first(), WarehouseState::Starting);
    QCOMPARE(seen.last(), WarehouseState::Running);
    QCOMPARE(polled.name, QString("Reporting (Pro)"));
    QCOMPARE(polled.clusterSize, QString("Small"));
}

void TestSqlStatements::statementSucceedsWithTypedManifest()
{
    const auto statement =
        run("SELECT trip_id, fare_amount, trip_distance, payment_type, pickup_time\n"
            "FROM demo.trips ORDER BY trip_id LIMIT 5");
    QVERIFY(statement->isFinished());
    QCOMPARE(statement->state(), StatementState::Succeeded);
    QVERIFY(!statement->callError().isError());
    QVERIFY(!statement->statementId().isEmpty());
    const StatementAnswer &answer = statement->answer();
    QVERIFY(answer.manifest);
    const ResultManifest &manifest = *answer.manifest;
    QCOMPARE(manifest.totalRowCount, 5);
    QCOMPARE(manifest.columns.size(), 5);
    QStringList names;
    QStringList typeNames;
    QStringList typeTexts;
    for (const ResultColumn &column : manifest.columns) {
        names << column.name;
        typeNames << column.typeName;
        typeTexts << column.typeText;
    }
    QCOMPARE(names, (QStringList{"trip_id", "fare_amount", "trip_distance", "payment_type",
                                 "pickup_time"}));
    QCOMPARE(typeNames, (QStringList{"LONG", "DECIMAL", "DOUBLE", "STRING", "TIMESTAMP"}));
    QCOMPARE(typeTexts, (QStringList{"BIGINT", "DECIMAL(10,2)", "DOUBLE", "STRING", "TIMESTAMP"}));
    QVERIFY(manifest.columns.at(0).isNumeric());
    QVERIFY(manifest.columns.at(1).isNumeric());
    QVERIFY(!manifest.columns.at(3).isNumeric());
    QVERIFY(answer.firstChunk);
    QCOMPARE(answer.firstChunk->rowCount(), 5);
    for (int row = 0; row < 5; ++row)
        QCOMPARE(answer.firstChunk->value(row, 0), QString::number(row + 1));
    QVERIFY(statement->elapsedMs() >= 0);
}

void TestSqlStatements::nullStaysApartFromEmptyStrings()
{
    // coupon_code: '' when order_id % 3 = 1, NULL when 0; note: '' when % 4 = 1, NULL when 0.
    const auto statement =
        run("SELECT order_id, coupon_code, note FROM demo.orders WHERE order_id <= 4 "
            "ORDER BY order_id");
    QCOMPARE(statement->state(), StatementState::Succeeded);
    const ResultChunk &rows = *statement->answer().firstChunk;
    QCOMPARE(rows.rowCount(), 4);
    QVERIFY(!rows.isNull(0, 1)); // order 1: ''
    QCOMPARE(rows.value(0, 1), QString(""));
    QVERIFY(!rows.isNull(0, 2));
    QCOMPARE(rows.value(0, 2), QString(""));
    QVERIFY(!rows.isNull(1, 1)); // order 2: SAVE15
    QCOMPARE(rows.value(1, 1), QString("SAVE15"));
    QVERIFY(rows.isNull(2, 1)); // order 3: NULL coupon
    QVERIFY(!rows.isNull(2, 2));
    QVERIFY(rows.isNull(3, 2)); // order 4: NULL note
}

void TestSqlStatements::cancelWhileRunningEndsCanceled()
{
    m_emulator->setSqlExecutionDelayMs(60000);
    StatementSpec spec;
    spec.statement = "SELECT count(*) FROM demo.trips";
    spec.warehouseId = m_emulator->demoWarehouseId();
    spec.waitTimeoutSeconds = 0;
    StatementRun statement(m_client.get(), spec);
    QSignalSpy states(&statement, &StatementRun::stateChanged);
    statement.start();
    QVERIFY(spinUntil([&] { return statement.state() == StatementState::Running; }));
    QVERIFY(!statement.statementId().isEmpty());
    QVERIFY(!statement.isFinished());
    statement.cancel();
    QVERIFY(statement.cancelRequested());
    QVERIFY(spinUntil([&] { return statement.isFinished(); }));
    QCOMPARE(statement.state(), StatementState::Canceled);
    QVERIFY(!statement.callError().isError());
    QVERIFY(!statement.answer().manifest);
    QCOMPARE(states.last().at(0).value<StatementState>(), StatementState::Canceled);

    // A run that goes away while its statement runs (a profile switch) cancels it there.
    auto abandoned = std::make_unique<StatementRun>(m_client.get(), spec);
    abandoned->start();
    QVERIFY(spinUntil([&] { return abandoned->state() == StatementState::Running; }));
    const QString id = abandoned->statementId();
    abandoned.reset();
    StatementState seen = StatementState::Unknown;
    QVERIFY(spinUntil([&] {
        bool answered = false;
        m_client->statement(id, this, [&](const CallResult<StatementAnswer> &result) {
            seen = result.value.state;
            answered = true;
        });
        return spinUntil([&] { return answered; }) && seen == StatementState::Canceled;
    }));
}

void TestSqlStatements::cancelBeforeTheIdIsKnown()
{
    m_emulator->setSqlExecutionDelayMs(60000);
    StatementSpec spec;
    spec.statement = "SELECT 1";
    spec.warehouseId = m_emulator->demoWarehouseId();
    spec.waitTimeoutSeconds = 0;
    StatementRun statement(m_client.get(), spec);
    statement.start();
    statement.cancel(); // the submit has not answered yet
    QVERIFY(statement.statementId().isEmpty());
    QVERIFY(spinUntil([&] { return statement.isFinished(); }));
    QCOMPARE(statement.state(), StatementState::Canceled);
    QCOMPARE(m_emulator->sqlStatementCount(), 1);
}

void TestSqlStatements::syntaxErrorGivesLineAndColumn()
{
    const QString editor = "SELECT 1;\n\nSELECT trip_id,\n       fare_amount\n  FORM demo.trips;";
    const QList<SqlStatement> statements = statementSplitter::split(editor);
    QCOMPARE(statements.size(), 2);
    const auto statement = run(statements.at(1).text);
    QCOMPARE(statement->state(), StatementState::Failed);
    QVERIFY(!statement->callError().isError()); // the statement failed, not the call
    const StatementError &error = statement->answer().error;
    QVERIFY2(!error.errorCode.isEmpty(), qPrintable(error.message));
    QVERIFY2(error.message.contains("FORM"), qPrintable(error.message));
    QCOMPARE(error.line, 3);
    QVERIFY2(error.column >= 0, qPrintable(error.message));
    // Mapped back into the editor's text, the position is on the statement's third line, the
    // editor's fifth.
    const int offset =
        statementSplitter::offsetOf(editor, statements.at(1), error.line, error.column);
    int line = 0;
    int column = 0;
    statementSplitter::lineAndColumn(editor, offset, &line, &column);
    QCOMPARE(line, 5);
    QCOMPARE(column, error.column);
    QVERIFY2(editor.mid(offset).startsWith("FORM") || editor.mid(offset).startsWith("demo"),
             qPrintable(editor.mid(offset)));
}

void TestSqlStatements::pagingAMillionRowsKeepsFewChunks()
{
    const auto statement = run("SELECT * FROM demo.events_1m");
    QCOMPARE(statement->state(), StatementState::Succeeded);
    const ResultManifest manifest = *statement->answer().manifest;
    QCOMPARE(manifest.totalRowCount, 1000000);
    QCOMPARE(manifest.totalChunkCount, 100);
    QCOMPARE(manifest.chunks.size(), 100);
    constexpr int kMax = 4;
    ResultChunkCache cache(m_client.get(), statement->statementId(), manifest,
                           statement->answer().firstChunk, nullptr, kMax);
    QCOMPARE(cache.loadedChunkCount(), 1); // the inline first chunk
    const qsizetype oneChunk = cache.memoryBytes();
    QVERIFY(oneChunk > 0);
    const auto valueAt = [&](qint64 row, int column) -> QString {
        const ResultChunk *chunk = nullptr;
        if (!spinUntil([&] { return (chunk = cache.chunkForRow(row)) != nullptr; }, 30000))
            return "<not loaded>";
        return chunk->value(row - chunk->rowOffset, column);
    };
    // Reading far apart, and a few neighbours, never holds more than kMax chunks.
    const QList<qint64> rows = {0, 500000, 999999, 10000, 250000, 750000, 20000, 990000};
    for (const qint64 row : rows) {
        QCOMPARE(valueAt(row, 0), QString::number(row + 1)); // id is 1..N
        QVERIFY2(cache.loadedChunkCount() <= kMax, qPrintable(QString::number(row)));
        QVERIFY2(cache.memoryBytes() <= kMax * oneChunk * 3 / 2,
                 qPrintable(QString("%1 bytes").arg(cache.memoryBytes())));
    }
    QCOMPARE(cache.loadedChunkCount(), kMax);
    // Only the chunks asked for were fetched: no read-ahead of the million rows.
    QCOMPARE(cache.fetchCount(), rows.size() - 1);
    // note is 'note <id>', NULL when id % 7 = 0 (id 500003 = 7 * 71429).
    QCOMPARE(valueAt(999999, 5), QString("note 1000000"));
    QCOMPARE(valueAt(500002, 5), QString());
    QVERIFY(cache.chunkForRow(500002)->isNull(2, 5));
    QCOMPARE(valueAt(500003, 5), QString("note 500004"));
    QVERIFY(cache.loadedChunkCount() <= kMax);
}

void TestSqlStatements::exportOf100kRowsEqualsTheRows()
{
    m_emulator->setSqlRowsPerChunk(7000); // chunks of uneven size: the last holds 2,000
    const auto statement =
        run("SELECT id, kind, amount, note FROM demo.events_1m WHERE id <= 100000 ORDER BY id");
    QCOMPARE(statement->state(), StatementState::Succeeded);
    const ResultManifest manifest = *statement->answer().manifest;
    QCOMPARE(manifest.totalRowCount, 100000);
    QCOMPARE(manifest.totalChunkCount, 15);

    QTemporaryDir dir;
    const QString path = dir.filePath("events.csv");
    ResultExporter exporter(m_client.get(), statement->statementId(), manifest, ExportFormat::Csv,
                            path);
    QSignalSpy progress(&exporter, &ResultExporter::progress);
    QSignalSpy finished(&exporter, &ResultExporter::finished);
    exporter.start();
    QVERIFY(spinUntil([&] { return exporter.isFinished(); }, 60000));
    QCOMPARE(exporter.state(), ResultExporter::State::Succeeded);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(exporter.rowsWritten(), 100000);
    qint64 previous = -1;
    for (const QList<QVariant> &signal : std::as_const(progress)) {
        QVERIFY(signal.at(0).toLongLong() > previous || signal.at(0).toLongLong() == 0);
        previous = signal.at(0).toLongLong();
        QCOMPARE(signal.at(1).toLongLong(), 100000);
    }
    QCOMPARE(previous, 100000);
    QVERIFY(progress.size() >= 15);

    // The rows, fetched independently chunk by chunk.
    QList<ResultChunk> chunks;
    for (const ResultChunkInfo &info : manifest.chunks) {
        bool done = false;
        m_client->chunk(statement->statementId(), info.index, 4, this,
                        [&](const CallResult<ResultChunk> &result) {
                            QVERIFY2(result.ok(), qPrintable(result.error.summary()));
                            chunks.append(result.value);
                            done = true;
                        });
        QVERIFY(spinUntil([&] { return done; }));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString problem;
    const QList<QList<CsvField>> records = readCsv(file.readAll(), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(records.size(), 100001);
    QCOMPARE(records.at(0).size(), 4);
    QCOMPARE(records.at(0).at(0).text, QString("id"));
    QCOMPARE(records.at(0).at(3).text, QString("note"));
    int record = 1;
    int nulls = 0;
    for (const ResultChunk &chunk : std::as_const(chunks)) {
        for (qint64 r = 0; r < chunk.rowCount(); ++r, ++record) {
            const QList<CsvField> &fields = records.at(record);
            QCOMPARE(fields.size(), 4);
            for (int c = 0; c < 4; ++c) {
                if (chunk.isNull(r, c)) {
                    ++nulls;
                    QVERIFY2(fields.at(c).text.isEmpty() && !fields.at(c).quoted,
                             qPrintable(QString("record %1 column %2").arg(record).arg(c)));
                } else {
                    QCOMPARE(fields.at(c).text, chunk.value(r, c));
                    QCOMPARE(fields.at(c).quoted, chunk.value(r, c).isEmpty());
                }
            }
            // And what the generator says: id n, note NULL when n % 7 = 0.
            QCOMPARE(fields.at(0).text, QString::number(record));
            QCOMPARE(chunk.isNull(r, 3), record % 7 == 0);
        }
    }
    QCOMPARE(record, 100001);
    QCOMPARE(nulls, 100000 / 7);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

    // Given the first chunk, as the SQL tab has it, the export does not fetch it again and
    // writes the same file.
    QVERIFY(statement->answer().firstChunk.has_value());
    QStringList fetched;
    connect(m_emulator.get(), &emulator::WorkspaceEmulator::requestReceived, this,
            [&](const QByteArray &, const QString &requested) { fetched.append(requested); });
    const QString again = dir.filePath("again.csv");
    ResultExporter withFirst(m_client.get(), statement->statementId(), manifest, ExportFormat::Csv,
                             again, statement->answer().firstChunk);
    withFirst.start();
    QVERIFY(spinUntil([&] { return withFirst.isFinished(); }, 60000));
    QCOMPARE(withFirst.state(), ResultExporter::State::Succeeded);
    QCOMPARE(fetched.size(), 14);
    QVERIFY(!fetched.contains(QStringLiteral("/api/2.0/sql/statements/%1/result/chunks/0")
                                  .arg(statement->statementId())));
    QFile first(path);
    QFile second(again);
    QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
    QVERIFY(first.readAll() == second.readAll());
}

void TestSqlStatements::cancelledExportLeavesNoFile()
{
    const auto statement = run("SELECT * FROM demo.events_1m");
    QCOMPARE(statement->state(), StatementState::Succeeded);
    QTemporaryDir dir;
    const QString path = dir.filePath("all.json");
    ResultExporter exporter(m_client.get(), statement->statementId(), *statement->answer().manifest,
                            ExportFormat::Json, path);
    exporter.start();
    QVERIFY(spinUntil([&] { return exporter.rowsWritten() > 0; }, 30000));
    QVERIFY(exporter.rowsWritten() < 1000000);
    QVERIFY(exporter.bufferedChunkCount() <= ResultExporter::kParallel + 1);
    exporter.cancel();
    QCOMPARE(exporter.state(), ResultExporter::State::Canceled);
    QVERIFY(!QFile::exists(path));
    QTest::qWait(100); // answers still on their way change nothing
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestSqlStatements::exportOfAClosedResultFailsAndLeavesNoFile()
{
    m_emulator->setSqlRowsPerChunk(100);
    m_emulator->setSqlMaxLiveResults(1);
    const auto first = run("SELECT * FROM demo.trips");
    QCOMPARE(first->state(), StatementState::Succeeded);
    const auto second = run("SELECT 1"); // closes the first result
    QCOMPARE(second->state(), StatementState::Succeeded);
    QTemporaryDir dir;
    const QString path = dir.filePath("trips.tsv");
    ResultExporter exporter(m_client.get(), first->statementId(), *first->answer().manifest,
                            ExportFormat::Tsv, path);
    exporter.start();
    QVERIFY(spinUntil([&] { return exporter.isFinished(); }));
    QCOMPARE(exporter.state(), ResultExporter::State::Failed);
    QVERIFY2(exporter.errorString().contains("404") ||
                 exporter.errorString().contains("NOT_FOUND") ||
                 exporter.errorString().contains("CLOSED"),
             qPrintable(exporter.errorString()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

QTEST_GUILESS_MAIN(TestSqlStatements)
#include "tst_sqlstatements.moc"
