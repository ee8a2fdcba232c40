// The emulator's Workspace API 2.0 over real HTTP on 127.0.0.1: list, get-status, export,
// import, mkdirs and delete with their answers and error codes; the seed (folders, notebooks in
// the source format, files, a library, a repo, the jobs' notebooks); SOURCE round trips byte for
// byte; the JUPYTER, HTML and DBC shapes and round trips; modified_at on overwrite; the test
// hooks; and persistence through a state folder.

#include "DemoSeed.h"
#include "WorkspaceEmulator.h"
#include "testing/EmulatorTestClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace brickdesk::emulator;
using namespace brickdesk::emulator::testing;

namespace {

const QString kToken = QStringLiteral("dapi-emulator-workspace-test-0123456789");
const QString kHome = QStringLiteral("/Users/demo.user@brickdesk.example");

QString api(const char *endpoint)
{
    return QStringLiteral("/api/2.0/workspace/") + QString::fromUtf8(endpoint);
}

QUrlQuery pathQuery(const QString &path, const QString &format = {}, bool direct = false)
{
    QUrlQuery query;
    query.addQueryItem("path", path);
    if (!format.isEmpty())
        query.addQueryItem("format", format);
    if (direct)
        query.addQueryItem("direct_download", "true");
    return query;
}

QString base64(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64());
}

} // namespace

class tst_EmulatorWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rootHasTheSystemFolders();
    void demoHomeHoldsNotebooksInEachLanguage();
    void seedNotebooksUseTheSourceFormat();
    void seedHasFilesLibraryRepoAndJobNotebooks();
    void emptySeedHasOnlyTheFolders();
    void objectIdsAreUniqueAndTheSameOnEveryRun();
    void listOfANotebookIsTheNotebook();
    void listAndGetStatusErrors();
    void pathsMustBeAbsoluteAndNormalised_data();
    void pathsMustBeAbsoluteAndNormalised();
    void sourceRoundTripIsByteEqual();
    void exportAnswersBase64AndFileType();
    void overwriteMovesModifiedAt();
    void importErrors();
    void importOverTenMegabytesIsRefused();
    void jupyterExportShape();
    void jupyterRoundTripKeepsTheSource();
    void jupyterImportTakesTheLanguageFromMetadata();
    void htmlExportEscapesTheSource();
    void dbcFolderRoundTrip();
    void dbcOfANotebookAndRefusals();
    void autoImportDetectsTheFormat();
    void exportErrors();
    void mkdirsMakesParents();
    void mkdirsErrors();
    void deleteAnswersAndErrors();
    void hooksReadAndReplaceNotebooks();
    void objectsSurviveARestart();
    void stateWithoutWorkspaceGetsItSeeded();

private:
    std::unique_ptr<WorkspaceEmulator> start(Seed seed = Seed::Demo, const QString &stateDir = {});
    HttpResult get(const char *endpoint, const QUrlQuery &query)
    {
        return m_client->get(api(endpoint), query);
    }
    HttpResult post(const char *endpoint, const QJsonObject &body)
    {
        return m_client->post(api(endpoint), body);
    }
    HttpResult importNotebook(const QString &path, const QByteArray &content,
                              const QString &language, bool overwrite = false,
                              const QString &format = "SOURCE")
    {
        QJsonObject body{{"path", path}, {"format", format}, {"content", base64(content)}};
        if (!language.isEmpty())
            body.insert("language", language);
        if (overwrite)
            body.insert("overwrite", true);
        return post("import", body);
    }
    QByteArray exportRaw(const QString &path, const QString &format = "SOURCE")
    {
        const HttpResult result = get("export", pathQuery(path, format, true));
        if (result.status != 200)
            qWarning("export of %s failed: %s", qPrintable(path), result.body.constData());
        return result.body;
    }
    QJsonObject status(const QString &path) { return get("get-status", pathQuery(path)).json; }
    QStringList listNames(const QString &path)
    {
        QStringList names;
        const QJsonArray objects = get("list", pathQuery(path)).json.value("objects").toArray();
        for (const QJsonValue &object : objects)
            names.append(object.toObject().value("path").toString());
        return names;
    }

    std::unique_ptr<WorkspaceEmulator> m_emulator;
    std::unique_ptr<EmulatorTestClient> m_client;
};

std::unique_ptr<WorkspaceEmulator> tst_EmulatorWorkspace::start(Seed seed, const QString &stateDir)
{
    EmulatorOptions options;
    options.token = kToken;
    options.seed = seed;
    options.stateDir = stateDir;
    auto emulator = std::make_unique<WorkspaceEmulator>(options);
    if (!emulator->listen(0)) {
        qWarning("listen failed: %s", qPrintable(emulator->errorString()));
        return nullptr;
    }
    m_client = std::make_unique<EmulatorTestClient>(*emulator, kToken);
    return emulator;
}

void tst_EmulatorWorkspace::init()
{
    m_emulator = start();
    QVERIFY(m_emulator);
}

void tst_EmulatorWorkspace::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void tst_EmulatorWorkspace::rootHasTheSystemFolders()
{
    const HttpResult root = get("list", pathQuery("/"));
    QCOMPARE(root.status, 200);
    const QJsonArray objects = root.json.value("objects").toArray();
    QCOMPARE(objects.size(), 3);
    QStringList paths;
    for (const QJsonValue &object : objects) {
        QCOMPARE(object.toObject().value("object_type").toString(), QString("DIRECTORY"));
        QVERIFY(object.toObject().value("object_id").toDouble() > 0);
        QVERIFY(!object.toObject().contains("created_at")); // folders carry no times
        paths.append(object.toObject().value("path").toString());
    }
    QCOMPARE(paths, QStringList({"/Repos", "/Shared", "/Users"}));
    const QJsonObject rootStatus = status("/");
    QCOMPARE(rootStatus.value("object_type").toString(), QString("DIRECTORY"));
    QCOMPARE(rootStatus.value("object_id").toInt(), 0);
    QCOMPARE(listNames("/Users"), QStringList({kHome}));
}

void tst_EmulatorWorkspace::demoHomeHoldsNotebooksInEachLanguage()
{
    const HttpResult home = get("list", pathQuery(kHome));
    QCOMPARE(home.status, 200);
    QHash<QString, QJsonObject> byPath;
    for (const QJsonValue &object : home.json.value("objects").toArray())
        byPath.insert(object.toObject().value("path").toString(), object.toObject());
    const QList<QPair<QString, QString>> notebooks = {{"Ingest trips", "PYTHON"},
                                                      {"Daily revenue", "SQL"},
                                                      {"Sessionize", "SCALA"},
                                                      {"Forecast", "R"}};
    for (const auto &[name, language] : notebooks) {
        const QJsonObject notebook = byPath.value(kHome + "/" + name);
        QCOMPARE(notebook.value("object_type").toString(), QString("NOTEBOOK"));
        QCOMPARE(notebook.value("language").toString(), language);
        const qint64 created = qint64(notebook.value("created_at").toDouble());
        const qint64 modified = qint64(notebook.value("modified_at").toDouble());
        QVERIFY(created > 0);
        QVERIFY(created < modified);
        QVERIFY(modified <= m_emulator->simulatedNowMs());
        QCOMPARE(qint64(notebook.value("size").toDouble()),
                 qint64(m_emulator->workspaceObjectContent(kHome + "/" + name)->size()));
        QCOMPARE(notebook.value("resource_id").toString(),
                 QString::number(qint64(notebook.value("object_id").toDouble())));
    }
    QCOMPARE(byPath.value(kHome + "/config.yaml").value("object_type").toString(), QString("FILE"));
    QVERIFY(!byPath.value(kHome + "/config.yaml").contains("language"));
    QCOMPARE(byPath.value(kHome + "/Revenue overview.lvdash.json").value("object_type").toString(),
             QString("DASHBOARD"));
    QCOMPARE(byPath.value(kHome + "/Scratch").value("object_type").toString(),
             QString("DIRECTORY"));
    QCOMPARE(byPath.size(), 7);
}

void tst_EmulatorWorkspace::seedNotebooksUseTheSourceFormat()
{
    const QByteArray python = exportRaw(kHome + "/Ingest trips");
    QVERIFY(
        python.startsWith("# Databricks notebook source\n# MAGIC %md\n# MAGIC # Ingest trips\n"));
    QVERIFY(python.contains("\n\n# COMMAND ----------\n\n# MAGIC %sql\n# MAGIC SELECT pickup_zip"));
    QVERIFY(python.contains("\n\n# COMMAND ----------\n\n# MAGIC %sh\n# MAGIC ls -lh"));
    QVERIFY(python.contains("\n# MAGIC\n")); // an empty line of a magic cell
    QCOMPARE(python.count("# COMMAND ----------"), 4);

    const QByteArray sql = exportRaw(kHome + "/Daily revenue");
    QVERIFY(
        sql.startsWith("-- Databricks notebook source\n-- MAGIC %md\n-- MAGIC # Daily revenue\n"));
    QVERIFY(sql.contains("\n\n-- COMMAND ----------\n\nSELECT trip_date, trips, revenue\n"));
    QVERIFY(sql.contains("-- MAGIC %python\n"));
    QVERIFY(!sql.contains("# COMMAND"));

    const QByteArray scala = exportRaw(kHome + "/Sessionize");
    QVERIFY(scala.startsWith("// Databricks notebook source\n// MAGIC %md\n"));
    QVERIFY(scala.contains("\n\n// COMMAND ----------\n\n// MAGIC %sql\n"));
    QVERIFY(scala.contains("import org.apache.spark.sql.functions._\n"));

    const QByteArray r = exportRaw(kHome + "/Forecast");
    QVERIFY(r.startsWith("# Databricks notebook source\n# MAGIC %md\n# MAGIC # Forecast\n"));
    QVERIFY(r.contains("library(SparkR)\n"));
    QVERIFY(r.contains("# MAGIC %sh\n"));

    const QByteArray shared = exportRaw("/Shared/Team reports/Weekly KPIs");
    QVERIFY(shared.contains("# MAGIC %scala\n"));
    QVERIFY(shared.contains("# MAGIC %r\n"));
    QCOMPARE(status("/Shared/Team reports/Churn overview").value("language").toString(),
             QString("SQL"));
}

void tst_EmulatorWorkspace::seedHasFilesLibraryRepoAndJobNotebooks()
{
    QCOMPARE(exportRaw(kHome + "/config.yaml").left(36),
             QByteArray("# Settings read by the demo notebook"));
    const QJsonObject wheel = status("/Shared/libs/brickdesk_utils-0.3.0-py3-none-any.whl");
    QCOMPARE(wheel.value("object_type").toString(), QString("LIBRARY"));
    QVERIFY(wheel.value("size").toInt() > 4);

    const QString repo = "/Repos/demo.user@brickdesk.example/etl-pipelines";
    QCOMPARE(status(repo).value("object_type").toString(), QString("REPO"));
    QCOMPARE(listNames(repo), QStringList({repo + "/README.md", repo + "/notebooks"}));
    QCOMPARE(status(repo + "/notebooks/bronze_orders").value("language").toString(),
             QString("PYTHON"));

    // The demo jobs' tasks name these; the API also takes the /Workspace spelling.
    const QJsonObject ingest = status("/Workspace/Shared/data-eng/sales_ingest/ingest");
    QCOMPARE(ingest.value("object_type").toString(), QString("NOTEBOOK"));
    QCOMPARE(ingest.value("path").toString(), QString("/Shared/data-eng/sales_ingest/ingest"));
    QVERIFY(exportRaw("/Shared/data-eng/sales_ingest/validate").contains("Daily sales ingest"));
    QCOMPARE(status("/Shared/data-eng/clickstream_compaction/compact.py")
                 .value("object_type")
                 .toString(),
             QString("FILE"));
}

void tst_EmulatorWorkspace::emptySeedHasOnlyTheFolders()
{
    m_emulator = start(Seed::Empty);
    QVERIFY(m_emulator);
    QCOMPARE(listNames("/"), QStringList({"/Repos", "/Shared", "/Users"}));
    const HttpResult home = get("list", pathQuery(kHome));
    QCOMPARE(home.status, 200);
    QVERIFY(!home.json.contains("objects")); // the key is left out for an empty folder
    QCOMPARE(home.body, QByteArray("{}"));
}

void tst_EmulatorWorkspace::objectIdsAreUniqueAndTheSameOnEveryRun()
{
    QSet<qint64> ids;
    QHash<QString, qint64> first;
    for (const QString &folder : {kHome, QString("/Shared/Team reports"), QString("/")}) {
        for (const QJsonValue &object :
             get("list", pathQuery(folder)).json.value("objects").toArray()) {
            const qint64 id = qint64(object.toObject().value("object_id").toDouble());
            QVERIFY(id > 1'000'000'000'000'000LL);
            QVERIFY(!ids.contains(id));
            ids.insert(id);
            first.insert(object.toObject().value("path").toString(), id);
        }
    }
    QCOMPARE(ids.size(), 12);
    auto second = start();
    for (auto it = first.constBegin(); it != first.constEnd(); ++it)
        QCOMPARE(qint64(status(it.key()).value("object_id").toDouble()), it.value());
}

void tst_EmulatorWorkspace::listOfANotebookIsTheNotebook()
{
    const HttpResult result = get("list", pathQuery(kHome + "/Forecast"));
    QCOMPARE(result.status, 200);
    const QJsonArray objects = result.json.value("objects").toArray();
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects.at(0).toObject(), status(kHome + "/Forecast"));
}

void tst_EmulatorWorkspace::listAndGetStatusErrors()
{
    for (const char *endpoint : {"list", "get-status"}) {
        const HttpResult missing = get(endpoint, pathQuery("/Users/nobody/nothing"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), QString("RESOURCE_DOES_NOT_EXIST"));
        QCOMPARE(missing.message(), QString("Path (/Users/nobody/nothing) doesn't exist."));
        const HttpResult noPath = get(endpoint, {});
        QCOMPARE(noPath.status, 400);
        QCOMPARE(noPath.errorCode(), QString("INVALID_PARAMETER_VALUE"));
    }
    // A trailing slash names the same folder.
    QCOMPARE(listNames(kHome + "/"), listNames(kHome));
}

void tst_EmulatorWorkspace::pathsMustBeAbsoluteAndNormalised_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("relative") << "Users/demo.user@brickdesk.example";
    QTest::newRow("dot-dot") << "/Users/../Shared";
    QTest::newRow("dot") << "/Users/./demo.user@brickdesk.example";
    QTest::newRow("empty segment") << "/Users//demo.user@brickdesk.example";
}

void tst_EmulatorWorkspace::pathsMustBeAbsoluteAndNormalised()
{
    QFETCH(QString, path);
    const QList<HttpResult> answers = {
        get("list", pathQuery(path)),     get("get-status", pathQuery(path)),
        get("export", pathQuery(path)),   post("mkdirs", {{"path", path}}),
        post("delete", {{"path", path}}), importNotebook(path + "/x", "print(1)\n", "PYTHON")};
    for (const HttpResult &answer : answers) {
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.errorCode(), QString("INVALID_PARAMETER_VALUE"));
        QVERIFY2(answer.message().contains(path), qPrintable(answer.message()));
    }
}

void tst_EmulatorWorkspace::sourceRoundTripIsByteEqual()
{
    // Odd bytes on purpose: CRLF, no header, trailing blanks, non-ASCII, no final newline.
    const QByteArray source = "# Databricks notebook source\r\nprint('grüße')  \r\n\n\n"
                              "# COMMAND ----------\n\n# MAGIC %md\n# MAGIC *x*   \nx = 1";
    QCOMPARE(importNotebook(kHome + "/Round trip", source, "PYTHON").status, 200);
    QCOMPARE(exportRaw(kHome + "/Round trip"), source);
    QCOMPARE(*m_emulator->workspaceObjectContent(kHome + "/Round trip"), source);
    const QJsonObject info = status(kHome + "/Round trip");
    QCOMPARE(info.value("object_type").toString(), QString("NOTEBOOK"));
    QCOMPARE(info.value("language").toString(), QString("PYTHON"));
    QCOMPARE(info.value("size").toInt(), int(source.size()));
    QCOMPARE(qint64(info.value("created_at").toDouble()),
             qint64(info.value("modified_at").toDouble()));

    const QByteArray scala = "// Databricks notebook source\nval x = 1\n";
    QCOMPARE(importNotebook(kHome + "/Scala one", scala, "scala").status, 200);
    QCOMPARE(status(kHome + "/Scala one").value("language").toString(), QString("SCALA"));
    QCOMPARE(exportRaw(kHome + "/Scala one", "AUTO"), scala);
}

void tst_EmulatorWorkspace::exportAnswersBase64AndFileType()
{
    const QList<QPair<QString, QString>> cases = {{kHome + "/Ingest trips", "py"},
                                                  {kHome + "/Daily revenue", "sql"},
                                                  {kHome + "/Sessionize", "scala"},
                                                  {kHome + "/Forecast", "r"},
                                                  {kHome + "/config.yaml", "yaml"}};
    for (const auto &[path, fileType] : cases) {
        const HttpResult exported = get("export", pathQuery(path));
        QCOMPARE(exported.status, 200);
        QCOMPARE(exported.json.value("file_type").toString(), fileType);
        QCOMPARE(QByteArray::fromBase64(exported.json.value("content").toString().toLatin1()),
                 *m_emulator->workspaceObjectContent(path));
    }
}

void tst_EmulatorWorkspace::overwriteMovesModifiedAt()
{
    const QString path = kHome + "/Changing";
    QCOMPARE(importNotebook(path, "# Databricks notebook source\nx = 1\n", "PYTHON").status, 200);
    const QJsonObject before = status(path);
    const HttpResult refused =
        importNotebook(path, "# Databricks notebook source\nx = 2\n", "PYTHON");
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), QString("RESOURCE_ALREADY_EXISTS"));
    QCOMPARE(refused.message(), QString("Path (" + path + ") already exists."));
    QCOMPARE(status(path), before);

    QCOMPARE(importNotebook(path, "# Databricks notebook source\nx = 2\n", "SQL", true).status,
             200);
    const QJsonObject after = status(path);
    QVERIFY(after.value("modified_at").toDouble() > before.value("modified_at").toDouble());
    QCOMPARE(after.value("created_at").toDouble(), before.value("created_at").toDouble());
    QCOMPARE(after.value("object_id").toDouble(), before.value("object_id").toDouble());
    QCOMPARE(after.value("language").toString(), QString("SQL"));
    QCOMPARE(exportRaw(path), QByteArray("# Databricks notebook source\nx = 2\n"));

    // Each overwrite is seen, even within the same millisecond.
    QCOMPARE(importNotebook(path, "x = 3\n", "SQL", true).status, 200);
    QVERIFY(status(path).value("modified_at").toDouble() > after.value("modified_at").toDouble());
}

void tst_EmulatorWorkspace::importErrors()
{
    const QByteArray source = "# Databricks notebook source\nprint(1)\n";
    const HttpResult noLanguage = importNotebook(kHome + "/No language", source, QString());
    QCOMPARE(noLanguage.status, 400);
    QCOMPARE(noLanguage.errorCode(), QString("INVALID_PARAMETER_VALUE"));
    QVERIFY(noLanguage.message().contains("language"));

    const HttpResult badLanguage = importNotebook(kHome + "/Bad", source, "COBOL");
    QCOMPARE(badLanguage.status, 400);
    QCOMPARE(badLanguage.errorCode(), QString("INVALID_PARAMETER_VALUE"));

    const HttpResult noParent = importNotebook("/Users/nobody/deep/x", source, "PYTHON");
    QCOMPARE(noParent.status, 404);
    QCOMPARE(noParent.errorCode(), QString("RESOURCE_DOES_NOT_EXIST"));
    QCOMPARE(noParent.message(), QString("The parent folder (/Users/nobody/deep) does not exist."));

    const HttpResult parentIsNotebook = importNotebook(kHome + "/Forecast/x", source, "PYTHON");
    QCOMPARE(parentIsNotebook.status, 400);
    QCOMPARE(parentIsNotebook.errorCode(), QString("INVALID_PARAMETER_VALUE"));

    const HttpResult overFolder = importNotebook(kHome + "/Scratch", source, "PYTHON", true);
    QCOMPARE(overFolder.status, 400);
    QCOMPARE(overFolder.errorCode(), QString("RESOURCE_ALREADY_EXISTS"));

    const HttpResult badBase64 = post(
        "import",
        {{"path", QString(kHome + "/b64")}, {"language", "PYTHON"}, {"content", "not base64!"}});
    QCOMPARE(badBase64.status, 400);
    QCOMPARE(badBase64.errorCode(), QString("INVALID_PARAMETER_VALUE"));

    const HttpResult badFormat = importNotebook(kHome + "/f", source, "PYTHON", false, "PDF");
    QCOMPARE(badFormat.status, 400);
    QCOMPARE(badFormat.errorCode(), QString("INVALID_PARAMETER_VALUE"));

    const HttpResult dbcOverwrite = importNotebook(kHome + "/d", "{}", QString(), true, "DBC");
    QCOMPARE(dbcOverwrite.status, 400);
    QCOMPARE(dbcOverwrite.errorCode(), QString("INVALID_PARAMETER_VALUE"));
    QVERIFY(dbcOverwrite.message().contains("DBC"));

    const HttpResult badJupyter =
        importNotebook(kHome + "/j", "{\"x\":1}", QString(), false, "JUPYTER");
    QCOMPARE(badJupyter.status, 400);
    QCOMPARE(badJupyter.errorCode(), QString("INVALID_PARAMETER_VALUE"));

    const HttpResult noPath = post("import", {{"language", "PYTHON"}, {"content", ""}});
    QCOMPARE(noPath.status, 400);
    QCOMPARE(noPath.errorCode(), QString("INVALID_PARAMETER_VALUE"));

    const HttpResult badJson = m_client->postRaw(api("import"), "{not json");
    QCOMPARE(badJson.status, 400);
    QCOMPARE(badJson.errorCode(), QString("MALFORMED_REQUEST"));

    QCOMPARE(listNames(kHome).size(), 7); // nothing was made
}

void tst_EmulatorWorkspace::importOverTenMegabytesIsRefused()
{
    const QByteArray limit(10 * 1024 * 1024, 'x');
    QCOMPARE(
        post("import",
             {{"path", QString(kHome + "/big.bin")}, {"format", "RAW"}, {"content", base64(limit)}})
            .status,
        200);
    QCOMPARE(m_emulator->workspaceObjectContent(kHome + "/big.bin")->size(), limit.size());
    const HttpResult tooBig = post("import", {{"path", QString(kHome + "/bigger.bin")},
                                              {"format", "RAW"},
                                              {"content", base64(limit + "y")}});
    QCOMPARE(tooBig.status, 400);
    QCOMPARE(tooBig.errorCode(), QString("MAX_NOTEBOOK_SIZE_EXCEEDED"));
    QVERIFY(!m_emulator->workspaceObjectContent(kHome + "/bigger.bin"));
}

void tst_EmulatorWorkspace::jupyterExportShape()
{
    const HttpResult exported = get("export", pathQuery(kHome + "/Ingest trips", "JUPYTER"));
    QCOMPARE(exported.status, 200);
    QCOMPARE(exported.json.value("file_type").toString(), QString("ipynb"));
    const QJsonObject notebook =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(exported.json.value("content").toString().toLatin1()))
            .object();
    QCOMPARE(notebook.value("nbformat").toInt(), 4);
    const QJsonObject metadata = notebook.value("metadata").toObject();
    QCOMPARE(metadata.value("kernelspec").toObject().value("language").toString(),
             QString("python"));
    QCOMPARE(metadata.value("application/vnd.databricks.v1+notebook")
                 .toObject()
                 .value("notebookName")
                 .toString(),
             QString("Ingest trips"));
    const QJsonArray cells = notebook.value("cells").toArray();
    QCOMPARE(cells.size(), 5);
    const QJsonObject markdown = cells.at(0).toObject();
    QCOMPARE(markdown.value("cell_type").toString(), QString("markdown"));
    QCOMPARE(markdown.value("source").toArray().at(0).toString(), QString("# Ingest trips\n"));
    const QJsonObject code = cells.at(1).toObject();
    QCOMPARE(code.value("cell_type").toString(), QString("code"));
    QCOMPARE(code.value("source").toArray().at(0).toString(),
             QString("from pyspark.sql import functions as F\n"));
    QVERIFY(code.value("outputs").isArray());
    QVERIFY(code.contains("execution_count"));
    QCOMPARE(cells.at(2).toObject().value("source").toArray().at(0).toString(), QString("%sql\n"));
    QCOMPARE(cells.at(3).toObject().value("source").toArray().at(0).toString(), QString("%sh\n"));
}

void tst_EmulatorWorkspace::jupyterRoundTripKeepsTheSource()
{
    for (const QString &name :
         QStringList{"Ingest trips", "Daily revenue", "Sessionize", "Forecast"}) {
        const QByteArray ipynb = exportRaw(kHome + "/" + name, "JUPYTER");
        const QString copy = kHome + "/Scratch/" + name;
        QCOMPARE(importNotebook(copy, ipynb, QString(), false, "JUPYTER").status, 200);
        QCOMPARE(status(copy).value("language").toString(),
                 status(kHome + "/" + name).value("language").toString());
        QCOMPARE(exportRaw(copy), exportRaw(kHome + "/" + name));
    }
}

void tst_EmulatorWorkspace::jupyterImportTakesTheLanguageFromMetadata()
{
    const QJsonObject ipynb{
        {"nbformat", 4},
        {"nbformat_minor", 5},
        {"metadata",
         QJsonObject{{"kernelspec", QJsonObject{{"language", "scala"}, {"name", "x"}}}}},
        {"cells",
         QJsonArray{QJsonObject{{"cell_type", "markdown"}, {"source", "# Title\nSome *text*"}},
                    QJsonObject{{"cell_type", "code"},
                                {"source", QJsonArray{"val a = 1\n", "println(a)"}}},
                    QJsonObject{{"cell_type", "raw"}, {"source", "ignored"}},
                    QJsonObject{{"cell_type", "code"}, {"source", "%sql\nSELECT 1"}}}}};
    QCOMPARE(importNotebook(kHome + "/From Jupyter", QJsonDocument(ipynb).toJson(), "PYTHON", false,
                            "JUPYTER")
                 .status,
             200);
    QCOMPARE(status(kHome + "/From Jupyter").value("language").toString(), QString("SCALA"));
    QCOMPARE(exportRaw(kHome + "/From Jupyter"),
             QByteArray("// Databricks notebook source\n"
                        "// MAGIC %md\n// MAGIC # Title\n// MAGIC Some *text*\n\n"
                        "// COMMAND ----------\n\n"
                        "val a = 1\nprintln(a)\n\n"
                        "// COMMAND ----------\n\n"
                        "// MAGIC %sql\n// MAGIC SELECT 1\n"));
}

void tst_EmulatorWorkspace::htmlExportEscapesTheSource()
{
    const HttpResult exported = get("export", pathQuery(kHome + "/Ingest trips", "HTML"));
    QCOMPARE(exported.status, 200);
    QCOMPARE(exported.json.value("file_type").toString(), QString("html"));
    const QByteArray html =
        QByteArray::fromBase64(exported.json.value("content").toString().toLatin1());
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("<title>Ingest trips - Databricks</title>"));
    QVERIFY(html.contains("filter(F.col(&quot;fare_amount&quot;) &gt; 0)"));
    QVERIFY(!html.contains("F.col(\"fare_amount\") > 0"));
    QVERIFY(html.contains("# Databricks notebook source\n# MAGIC %md"));

    QCOMPARE(importNotebook(kHome + "/Scratch/From HTML", html, QString(), false, "HTML").status,
             200);
    QCOMPARE(exportRaw(kHome + "/Scratch/From HTML"), exportRaw(kHome + "/Ingest trips"));
    QCOMPARE(status(kHome + "/Scratch/From HTML").value("language").toString(), QString("PYTHON"));
}

void tst_EmulatorWorkspace::dbcFolderRoundTrip()
{
    const QString folder = "/Shared/Team reports";
    QCOMPARE(post("mkdirs", {{"path", QString(folder + "/Archive/2023")}}).status, 200);
    QCOMPARE(post("import", {{"path", QString(folder + "/Archive/notes.txt")},
                             {"format", "RAW"},
                             {"content", base64("kept\n")}})
                 .status,
             200);
    const HttpResult exported = get("export", pathQuery(folder, "DBC"));
    QCOMPARE(exported.status, 200);
    QCOMPARE(exported.json.value("file_type").toString(), QString("dbc"));
    const QByteArray archive =
        QByteArray::fromBase64(exported.json.value("content").toString().toLatin1());
    QCOMPARE(QJsonDocument::fromJson(archive).object().value("format").toString(),
             QString("brickdesk-dbc"));

    const QString copy = "/Shared/Team reports (copy)";
    QCOMPARE(importNotebook(copy, archive, QString(), false, "DBC").status, 200);
    QStringList original = listNames(folder);
    QStringList copied = listNames(copy);
    QCOMPARE(copied.size(), 3);
    for (QString &path : original)
        path.replace(folder, copy);
    QCOMPARE(copied, original);
    QCOMPARE(status(copy).value("object_type").toString(), QString("DIRECTORY"));
    QCOMPARE(status(copy + "/Churn overview").value("language").toString(), QString("SQL"));
    QCOMPARE(exportRaw(copy + "/Weekly KPIs"), exportRaw(folder + "/Weekly KPIs"));
    QCOMPARE(exportRaw(copy + "/Archive/notes.txt"), QByteArray("kept\n"));
    QCOMPARE(status(copy + "/Archive/2023").value("object_type").toString(), QString("DIRECTORY"));
    QVERIFY(status(copy + "/Weekly KPIs").value("object_id").toDouble() !=
            status(folder + "/Weekly KPIs").value("object_id").toDouble());

    // AUTO exports a folder the same way; a DBC never lands on an existing path.
    QCOMPARE(get("export", pathQuery(folder, "AUTO")).json.value("file_type").toString(),
             QString("dbc"));
    const HttpResult again = importNotebook(copy, archive, QString(), false, "DBC");
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorCode(), QString("RESOURCE_ALREADY_EXISTS"));
}

void tst_EmulatorWorkspace::dbcOfANotebookAndRefusals()
{
    const QByteArray archive = exportRaw(kHome + "/Sessionize", "DBC");
    QCOMPARE(importNotebook(kHome + "/Scratch/Sessionize", archive, QString(), false, "DBC").status,
             200);
    QCOMPARE(status(kHome + "/Scratch/Sessionize").value("language").toString(), QString("SCALA"));
    QCOMPARE(exportRaw(kHome + "/Scratch/Sessionize"), exportRaw(kHome + "/Sessionize"));

    const HttpResult notAnArchive =
        importNotebook(kHome + "/Scratch/x", "PK\x03\x04", QString(), false, "DBC");
    QCOMPARE(notAnArchive.status, 400);
    QCOMPARE(notAnArchive.errorCode(), QString("INVALID_PARAMETER_VALUE"));
    // An entry trying to leave its folder is refused.
    const QByteArray escaping = R"({"format":"brickdesk-dbc","version":1,"objects":[
        {"path":"","object_type":"DIRECTORY"},
        {"path":"../evil","object_type":"FILE","content":""}]})";
    const HttpResult refused =
        importNotebook(kHome + "/Scratch/y", escaping, QString(), false, "DBC");
    QCOMPARE(refused.status, 400);
    QCOMPARE(status(kHome + "/Scratch/y").value("error_code").toString(),
             QString("RESOURCE_DOES_NOT_EXIST"));
}

void tst_EmulatorWorkspace::autoImportDetectsTheFormat()
{
    const auto autoImport = [this](const QString &path, const QByteArray &content) {
        return post("import", {{"path", path}, {"format", "AUTO"}, {"content", base64(content)}})
            .status;
    };
    QCOMPARE(autoImport(kHome + "/Scratch/etl.py", "# Databricks notebook source\nprint(1)\n"),
             200);
    QCOMPARE(status(kHome + "/Scratch/etl").value("language").toString(), QString("PYTHON"));
    QCOMPARE(autoImport(kHome + "/Scratch/report.sql", "-- Databricks notebook source\nSELECT 1\n"),
             200);
    QCOMPARE(status(kHome + "/Scratch/report").value("language").toString(), QString("SQL"));
    QCOMPARE(autoImport(kHome + "/Scratch/job.scala", "// Databricks notebook source\nval x = 1\n"),
             200);
    QCOMPARE(status(kHome + "/Scratch/job").value("language").toString(), QString("SCALA"));
    QCOMPARE(autoImport(kHome + "/Scratch/model.r", "# Databricks notebook source\nx <- 1\n"), 200);
    QCOMPARE(status(kHome + "/Scratch/model").value("language").toString(), QString("R"));
    QCOMPARE(autoImport(kHome + "/Scratch/lab.ipynb", exportRaw(kHome + "/Forecast", "JUPYTER")),
             200);
    QCOMPARE(status(kHome + "/Scratch/lab").value("language").toString(), QString("R"));
    QCOMPARE(autoImport(kHome + "/Scratch/data.csv", "a,b\n1,2\n"), 200);
    QCOMPARE(status(kHome + "/Scratch/data.csv").value("object_type").toString(), QString("FILE"));
    QCOMPARE(autoImport(kHome + "/Scratch/plain.py", "print('a plain file')\n"), 200);
    QCOMPARE(status(kHome + "/Scratch/plain.py").value("object_type").toString(), QString("FILE"));
    QCOMPARE(autoImport(kHome + "/Scratch/reports.dbc", exportRaw("/Shared/Team reports", "DBC")),
             200);
    QCOMPARE(listNames(kHome + "/Scratch/reports").size(), 2);
}

void tst_EmulatorWorkspace::exportErrors()
{
    const HttpResult folderSource = get("export", pathQuery(kHome, "SOURCE"));
    QCOMPARE(folderSource.status, 400);
    QCOMPARE(folderSource.errorCode(), QString("INVALID_PARAMETER_VALUE"));
    QVERIFY(folderSource.message().contains("DBC"));
    const HttpResult defaultFormat = get("export", pathQuery(kHome));
    QCOMPARE(defaultFormat.status, 400); // SOURCE is the default

    const HttpResult fileAsJupyter = get("export", pathQuery(kHome + "/config.yaml", "JUPYTER"));
    QCOMPARE(fileAsJupyter.status, 400);
    QCOMPARE(fileAsJupyter.errorCode(), QString("INVALID_PARAMETER_VALUE"));

    const HttpResult missing = get("export", pathQuery(kHome + "/nothing"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), QString("RESOURCE_DOES_NOT_EXIST"));

    const HttpResult badFormat = get("export", pathQuery(kHome + "/Forecast", "DOCX"));
    QCOMPARE(badFormat.status, 400);
    QCOMPARE(badFormat.errorCode(), QString("INVALID_PARAMETER_VALUE"));

    QByteArray huge = "# Databricks notebook source\n";
    huge.append(QByteArray(10 * 1024 * 1024, '#'));
    QVERIFY(m_emulator->setWorkspaceNotebook(kHome + "/Huge", huge, "PYTHON"));
    const HttpResult tooBig = get("export", pathQuery(kHome + "/Huge"));
    QCOMPARE(tooBig.status, 400);
    QCOMPARE(tooBig.errorCode(), QString("MAX_NOTEBOOK_SIZE_EXCEEDED"));
    QCOMPARE(get("export", pathQuery(kHome + "/Huge", "SOURCE", true)).status, 400);
}

void tst_EmulatorWorkspace::mkdirsMakesParents()
{
    const QString deep = kHome + "/Projects/2024/Q4";
    QCOMPARE(post("mkdirs", {{"path", deep}}).status, 200);
    QCOMPARE(status(kHome + "/Projects").value("object_type").toString(), QString("DIRECTORY"));
    QCOMPARE(status(deep).value("object_type").toString(), QString("DIRECTORY"));
    const double id = status(deep).value("object_id").toDouble();
    // An existing folder is fine and stays the same folder.
    const HttpResult again = post("mkdirs", {{"path", deep}});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, QByteArray("{}"));
    QCOMPARE(status(deep).value("object_id").toDouble(), id);
    // Inside a repo too.
    QCOMPARE(
        post("mkdirs", {{"path", "/Repos/demo.user@brickdesk.example/etl-pipelines/new"}}).status,
        200);
}

void tst_EmulatorWorkspace::mkdirsErrors()
{
    const HttpResult throughNotebook = post("mkdirs", {{"path", QString(kHome + "/Forecast/sub")}});
    QCOMPARE(throughNotebook.status, 400);
    QCOMPARE(throughNotebook.errorCode(), QString("RESOURCE_ALREADY_EXISTS"));
    QVERIFY(throughNotebook.message().contains(kHome + "/Forecast"));
    const HttpResult onFile = post("mkdirs", {{"path", QString(kHome + "/config.yaml")}});
    QCOMPARE(onFile.status, 400);
    QCOMPARE(onFile.errorCode(), QString("RESOURCE_ALREADY_EXISTS"));
    const HttpResult noPath = post("mkdirs", {});
    QCOMPARE(noPath.status, 400);
    QCOMPARE(noPath.errorCode(), QString("INVALID_PARAMETER_VALUE"));
}

void tst_EmulatorWorkspace::deleteAnswersAndErrors()
{
    const HttpResult notebook = post("delete", {{"path", QString(kHome + "/Forecast")}});
    QCOMPARE(notebook.status, 200);
    QCOMPARE(notebook.body, QByteArray("{}"));
    QCOMPARE(get("get-status", pathQuery(kHome + "/Forecast")).status, 404);

    QCOMPARE(post("delete", {{"path", QString(kHome + "/Scratch")}}).status, 200); // empty folder

    const HttpResult notEmpty = post("delete", {{"path", "/Shared/Team reports"}});
    QCOMPARE(notEmpty.status, 400);
    QCOMPARE(notEmpty.errorCode(), QString("DIRECTORY_NOT_EMPTY"));
    QCOMPARE(listNames("/Shared/Team reports").size(), 2);
    QCOMPARE(post("delete", {{"path", "/Shared/Team reports"}, {"recursive", true}}).status, 200);
    QCOMPARE(get("get-status", pathQuery("/Shared/Team reports/Weekly KPIs")).status, 404);
    QCOMPARE(get("get-status", pathQuery("/Shared/Team reports")).status, 404);
    QVERIFY(!m_emulator->workspaceObjectContent("/Shared/Team reports/Weekly KPIs"));
    QVERIFY(listNames("/Shared").contains("/Shared/libs")); // siblings stay

    const HttpResult missing = post("delete", {{"path", QString(kHome + "/Forecast")}});
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), QString("RESOURCE_DOES_NOT_EXIST"));
    const HttpResult system = post("delete", {{"path", "/Users"}, {"recursive", true}});
    QCOMPARE(system.status, 400);
    QCOMPARE(system.errorCode(), QString("INVALID_PARAMETER_VALUE"));
    const HttpResult badRecursive = post("delete", {{"path", kHome}, {"recursive", "yes"}});
    QCOMPARE(badRecursive.status, 400);
    QCOMPARE(status(kHome + "/Ingest trips").value("object_type").toString(), QString("NOTEBOOK"));
}

void tst_EmulatorWorkspace::hooksReadAndReplaceNotebooks()
{
    QVERIFY(m_emulator->workspaceObjectContent(kHome + "/Ingest trips")
                ->startsWith("# Databricks notebook source\n"));
    QVERIFY(!m_emulator->workspaceObjectContent(kHome));
    QVERIFY(!m_emulator->workspaceObjectContent(kHome + "/nothing"));

    const QJsonObject before = status(kHome + "/Daily revenue");
    QVERIFY(m_emulator->setWorkspaceNotebook(kHome + "/Daily revenue",
                                             "-- Databricks notebook source\nSELECT 2\n", "SQL"));
    const QJsonObject after = status(kHome + "/Daily revenue");
    QVERIFY(after.value("modified_at").toDouble() > before.value("modified_at").toDouble());
    QCOMPARE(after.value("object_id").toDouble(), before.value("object_id").toDouble());
    QCOMPARE(exportRaw(kHome + "/Daily revenue"),
             QByteArray("-- Databricks notebook source\nSELECT 2\n"));

    QVERIFY(m_emulator->setWorkspaceNotebook(kHome + "/New/Folder/nb", "x <- 1\n", "r"));
    QCOMPARE(status(kHome + "/New/Folder").value("object_type").toString(), QString("DIRECTORY"));
    QCOMPARE(status(kHome + "/New/Folder/nb").value("language").toString(), QString("R"));

    QVERIFY(!m_emulator->setWorkspaceNotebook(kHome + "/Scratch", "x", "PYTHON"));
    QVERIFY(!m_emulator->setWorkspaceNotebook(kHome + "/Forecast/inside", "x", "PYTHON"));
    QVERIFY(!m_emulator->setWorkspaceNotebook(kHome + "/x", "x", "JAVA"));
    QVERIFY(!m_emulator->setWorkspaceNotebook("relative/x", "x", "PYTHON"));
}

void tst_EmulatorWorkspace::objectsSurviveARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_emulator = start(Seed::Demo, dir.path());
    QVERIFY(m_emulator);
    const QByteArray source = "# Databricks notebook source\nprint('kept')\n";
    QCOMPARE(importNotebook(kHome + "/Kept", source, "PYTHON").status, 200);
    QCOMPARE(post("mkdirs", {{"path", "/Shared/New team"}}).status, 200);
    QCOMPARE(post("delete", {{"path", QString(kHome + "/Forecast")}}).status, 200);
    const QJsonObject kept = status(kHome + "/Kept");
    const QJsonObject sessionize = status(kHome + "/Sessionize");
    m_client.reset();
    m_emulator.reset();

    QFile file(dir.filePath("state.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(file.readAll()).object().value("workspace").isObject());
    file.close();

    m_emulator = start(Seed::Demo, dir.path());
    QVERIFY(m_emulator);
    QCOMPARE(status(kHome + "/Kept"), kept);
    QCOMPARE(status(kHome + "/Sessionize"), sessionize);
    QCOMPARE(exportRaw(kHome + "/Kept"), source);
    QCOMPARE(status("/Shared/New team").value("object_type").toString(), QString("DIRECTORY"));
    QCOMPARE(get("get-status", pathQuery(kHome + "/Forecast")).status, 404);
    // New objects after the restart get new ids.
    QCOMPARE(importNotebook(kHome + "/After", source, "PYTHON").status, 200);
    QVERIFY(status(kHome + "/After").value("object_id").toDouble() !=
            kept.value("object_id").toDouble());
}

void tst_EmulatorWorkspace::stateWithoutWorkspaceGetsItSeeded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_emulator = start(Seed::Demo, dir.path());
    QVERIFY(m_emulator);
    m_client.reset();
    m_emulator.reset();
    // A state file written before the workspace area existed.
    QFile file(dir.filePath("state.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QVERIFY(root.contains("workspace"));
    root.remove("workspace");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();

    m_emulator = start(Seed::Demo, dir.path());
    QVERIFY(m_emulator);
    QCOMPARE(status(kHome + "/Ingest trips").value("language").toString(), QString("PYTHON"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(file.readAll()).object().value("workspace").isObject());
}

QTEST_GUILESS_MAIN(tst_EmulatorWorkspace)
#include "tst_emulator_workspace.moc"
