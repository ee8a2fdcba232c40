// The emulator's SQL warehouses and Statement Execution API over real HTTP on 127.0.0.1:
// warehouses (list, paging, get, start/stop on the simulated clock, persistence); statements
// (manifest types, values as strings and nulls, NULL vs '', parameters, row and byte limits,
// chunks of the million-row demo view, SHOW/DESCRIBE/USE, DDL and DML, errors worded and placed
// as Databricks SQL words them, one statement per request, request checks, wait_timeout 0s and
// polling, cancel while running, on_wait_timeout CANCEL, a stopped warehouse started by a
// statement, results closed after an hour and beyond the live limit, unknown ids).

#include "WorkspaceEmulator.h"
#include "testing/EmulatorTestClient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace brickdesk::emulator;
using namespace brickdesk::emulator::testing;

namespace {

const QString kToken = QStringLiteral("dapi-emulator-sql-test-0123456789");
const QString kServerless = QStringLiteral("4f6d2b8e9a1c3d57"); // Demo Serverless, RUNNING
const QString kReporting = QStringLiteral("a3c9e1f07b2d4e68");  // Reporting (Pro), STOPPED
const QString kNightly = QStringLiteral("7e2b5d9c1a4f6083");    // Nightly ETL, STOPPED
const QString kStatements = QStringLiteral("/api/2.0/sql/statements");

QString warehousePath(const QString &id, const QString &action = {})
{
    return QStringLiteral("/api/2.0/sql/warehouses/") + id +
           (action.isEmpty() ? QString() : QString(QLatin1Char('/') + action));
}

QString stateOf(const QJsonObject &answer)
{
    return answer.value("status").toObject().value("state").toString();
}

QJsonObject errorOf(const QJsonObject &answer)
{
    return answer.value("status").toObject().value("error").toObject();
}

QString messageOf(const QJsonObject &answer)
{
    return errorOf(answer).value("message").toString();
}

QString sqlStateOf(const QJsonObject &answer)
{
    return answer.value("status").toObject().value("sql_state").toString();
}

QJsonArray rowsOf(const QJsonObject &answer)
{
    return answer.value("result").toObject().value("data_array").toArray();
}

QJsonObject manifestOf(const QJsonObject &answer)
{
    return answer.value("manifest").toObject();
}

// "name type_name type_text" for each column.
QStringList columnsOf(const QJsonObject &answer)
{
    QStringList columns;
    const QJsonArray list =
        manifestOf(answer).value("schema").toObject().value("columns").toArray();
    for (const QJsonValue &column : list) {
        const QJsonObject c = column.toObject();
        columns.append(c.value("name").toString() + " " + c.value("type_name").toString() + " " +
                       c.value("type_text").toString());
    }
    return columns;
}

QJsonArray row(std::initializer_list<QJsonValue> values)
{
    return QJsonArray(values);
}

} // namespace

class tst_EmulatorSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void warehousesListAndGet();
    void warehousesPage();
    void warehouseStartAndStopFollowTheStateMachine();
    void warehouseStatesSurviveARestart();
    void selectAnswersManifestTypesAndValues();
    void viewsAndExpressionsAreTyped();
    void nullAndEmptyStringStayDistinct();
    void namedParameters();
    void rowAndByteLimitsTruncate();
    void chunksFollowTheRowsPerChunkHook();
    void millionRowViewComesInChunks();
    void showTablesSchemasAndCatalogs();
    void describeTable();
    void definitionsAndChanges();
    void catalogsAndSchemas();
    void syntaxErrorsArePlaced();
    void missingTablesColumnsAndFunctionsArePlaced();
    void oneStatementPerRequest();
    void requestChecks();
    void waitTimeoutZeroThenPoll();
    void cancelWhileRunning();
    void stoppingTheWarehouseCancelsItsStatements();
    void stoppedWarehouseStartsAndThenRuns();
    void onWaitTimeoutCancelCancels();
    void resultsCloseAfterAnHour();
    void liveResultsAreBounded();
    void unknownStatementsAnswer404();

private:
    std::unique_ptr<WorkspaceEmulator> start(const QString &stateDir = {});
    HttpResult submitRaw(QJsonObject body)
    {
        if (!body.contains("warehouse_id"))
            body.insert("warehouse_id", kServerless);
        return m_client->post(kStatements, body);
    }
    QJsonObject run(const QString &statement, QJsonObject extra = {})
    {
        extra.insert("statement", statement);
        const HttpResult result = submitRaw(extra);
        if (result.status != 200)
            qWarning("submit answered %d: %s", result.status, result.body.constData());
        return result.json;
    }
    QJsonObject statement(const QString &id) { return m_client->get(kStatements + "/" + id).json; }
    HttpResult chunk(const QString &id, const QString &index)
    {
        return m_client->get(kStatements + "/" + id + "/result/chunks/" + index);
    }
    QString warehouseStateOverHttp(const QString &id)
    {
        return m_client->get(warehousePath(id)).json.value("state").toString();
    }
    bool waitForState(const QString &statementId, const QString &state, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return stateOf(statement(statementId)) == state; }, timeoutMs);
    }

    std::unique_ptr<WorkspaceEmulator> m_emulator;
    std::unique_ptr<EmulatorTestClient> m_client;
};

std::unique_ptr<WorkspaceEmulator> tst_EmulatorSql::start(const QString &stateDir)
{
    EmulatorOptions options;
    options.token = kToken;
    options.stateDir = stateDir;
    auto emulator = std::make_unique<WorkspaceEmulator>(options);
    if (!emulator->listen(0)) {
        qWarning("listen failed: %s", qPrintable(emulator->errorString()));
        return nullptr;
    }
    m_client = std::make_unique<EmulatorTestClient>(*emulator, kToken);
    return emulator;
}

void tst_EmulatorSql::init()
{
    m_emulator = start();
    QVERIFY(m_emulator);
}

void tst_EmulatorSql::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void tst_EmulatorSql::warehousesListAndGet()
{
    const HttpResult list = m_client->get("/api/2.0/sql/warehouses");
    QCOMPARE(list.status, 200);
    const QJsonArray warehouses = list.json.value("warehouses").toArray();
    QCOMPARE(warehouses.size(), 3);
    const QJsonObject serverless = warehouses.at(0).toObject();
    QCOMPARE(serverless.value("id").toString(), kServerless);
    QCOMPARE(serverless.value("name").toString(), QString("Demo Serverless"));
    QCOMPARE(serverless.value("state").toString(), QString("RUNNING"));
    QCOMPARE(serverless.value("cluster_size").toString(), QString("2X-Small"));
    QCOMPARE(serverless.value("num_clusters").toInt(), 1);
    QCOMPARE(serverless.value("auto_stop_mins").toInt(), 10);
    QCOMPARE(serverless.value("health").toObject().value("status").toString(), QString("HEALTHY"));
    QCOMPARE(serverless.value("warehouse_type").toString(), QString("PRO"));
    QVERIFY(serverless.value("enable_serverless_compute").toBool());
    QCOMPARE(serverless.value("creator_name").toString(), QString("demo.user@brickdesk.example"));
    QCOMPARE(serverless.value("jdbc_url").toString(),
             QString("jdbc:databricks://127.0.0.1:%1/default;transportMode=http;ssl=0;AuthMech=3;"
                     "httpPath=/sql/1.0/warehouses/%2;")
                 .arg(m_emulator->port())
                 .arg(kServerless));
    QCOMPARE(serverless.value("odbc_params").toObject().value("port").toInt(), m_emulator->port());

    const QJsonObject reporting = warehouses.at(1).toObject();
    QCOMPARE(reporting.value("name").toString(), QString("Reporting (Pro)"));
    QCOMPARE(reporting.value("state").toString(), QString("STOPPED"));
    QCOMPARE(reporting.value("num_clusters").toInt(), 0);
    const QJsonObject nightly = warehouses.at(2).toObject();
    QCOMPARE(nightly.value("name").toString(), QString("Nightly ETL"));
    QCOMPARE(nightly.value("warehouse_type").toString(), QString("CLASSIC"));
    QCOMPARE(nightly.value("max_num_clusters").toInt(), 2);

    const HttpResult get = m_client->get(warehousePath(kReporting));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.json, reporting);
    const HttpResult missing = m_client->get(warehousePath("0123456789abcdef"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), QString("RESOURCE_DOES_NOT_EXIST"));

    QCOMPARE(m_emulator->demoWarehouseId(), kServerless);
    QCOMPARE(m_emulator->warehouseState(kServerless), QString("RUNNING"));
    QCOMPARE(m_emulator->warehouseState(kNightly), QString("STOPPED"));
    QCOMPARE(m_emulator->warehouseState("nothing"), QString());
}

void tst_EmulatorSql::warehousesPage()
{
    QUrlQuery query;
    query.addQueryItem("page_size", "2");
    const HttpResult first = m_client->get("/api/2.0/sql/warehouses", query);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value("warehouses").toArray().size(), 2);
    const QString token = first.json.value("next_page_token").toString();
    QVERIFY(!token.isEmpty());
    query.addQueryItem("page_token", token);
    const HttpResult second = m_client->get("/api/2.0/sql/warehouses", query);
    QCOMPARE(second.json.value("warehouses").toArray().size(), 1);
    QCOMPARE(second.json.value("warehouses").toArray().at(0).toObject().value("id").toString(),
             kNightly);
    QVERIFY(!second.json.contains("next_page_token"));
    QUrlQuery bad;
    bad.addQueryItem("page_token", "not-a-token");
    QCOMPARE(m_client->get("/api/2.0/sql/warehouses", bad).status, 400);
}

void tst_EmulatorSql::warehouseStartAndStopFollowTheStateMachine()
{
    const qint64 before = m_emulator->simulatedNowMs();
    const HttpResult started = m_client->post(warehousePath(kReporting, "start"));
    QCOMPARE(started.status, 200);
    QCOMPARE(started.body, QByteArray("{}"));
    QCOMPARE(warehouseStateOverHttp(kReporting), QString("STARTING"));
    m_emulator->setTimeScale(200.0);
    QTRY_COMPARE_WITH_TIMEOUT(warehouseStateOverHttp(kReporting), QString("RUNNING"), 5000);
    QVERIFY(m_emulator->simulatedNowMs() - before >= 20000); // about 20 simulated seconds
    m_emulator->setTimeScale(1.0);
    QCOMPARE(m_client->get(warehousePath(kReporting)).json.value("num_clusters").toInt(), 1);

    // Starting a running warehouse changes nothing.
    QCOMPARE(m_client->post(warehousePath(kReporting, "start")).status, 200);
    QCOMPARE(warehouseStateOverHttp(kReporting), QString("RUNNING"));

    const qint64 stopAt = m_emulator->simulatedNowMs();
    QCOMPARE(m_client->post(warehousePath(kReporting, "stop")).body, QByteArray("{}"));
    QCOMPARE(warehouseStateOverHttp(kReporting), QString("STOPPING"));
    m_emulator->setTimeScale(200.0);
    QTRY_COMPARE_WITH_TIMEOUT(warehouseStateOverHttp(kReporting), QString("STOPPED"), 5000);
    QVERIFY(m_emulator->simulatedNowMs() - stopAt >= 5000);
    QCOMPARE(m_client->get(warehousePath(kReporting)).json.value("num_clusters").toInt(), 0);
    QCOMPARE(m_client->post(warehousePath(kReporting, "stop")).status, 200); // no-op
    QCOMPARE(m_emulator->warehouseState(kReporting), QString("STOPPED"));

    // A stop while starting turns it around.
    m_emulator->setTimeScale(1.0);
    QCOMPARE(m_client->post(warehousePath(kNightly, "start")).status, 200);
    QCOMPARE(m_client->post(warehousePath(kNightly, "stop")).status, 200);
    QCOMPARE(warehouseStateOverHttp(kNightly), QString("STOPPING"));
    m_emulator->setTimeScale(200.0);
    QTRY_COMPARE_WITH_TIMEOUT(warehouseStateOverHttp(kNightly), QString("STOPPED"), 5000);
    QTest::qWait(150); // 30 simulated seconds: the cancelled start does not come back
    QCOMPARE(warehouseStateOverHttp(kNightly), QString("STOPPED"));

    for (const char *action : {"start", "stop"}) {
        const HttpResult unknown = m_client->post(warehousePath("0123456789abcdef", action));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QString("RESOURCE_DOES_NOT_EXIST"));
    }
}

void tst_EmulatorSql::warehouseStatesSurviveARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_emulator = start(dir.path());
    QVERIFY(m_emulator);
    QCOMPARE(m_client->post(warehousePath(kReporting, "start")).status, 200);
    QCOMPARE(m_client->post(warehousePath(kServerless, "stop")).status, 200);
    m_client.reset();
    m_emulator.reset();

    m_emulator = start(dir.path());
    QVERIFY(m_emulator);
    // Caught mid-way, each finishes its transition after the restart.
    QCOMPARE(warehouseStateOverHttp(kReporting), QString("STARTING"));
    QCOMPARE(warehouseStateOverHttp(kServerless), QString("STOPPING"));
    m_emulator->setTimeScale(200.0);
    QTRY_COMPARE_WITH_TIMEOUT(warehouseStateOverHttp(kReporting), QString("RUNNING"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(warehouseStateOverHttp(kServerless), QString("STOPPED"), 5000);
}

void tst_EmulatorSql::selectAnswersManifestTypesAndValues()
{
    const QJsonObject answer = run("SELECT * FROM demo.trips ORDER BY trip_id LIMIT 2");
    QCOMPARE(stateOf(answer), QString("SUCCEEDED"));
    QVERIFY(!answer.value("statement_id").toString().isEmpty());
    QCOMPARE(columnsOf(answer),
             QStringList({"trip_id LONG BIGINT", "pickup_time TIMESTAMP TIMESTAMP",
                          "dropoff_time TIMESTAMP TIMESTAMP", "pickup_zip INT INT",
                          "dropoff_zip INT INT", "passenger_count INT INT",
                          "trip_distance DOUBLE DOUBLE", "fare_amount DECIMAL DECIMAL(10,2)",
                          "tip_amount DECIMAL DECIMAL(10,2)", "total_amount DECIMAL DECIMAL(10,2)",
                          "payment_type STRING STRING"}));
    const QJsonObject fare =
        manifestOf(answer).value("schema").toObject().value("columns").toArray().at(7).toObject();
    QCOMPARE(fare.value("position").toInt(), 7);
    QCOMPARE(fare.value("type_precision").toInt(), 10);
    QCOMPARE(fare.value("type_scale").toInt(), 2);
    const QJsonObject manifest = manifestOf(answer);
    QCOMPARE(manifest.value("format").toString(), QString("JSON_ARRAY"));
    QCOMPARE(manifest.value("schema").toObject().value("column_count").toInt(), 11);
    QCOMPARE(manifest.value("total_row_count").toInt(), 2);
    QCOMPARE(manifest.value("total_chunk_count").toInt(), 1);
    QCOMPARE(manifest.value("truncated").toBool(), false);
    QCOMPARE(rowsOf(answer),
             QJsonArray({row({"1", "2024-10-01 00:33:40", "2024-10-01 00:51:52", "10032", "10018",
                              "2", "6.6", "19.50", "2.34", "22.84", "card"}),
                         row({"2", "2024-10-01 00:52:20", "2024-10-01 01:22:44", "10063", "10035",
                              "3", "12.7", "34.75", "8.34", "44.09", "card"})}));
    const QJsonObject result = answer.value("result").toObject();
    QCOMPARE(result.value("chunk_index").toInt(), 0);
    QCOMPARE(result.value("row_offset").toInt(), 0);
    QCOMPARE(result.value("row_count").toInt(), 2);
    QVERIFY(!result.contains("next_chunk_index"));

    // GET answers the same, result included.
    const QJsonObject again = statement(answer.value("statement_id").toString());
    QCOMPARE(again, answer);
    QCOMPARE(m_emulator->sqlStatementCount(), 1);
}

void tst_EmulatorSql::viewsAndExpressionsAreTyped()
{
    const QJsonObject events = run("SELECT * FROM demo.events_1m LIMIT 3");
    QCOMPARE(columnsOf(events),
             QStringList({"id LONG BIGINT", "event_time TIMESTAMP TIMESTAMP", "user_id LONG BIGINT",
                          "kind STRING STRING", "amount DOUBLE DOUBLE", "note STRING STRING"}));
    QCOMPARE(rowsOf(events).at(0).toArray().at(0).toString(), QString("1"));
    QCOMPARE(rowsOf(events).at(0).toArray().at(1).toString(), QString("2024-11-01 00:00:07"));
    QCOMPARE(rowsOf(events).at(0).toArray().at(3).toString(), QString("view"));

    const QJsonObject revenue = run("SELECT * FROM demo.daily_revenue LIMIT 1");
    QCOMPARE(columnsOf(revenue), QStringList({"trip_date DATE DATE", "trips LONG BIGINT",
                                              "revenue DECIMAL DECIMAL(12,2)"}));
    QCOMPARE(rowsOf(revenue).at(0).toArray().at(0).toString(), QString("2024-10-01"));

    const QJsonObject expressions =
        run("SELECT 1.5 AS d, 3.0 AS whole, 1e10 AS big, 0.0001 AS small, NULL AS empty, "
            "'text' AS s, count(*) AS n, x'00ff' AS bytes FROM demo.customers");
    QCOMPARE(columnsOf(expressions),
             QStringList({"d DOUBLE DOUBLE", "whole DOUBLE DOUBLE", "big DOUBLE DOUBLE",
                          "small DOUBLE DOUBLE", "empty NULL VOID", "s STRING STRING",
                          "n LONG BIGINT", "bytes BINARY BINARY"}));
    QCOMPARE(rowsOf(expressions), QJsonArray({row({"1.5", "3.0", "1.0E10", "1.0E-4",
                                                   QJsonValue::Null, "text", "60", "AP8="})}));

    const QJsonObject customers = run("SELECT customer_id, is_active, signup_date FROM "
                                      "demo.customers WHERE customer_id IN (6, 7) ORDER BY 1");
    QCOMPARE(columnsOf(customers),
             QStringList({"customer_id LONG BIGINT", "is_active BOOLEAN BOOLEAN",
                          "signup_date DATE DATE"}));
    QCOMPARE(rowsOf(customers).at(0).toArray().at(1).toString(), QString("true"));
    QCOMPARE(rowsOf(customers).at(1).toArray().at(1).toString(), QString("false"));
}

void tst_EmulatorSql::nullAndEmptyStringStayDistinct()
{
    const QJsonObject answer = run("SELECT order_id, coupon_code, note FROM demo.orders WHERE "
                                   "order_id <= 4 ORDER BY order_id");
    QCOMPARE(stateOf(answer), QString("SUCCEEDED"));
    const QJsonArray rows = rowsOf(answer);
    QCOMPARE(rows, QJsonArray({row({"1", "", ""}), row({"2", "SAVE15", "leave at the door"}),
                               row({"3", QJsonValue::Null, "gift wrap"}),
                               row({"4", "", QJsonValue::Null})}));
    QVERIFY(rows.at(0).toArray().at(1).isString());
    QVERIFY(rows.at(2).toArray().at(1).isNull());
    // The raw answer spells both as JSON does.
    const HttpResult raw =
        m_client->get(kStatements + "/" + answer.value("statement_id").toString());
    QVERIFY(raw.body.contains("[\"3\",null,\"gift wrap\"]"));
    QVERIFY(raw.body.contains("[\"1\",\"\",\"\"]"));

    const QJsonObject counts =
        run("SELECT sum(coupon_code IS NULL) AS nulls, sum(coupon_code = '') "
            "AS empties FROM demo.orders");
    QCOMPARE(rowsOf(counts), QJsonArray({row({"200", "200"})}));
    const QJsonObject emails = run("SELECT email FROM demo.customers WHERE customer_id IN (9, 13) "
                                   "ORDER BY customer_id");
    QCOMPARE(rowsOf(emails), QJsonArray({row({QJsonValue::Null}), row({""})}));
}

void tst_EmulatorSql::namedParameters()
{
    const QJsonObject order = run(
        "SELECT order_id, status, amount FROM demo.orders WHERE order_id = :id AND status <> :s",
        {{"parameters", QJsonArray{QJsonObject{{"name", "id"}, {"value", "2"}, {"type", "INT"}},
                                   QJsonObject{{"name", "s"}, {"value", "pending"}}}}});
    QCOMPARE(stateOf(order), QString("SUCCEEDED"));
    QCOMPARE(rowsOf(order), QJsonArray({row({"2", "delivered", "163.38"})}));

    const QJsonObject values = run(
        "SELECT :name AS name, :n + 1 AS next, :missing IS NULL AS absent, :flag AS flag, "
        ":day AS day",
        {{"parameters",
          QJsonArray{QJsonObject{{"name", "name"}, {"value", "O'Brien; -- not SQL"}},
                     QJsonObject{{"name", "n"}, {"value", "41"}, {"type", "BIGINT"}},
                     QJsonObject{{"name", "missing"}},
                     QJsonObject{{"name", "flag"}, {"value", "true"}, {"type", "BOOLEAN"}},
                     QJsonObject{{"name", "day"}, {"value", "2024-06-01"}, {"type", "DATE"}}}}});
    QCOMPARE(rowsOf(values),
             QJsonArray({row({"O'Brien; -- not SQL", "42", "1", "1", "2024-06-01"})}));

    // A name in a string or a comment is not a parameter.
    const QJsonObject literal = run("SELECT ':id' AS text -- and :nothing here\n");
    QCOMPARE(stateOf(literal), QString("SUCCEEDED"));
    QCOMPARE(rowsOf(literal), QJsonArray({row({":id"})}));

    const QJsonObject unbound = run("SELECT 1 AS one,\n  :limit AS l");
    QCOMPARE(stateOf(unbound), QString("FAILED"));
    QVERIFY2(messageOf(unbound).startsWith(
                 "[UNBOUND_SQL_PARAMETER] Found the unbound parameter: limit."),
             qPrintable(messageOf(unbound)));
    QVERIFY(messageOf(unbound).endsWith("SQLSTATE: 42P02; line 2 pos 2"));
    QCOMPARE(sqlStateOf(unbound), QString("42P02"));

    const QJsonObject positional = run("SELECT ? AS x");
    QCOMPARE(stateOf(positional), QString("FAILED"));
    QVERIFY(messageOf(positional).contains("(line 1, pos 7)"));

    const HttpResult badValue =
        submitRaw({{"statement", "SELECT :n"},
                   {"parameters",
                    QJsonArray{QJsonObject{{"name", "n"}, {"value", "abc"}, {"type", "INT"}}}}});
    QCOMPARE(badValue.status, 400);
    QCOMPARE(badValue.errorCode(), QString("INVALID_PARAMETER_VALUE"));
    const HttpResult noName = submitRaw(
        {{"statement", "SELECT 1"}, {"parameters", QJsonArray{QJsonObject{{"value", "1"}}}}});
    QCOMPARE(noName.status, 400);
    const HttpResult twice =
        submitRaw({{"statement", "SELECT :a"},
                   {"parameters", QJsonArray{QJsonObject{{"name", "a"}, {"value", "1"}},
                                             QJsonObject{{"name", "a"}, {"value", "2"}}}}});
    QCOMPARE(twice.status, 400);
}

void tst_EmulatorSql::rowAndByteLimitsTruncate()
{
    const QJsonObject limited =
        run("SELECT trip_id FROM demo.trips ORDER BY trip_id", {{"row_limit", 10}});
    QCOMPARE(manifestOf(limited).value("total_row_count").toInt(), 10);
    QCOMPARE(manifestOf(limited).value("truncated").toBool(), true);
    QCOMPARE(rowsOf(limited).size(), 10);
    QCOMPARE(rowsOf(limited).last().toArray().at(0).toString(), QString("10"));

    const QJsonObject all = run("SELECT trip_id FROM demo.trips", {{"row_limit", 5000}});
    QCOMPARE(manifestOf(all).value("total_row_count").toInt(), 2000);
    QCOMPARE(manifestOf(all).value("truncated").toBool(), false);
    const QJsonObject exact = run("SELECT trip_id FROM demo.trips", {{"row_limit", 2000}});
    QCOMPARE(manifestOf(exact).value("truncated").toBool(), false);

    // Rows of about 10 bytes ("[\"123\"],"): 100 bytes hold about 10 of them.
    const QJsonObject bytes = run("SELECT trip_id FROM demo.trips WHERE trip_id >= 100 ORDER BY 1",
                                  {{"byte_limit", 100}});
    QCOMPARE(manifestOf(bytes).value("truncated").toBool(), true);
    const int kept = manifestOf(bytes).value("total_row_count").toInt();
    QVERIFY2(kept >= 5 && kept <= 12, qPrintable(QString::number(kept)));
    QCOMPARE(rowsOf(bytes).size(), kept);
}

void tst_EmulatorSql::chunksFollowTheRowsPerChunkHook()
{
    m_emulator->setSqlRowsPerChunk(7);
    const QJsonObject answer =
        run("SELECT trip_id FROM demo.trips WHERE trip_id <= 20 ORDER BY trip_id");
    const QJsonObject manifest = manifestOf(answer);
    QCOMPARE(manifest.value("total_chunk_count").toInt(), 3);
    QCOMPARE(manifest.value("total_row_count").toInt(), 20);
    const QJsonArray chunks = manifest.value("chunks").toArray();
    QCOMPARE(chunks.size(), 3);
    qint64 bytes = 0;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject c = chunks.at(i).toObject();
        QCOMPARE(c.value("chunk_index").toInt(), i);
        QCOMPARE(c.value("row_offset").toInt(), 7 * i);
        QCOMPARE(c.value("row_count").toInt(), i < 2 ? 7 : 6);
        QVERIFY(c.value("byte_count").toInt() > 0);
        bytes += c.value("byte_count").toInt();
    }
    QCOMPARE(qint64(manifest.value("total_byte_count").toDouble()), bytes);
    const QJsonObject first = answer.value("result").toObject();
    QCOMPARE(first.value("row_count").toInt(), 7);
    QCOMPARE(first.value("next_chunk_index").toInt(), 1);
    const QString id = answer.value("statement_id").toString();
    QCOMPARE(first.value("next_chunk_internal_link").toString(),
             kStatements + "/" + id + "/result/chunks/1");

    const HttpResult last = chunk(id, "2");
    QCOMPARE(last.status, 200);
    QCOMPARE(last.json.value("chunk_index").toInt(), 2);
    QCOMPARE(last.json.value("row_offset").toInt(), 14);
    QCOMPARE(last.json.value("row_count").toInt(), 6);
    QCOMPARE(last.json.value("data_array").toArray().at(0).toArray().at(0).toString(),
             QString("15"));
    QVERIFY(!last.json.contains("next_chunk_index"));
    QVERIFY(!last.json.contains("next_chunk_internal_link"));
    for (const char *bad : {"3", "-1", "abc"}) {
        const HttpResult refused = chunk(id, bad);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QString("INVALID_PARAMETER_VALUE"));
    }
}

void tst_EmulatorSql::millionRowViewComesInChunks()
{
    // Submitted without waiting and polled, so that a slow machine does not run into the test
    // client's timeout while the emulator fills the result.
    QElapsedTimer timer;
    timer.start();
    const QString id = run("SELECT * FROM demo.events_1m", {{"wait_timeout", "0s"}})
                           .value("statement_id")
                           .toString();
    QVERIFY(waitForState(id, "SUCCEEDED", 60000));
    qInfo("SELECT * FROM demo.events_1m succeeded after %lld ms", timer.elapsed());
    const QJsonObject answer = statement(id);
    const QJsonObject manifest = manifestOf(answer);
    QCOMPARE(manifest.value("total_row_count").toInt(), 1000000);
    QCOMPARE(manifest.value("total_chunk_count").toInt(), 100);
    QCOMPARE(manifest.value("truncated").toBool(), false);
    const QJsonArray chunks = manifest.value("chunks").toArray();
    QCOMPARE(chunks.size(), 100);
    QCOMPARE(chunks.at(57).toObject().value("row_offset").toInt(), 570000);
    QCOMPARE(chunks.at(57).toObject().value("row_count").toInt(), 10000);
    QCOMPARE(rowsOf(answer).size(), 10000);
    QCOMPARE(rowsOf(answer).at(0).toArray().at(0).toString(), QString("1"));

    timer.restart();
    const HttpResult middle = chunk(id, "57");
    qInfo("chunk 57 answered in %lld ms", timer.elapsed());
    QCOMPARE(middle.status, 200);
    QCOMPARE(middle.json.value("row_offset").toInt(), 570000);
    QCOMPARE(middle.json.value("row_count").toInt(), 10000);
    QCOMPARE(middle.json.value("next_chunk_index").toInt(), 58);
    const QJsonArray rows = middle.json.value("data_array").toArray();
    QCOMPARE(rows.size(), 10000);
    const qint64 id0 = 570001;
    const QString time = QDateTime::fromSecsSinceEpoch(1730419200 + id0 * 7, Qt::UTC)
                             .toString("yyyy-MM-dd HH:mm:ss");
    QCOMPARE(rows.at(0).toArray(), row({"570001", time, QString::number(1 + (id0 * 7919) % 5000),
                                        "view", rows.at(0).toArray().at(4), "note 570001"}));
    QVERIFY(rows.at(2).toArray().at(5).isNull()); // id 570003 is a multiple of 7
    QCOMPARE(rows.at(9999).toArray().at(0).toString(), QString("580000"));

    const HttpResult last = chunk(id, "99");
    QCOMPARE(last.json.value("row_offset").toInt(), 990000);
    QVERIFY(!last.json.contains("next_chunk_index"));
    QCOMPARE(last.json.value("data_array").toArray().last().toArray().at(0).toString(),
             QString("1000000"));
}

void tst_EmulatorSql::showTablesSchemasAndCatalogs()
{
    const QJsonArray demoTables =
        QJsonArray({row({"demo", "customers", "false"}), row({"demo", "daily_revenue", "false"}),
                    row({"demo", "events_1m", "false"}), row({"demo", "orders", "false"}),
                    row({"demo", "trips", "false"})});
    const QJsonObject tables = run("SHOW TABLES IN demo");
    QCOMPARE(stateOf(tables), QString("SUCCEEDED"));
    QCOMPARE(columnsOf(tables), QStringList({"database STRING STRING", "tableName STRING STRING",
                                             "isTemporary BOOLEAN BOOLEAN"}));
    QCOMPARE(rowsOf(tables), demoTables);
    QCOMPARE(rowsOf(run("show tables from main.demo;")), demoTables);
    QCOMPARE(rowsOf(run("SHOW TABLES", {{"schema", "demo"}})), demoTables);
    QCOMPARE(rowsOf(run("SHOW TABLES IN demo LIKE 'ord*|trips'")),
             QJsonArray({row({"demo", "orders", "false"}), row({"demo", "trips", "false"})}));

    const QJsonObject none = run("SHOW TABLES"); // the default schema is empty
    QCOMPARE(stateOf(none), QString("SUCCEEDED"));
    QCOMPARE(manifestOf(none).value("total_row_count").toInt(), 0);
    QCOMPARE(manifestOf(none).value("total_chunk_count").toInt(), 0);
    QCOMPARE(none.value("result").toObject().value("row_count").toInt(), 0);

    const QJsonObject missing = run("SHOW TABLES IN nosuch");
    QCOMPARE(stateOf(missing), QString("FAILED"));
    QVERIFY(messageOf(missing).startsWith("[SCHEMA_NOT_FOUND] The schema `main`.`nosuch` cannot "
                                          "be found."));
    QCOMPARE(sqlStateOf(missing), QString("42704"));

    const QJsonObject schemas = run("SHOW SCHEMAS");
    QCOMPARE(columnsOf(schemas), QStringList({"databaseName STRING STRING"}));
    QCOMPARE(rowsOf(schemas), QJsonArray({row({"default"}), row({"demo"})}));
    QCOMPARE(rowsOf(run("SHOW DATABASES LIKE 'de*'")),
             QJsonArray({row({"default"}), row({"demo"})}));
    QCOMPARE(rowsOf(run("SHOW CATALOGS")), QJsonArray({row({"hive_metastore"}), row({"main"})}));
    QCOMPARE(rowsOf(run("SHOW COLUMNS IN demo.customers")),
             QJsonArray({row({"customer_id"}), row({"name"}), row({"email"}), row({"country"}),
                         row({"segment"}), row({"signup_date"}), row({"is_active"})}));
}

void tst_EmulatorSql::describeTable()
{
    const QJsonObject orders = run("DESCRIBE TABLE demo.orders");
    QCOMPARE(stateOf(orders), QString("SUCCEEDED"));
    QCOMPARE(columnsOf(orders), QStringList({"col_name STRING STRING", "data_type STRING STRING",
                                             "comment STRING STRING"}));
    QCOMPARE(rowsOf(orders), QJsonArray({row({"order_id", "bigint", QJsonValue::Null}),
                                         row({"customer_id", "bigint", QJsonValue::Null}),
                                         row({"order_date", "date", QJsonValue::Null}),
                                         row({"status", "string", QJsonValue::Null}),
                                         row({"amount", "decimal(10,2)", QJsonValue::Null}),
                                         row({"coupon_code", "string", QJsonValue::Null}),
                                         row({"note", "string", QJsonValue::Null}),
                                         row({"shipped_at", "timestamp", QJsonValue::Null})}));
    const QJsonObject events = run("DESC main.demo.events_1m");
    QCOMPARE(rowsOf(events).size(), 6);
    QCOMPARE(rowsOf(events).at(1).toArray().at(1).toString(), QString("timestamp"));
    QCOMPARE(rowsOf(run("DESCRIBE trips")).size(), 11); // found by name in any schema

    const QJsonObject missing = run("DESCRIBE TABLE demo.nosuch");
    QCOMPARE(stateOf(missing), QString("FAILED"));
    QVERIFY(messageOf(missing).startsWith(
        "[TABLE_OR_VIEW_NOT_FOUND] The table or view `demo`.`nosuch` cannot be found."));
    QVERIFY(messageOf(missing).endsWith("SQLSTATE: 42P01; line 1 pos 15"));
}

void tst_EmulatorSql::definitionsAndChanges()
{
    const QJsonObject created =
        run("CREATE TABLE demo.scratch (id BIGINT, name STRING, price DECIMAL(8,3)) USING DELTA");
    QCOMPARE(stateOf(created), QString("SUCCEEDED"));
    QCOMPARE(manifestOf(created).value("schema").toObject().value("column_count").toInt(), 0);
    QCOMPARE(manifestOf(created).value("total_row_count").toInt(), 0);

    const QJsonObject inserted =
        run("INSERT INTO demo.scratch VALUES (1, 'a', 2.5), (2, NULL, NULL), (3, '', 1)");
    QCOMPARE(columnsOf(inserted),
             QStringList({"num_affected_rows LONG BIGINT", "num_inserted_rows LONG BIGINT"}));
    QCOMPARE(rowsOf(inserted), QJsonArray({row({"3", "3"})}));
    const QJsonObject updated = run("UPDATE demo.scratch SET name = 'b' WHERE id >= 2");
    QCOMPARE(rowsOf(updated), QJsonArray({row({"2"})}));

    const QJsonObject selected = run("SELECT * FROM demo.scratch ORDER BY id");
    QCOMPARE(columnsOf(selected),
             QStringList({"id LONG BIGINT", "name STRING STRING", "price DECIMAL DECIMAL(8,3)"}));
    QCOMPARE(rowsOf(selected),
             QJsonArray({row({"1", "a", "2.500"}), row({"2", "b", QJsonValue::Null}),
                         row({"3", "b", "1.000"})}));
    QCOMPARE(rowsOf(run("DELETE FROM demo.scratch WHERE id = 1")), QJsonArray({row({"1"})}));

    // Without a schema, CREATE goes to the statement's schema.
    QCOMPARE(stateOf(run("CREATE TABLE notes (body STRING)", {{"schema", "demo"}})),
             QString("SUCCEEDED"));
    QCOMPARE(rowsOf(run("SHOW TABLES IN demo LIKE 'notes|scratch'")),
             QJsonArray({row({"demo", "notes", "false"}), row({"demo", "scratch", "false"})}));

    const QJsonObject again = run("CREATE TABLE demo.scratch (x INT)");
    QCOMPARE(stateOf(again), QString("FAILED"));
    QVERIFY(messageOf(again).startsWith("[TABLE_OR_VIEW_ALREADY_EXISTS]"));
    QCOMPARE(sqlStateOf(again), QString("42P07"));
    const QJsonObject dropMissing = run("DROP TABLE demo.nothing_here");
    QCOMPARE(stateOf(dropMissing), QString("FAILED"));
    QVERIFY(messageOf(dropMissing).startsWith("[TABLE_OR_VIEW_NOT_FOUND]"));
    QCOMPARE(stateOf(run("DROP TABLE demo.scratch")), QString("SUCCEEDED"));

    const QJsonObject unsupported = run("OPTIMIZE demo.trips");
    QCOMPARE(stateOf(unsupported), QString("FAILED"));
    QVERIFY(messageOf(unsupported).startsWith("[UNSUPPORTED_FEATURE]"));
    QVERIFY(messageOf(unsupported).contains("'OPTIMIZE'"));
    QCOMPARE(stateOf(run("ATTACH DATABASE '/tmp/x.db' AS x")), QString("FAILED"));
}

void tst_EmulatorSql::catalogsAndSchemas()
{
    const QJsonObject threePart = run("SELECT count(*) AS n FROM main.demo.trips");
    QCOMPARE(rowsOf(threePart), QJsonArray({row({"2000"})}));
    QCOMPARE(rowsOf(run("SELECT count(*) AS n FROM hive_metastore.demo.orders")),
             QJsonArray({row({"600"})}));
    QCOMPARE(
        rowsOf(run("SELECT count(*) AS n FROM trips", {{"catalog", "main"}, {"schema", "demo"}})),
        QJsonArray({row({"2000"})}));

    const QJsonObject use = run("USE demo");
    QCOMPARE(stateOf(use), QString("SUCCEEDED"));
    QCOMPARE(manifestOf(use).value("schema").toObject().value("column_count").toInt(), 0);
    QCOMPARE(stateOf(run("USE SCHEMA main.default")), QString("SUCCEEDED"));
    QCOMPARE(stateOf(run("USE CATALOG hive_metastore")), QString("SUCCEEDED"));

    const QJsonObject noSchema = run("USE nosuch");
    QCOMPARE(stateOf(noSchema), QString("FAILED"));
    QVERIFY(messageOf(noSchema).startsWith("[SCHEMA_NOT_FOUND]"));
    const QJsonObject badSchema = run("SELECT 1", {{"schema", "nosuch"}});
    QCOMPARE(stateOf(badSchema), QString("FAILED"));
    QVERIFY(messageOf(badSchema).startsWith("[SCHEMA_NOT_FOUND] The schema `main`.`nosuch`"));
    const QJsonObject badCatalog = run("SELECT 1", {{"catalog", "samples_nope"}});
    QCOMPARE(stateOf(badCatalog), QString("FAILED"));
    QVERIFY(messageOf(badCatalog).startsWith("[CATALOG_NOT_FOUND] The catalog `samples_nope`"));
    QCOMPARE(sqlStateOf(badCatalog), QString("42P08"));
    QCOMPARE(stateOf(run("USE CATALOG nope")), QString("FAILED"));
}

void tst_EmulatorSql::syntaxErrorsArePlaced()
{
    const QJsonObject frm = run("SELECT * FRM demo.trips");
    QCOMPARE(stateOf(frm), QString("FAILED"));
    QCOMPARE(errorOf(frm).value("error_code").toString(), QString("BAD_REQUEST"));
    QCOMPARE(sqlStateOf(frm), QString("42601"));
    QVERIFY2(messageOf(frm).startsWith("[PARSE_SYNTAX_ERROR] Syntax error at or near 'FRM'. "
                                       "SQLSTATE: 42601 (line 1, pos 9)"),
             qPrintable(messageOf(frm)));
    QVERIFY(messageOf(frm).contains("== SQL ==\nSELECT * FRM demo.trips\n---------^^^"));
    QVERIFY(!frm.contains("manifest"));

    // The second '=' is the wrong one, not the first.
    const QJsonObject twice = run("SELECT trip_id\nFROM demo.trips\nWHERE trip_id = = 3");
    QVERIFY2(messageOf(twice).startsWith("[PARSE_SYNTAX_ERROR] Syntax error at or near '='. "
                                         "SQLSTATE: 42601 (line 3, pos 16)"),
             qPrintable(messageOf(twice)));
    const QJsonObject commas = run("SELECT trip_id,, fare_amount FROM demo.trips");
    QVERIFY2(messageOf(commas).contains("near ','. SQLSTATE: 42601 (line 1, pos 15)"),
             qPrintable(messageOf(commas)));
    // Comments before the statement count in the position, as the text was sent.
    const QJsonObject commented = run("-- daily numbers\nSELECT count(*) FROM demo.trips GROUP");
    QVERIFY2(messageOf(commented).startsWith("[PARSE_SYNTAX_ERROR] Syntax error at or near end of "
                                             "input. SQLSTATE: 42601 (line 2, pos 37)"),
             qPrintable(messageOf(commented)));
    const QJsonObject empty = run("  -- nothing\n");
    QCOMPARE(stateOf(empty), QString("FAILED"));
    QVERIFY(messageOf(empty).startsWith("[PARSE_SYNTAX_ERROR]"));
}

void tst_EmulatorSql::missingTablesColumnsAndFunctionsArePlaced()
{
    const QJsonObject table = run("SELECT *\n  FROM demo.nosuch");
    QCOMPARE(stateOf(table), QString("FAILED"));
    QCOMPARE(errorOf(table).value("error_code").toString(), QString("BAD_REQUEST"));
    QCOMPARE(sqlStateOf(table), QString("42P01"));
    QVERIFY2(messageOf(table).startsWith(
                 "[TABLE_OR_VIEW_NOT_FOUND] The table or view `demo`.`nosuch` cannot be found."),
             qPrintable(messageOf(table)));
    QVERIFY2(messageOf(table).endsWith("SQLSTATE: 42P01; line 2 pos 7"),
             qPrintable(messageOf(table)));
    QVERIFY(messageOf(run("SELECT 1 FROM main.demo.nosuch")).endsWith("; line 1 pos 14"));
    QVERIFY(messageOf(run("SELECT 1 FROM nosuch")).contains("`nosuch` cannot be found"));

    const QJsonObject column = run("SELECT trip_id, fare FROM demo.trips");
    QCOMPARE(sqlStateOf(column), QString("42703"));
    QCOMPARE(messageOf(column),
             QString("[UNRESOLVED_COLUMN.WITHOUT_SUGGESTION] A column or function parameter with "
                     "name `fare` cannot be resolved. SQLSTATE: 42703; line 1 pos 16"));
    const QJsonObject qualified = run("SELECT t.trip_id, t.nope FROM demo.trips t");
    QVERIFY2(messageOf(qualified).contains("`t`.`nope` cannot be resolved. SQLSTATE: 42703; "
                                           "line 1 pos 18"),
             qPrintable(messageOf(qualified)));

    const QJsonObject function = run("SELECT sparkling(1)");
    QVERIFY(messageOf(function).startsWith("[UNRESOLVED_ROUTINE] Cannot resolve routine "
                                           "`sparkling`"));
    QVERIFY(messageOf(function).endsWith("SQLSTATE: 42883; line 1 pos 7"));
}

void tst_EmulatorSql::oneStatementPerRequest()
{
    const QJsonObject two = run("SELECT 1; SELECT 2");
    QCOMPARE(stateOf(two), QString("FAILED"));
    QVERIFY2(messageOf(two).contains("one statement per request"), qPrintable(messageOf(two)));
    QVERIFY(messageOf(two).contains("(line 1, pos 10)"));
    QCOMPARE(sqlStateOf(two), QString("42601"));
    const QJsonObject later = run("SELECT 1 AS a;\n\n  DROP TABLE demo.trips");
    QCOMPARE(stateOf(later), QString("FAILED"));
    QVERIFY(messageOf(later).contains("'DROP'"));
    QVERIFY(messageOf(later).contains("(line 3, pos 2)"));
    QCOMPARE(rowsOf(run("SELECT count(*) FROM demo.trips")), QJsonArray({row({"2000"})}));

    // A trailing ';' (and comments after it) and ';' inside a string are one statement.
    QCOMPARE(rowsOf(run("SELECT 'a;b' AS s; -- done\n")), QJsonArray({row({"a;b"})}));
    QCOMPARE(stateOf(run("SELECT 1;;")), QString("SUCCEEDED"));
}

void tst_EmulatorSql::requestChecks()
{
    const auto refused = [this](const QJsonObject &body, int status, const QString &code) {
        const HttpResult answer = submitRaw(body);
        if (answer.status != status || answer.errorCode() != code)
            qWarning("%s", answer.body.constData());
        return answer.status == status && answer.errorCode() == code;
    };
    const QString bad = "INVALID_PARAMETER_VALUE";
    QVERIFY(refused({{"warehouse_id", kServerless}}, 400, bad));
    QVERIFY(refused({{"statement", "SELECT 1"}, {"warehouse_id", ""}}, 400, bad));
    QVERIFY(refused({{"statement", "SELECT 1"}, {"warehouse_id", "0123456789abcdef"}}, 404,
                    "RESOURCE_DOES_NOT_EXIST"));
    for (const char *timeout : {"3s", "51s", "10", "abc", "-5s", "4s"})
        QVERIFY2(refused({{"statement", "SELECT 1"}, {"wait_timeout", timeout}}, 400, bad),
                 timeout);
    for (const char *timeout : {"0s", "5s", "50s"})
        QCOMPARE(submitRaw({{"statement", "SELECT 1"}, {"wait_timeout", timeout}}).status, 200);
    QVERIFY(refused({{"statement", "SELECT 1"}, {"on_wait_timeout", "STOP"}}, 400, bad));
    QVERIFY(refused({{"statement", "SELECT 1"}, {"format", "CSV"}}, 400, bad));
    QVERIFY(refused({{"statement", "SELECT 1"}, {"format", "ARROW_STREAM"}}, 400, bad));
    QVERIFY(refused({{"statement", "SELECT 1"}, {"format", "XML"}}, 400, bad));
    QVERIFY(refused({{"statement", "SELECT 1"}, {"disposition", "ELSEWHERE"}}, 400, bad));
    QVERIFY(refused({{"statement", "SELECT 1"}, {"row_limit", -1}}, 400, bad));
    QVERIFY(refused({{"statement", "SELECT 1"}, {"parameters", "x"}}, 400, bad));

    const HttpResult links =
        submitRaw({{"statement", "SELECT 1"}, {"disposition", "EXTERNAL_LINKS"}});
    QCOMPARE(links.status, 400);
    QCOMPARE(links.errorCode(), bad);
    QVERIFY2(links.message().contains("INLINE only"), qPrintable(links.message()));

    QString huge = "SELECT 1 -- ";
    huge += QString(16 * 1024 * 1024, QLatin1Char('x'));
    QVERIFY(refused({{"statement", huge}}, 400, bad));

    // None of these made a statement.
    const int before = m_emulator->sqlStatementCount();
    QCOMPARE(before, 3);
    QCOMPARE(
        submitRaw({{"statement", "SELECT 1"}, {"format", "JSON_ARRAY"}, {"disposition", "INLINE"}})
            .status,
        200);
    QCOMPARE(m_emulator->sqlStatementCount(), before + 1);
}

void tst_EmulatorSql::waitTimeoutZeroThenPoll()
{
    const QJsonObject submitted =
        run("SELECT count(*) AS n FROM demo.trips", {{"wait_timeout", "0s"}});
    QCOMPARE(stateOf(submitted), QString("RUNNING"));
    QVERIFY(!submitted.contains("manifest"));
    QVERIFY(!submitted.contains("result"));
    const QString id = submitted.value("statement_id").toString();
    QVERIFY(waitForState(id, "SUCCEEDED"));
    QCOMPARE(rowsOf(statement(id)), QJsonArray({row({"2000"})}));
    QCOMPARE(chunk(id, "0").json.value("data_array").toArray(), QJsonArray({row({"2000"})}));
}

void tst_EmulatorSql::cancelWhileRunning()
{
    m_emulator->setSqlExecutionDelayMs(1500);
    const QJsonObject submitted = run("SELECT count(*) FROM demo.trips");
    QCOMPARE(stateOf(submitted), QString("RUNNING"));
    const QString id = submitted.value("statement_id").toString();
    QCOMPARE(stateOf(statement(id)), QString("RUNNING"));
    const HttpResult cancelled = m_client->post(kStatements + "/" + id + "/cancel");
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.body, QByteArray("{}"));
    QCOMPARE(stateOf(statement(id)), QString("CANCELED"));
    QTest::qWait(1700); // past the delay: it never runs
    QCOMPARE(stateOf(statement(id)), QString("CANCELED"));
    QVERIFY(!statement(id).contains("manifest"));
    const HttpResult noResult = chunk(id, "0");
    QCOMPARE(noResult.status, 400);
    QCOMPARE(noResult.errorCode(), QString("INVALID_STATE"));
    QCOMPARE(m_emulator->sqlLiveResultCount(), 0);

    // Cancelling a finished statement changes nothing.
    m_emulator->setSqlExecutionDelayMs(0);
    const QJsonObject done = run("SELECT 1 AS one");
    QCOMPARE(m_client->post(kStatements + "/" + done.value("statement_id").toString() + "/cancel")
                 .status,
             200);
    QCOMPARE(stateOf(statement(done.value("statement_id").toString())), QString("SUCCEEDED"));
}

void tst_EmulatorSql::stoppingTheWarehouseCancelsItsStatements()
{
    m_emulator->setSqlExecutionDelayMs(2000);
    const QString id = run("SELECT 1").value("statement_id").toString();
    QCOMPARE(stateOf(statement(id)), QString("RUNNING"));
    QCOMPARE(m_client->post(warehousePath(kServerless, "stop")).status, 200);
    QCOMPARE(stateOf(statement(id)), QString("CANCELED"));
}

void tst_EmulatorSql::stoppedWarehouseStartsAndThenRuns()
{
    const QJsonObject submitted =
        run("SELECT count(*) AS n FROM demo.orders", {{"warehouse_id", kReporting}});
    QCOMPARE(stateOf(submitted), QString("PENDING"));
    const QString id = submitted.value("statement_id").toString();
    QCOMPARE(m_emulator->warehouseState(kReporting), QString("STARTING"));
    QTest::qWait(50);
    QCOMPARE(stateOf(statement(id)), QString("PENDING")); // 20 simulated seconds to go
    m_emulator->setTimeScale(200.0);
    QVERIFY(waitForState(id, "SUCCEEDED"));
    QCOMPARE(m_emulator->warehouseState(kReporting), QString("RUNNING"));
    QCOMPARE(rowsOf(statement(id)), QJsonArray({row({"600"})}));
}

void tst_EmulatorSql::onWaitTimeoutCancelCancels()
{
    const QJsonObject submitted =
        run("SELECT 1",
            {{"warehouse_id", kNightly}, {"wait_timeout", "5s"}, {"on_wait_timeout", "CANCEL"}});
    QCOMPARE(stateOf(submitted), QString("PENDING"));
    const QString id = submitted.value("statement_id").toString();
    m_emulator->setTimeScale(200.0);
    // The warehouse needs 20 s; the statement waits 5 s.
    QVERIFY(waitForState(id, "CANCELED"));
    QTRY_COMPARE_WITH_TIMEOUT(m_emulator->warehouseState(kNightly), QString("RUNNING"), 5000);
    QCOMPARE(stateOf(statement(id)), QString("CANCELED"));

    // With CONTINUE it runs once the warehouse does.
    m_emulator->setTimeScale(1.0);
    QCOMPARE(m_client->post(warehousePath(kReporting, "start")).status, 200);
    const QString continued =
        run("SELECT 2 AS two", {{"warehouse_id", kReporting}, {"wait_timeout", "5s"}})
            .value("statement_id")
            .toString();
    m_emulator->setTimeScale(200.0);
    QVERIFY(waitForState(continued, "SUCCEEDED"));
    QCOMPARE(rowsOf(statement(continued)), QJsonArray({row({"2"})}));
}

void tst_EmulatorSql::resultsCloseAfterAnHour()
{
    const QString id = run("SELECT 1 AS one").value("statement_id").toString();
    QCOMPARE(m_emulator->sqlLiveResultCount(), 1);
    m_emulator->setTimeScale(36000.0); // an hour in 100 ms
    QVERIFY(waitForState(id, "CLOSED"));
    const QJsonObject closed = statement(id);
    QVERIFY(!closed.contains("manifest"));
    QVERIFY(!closed.contains("result"));
    QCOMPARE(chunk(id, "0").status, 404);
    QCOMPARE(m_emulator->sqlLiveResultCount(), 0);
}

void tst_EmulatorSql::liveResultsAreBounded()
{
    m_emulator->setSqlMaxLiveResults(3);
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(run(QString("SELECT %1 AS n").arg(i)).value("statement_id").toString());
    QCOMPARE(m_emulator->sqlLiveResultCount(), 3);
    QCOMPARE(stateOf(statement(ids.at(0))), QString("CLOSED"));
    QCOMPARE(stateOf(statement(ids.at(1))), QString("CLOSED"));
    for (int i = 2; i < 5; ++i) {
        QCOMPARE(stateOf(statement(ids.at(i))), QString("SUCCEEDED"));
        QCOMPARE(rowsOf(statement(ids.at(i))), QJsonArray({row({QString::number(i)})}));
    }
    QCOMPARE(m_emulator->sqlStatementCount(), 5);
}

void tst_EmulatorSql::unknownStatementsAnswer404()
{
    const QString id = "01ef0000-0000-0000-0000-000000000000";
    const HttpResult get = m_client->get(kStatements + "/" + id);
    QCOMPARE(get.status, 404);
    QCOMPARE(get.errorCode(), QString("RESOURCE_DOES_NOT_EXIST"));
    QCOMPARE(m_client->post(kStatements + "/" + id + "/cancel").status, 404);
    QCOMPARE(chunk(id, "0").status, 404);
}

QTEST_GUILESS_MAIN(tst_EmulatorSql)
#include "tst_emulator_sql.moc"
