// The SQL editor page as a user drives it, offscreen, against the demo emulator over real HTTP:
// picking a warehouse (remembered per profile), Ctrl+Enter on the statement under the cursor,
// Run all stopping at a failure, an error putting the cursor where it points, Esc cancelling,
// starting a stopped warehouse, the history (put back, run again, search), export with progress,
// copying cells, and completion learning tables.
#include "CodeEditor.h"
#include "ConfirmByNameDialog.h"
#include "EmulatorOptionsFor.h"
#include "FindReplaceBar.h"
#include "QueryHistory.h"
#include "QueryHistoryModel.h"
#include "ResultChunkCache.h"
#include "ResultTableModel.h"
#include "SpinUntil.h"
#include "SqlCompletionWords.h"
#include "SqlEditorPage.h"
#include "WarehouseListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace brickdesk;

namespace {

const QString kToken = QStringLiteral("bdtest-sql-page-token");

// Kept out of the test class: moc reads string literals in class bodies.
const QString kThreeStatements = "SELECT 1 AS one;\n"
                                 "SELECT trip_id, fare_amount, payment_type FROM demo.trips\n"
                                 "  ORDER BY trip_id LIMIT 100;\n"
                                 "SELECT 'three' AS n;\n";
const QString kBrokenSecond = "SELECT 1;\n"
                              "\n"
                              "SELECT trip_id,\n"
                              "       fare_amount\n"
                              "  FORM demo.trips;\n"
                              "SELECT 3;";

} // namespace

class TestSqlPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void picksAndRemembersTheWarehousePerProfile();
    void ctrlEnterRunsTheStatementUnderTheCursor();
    void ctrlEnterRunsTheSelection();
    void runAllStopsAtTheFirstFailure();
    void errorMovesTheCursorToWhereItPoints();
    void escapeCancelsARunningStatement();
    void startsAStoppedWarehouse();
    void statementOnAStoppedWarehouseWaitsForIt();
    void historyPutsBackRunsAgainAndSearches();
    void exportShowsProgressAndWritesTheFile();
    void cancelledExportLeavesNoFile();
    void copiesSelectedCellsAsTsv();
    void completionLearnsTablesAndColumns();
    void rowLimitTruncatesAndSaysSo();
    void tinyChunksDoNotPushTheScreenOutOfTheCache();
    void changesOnProdAskForTheProfileName();
    void disconnectClearsTheResult();
    void screenshotOfTrips();

private:
    void connectPage(const QString &profile = "dev", bool prod = false);
    // Answers the next ConfirmByNameDialog: types `name` and confirms, or cancels.
    void answerNextConfirmation(const QString &name, bool confirm);
    void setText(const QString &text, int cursor);
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    bool runAndWait(const QString &sql);
    QString warehouseId(const QString &name) const;
    QString runStatus() const;
    // With BRICKDESK_SQL_SCREENSHOT_DIR set: the page as it looks now, to look at by eye.
    void saveScreenshot(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SqlEditorPage> m_page;
    QString m_confirmationShown; // the text of the last confirmation answered
};

void TestSqlPage::init()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath("settings.ini"), QSettings::IniFormat);
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(emulatorOptionsFor(kToken));
    QVERIFY(m_emulator->listen());
    m_client = std::make_unique<ApiClient>(&m_network, nullptr);
    m_client->setConnection({"dev", m_emulator->baseUrl(), kToken, {}});
    m_client->setRetryPolicy(RetryPolicy::none());
    m_page = std::make_unique<SqlEditorPage>(m_settings.get());
    m_page->setHistoryDirectory(m_dir.filePath("history"));
    m_page->setWarehousePollInterval(50);
    m_page->resize(1400, 900);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestSqlPage::cleanup()
{
    m_page.reset();
    m_client.reset();
    m_emulator.reset();
    m_settings.reset();
    QDir(m_dir.filePath("history")).removeRecursively();
    QFile::remove(m_dir.filePath("settings.ini"));
}

void TestSqlPage::connectPage(const QString &profile, bool prod)
{
    ConnectedWorkspace workspace;
    workspace.client = m_client.get();
    workspace.profile.name = profile;
    workspace.profile.environment = prod ? EnvironmentTag::Prod : EnvironmentTag::Dev;
    workspace.userName = "demo.user@brickdesk.example";
    QSignalSpy settled(m_page.get(), &WorkspacePage::settledChanged);
    m_page->connectTo(workspace);
    QVERIFY(!m_page->isSettled());
    QVERIFY(spinUntil([&] { return m_page->isSettled(); }));
    QCOMPARE(settled.size(), 1);
    QCOMPARE(m_page->warehouseCombo()->count(), 3);
}

void TestSqlPage::answerNextConfirmation(const QString &name, bool confirm)
{
    m_confirmationShown.clear();
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, this, [this, poll, name, confirm] {
        auto *dialog = qobject_cast<ConfirmByNameDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->deleteLater();
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            m_confirmationShown += label->text();
        if (!confirm) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(dialog->nameEdit(), name);
        if (dialog->isConfirmEnabled())
            dialog->accept();
        else
            dialog->reject();
    });
    poll->start();
}

void TestSqlPage::setText(const QString &text, int cursor)
{
    CodeEditor *editor = m_page->editor();
    editor->setPlainText(text);
    QTextCursor c = editor->textCursor();
    c.setPosition(cursor);
    editor->setTextCursor(c);
}

void TestSqlPage::key(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->editor()->setFocus();
    QTest::keyClick(m_page->editor(), key, modifiers);
}

bool TestSqlPage::runAndWait(const QString &sql)
{
    setText(sql, 0);
    QSignalSpy finished(m_page.get(), &SqlEditorPage::runFinished);
    m_page->runAll();
    // Nothing started (a refused confirmation): nothing to wait for.
    return !m_page->isRunning() || spinUntil([&] { return !finished.isEmpty(); }, 60000);
}

QString TestSqlPage::warehouseId(const QString &name) const
{
    for (const SqlWarehouse &warehouse : m_page->warehouseModel()->warehouses()) {
        if (warehouse.name == name)
            return warehouse.id;
    }
    return {};
}

QString TestSqlPage::runStatus() const
{
    // The label is rich text: its plain words.
    QString text = m_page->runStateLabel()->text();
    text.remove(QRegularExpression("<[^>]*>"));
    return text;
}

void TestSqlPage::saveScreenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("BRICKDESK_SQL_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_page->grab().save(dir + QLatin1Char('/') + name));
}

void TestSqlPage::picksAndRemembersTheWarehousePerProfile()
{
    connectPage();
    // Nothing saved: the running warehouse.
    QCOMPARE(m_page->currentWarehouseId(), m_emulator->demoWarehouseId());
    QVERIFY(m_page->warehouseStateLabel()->text().contains("Running"));
    QVERIFY(!m_page->startWarehouseAction()->isEnabled());
    QVERIFY(m_page->runAction()->isEnabled());
    QCOMPARE(m_settings->allKeys(), QStringList()); // a default is not a choice
    QCOMPARE(m_page->warehouseCombo()->itemText(1), QString("Reporting (Pro) — Stopped"));
    QVERIFY(!m_page->warehouseCombo()->itemIcon(0).isNull());

    // The user picks another; it is kept for this profile only.
    const QString reporting = warehouseId("Reporting (Pro)");
    QVERIFY(!reporting.isEmpty());
    m_page->warehouseCombo()->setCurrentIndex(m_page->warehouseModel()->rowOfId(reporting));
    QCOMPARE(m_page->currentWarehouseId(), reporting);
    QVERIFY(m_page->warehouseStateLabel()->text().contains("Stopped"));
    QVERIFY(m_page->startWarehouseAction()->isEnabled());
    m_settings->sync();
    QCOMPARE(m_settings->allKeys(), QStringList{"sql/dev/warehouse"});
    QCOMPARE(m_settings->value("sql/dev/warehouse").toString(), reporting);

    m_page->disconnectFrom(QString());
    QCOMPARE(m_page->warehouseCombo()->count(), 0);
    QVERIFY(!m_page->runAction()->isEnabled());
    connectPage();
    QCOMPARE(m_page->currentWarehouseId(), reporting);
    // Another profile has its own choice.
    m_page->disconnectFrom(QString());
    connectPage("acme/prod");
    QCOMPARE(m_page->currentWarehouseId(), m_emulator->demoWarehouseId());
    QVERIFY(m_page->selectWarehouse(warehouseId("Nightly ETL")));
    m_settings->sync();
    QCOMPARE(m_settings->value("sql/acme%2Fprod/warehouse").toString(), warehouseId("Nightly ETL"));
    QCOMPARE(m_settings->value("sql/dev/warehouse").toString(), reporting);
    // Never a token in the settings.
    QFile file(m_dir.filePath("settings.ini"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(kToken.toUtf8()));
}

void TestSqlPage::ctrlEnterRunsTheStatementUnderTheCursor()
{
    connectPage();
    setText(kThreeStatements, kThreeStatements.indexOf("fare_amount"));
    QSignalSpy finished(m_page.get(), &SqlEditorPage::runFinished);
    key(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_page->isRunning() || !finished.isEmpty());
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(m_emulator->sqlStatementCount(), 1); // that statement alone
    QCOMPARE(m_page->lastAnswer().state, StatementState::Succeeded);
    QVERIFY2(runStatus().contains("Succeeded in"), qPrintable(runStatus()));

    ResultTableModel *model = m_page->resultModel();
    QVERIFY(model);
    QCOMPARE(m_page->resultView()->model(), model);
    QCOMPARE(model->rowCount(), 100);
    QCOMPARE(model->columnCount(), 3);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QString("trip_id\nBIGINT"));
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(),
             QString("fare_amount\nDECIMAL(10,2)"));
    QCOMPARE(model->index(0, 0).data().toString(), QString("1"));
    QCOMPARE(model->index(99, 0).data().toString(), QString("100"));
    QCOMPARE(m_page->rowCountLabel()->text(), QString("100 rows"));
    QVERIFY(m_page->errorLabel()->isHidden());
    // The header is tall enough for name and type.
    QVERIFY(m_page->resultView()->horizontalHeader()->height() >=
            2 * m_page->fontMetrics().height());

    // The history has it, with where and how it went.
    QCOMPARE(m_page->history()->count(), 1);
    const QueryHistoryEntry &entry = m_page->history()->at(0);
    QCOMPARE(entry.text, QString("SELECT trip_id, fare_amount, payment_type FROM demo.trips\n"
                                 "  ORDER BY trip_id LIMIT 100"));
    QCOMPARE(entry.status, QString("SUCCEEDED"));
    QCOMPARE(entry.rows, 100);
    QCOMPARE(entry.warehouseName, QString("Demo Serverless"));
    QCOMPARE(entry.warehouseId, m_emulator->demoWarehouseId());
    QVERIFY(entry.durationMs >= 0);
    QCOMPARE(m_page->historyModel()->rowCount(), 1);

    // The last statement, with the cursor at the very end.
    setText(kThreeStatements, int(kThreeStatements.size()));
    finished.clear();
    key(Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(m_page->resultModel()->rowCount(), 1);
    QCOMPARE(m_page->resultModel()->index(0, 0).data().toString(), QString("three"));
    QCOMPARE(m_page->rowCountLabel()->text(), QString("1 row"));
    QCOMPARE(m_emulator->sqlStatementCount(), 2);
}

void TestSqlPage::ctrlEnterRunsTheSelection()
{
    connectPage();
    setText(kThreeStatements, 0);
    // Select "SELECT 1 AS one;\nSELECT trip_id…LIMIT 100" — two statements.
    QTextCursor cursor = m_page->editor()->textCursor();
    cursor.setPosition(0);
    cursor.setPosition(kThreeStatements.indexOf("SELECT 'three'"), QTextCursor::KeepAnchor);
    m_page->editor()->setTextCursor(cursor);
    QSignalSpy statements(m_page.get(), &SqlEditorPage::statementFinished);
    QSignalSpy finished(m_page.get(), &SqlEditorPage::runFinished);
    key(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(statements.size(), 2);
    QCOMPARE(m_emulator->sqlStatementCount(), 2);
    QCOMPARE(m_page->resultModel()->rowCount(), 100); // the last one's result
    QCOMPARE(m_page->history()->count(), 2);
    QCOMPARE(m_page->history()->at(1).text, QString("SELECT 1 AS one"));
}

void TestSqlPage::runAllStopsAtTheFirstFailure()
{
    connectPage();
    setText("SELECT 1;\nSELECT nope FROM demo.trips;\nSELECT 3;", 0);
    QSignalSpy statements(m_page.get(), &SqlEditorPage::statementFinished);
    QSignalSpy finished(m_page.get(), &SqlEditorPage::runFinished);
    key(Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(statements.size(), 2);
    QCOMPARE(statements.at(0).at(0).value<StatementState>(), StatementState::Succeeded);
    QCOMPARE(statements.at(1).at(0).value<StatementState>(), StatementState::Failed);
    QCOMPARE(m_emulator->sqlStatementCount(), 2); // the third never went
    QVERIFY(!m_page->errorLabel()->isHidden());
    QVERIFY2(m_page->errorLabel()->text().contains("nope"),
             qPrintable(m_page->errorLabel()->text()));
    QVERIFY2(runStatus().contains("Statement 2 of 3") && runStatus().contains("Failed"),
             qPrintable(runStatus()));
    QVERIFY(!m_page->resultModel()); // no stale grid under an error
    QCOMPARE(m_page->history()->at(0).status, QString("FAILED"));
    QVERIFY(m_page->history()->at(0).errorMessage.contains("nope"));
    QCOMPARE(m_page->history()->at(0).rows, -1);
    // The cursor is on the failing statement.
    const int cursor = m_page->editor()->textCursor().position();
    const QString text = m_page->editor()->toPlainText();
    QVERIFY(cursor >= text.indexOf("SELECT nope") && cursor <= text.indexOf(";\nSELECT 3"));
    QVERIFY(m_page->runAction()->isEnabled());
    QVERIFY(!m_page->cancelAction()->isEnabled());
}

void TestSqlPage::errorMovesTheCursorToWhereItPoints()
{
    connectPage();
    setText(kBrokenSecond, kBrokenSecond.indexOf("fare_amount"));
    QSignalSpy finished(m_page.get(), &SqlEditorPage::runFinished);
    key(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    const StatementError &error = m_page->lastAnswer().error;
    QCOMPARE(m_page->lastAnswer().state, StatementState::Failed);
    QCOMPARE(error.line, 3); // the statement's third line…
    const QString shown = m_page->errorLabel()->text();
    QVERIFY2(shown.contains(error.message), qPrintable(shown));
    QVERIFY2(shown.contains("In the editor: line 5"), qPrintable(shown));
    // …is the editor's fifth, at the server's column.
    const QTextCursor cursor = m_page->editor()->textCursor();
    QCOMPARE(cursor.blockNumber(), 4);
    QCOMPARE(cursor.positionInBlock(), error.column);
    QVERIFY(m_page->editor()->hasFocus());
    const QString at = kBrokenSecond.mid(cursor.position());
    QVERIFY2(at.startsWith("FORM") || at.startsWith("demo"), qPrintable(at));
    saveScreenshot("sql-error.png");
}

void TestSqlPage::escapeCancelsARunningStatement()
{
    connectPage();
    m_emulator->setSqlExecutionDelayMs(60000);
    m_page->setSubmitWaitSeconds(0);
    setText("SELECT count(*) FROM demo.trips", 3);
    QSignalSpy finished(m_page.get(), &SqlEditorPage::runFinished);
    QVERIFY(!m_page->cancelAction()->isEnabled());
    key(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_page->isRunning());
    QVERIFY(m_page->cancelAction()->isEnabled());
    QVERIFY(!m_page->runAction()->isEnabled());
    QVERIFY(spinUntil([&] {
        return m_page->currentRun() && m_page->currentRun()->state() == StatementState::Running;
    }));
    QVERIFY(spinUntil([&] { return runStatus().contains("Running…"); }));
    // The elapsed time moves on.
    const QString before = runStatus();
    QVERIFY(spinUntil([&] { return runStatus() != before; }));
    // While the find bar is open, Esc in its field closes the bar and leaves the run alone.
    m_page->editor()->showFind();
    QLineEdit *findField = m_page->editor()->findReplaceBar()->findChild<QLineEdit *>();
    QVERIFY(findField && findField->hasFocus());
    QTest::keyClick(findField, Qt::Key_Escape);
    QVERIFY(m_page->editor()->findReplaceBar()->isHidden());
    QVERIFY(!m_page->currentRun()->cancelRequested());
    QVERIFY(m_page->isRunning());
    m_page->editor()->setFocus();
    key(Qt::Key_Escape);
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(m_page->lastAnswer().state, StatementState::Canceled);
    QVERIFY2(runStatus().contains("Canceled after"), qPrintable(runStatus()));
    QCOMPARE(m_page->history()->at(0).status, QString("CANCELED"));
    QVERIFY(m_page->errorLabel()->isHidden());
    QVERIFY(!m_page->cancelAction()->isEnabled());
    // Esc is the editor's again: it closes the find bar.
    m_page->editor()->showFind();
    QVERIFY(!m_page->editor()->findReplaceBar()->isHidden());
    key(Qt::Key_Escape);
    QVERIFY(m_page->editor()->findReplaceBar()->isHidden());
}

void TestSqlPage::startsAStoppedWarehouse()
{
    connectPage();
    m_emulator->setTimeScale(20); // 20 s of STARTING in one real second
    const QString reporting = warehouseId("Reporting (Pro)");
    QVERIFY(m_page->selectWarehouse(reporting));
    QVERIFY(m_page->startWarehouseAction()->isEnabled());
    m_page->startWarehouseAction()->trigger();
    QVERIFY(m_page->warehouseStateLabel()->text().contains("Starting"));
    QVERIFY(!m_page->startWarehouseAction()->isEnabled());
    QVERIFY(spinUntil([&] { return m_emulator->warehouseState(reporting) == "STARTING"; }));
    QVERIFY(m_page->warehouseCombo()->currentText().contains("Starting"));
    QVERIFY(spinUntil([&] { return m_page->warehouseStateLabel()->text().contains("Running"); }));
    QCOMPARE(m_emulator->warehouseState(reporting), QString("RUNNING"));
    QCOMPARE(m_page->warehouseCombo()->currentText(), QString("Reporting (Pro) — Running"));
    QVERIFY(!m_page->startWarehouseAction()->isEnabled());
    QCOMPARE(m_page->currentWarehouseId(), reporting); // the choice stayed through the polls
}

void TestSqlPage::statementOnAStoppedWarehouseWaitsForIt()
{
    connectPage();
    m_emulator->setTimeScale(10); // two real seconds of STARTING
    const QString nightly = warehouseId("Nightly ETL");
    QVERIFY(m_page->selectWarehouse(nightly));
    QSignalSpy finished(m_page.get(), &SqlEditorPage::runFinished);
    setText("SELECT count(*) AS n FROM demo.customers", 0);
    key(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(spinUntil([&] { return runStatus().contains("Waiting for the warehouse to start"); }));
    saveScreenshot("sql-waiting.png");
    QVERIFY(m_page->warehouseStateLabel()->text().contains("Starting"));
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }, 30000));
    QCOMPARE(m_page->lastAnswer().state, StatementState::Succeeded);
    QCOMPARE(m_page->resultModel()->index(0, 0).data().toString(), QString("60"));
    // The page keeps following the warehouse until it says RUNNING itself.
    QVERIFY(spinUntil([&] { return m_page->warehouseStateLabel()->text().contains("Running"); }));
    QCOMPARE(m_page->history()->at(0).warehouseName, QString("Nightly ETL"));
}

void TestSqlPage::historyPutsBackRunsAgainAndSearches()
{
    connectPage();
    QVERIFY(runAndWait("SELECT count(*) AS n FROM demo.customers"));
    QVERIFY(runAndWait("SELECT max(order_id) FROM demo.orders"));
    QListView *list = m_page->historyView();
    QCOMPARE(list->model()->rowCount(), 2);
    QVERIFY(m_page->historyPanel()->isVisible());
    QVERIFY(!m_page->runAgainAction()->isEnabled()); // nothing chosen yet

    // Double-click puts the statement back.
    setText("something else", 0);
    const QModelIndex older = list->model()->index(1, 0);
    list->setCurrentIndex(older);
    const QRect rect = list->visualRect(older);
    // A real double-click: a press (the view remembers the row), then the double-click.
    QTest::mousePress(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_page->editor()->toPlainText(), QString("SELECT count(*) AS n FROM demo.customers"));
    m_page->editor()->undo(); // one undoable edit
    QCOMPARE(m_page->editor()->toPlainText(), QString("something else"));

    // Run again: back in the editor and run on its warehouse.
    QVERIFY(m_page->runAgainAction()->isEnabled());
    QSignalSpy finished(m_page.get(), &SqlEditorPage::runFinished);
    m_page->runAgainAction()->trigger();
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(m_page->editor()->toPlainText(), QString("SELECT count(*) AS n FROM demo.customers"));
    QCOMPARE(m_page->history()->count(), 3);
    QCOMPARE(m_page->history()->at(0).text, QString("SELECT count(*) AS n FROM demo.customers"));
    QCOMPARE(m_page->resultModel()->index(0, 0).data().toString(), QString("60"));
    QCOMPARE(list->model()->index(0, 0).data(QueryHistoryModel::TextRole).toString(),
             QString("SELECT count(*) AS n FROM demo.customers"));

    // Search.
    QTest::keyClicks(m_page->historySearch(), "CUSTOMERS");
    QCOMPARE(list->model()->rowCount(), 2);
    m_page->historySearch()->clear();
    QTest::keyClicks(m_page->historySearch(), "no such thing");
    QCOMPARE(list->model()->rowCount(), 0);
    m_page->historySearch()->clear();
    QCOMPARE(list->model()->rowCount(), 3);

    // The history is on disk for this profile, with no token in it.
    QVERIFY(m_page->history()->flush());
    QFile file(m_page->history()->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("demo.customers"));
    QVERIFY(!saved.contains(kToken.toUtf8()));
    // Hidden and shown with its action.
    m_page->historyToggleAction()->trigger();
    QVERIFY(m_page->historyPanel()->isHidden());
    m_page->historyToggleAction()->trigger();
    QVERIFY(m_page->historyPanel()->isVisible());
}

void TestSqlPage::exportShowsProgressAndWritesTheFile()
{
    connectPage();
    m_emulator->setSqlRowsPerChunk(5000);
    QVERIFY(runAndWait("SELECT id, kind, note FROM demo.events_1m WHERE id <= 30000 ORDER BY id"));
    QCOMPARE(m_page->resultModel()->rowCount(), 30000);
    QVERIFY(m_page->exportAction(ExportFormat::Csv)->isEnabled());
    QVERIFY(m_page->exportBar()->isHidden());
    const QString path = m_dir.filePath("events.csv");
    QSignalSpy done(m_page.get(), &SqlEditorPage::exportFinished);
    QList<int> progress;
    connect(m_page->exportProgress(), &QProgressBar::valueChanged, this,
            [&](int value) { progress.append(value); });
    m_page->exportResult(ExportFormat::Csv, path);
    QVERIFY(m_page->isExporting());
    QVERIFY(m_page->exportBar()->isVisible());
    QVERIFY(m_page->exportCancelButton()->isVisible());
    QVERIFY(!m_page->exportAction(ExportFormat::Json)->isEnabled()); // one at a time
    QVERIFY(spinUntil([&] { return !done.isEmpty(); }, 60000));
    QCOMPARE(done.first().at(0).value<ResultExporter::State>(), ResultExporter::State::Succeeded);
    QCOMPARE(done.first().at(1).toString(), path);
    QVERIFY(progress.size() >= 6); // chunk by chunk
    QCOMPARE(progress.last(), 1000);
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    QVERIFY2(m_page->exportLabel()->text().contains("Exported 30,000 rows") ||
                 m_page->exportLabel()->text().contains("Exported 30000 rows"),
             qPrintable(m_page->exportLabel()->text()));
    QVERIFY(m_page->exportCancelButton()->isHidden());
    saveScreenshot("sql-export.png");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 30002); // header, rows, and the empty piece after the last CRLF
    QCOMPARE(lines.at(0), QByteArray("id,kind,note\r"));
    QCOMPARE(lines.at(7), QByteArray("7,add_to_cart,\r")); // id 7: NULL note
    QCOMPARE(lines.at(8), QByteArray("8,purchase,note 8\r"));
    QVERIFY(m_page->exportAction(ExportFormat::Json)->isEnabled());
}

void TestSqlPage::cancelledExportLeavesNoFile()
{
    connectPage();
    QVERIFY(runAndWait("SELECT * FROM demo.events_1m"));
    QCOMPARE(m_page->resultModel()->rowCount(), 1000000);
    const QString folder = m_dir.filePath("out");
    QVERIFY(QDir().mkpath(folder));
    QSignalSpy done(m_page.get(), &SqlEditorPage::exportFinished);
    m_page->exportResult(ExportFormat::Tsv, folder + "/all.tsv");
    QVERIFY(spinUntil([&] { return m_page->exportProgress()->value() > 0; }, 30000));
    QTest::mouseClick(m_page->exportCancelButton(), Qt::LeftButton);
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().at(0).value<ResultExporter::State>(), ResultExporter::State::Canceled);
    QVERIFY(m_page->exportLabel()->text().contains("no file was written"));
    QTest::qWait(100);
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestSqlPage::copiesSelectedCellsAsTsv()
{
    connectPage();
    QVERIFY(runAndWait("SELECT order_id, coupon_code, note FROM demo.orders WHERE order_id <= 4 "
                       "ORDER BY order_id"));
    QTableView *view = m_page->resultView();
    ResultTableModel *model = m_page->resultModel();
    // NULL and empty strings look different…
    QCOMPARE(model->index(2, 1).data().toString(), QString("NULL"));
    QCOMPARE(model->index(0, 1).data().toString(), QString(""));
    // …and copy differently.
    view->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(3, 2)),
                                   QItemSelectionModel::ClearAndSelect);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(),
             QString("1\t\t\n2\tSAVE15\tleave at the door\n3\t\\N\tgift wrap\n4\t\t\\N\n"));
    // A ragged selection leaves the gaps empty.
    view->selectionModel()->select(model->index(1, 1), QItemSelectionModel::ClearAndSelect);
    view->selectionModel()->select(model->index(2, 2), QItemSelectionModel::Select);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QString("SAVE15\t\n\tgift wrap\n"));
}

void TestSqlPage::completionLearnsTablesAndColumns()
{
    connectPage();
    QVERIFY(m_page->editor()->completer() == m_page->completer());
    auto *words = qobject_cast<QStringListModel *>(m_page->completer()->model());
    QVERIFY(words);
    QVERIFY(words->stringList().contains("SELECT"));
    QVERIFY(words->stringList().contains("date_trunc"));
    QVERIFY(!words->stringList().contains("demo.trips"));
    QVERIFY(runAndWait("SHOW TABLES IN demo"));
    QVERIFY(m_page->completionWords()->tables().contains("demo.trips"));
    QVERIFY(m_page->completionWords()->tables().contains("events_1m"));
    QVERIFY(words->stringList().contains("demo.trips"));
    QVERIFY(runAndWait("SELECT fare_amount, payment_type FROM demo.trips LIMIT 1"));
    QVERIFY(words->stringList().contains("payment_type"));
    // Completing the word before the cursor offers them.
    setText("SELECT * FROM demo.trip", 0);
    QTextCursor cursor = m_page->editor()->textCursor();
    cursor.movePosition(QTextCursor::End);
    m_page->editor()->setTextCursor(cursor);
    m_page->editor()->setFocus();
    QTest::keyClick(m_page->editor(), Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(spinUntil([&] { return m_page->completer()->popup()->isVisible(); }));
    QCOMPARE(m_page->completer()->currentCompletion(), QString("trips"));
}

void TestSqlPage::rowLimitTruncatesAndSaysSo()
{
    connectPage();
    QCOMPARE(m_page->rowLimit(), 0);
    QVERIFY(runAndWait("SELECT trip_id FROM demo.trips"));
    QCOMPARE(m_page->resultModel()->rowCount(), 2000);
    QVERIFY(!m_page->rowCountLabel()->text().contains("truncated"));
    m_page->rowLimitCombo()->setCurrentIndex(m_page->rowLimitCombo()->findData(1000));
    QCOMPARE(m_page->rowLimit(), 1000);
    QVERIFY(runAndWait("SELECT trip_id FROM demo.trips"));
    QCOMPARE(m_page->resultModel()->rowCount(), 1000);
    QVERIFY(m_page->lastAnswer().manifest->truncated);
    const QString label = m_page->rowCountLabel()->text();
    QVERIFY2(label.startsWith("1,000 rows") || label.startsWith("1000 rows"), qPrintable(label));
    QVERIFY2(label.contains("truncated"), qPrintable(label));
    // A result under the limit is whole.
    QVERIFY(runAndWait("SELECT trip_id FROM demo.trips LIMIT 10"));
    QCOMPARE(m_page->resultModel()->rowCount(), 10);
    QVERIFY(!m_page->rowCountLabel()->text().contains("truncated"));
    m_page->setRowLimit(0);
    QCOMPARE(m_page->rowLimitCombo()->currentIndex(), 0);
}

void TestSqlPage::tinyChunksDoNotPushTheScreenOutOfTheCache()
{
    connectPage();
    m_emulator->setSqlRowsPerChunk(1); // as with very wide rows: a screenful spans many chunks
    QVERIFY(runAndWait("SELECT trip_id, payment_type FROM demo.trips ORDER BY trip_id LIMIT 200"));
    ResultChunkCache *cache = m_page->resultCache();
    QVERIFY(cache);
    QCOMPARE(cache->manifest().totalChunkCount, 200);
    QTableView *view = m_page->resultView();
    const int firstRow = view->rowAt(0);
    const int lastRow = view->rowAt(view->viewport()->height() - 1);
    QVERIFY(lastRow - firstRow > SqlEditorPage::kDefaultChunksKept); // more chunks than that
    const auto screenLoaded = [&] {
        for (int row = firstRow; row <= lastRow; ++row) {
            if (view->model()->index(row, 0).data(ResultTableModel::IsLoadingRole).toBool())
                return false;
        }
        return true;
    };
    QVERIFY(spinUntil([&] {
        view->viewport()->update(); // as a view repaints while rows arrive
        return screenLoaded();
    }));
    QCOMPARE(view->model()->index(lastRow, 0).data().toString(), QString::number(lastRow + 1));
    // Loaded, it stays loaded: no chunk on screen was dropped for another.
    const int fetched = cache->fetchCount();
    for (int i = 0; i < 5; ++i) {
        view->viewport()->repaint();
        QVERIFY(screenLoaded());
    }
    QCOMPARE(cache->fetchCount(), fetched);
    QVERIFY(cache->loadedChunkCount() <= SqlEditorPage::kMaxChunksKept);
    // The bound itself.
    ResultManifest manifest;
    manifest.chunks = {{0, 0, 10000, 0}, {1, 10000, 10000, 0}, {2, 20000, 5, 0}};
    QCOMPARE(SqlEditorPage::chunksToKeep(manifest, 120), SqlEditorPage::kDefaultChunksKept);
    manifest.chunks = {{0, 0, 3, 0}, {1, 3, 3, 0}, {2, 6, 1, 0}};
    QCOMPARE(SqlEditorPage::chunksToKeep(manifest, 120),
             SqlEditorPage::kMaxChunksKept); // 82 wanted
    manifest.chunks = {{0, 0, 10, 0}, {1, 10, 10, 0}};
    QCOMPARE(SqlEditorPage::chunksToKeep(manifest, 120), 26);
}

void TestSqlPage::changesOnProdAskForTheProfileName()
{
    connectPage("acme-prod", true);
    // Reading asks nothing.
    QVERIFY(runAndWait("SELECT count(*) FROM demo.trips"));
    QCOMPARE(m_emulator->sqlStatementCount(), 1);
    QCOMPARE(m_page->lastAnswer().state, StatementState::Succeeded);
    // A change asks for the name; cancelling runs nothing.
    answerNextConfirmation(QString(), false);
    QVERIFY(runAndWait("SELECT 1;\nDROP TABLE IF EXISTS demo.scratch"));
    QVERIFY2(m_confirmationShown.contains("Run DROP") && m_confirmationShown.contains("acme-prod"),
             qPrintable(m_confirmationShown));
    QCOMPARE(m_emulator->sqlStatementCount(), 1);
    QVERIFY2(runStatus().contains("not confirmed"), qPrintable(runStatus()));
    // A wrong name cannot confirm; the right one runs both statements.
    answerNextConfirmation("acme", true);
    QVERIFY(runAndWait("SELECT 1;\nDROP TABLE IF EXISTS demo.scratch"));
    QCOMPARE(m_emulator->sqlStatementCount(), 1);
    answerNextConfirmation("acme-prod", true);
    QVERIFY(runAndWait("SELECT 1;\nDROP TABLE IF EXISTS demo.scratch"));
    QCOMPARE(m_emulator->sqlStatementCount(), 3);
}

void TestSqlPage::disconnectClearsTheResult()
{
    connectPage();
    QVERIFY(runAndWait("SELECT * FROM demo.trips LIMIT 5"));
    QVERIFY(m_page->resultModel());
    m_page->disconnectFrom("Cannot connect: the network is down");
    QVERIFY(!m_page->resultModel());
    QVERIFY(!m_page->history());
    QCOMPARE(m_page->historyModel()->rowCount(), 0);
    QVERIFY(runStatus().contains("the network is down"));
    QVERIFY(!m_page->isSettled());
    QVERIFY(!m_page->runAction()->isEnabled());
    QVERIFY(!m_page->exportAction(ExportFormat::Csv)->isEnabled());
}

void TestSqlPage::screenshotOfTrips()
{
    connectPage();
    QVERIFY(runAndWait("SELECT * FROM demo.trips LIMIT 100"));
    QVERIFY(runAndWait("SELECT * FROM demo.customers LIMIT 5"));
    QVERIFY(runAndWait("SELECT * FROM demo.trips LIMIT 100"));
    QCOMPARE(m_page->resultModel()->rowCount(), 100);
    QCOMPARE(m_page->resultModel()->columnCount(), 11);
    const QString path = qEnvironmentVariable("BRICKDESK_SQL_SCREENSHOT");
    if (!path.isEmpty())
        QVERIFY(m_page->grab().save(path));
}

QTEST_MAIN(TestSqlPage)
#include "tst_sqlpage.moc"
