// The notebook source format (cells on the three marker styles, magics, titles), the workspace
// API's answers well-formed and malformed, and how files from disk are imported.
#include "ApiClient.h"
#include "NotebookSource.h"
#include "WorkspaceClient.h"
#include "WorkspaceObject.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace brickdesk;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// As `workspace/export?format=SOURCE` writes a Python notebook with Markdown, SQL and shell cells.
const char kPythonNotebook[] = "# Databricks notebook source\n"
                               "# MAGIC %md\n"
                               "# MAGIC # Ingest trips\n"
                               "# MAGIC Loads the raw files.\n"
                               "\n"
                               "# COMMAND ----------\n"
                               "\n"
                               "# DBTITLE 1,Read the files\n"
                               "df = spark.read.json(\"/mnt/raw/trips\")\n"
                               "display(df)\n"
                               "\n"
                               "# COMMAND ----------\n"
                               "\n"
                               "# MAGIC %sql\n"
                               "# MAGIC SELECT count(*)\n"
                               "# MAGIC FROM demo.trips\n"
                               "\n"
                               "# COMMAND ----------\n"
                               "\n"
                               "# MAGIC %sh ls /dbfs/tmp\n";

const char kSqlNotebook[] = "-- Databricks notebook source\n"
                            "SELECT 1\n"
                            "\n"
                            "-- COMMAND ----------\n"
                            "\n"
                            "-- MAGIC %python\n"
                            "-- MAGIC print('hi')\n";

const char kScalaNotebook[] = "// Databricks notebook source\r\n"
                              "val x = 1\r\n"
                              "\r\n"
                              "// COMMAND ----------\r\n"
                              "\r\n"
                              "// MAGIC %md Notes\r\n";

} // namespace

class TestWorkspaceCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pythonNotebookCells()
    {
        const QString text = QString::fromUtf8(kPythonNotebook);
        const NotebookOutline outline = notebookSource::parse(text, CodeLanguage::Python);
        QVERIFY(outline.hasHeader);
        QCOMPARE(outline.cells.size(), 4);
        QCOMPARE(outline.cells.at(0).magic, QStringLiteral("md"));
        QCOMPARE(outline.cells.at(0).language, CodeLanguage::Markdown);
        QCOMPARE(outline.cells.at(0).firstLine, 1);
        QCOMPARE(outline.cells.at(0).lineCount, 4);
        QCOMPARE(outline.cells.at(1).magic, QString());
        QCOMPARE(outline.cells.at(1).language, CodeLanguage::Python);
        QCOMPARE(outline.cells.at(1).title, QStringLiteral("Read the files"));
        QCOMPARE(outline.cells.at(2).language, CodeLanguage::Sql);
        QCOMPARE(outline.cells.at(3).magic, QStringLiteral("sh"));
        QCOMPARE(outline.cells.at(3).language, CodeLanguage::Shell);

        const QStringList lines = notebookSource::splitLines(text);
        QCOMPARE(notebookSource::cellCode(lines, outline.cells.at(2)),
                 QStringLiteral("%sql\nSELECT count(*)\nFROM demo.trips"));
        QCOMPARE(notebookSource::cellCode(lines, outline.cells.at(1)),
                 QStringLiteral("df = spark.read.json(\"/mnt/raw/trips\")\ndisplay(df)"));
    }

    void otherMarkerStyles()
    {
        const NotebookOutline sql =
            notebookSource::parse(QString::fromUtf8(kSqlNotebook), CodeLanguage::Sql);
        QCOMPARE(sql.cells.size(), 2);
        QCOMPARE(sql.cells.at(0).language, CodeLanguage::Sql);
        QCOMPARE(sql.cells.at(1).language, CodeLanguage::Python);

        // Windows line ends, Scala comments.
        const NotebookOutline scala =
            notebookSource::parse(QString::fromUtf8(kScalaNotebook), CodeLanguage::Scala);
        QVERIFY(scala.hasHeader);
        QCOMPARE(scala.cells.size(), 2);
        QCOMPARE(scala.cells.at(1).language, CodeLanguage::Markdown);

        // A marker in another language's comment style still splits (notebooks pasted across).
        const NotebookOutline mixed = notebookSource::parse(
            QStringLiteral("print(1)\n-- COMMAND ----------\nprint(2)"), CodeLanguage::Python);
        QVERIFY(!mixed.hasHeader);
        QCOMPARE(mixed.cells.size(), 2);
    }

    void notMarkers()
    {
        QCOMPARE(notebookSource::lineRole(QStringLiteral("#COMMAND ----------")),
                 NotebookLineRole::Code);
        QCOMPARE(notebookSource::lineRole(QStringLiteral("# COMMAND ---------")),
                 NotebookLineRole::Code);
        QCOMPARE(notebookSource::lineRole(QStringLiteral("  # COMMAND ----------")),
                 NotebookLineRole::Code);
        QCOMPARE(notebookSource::lineRole(QStringLiteral("# COMMAND ----------  ")),
                 NotebookLineRole::CellMarker);
        QCOMPARE(notebookSource::lineRole(QStringLiteral("# MAGICAL")), NotebookLineRole::Code);
        QCOMPARE(notebookSource::lineRole(QStringLiteral("# MAGIC")), NotebookLineRole::Magic);
        QCOMPARE(notebookSource::magicBody(QStringLiteral("# MAGIC")), QString());
        QCOMPARE(notebookSource::magicBody(QStringLiteral("-- MAGIC %sql")),
                 QStringLiteral("%sql"));
        QCOMPARE(notebookSource::magicBody(QStringLiteral("# MAGICx")), std::nullopt);
        // A Python line that only looks like a magic is code: its cell has no magic.
        const NotebookOutline outline =
            notebookSource::parse(QStringLiteral("x = 1\n# MAGIC %sql\n"), CodeLanguage::Python);
        QCOMPARE(outline.cells.size(), 1);
        QCOMPARE(outline.cells.at(0).magic, QString());
    }

    void emptyAndDegenerate()
    {
        NotebookOutline outline = notebookSource::parse(QString(), CodeLanguage::R);
        QCOMPARE(outline.cells.size(), 1);
        QCOMPARE(outline.cells.at(0).lineCount, 1);
        outline = notebookSource::parse(QStringLiteral("# Databricks notebook source"),
                                        CodeLanguage::Python);
        QVERIFY(outline.hasHeader);
        QCOMPARE(outline.cells.size(), 1);
        QCOMPARE(outline.cells.at(0).lineCount, 0);
        outline = notebookSource::parse(
            QStringLiteral("# COMMAND ----------\n# COMMAND ----------"), CodeLanguage::Python);
        QCOMPARE(outline.cells.size(), 3);
        // A magic cell with an unknown command keeps the notebook's language, %run is plain.
        outline =
            notebookSource::parse(QStringLiteral("# MAGIC %run ./setup"), CodeLanguage::Python);
        QCOMPARE(outline.cells.at(0).magic, QStringLiteral("run"));
        QCOMPARE(outline.cells.at(0).language, CodeLanguage::Plain);
        outline = notebookSource::parse(QStringLiteral("# MAGIC %%%"), CodeLanguage::Python);
        QCOMPARE(outline.cells.at(0).magic, QString());
    }

    void composeRoundTrip()
    {
        const QStringList cells = {QStringLiteral("%md\n# Title\n\ntext"),
                                   QStringLiteral("x = 1\nprint(x)"),
                                   QStringLiteral("%sql\nSELECT 1")};
        const QString text = notebookSource::compose(CodeLanguage::Python, cells);
        QVERIFY(text.startsWith(QStringLiteral("# Databricks notebook source\n")));
        QVERIFY(text.contains(QStringLiteral("\n# MAGIC\n"))); // blank line inside a magic cell
        const NotebookOutline outline = notebookSource::parse(text, CodeLanguage::Python);
        QCOMPARE(outline.cells.size(), 3);
        const QStringList lines = notebookSource::splitLines(text);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(notebookSource::cellCode(lines, outline.cells.at(i)), cells.at(i));
        QCOMPARE(notebookSource::compose(CodeLanguage::Sql, {QStringLiteral("SELECT 1")}),
                 QStringLiteral("-- Databricks notebook source\n\nSELECT 1"));
    }

    void headerLanguage()
    {
        QCOMPARE(
            notebookSource::languageOfHeader(QStringLiteral("-- Databricks notebook source\nx")),
            CodeLanguage::Sql);
        QCOMPARE(notebookSource::languageOfHeader(QStringLiteral("// Databricks notebook source")),
                 CodeLanguage::Scala);
        QCOMPARE(notebookSource::languageOfHeader(QStringLiteral("# Databricks notebook source"),
                                                  CodeLanguage::R),
                 CodeLanguage::R);
        QCOMPARE(notebookSource::languageOfHeader(QStringLiteral("# Databricks notebook source")),
                 CodeLanguage::Python);
        QCOMPARE(notebookSource::languageOfHeader(QStringLiteral("print(1)")), CodeLanguage::Plain);
    }

    void objectsParse()
    {
        QString error;
        const auto objects = workspaceAnswers::objects(
            json(R"({"objects":[{"path":"/Users/a/nb","object_type":"NOTEBOOK","language":"SQL",
                "object_id":12,"created_at":1700000000000,"modified_at":1700000001000,"size":40},
                {"path":"/Users/a/dir","object_type":"DIRECTORY","object_id":13},
                {"path":"/Repos/a/r","object_type":"REPO","object_id":"14"},
                {"path":"/x","object_type":"SOMETHING_NEW"}]})"),
            &error);
        QVERIFY2(objects, qPrintable(error));
        QCOMPARE(objects->size(), 4);
        QCOMPARE(objects->at(0).name(), QStringLiteral("nb"));
        QCOMPARE(objects->at(0).language, CodeLanguage::Sql);
        QCOMPARE(objects->at(0).modifiedAt.toMSecsSinceEpoch(), 1700000001000);
        QCOMPARE(objects->at(0).size, 40);
        QVERIFY(objects->at(1).isFolder());
        QVERIFY(objects->at(2).isFolder());
        QCOMPARE(objects->at(3).type, WorkspaceObjectType::Unknown);
        QCOMPARE(objects->at(1).size, -1);

        // An empty folder's answer has no "objects".
        const auto empty = workspaceAnswers::objects(QJsonObject(), &error);
        QVERIFY(empty && empty->isEmpty());
    }

    void objectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("objects not array") << QByteArray(R"({"objects":{}})") << "objects";
        QTest::newRow("item not object") << QByteArray(R"({"objects":[1]})") << "objects[0]";
        QTest::newRow("no path") << QByteArray(R"({"objects":[{"object_type":"FILE"}]})") << "path";
        QTest::newRow("relative path")
            << QByteArray(R"({"objects":[{"path":"a/b","object_type":"FILE"}]})") << "path";
        QTest::newRow("path number") << QByteArray(R"({"objects":[{"path":3}]})") << "path";
        QTest::newRow("modified text")
            << QByteArray(R"({"objects":[{"path":"/a","modified_at":"yesterday"}]})")
            << "modified_at";
    }

    void objectsMalformed()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!workspaceAnswers::objects(QJsonDocument::fromJson(answer).object(), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void exportedContent()
    {
        QString error;
        auto content = workspaceAnswers::exportedContent(
            json(R"({"content":"IyBEYXRhYnJpY2tz","file_type":"py"})"), &error);
        QVERIFY(content);
        QCOMPARE(*content, QByteArray("# Databricks"));
        QVERIFY(!workspaceAnswers::exportedContent(json(R"({"content":"***"})"), &error));
        QVERIFY(error.contains("base64"));
        QVERIFY(!workspaceAnswers::exportedContent(json(R"({"content":5})"), &error));
        content = workspaceAnswers::exportedContent(json("{}"), &error);
        QVERIFY(content && content->isEmpty());
    }

    void importPlans()
    {
        ImportPlan plan = planImport("/home/u/etl.py", "# Databricks notebook source\n");
        QCOMPARE(plan.format, WorkspaceFormat::Source);
        QCOMPARE(plan.language, CodeLanguage::Python);
        QCOMPARE(plan.objectName, QStringLiteral("etl"));
        QVERIFY(plan.notebook);
        // The header wins over the extension, except for the Python/R tie.
        plan = planImport("report.py", "-- Databricks notebook source\n");
        QCOMPARE(plan.language, CodeLanguage::Sql);
        plan = planImport("model.R", "# Databricks notebook source\n");
        QCOMPARE(plan.language, CodeLanguage::R);
        plan = planImport("query.SQL", "SELECT 1");
        QCOMPARE(plan.language, CodeLanguage::Sql);
        plan = planImport("analysis.ipynb", "{}");
        QCOMPARE(plan.format, WorkspaceFormat::Jupyter);
        QCOMPARE(plan.objectName, QStringLiteral("analysis"));
        plan = planImport("archive.dbc", "PK");
        QCOMPARE(plan.format, WorkspaceFormat::Dbc);
        plan = planImport("config.yaml", "a: 1");
        QCOMPARE(plan.format, WorkspaceFormat::Auto);
        QCOMPARE(plan.objectName, QStringLiteral("config.yaml"));
        QVERIFY(!plan.notebook);
        QCOMPARE(exportExtension(WorkspaceFormat::Source, CodeLanguage::Scala),
                 QStringLiteral("scala"));
        QCOMPARE(exportExtension(WorkspaceFormat::Jupyter, CodeLanguage::Python),
                 QStringLiteral("ipynb"));
    }

    // A '+' in a query value is sent as %2B: servers read a bare '+' as a space, and
    // plus-addressed user folders ("jane+dev@corp.com") are common.
    void plusInAPathIsSentEncoded()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray requestLine;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                const QByteArray received = socket->readAll();
                if (requestLine.isEmpty())
                    requestLine = received.left(received.indexOf("\r\n"));
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: 2\r\n\r\n{}");
            });
        });
        QNetworkAccessManager network;
        ApiClient api(&network, nullptr);
        api.setConnection({"plus",
                           QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                           "not-a-real-token",
                           {}});
        WorkspaceClient client(&api);
        bool answered = false;
        client.list("/Users/jane+dev@corp.com", this,
                    [&](const CallResult<QList<WorkspaceObject>> &result) {
                        QVERIFY2(result.ok(), qPrintable(result.error.summary()));
                        answered = true;
                    });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY2(requestLine.contains("path=/Users/jane%2Bdev@corp.com"), requestLine.constData());
    }

    void paths()
    {
        QCOMPARE(workspacePath::parentOf("/Users/a/nb"), QStringLiteral("/Users/a"));
        QCOMPARE(workspacePath::parentOf("/Users"), QStringLiteral("/"));
        QCOMPARE(workspacePath::join("/", "Shared"), QStringLiteral("/Shared"));
        QCOMPARE(workspacePath::join("/Shared", "x"), QStringLiteral("/Shared/x"));
        QVERIFY(!workspacePath::checkName("a/b").isEmpty());
        QVERIFY(!workspacePath::checkName("..").isEmpty());
        QVERIFY(!workspacePath::checkName("  ").isEmpty());
        QVERIFY(workspacePath::checkName("Daily revenue").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceCore)
#include "tst_workspacecore.moc"
