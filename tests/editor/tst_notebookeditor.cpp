// The notebook editor tab as a user drives it, offscreen, against the emulator's workspace over
// real HTTP: seed notebooks open with their cells, an edit saved comes back byte for byte, a
// notebook changed in the workspace meanwhile opens the conflict dialog (overwrite with mine,
// take theirs, cancel), failed saves keep the text and the modified state, a prod profile asks
// for the profile name before saving, a load error offers Retry, and closing asks about unsaved
// changes.
#include "CodeEditor.h"
#include "ConfirmByNameDialog.h"
#include "DemoSeed.h"
#include "EmulatorOptionsFor.h"
#include "FindReplaceBar.h"
#include "GoToLineBar.h"
#include "LineDiff.h"
#include "NotebookEditorTab.h"
#include "NotebookSource.h"
#include "SaveConflictDialog.h"
#include "SpinUntil.h"
#include "WorkspaceClient.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>
#include <algorithm>
#include <memory>

using namespace brickdesk;

namespace {

const QString kToken = QStringLiteral("notebook-editor-test-token");
const QString kHome = QStringLiteral("/Users/") + emulator::demoUserName();

QString ingestTrips()
{
    return kHome + QStringLiteral("/Ingest trips");
}

WorkspaceObject notebookAt(const QString &path, CodeLanguage language)
{
    WorkspaceObject object;
    object.path = path;
    object.type = WorkspaceObjectType::Notebook;
    object.language = language;
    return object;
}

// The modal dialog of type D once it is up (open() shows them without blocking).
template<typename D> D *waitForModal(int timeoutMs = 10000)
{
    D *found = nullptr;
    spinUntil(
        [&found] {
            found = qobject_cast<D *>(QApplication::activeModalWidget());
            return found != nullptr;
        },
        timeoutMs);
    return found;
}

QPushButton *buttonNamed(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == text)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

// With BRICKDESK_EDITOR_SCREENSHOT_DIR set: a widget as it looks now, to look at by eye.
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BRICKDESK_EDITOR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents(); // layouts follow the last changes
    widget->grab().save(dir + QLatin1Char('/') + name);
}

// Waits for the tab to load; on failure says what the tab shows instead.
bool waitLoaded(NotebookEditorTab *tab)
{
    if (spinUntil([tab] { return tab->isLoaded() || tab->retryButton()->isVisible(); }) &&
        tab->isLoaded())
        return true;
    const QLabel *error = tab->retryButton()->parentWidget()->findChild<QLabel *>();
    qWarning("not loaded: %s", qPrintable(error ? error->text() : QStringLiteral("?")));
    return false;
}

// Types `text`, pressing Return for each line break (keyClicks takes no "\n").
void typeText(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines.at(i));
    }
}

// Types `text` at the end of 1-based `line`.
void typeAtEndOfLine(CodeEditor *editor, int line, const QString &text)
{
    editor->goToLine(line);
    editor->moveCursor(QTextCursor::EndOfBlock);
    QTest::keyClicks(editor, text);
}

} // namespace

class TestNotebookEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensSeedNotebooksWithTheirCells();
    void outlineJumpsAndFollowsEdits();
    void editSaveRoundTrip();
    void conflictOverwriteWithMine();
    void conflictTakeTheirs();
    void conflictCancelKeepsEverything();
    void failedSavesKeepTextAndModifiedState();
    void prodSaveAsksForTheProfileName();
    void loadErrorOffersRetry();
    void closingAsksAboutUnsavedChanges();
    void copyPathAndFind();

private:
    NotebookEditorTab *open(const QString &path, CodeLanguage language, bool prod = false);
    QString stored(const QString &path) const;
    QString exported(const QString &path);

    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WorkspaceClient> m_workspace;
    std::unique_ptr<NotebookEditorTab> m_tab;
};

void TestNotebookEditor::init()
{
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(emulatorOptionsFor(kToken));
    QVERIFY2(m_emulator->listen(), qPrintable(m_emulator->errorString()));
    m_client = std::make_unique<ApiClient>(&m_network, nullptr);
    m_client->setConnection({QStringLiteral("dev"), m_emulator->baseUrl(), kToken, {}});
    m_client->setRetryPolicy(RetryPolicy::none());
    m_workspace = std::make_unique<WorkspaceClient>(m_client.get());
}

void TestNotebookEditor::cleanup()
{
    m_tab.reset();
    m_workspace.reset();
    m_client.reset();
    m_emulator.reset();
}

NotebookEditorTab *TestNotebookEditor::open(const QString &path, CodeLanguage language, bool prod)
{
    Profile profile;
    profile.name = prod ? QStringLiteral("Demo prod") : QStringLiteral("dev");
    profile.environment = prod ? EnvironmentTag::Prod : EnvironmentTag::Dev;
    m_tab =
        std::make_unique<NotebookEditorTab>(m_workspace.get(), notebookAt(path, language), profile);
    m_tab->resize(1200, 720);
    m_tab->show();
    return m_tab.get();
}

QString TestNotebookEditor::stored(const QString &path) const
{
    const std::optional<QByteArray> content = m_emulator->workspaceObjectContent(path);
    return content ? QString::fromUtf8(*content) : QStringLiteral("<none>");
}

// What a fresh export over HTTP says the notebook holds.
QString TestNotebookEditor::exported(const QString &path)
{
    QString text = QStringLiteral("<no answer>");
    bool done = false;
    QObject context;
    m_workspace->exportObject(
        path, WorkspaceFormat::Source, &context, [&](const CallResult<QByteArray> &result) {
            text = result.ok() ? QString::fromUtf8(result.value) : result.error.summary();
            done = true;
        });
    spinUntil([&] { return done; });
    return text;
}

void TestNotebookEditor::opensSeedNotebooksWithTheirCells()
{
    NotebookEditorTab *tab = open(ingestTrips(), CodeLanguage::Python);
    QVERIFY(!tab->isLoaded());
    QVERIFY(tab->isBusy());
    QVERIFY(!tab->saveAction()->isEnabled());
    QVERIFY(waitLoaded(tab));
    QCOMPARE(tab->editor()->text(), stored(ingestTrips()));
    QVERIFY(tab->editor()->text().startsWith(QStringLiteral("# Databricks notebook source\n")));
    QCOMPARE(tab->title(), QStringLiteral("Ingest trips"));
    QVERIFY(!tab->isModified());
    QVERIFY(!tab->isReadOnly());
    QVERIFY(!tab->editor()->isReadOnly());
    QVERIFY(tab->editor()->isNotebookMode());
    QCOMPARE(tab->language(), CodeLanguage::Python);
    QVERIFY(!tab->saveAction()->isEnabled()); // nothing to save yet
    QVERIFY(tab->messageText().isEmpty());

    QTreeWidget *outline = tab->outline();
    QCOMPARE(outline->topLevelItemCount(), 5);
    const QStringList expected[] = {
        {QStringLiteral("1"), QStringLiteral("Ingest trips"), QStringLiteral("Markdown")},
        {QStringLiteral("2"), QStringLiteral("from pyspark.sql import functions as F"),
         QStringLiteral("Python")},
        {QStringLiteral("3"),
         QStringLiteral("SELECT pickup_zip, count(*) AS trips, round(avg(fare_amount), 2) AS "
                        "avg_fare"),
         QStringLiteral("SQL")},
        {QStringLiteral("4"), QStringLiteral("ls -lh /dbfs/mnt/raw/events | head -n 5"),
         QStringLiteral("Shell")},
        {QStringLiteral("5"),
         QStringLiteral("trips.write.mode(\"append\").saveAsTable(\"demo.trips\")"),
         QStringLiteral("Python")},
    };
    for (int row = 0; row < 5; ++row) {
        QTreeWidgetItem *item = outline->topLevelItem(row);
        QCOMPARE(QStringList({item->text(0), item->text(1), item->text(2)}), expected[row]);
    }
    QCOMPARE(tab->statusText(), QStringLiteral("Python notebook · Ln 1, Col 1 · Cell 1 of 5"));
    saveScreenshot(tab, QStringLiteral("notebook.png"));

    // The other seed notebooks, in their languages.
    const struct
    {
        const char *name;
        CodeLanguage language;
        const char *languageText;
    } others[] = {{"Daily revenue", CodeLanguage::Sql, "SQL notebook"},
                  {"Sessionize", CodeLanguage::Scala, "Scala notebook"},
                  {"Forecast", CodeLanguage::R, "R notebook"}};
    for (const auto &other : others) {
        const QString path = kHome + QLatin1Char('/') + QLatin1String(other.name);
        NotebookEditorTab *next = open(path, other.language);
        QVERIFY(waitLoaded(next));
        QCOMPARE(next->editor()->text(), stored(path));
        QCOMPARE(next->language(), other.language);
        QVERIFY(next->statusText().startsWith(QLatin1String(other.languageText)));
        const NotebookOutline parsed = notebookSource::parse(stored(path), other.language);
        QVERIFY(parsed.cells.size() >= 2);
        QCOMPARE(next->outline()->topLevelItemCount(), parsed.cells.size());
        QCOMPARE(next->outline()->topLevelItem(0)->text(2), QStringLiteral("Markdown"));
    }
    // Daily revenue has a %python cell in a SQL notebook.
    const QString daily = kHome + QStringLiteral("/Daily revenue");
    NotebookEditorTab *sql = open(daily, CodeLanguage::Sql);
    QVERIFY(waitLoaded(sql));
    QCOMPARE(sql->outline()->topLevelItemCount(), 4);
    QCOMPARE(sql->outline()->topLevelItem(1)->text(2), QStringLiteral("SQL"));
    QCOMPARE(sql->outline()->topLevelItem(3)->text(2), QStringLiteral("Python"));
}

void TestNotebookEditor::outlineJumpsAndFollowsEdits()
{
    NotebookEditorTab *tab = open(ingestTrips(), CodeLanguage::Python);
    QVERIFY(waitLoaded(tab));
    QTreeWidget *outline = tab->outline();
    const QStringList lines = notebookSource::splitLines(tab->editor()->text());
    const int sqlLine = static_cast<int>(lines.indexOf(QStringLiteral("# MAGIC %sql"))) + 1;
    QVERIFY(sqlLine > 1);
    QTest::mouseClick(outline->viewport(), Qt::LeftButton, {},
                      outline->visualItemRect(outline->topLevelItem(2)).center());
    QCOMPARE(tab->editor()->cursorLine(), sqlLine);
    QVERIFY(tab->editor()->hasFocus());
    QCOMPARE(tab->statusText(),
             QStringLiteral("Python notebook · Ln %1, Col 1 · Cell 3 of 5").arg(sqlLine));
    QCOMPARE(outline->currentItem(), outline->topLevelItem(2));
    // Moving the cursor moves the outline's current cell.
    tab->editor()->goToLine(static_cast<int>(lines.size()));
    QCOMPARE(outline->currentItem(), outline->topLevelItem(4));
    QVERIFY(tab->statusText().contains(QStringLiteral("Cell 5 of 5")));

    // A new cell typed at the end shows up in the outline after a short pause.
    tab->editor()->moveCursor(QTextCursor::End);
    typeText(tab->editor(), QStringLiteral("\n# COMMAND ----------\n# DBTITLE 1,Check"));
    QTest::keyClick(tab->editor(), Qt::Key_Return);
    QTest::keyClicks(tab->editor(), QStringLiteral("assert trips.count() > 0"));
    QVERIFY(spinUntil([outline] { return outline->topLevelItemCount() == 6; }, 3000));
    QCOMPARE(outline->topLevelItem(5)->text(1), QStringLiteral("Check"));
    QCOMPARE(outline->topLevelItem(5)->text(2), QStringLiteral("Python"));
    QVERIFY(tab->statusText().contains(QStringLiteral("Cell 6 of 6")));
    QVERIFY(tab->isModified());
    QCOMPARE(tab->title(), QStringLiteral("Ingest trips ●"));
}

void TestNotebookEditor::editSaveRoundTrip()
{
    NotebookEditorTab *tab = open(ingestTrips(), CodeLanguage::Python);
    QVERIFY(waitLoaded(tab));
    const QString original = tab->editor()->text();
    QCOMPARE(exported(ingestTrips()), original); // export = what the editor shows
    QSignalSpy modified(tab, &NotebookEditorTab::modifiedChanged);
    QSignalSpy titles(tab, &NotebookEditorTab::titleChanged);
    QSignalSpy saved(tab, &NotebookEditorTab::saved);

    const QStringList lines = notebookSource::splitLines(original);
    const int printLine = static_cast<int>(lines.indexOf(
                              QStringLiteral("print(f\"{trips.count()} trips to load\")"))) +
                          1;
    QVERIFY(printLine > 1);
    tab->editor()->setFocus();
    typeAtEndOfLine(tab->editor(), printLine, QStringLiteral("  # checked"));
    QTest::keyClick(tab->editor(), Qt::Key_Return);
    QTest::keyClicks(tab->editor(), QStringLiteral("trips.printSchema()"));
    const QString mine = tab->editor()->text();
    QVERIFY(mine != original);
    QVERIFY(mine.contains(QStringLiteral("trips to load\")  # checked\ntrips.printSchema()\n")));
    QVERIFY(tab->isModified());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
    QCOMPARE(titles.last().at(0).toString(), QStringLiteral("Ingest trips ●"));
    QVERIFY(tab->saveAction()->isEnabled());

    QTest::keyClick(tab->editor(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(tab->isBusy());
    QVERIFY(spinUntil([tab] { return !tab->isBusy(); }));
    QCOMPARE(saved.size(), 1);
    QVERIFY(!tab->isModified());
    QCOMPARE(tab->title(), QStringLiteral("Ingest trips"));
    QCOMPARE(titles.last().at(0).toString(), QStringLiteral("Ingest trips"));
    QVERIFY(!tab->saveAction()->isEnabled());
    QVERIFY(tab->statusText().contains(QStringLiteral("Saved at")));
    QVERIFY(tab->messageText().isEmpty());
    // The workspace holds exactly the edited text, and exports it again unchanged.
    QCOMPARE(stored(ingestTrips()), mine);
    QCOMPARE(exported(ingestTrips()), mine);
    // A second save right after (no change elsewhere) is no conflict.
    tab->editor()->moveCursor(QTextCursor::End);
    typeText(tab->editor(), QStringLiteral("\n# the end"));
    const QString second = tab->editor()->text();
    tab->save();
    QVERIFY(spinUntil([tab] { return !tab->isBusy(); }));
    QVERIFY(!tab->conflictDialog());
    QCOMPARE(saved.size(), 2);
    QCOMPARE(stored(ingestTrips()), second);
}

void TestNotebookEditor::conflictOverwriteWithMine()
{
    NotebookEditorTab *tab = open(ingestTrips(), CodeLanguage::Python);
    QVERIFY(waitLoaded(tab));
    const QString original = tab->editor()->text();
    tab->editor()->replaceText(
        QString(original).replace(QStringLiteral("LIMIT 10"), QStringLiteral("LIMIT 25")));
    const QString mine = tab->editor()->text();
    const QString theirs =
        QString(original).replace(QStringLiteral("| head -n 5"), QStringLiteral("| head -n 20"));
    QVERIFY(
        m_emulator->setWorkspaceNotebook(ingestTrips(), theirs.toUtf8(), QStringLiteral("PYTHON")));

    tab->save();
    SaveConflictDialog *dialog = waitForModal<SaveConflictDialog>();
    QVERIFY(dialog);
    QCOMPARE(tab->conflictDialog(), dialog);
    QVERIFY(tab->isModified());
    QCOMPARE(dialog->diffStatText(), diffStat(diffTexts(theirs, mine)));
    QCOMPARE(dialog->diffStatText(), QStringLiteral("+2 −2"));
    QCOMPARE(dialog->summaryLabel()->text(),
             QStringLiteral("Your text against the workspace's: +2 −2"));
    const QStringList shown = dialog->diffView()->toPlainText().split(QLatin1Char('\n'));
    QVERIFY(shown.contains(QStringLiteral("- # MAGIC LIMIT 10")));
    QVERIFY(shown.contains(QStringLiteral("+ # MAGIC LIMIT 25")));
    QVERIFY(shown.contains(QStringLiteral("- # MAGIC ls -lh /dbfs/mnt/raw/events | head -n 20")));
    QVERIFY(shown.contains(QStringLiteral("+ # MAGIC ls -lh /dbfs/mnt/raw/events | head -n 5")));
    QVERIFY(shown.contains(QStringLiteral("  # MAGIC ORDER BY trips DESC")));   // context
    QVERIFY(!shown.contains(QStringLiteral("  # Databricks notebook source"))); // far away
    // Removed and added lines are coloured differently from the context.
    const QTextBlock removed = dialog->diffView()->document()->findBlockByNumber(
        static_cast<int>(shown.indexOf(QStringLiteral("- # MAGIC LIMIT 10"))));
    const QTextBlock added = dialog->diffView()->document()->findBlockByNumber(
        static_cast<int>(shown.indexOf(QStringLiteral("+ # MAGIC LIMIT 25"))));
    QVERIFY(removed.blockFormat().background().color().isValid());
    QVERIFY(removed.blockFormat().background() != added.blockFormat().background());
    QVERIFY(dialog->cancelButton()->isDefault());
    saveScreenshot(dialog, QStringLiteral("notebook-conflict.png"));

    dialog->overwriteButton()->click();
    QVERIFY(spinUntil([tab] { return !tab->isBusy() && !tab->isModified(); }));
    QCOMPARE(stored(ingestTrips()), mine);
    QCOMPARE(tab->editor()->text(), mine);
    QVERIFY(!tab->conflictDialog());
}

void TestNotebookEditor::conflictTakeTheirs()
{
    NotebookEditorTab *tab = open(ingestTrips(), CodeLanguage::Python);
    QVERIFY(waitLoaded(tab));
    const QString original = tab->editor()->text();
    tab->editor()->moveCursor(QTextCursor::End);
    typeText(tab->editor(), QStringLiteral("\n# mine"));
    const QString mine = tab->editor()->text();
    const QString theirs = original + QStringLiteral("\n# theirs\n");
    QVERIFY(
        m_emulator->setWorkspaceNotebook(ingestTrips(), theirs.toUtf8(), QStringLiteral("PYTHON")));
    tab->save();
    SaveConflictDialog *dialog = waitForModal<SaveConflictDialog>();
    QVERIFY(dialog);
    dialog->takeTheirsButton()->click();
    // Asked first; "Cancel" would leave everything as it is.
    QMessageBox *question = waitForModal<QMessageBox>();
    QVERIFY(question);
    QVERIFY(question->text().contains(ingestTrips()));
    QPushButton *replace = buttonNamed(question, QStringLiteral("Replace my text"));
    QVERIFY(replace);
    replace->click();
    QVERIFY(
        spinUntil([tab, &theirs] { return tab->editor()->text() == theirs && !tab->isBusy(); }));
    QVERIFY(!tab->isModified());
    QVERIFY(!tab->editor()->isReadOnly());
    QCOMPARE(stored(ingestTrips()), theirs);
    // Undoable: mine comes back (and counts as a change again).
    tab->editor()->undo();
    QCOMPARE(tab->editor()->text(), mine);
    QVERIFY(tab->isModified());
    tab->editor()->redo();
    QCOMPARE(tab->editor()->text(), theirs);
    QVERIFY(!tab->isModified());
    // Theirs is the new base: an edit now saves without another conflict.
    tab->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(tab->editor(), QStringLiteral("# and mine after all"));
    const QString merged = tab->editor()->text();
    tab->save();
    QVERIFY(spinUntil([tab] { return !tab->isBusy() && !tab->isModified(); }));
    QVERIFY(!tab->conflictDialog());
    QCOMPARE(stored(ingestTrips()), merged);
}

void TestNotebookEditor::conflictCancelKeepsEverything()
{
    NotebookEditorTab *tab = open(ingestTrips(), CodeLanguage::Python);
    QVERIFY(waitLoaded(tab));
    const QString original = tab->editor()->text();
    tab->editor()->moveCursor(QTextCursor::End);
    typeText(tab->editor(), QStringLiteral("\n# mine"));
    const QString mine = tab->editor()->text();
    const QString theirs = original + QStringLiteral("\n# theirs\n");
    QVERIFY(
        m_emulator->setWorkspaceNotebook(ingestTrips(), theirs.toUtf8(), QStringLiteral("PYTHON")));
    tab->save();
    SaveConflictDialog *dialog = waitForModal<SaveConflictDialog>();
    QVERIFY(dialog);
    dialog->reject(); // Esc or the window's close button: Cancel
    QVERIFY(spinUntil([tab] { return !tab->conflictDialog(); }));
    QCOMPARE(tab->editor()->text(), mine);
    QVERIFY(tab->isModified());
    QCOMPARE(stored(ingestTrips()), theirs);
    QVERIFY(tab->messageText().startsWith(QStringLiteral("Not saved: ")));
    QVERIFY(tab->saveAction()->isEnabled());
    // Take theirs, then Cancel in the question: still nothing lost.
    tab->save();
    dialog = waitForModal<SaveConflictDialog>();
    QVERIFY(dialog);
    dialog->takeTheirsButton()->click();
    QMessageBox *question = waitForModal<QMessageBox>();
    QVERIFY(question);
    question->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QCOMPARE(tab->editor()->text(), mine);
    QVERIFY(tab->isModified());
}

void TestNotebookEditor::failedSavesKeepTextAndModifiedState()
{
    NotebookEditorTab *tab = open(ingestTrips(), CodeLanguage::Python);
    QVERIFY(waitLoaded(tab));
    const QString original = tab->editor()->text();
    tab->editor()->moveCursor(QTextCursor::End);
    typeText(tab->editor(), QStringLiteral("\n# unsaved work"));
    const QString mine = tab->editor()->text();
    QSignalSpy saved(tab, &NotebookEditorTab::saved);
    m_emulator->failNextRequests(5, 500, "INTERNAL_ERROR");
    for (int attempt = 1; attempt <= 5; ++attempt) {
        tab->save();
        QVERIFY(spinUntil([tab] { return !tab->isBusy(); }));
        QVERIFY2(tab->messageText().startsWith(
                     QStringLiteral("Could not save %1: 500 INTERNAL_ERROR").arg(ingestTrips())),
                 qPrintable(tab->messageText()));
        QCOMPARE(tab->editor()->text(), mine);
        QVERIFY(tab->isModified());
        QCOMPARE(tab->title(), QStringLiteral("Ingest trips ●"));
        QVERIFY(tab->saveAction()->isEnabled());
        QVERIFY(tab->statusText().endsWith(QStringLiteral("Not saved")));
        QCOMPARE(stored(ingestTrips()), original);
    }
    QCOMPARE(saved.size(), 0);
    // The workspace is back: the same text saves.
    tab->save();
    QVERIFY(spinUntil([tab] { return !tab->isBusy(); }));
    QCOMPARE(saved.size(), 1);
    QVERIFY(tab->messageText().isEmpty());
    QVERIFY(!tab->isModified());
    QCOMPARE(stored(ingestTrips()), mine);
}

void TestNotebookEditor::prodSaveAsksForTheProfileName()
{
    NotebookEditorTab *tab = open(ingestTrips(), CodeLanguage::Python, true);
    QVERIFY(waitLoaded(tab));
    const QString original = tab->editor()->text();
    tab->editor()->moveCursor(QTextCursor::End);
    typeText(tab->editor(), QStringLiteral("\n# prod change"));
    const QString mine = tab->editor()->text();

    // Cancelled: nothing is sent.
    const int requestsBefore = m_emulator->requestCount();
    tab->save();
    ConfirmByNameDialog *confirm = waitForModal<ConfirmByNameDialog>();
    QVERIFY(confirm);
    const QList<QLabel *> labels = confirm->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text().contains(
            QStringLiteral("Saving changes to %1 in PROD workspace Demo prod").arg(ingestTrips()));
    }));
    QVERIFY(!confirm->isConfirmEnabled());
    confirm->reject();
    QTest::qWait(50);
    QCOMPARE(m_emulator->requestCount(), requestsBefore);
    QVERIFY(tab->isModified());
    QCOMPARE(stored(ingestTrips()), original);

    // Confirmed with the exact name: saved.
    tab->save();
    confirm = waitForModal<ConfirmByNameDialog>();
    QVERIFY(confirm);
    QTest::keyClicks(confirm->nameEdit(), QStringLiteral("demo prod"));
    QVERIFY(!confirm->isConfirmEnabled());
    confirm->nameEdit()->clear();
    QTest::keyClicks(confirm->nameEdit(), QStringLiteral("Demo prod"));
    QVERIFY(confirm->isConfirmEnabled());
    confirm->accept();
    QVERIFY(spinUntil([tab] { return !tab->isBusy() && !tab->isModified(); }));
    QCOMPARE(stored(ingestTrips()), mine);
}

void TestNotebookEditor::loadErrorOffersRetry()
{
    const QString path = kHome + QStringLiteral("/Not yet there");
    NotebookEditorTab *tab = open(path, CodeLanguage::Sql);
    QVERIFY(spinUntil([tab] { return tab->retryButton()->isVisible(); }));
    QVERIFY(!tab->isLoaded());
    const QLabel *error = tab->retryButton()->parentWidget()->findChild<QLabel *>();
    QVERIFY(error);
    QVERIFY2(error->text().contains(QStringLiteral("RESOURCE_DOES_NOT_EXIST")),
             qPrintable(error->text()));
    QVERIFY(error->text().contains(path));
    QVERIFY(!tab->saveAction()->isEnabled());
    saveScreenshot(tab, QStringLiteral("notebook-load-error.png"));

    const QString text = QStringLiteral("-- Databricks notebook source\nSELECT 1\n");
    QVERIFY(m_emulator->setWorkspaceNotebook(path, text.toUtf8(), QStringLiteral("SQL")));
    tab->retryButton()->click();
    QVERIFY(waitLoaded(tab));
    QCOMPARE(tab->editor()->text(), text);
    QCOMPARE(tab->language(), CodeLanguage::Sql);
    QCOMPARE(tab->outline()->topLevelItemCount(), 1);
    QCOMPARE(tab->outline()->topLevelItem(0)->text(1), QStringLiteral("SELECT 1"));

    // A workspace file is no notebook: said so, nothing to edit.
    NotebookEditorTab *file = open(kHome + QStringLiteral("/config.yaml"), CodeLanguage::Plain);
    QVERIFY(spinUntil([file] { return file->retryButton()->isVisible(); }));
    QVERIFY(!file->isLoaded());
}

void TestNotebookEditor::closingAsksAboutUnsavedChanges()
{
    NotebookEditorTab *tab = open(ingestTrips(), CodeLanguage::Python);
    QVERIFY(waitLoaded(tab));
    QVERIFY(tab->canClose()); // nothing changed: no question
    tab->editor()->moveCursor(QTextCursor::End);
    typeText(tab->editor(), QStringLiteral("\n# closing"));
    const QString mine = tab->editor()->text();

    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            QMessageBox *box = waitForModal<QMessageBox>();
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("Ingest trips")));
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    QVERIFY(!tab->canClose());
    QCOMPARE(tab->editor()->text(), mine);
    answer(QMessageBox::Discard);
    QVERIFY(tab->canClose());
    QVERIFY(stored(ingestTrips()) != mine);

    QSignalSpy closeRequested(tab, &NotebookEditorTab::closeRequested);
    answer(QMessageBox::Save);
    QVERIFY(!tab->canClose()); // not yet: the save runs
    QVERIFY(closeRequested.wait(10000));
    QCOMPARE(stored(ingestTrips()), mine);
    QVERIFY(!tab->isModified());
    QVERIFY(tab->canClose());

    // Edits typed while a save runs are saved too before the tab closes (not dropped with it).
    m_emulator->setLatencyMs(300);
    typeText(tab->editor(), QStringLiteral("\n# first"));
    tab->save();
    QVERIFY(tab->isBusy());
    typeText(tab->editor(), QStringLiteral("\n# second"));
    const QString both = tab->editor()->text();
    closeRequested.clear();
    answer(QMessageBox::Save);
    QVERIFY(!tab->canClose());
    QVERIFY(closeRequested.wait(20000));
    QCOMPARE(stored(ingestTrips()), both);
    QCOMPARE(closeRequested.size(), 1);
    m_emulator->setLatencyMs(0);
}

void TestNotebookEditor::copyPathAndFind()
{
    NotebookEditorTab *tab = open(ingestTrips(), CodeLanguage::Python);
    QVERIFY(waitLoaded(tab));
    tab->copyPathAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), ingestTrips());
    typeAtEndOfLine(tab->editor(), 25, QStringLiteral(" -- by zip"));
    tab->editor()->replaceAction()->trigger();
    FindReplaceBar *bar = tab->editor()->findReplaceBar();
    QVERIFY(!bar->isHidden());
    QVERIFY(bar->isReplaceShown());
    bar->setPattern(QStringLiteral("trips"));
    QCOMPARE(bar->matchCount(), 13);
    saveScreenshot(tab, QStringLiteral("notebook-find.png"));
    tab->goToLineAction()->trigger();
    QVERIFY(tab->editor()->findReplaceBar()->isHidden());
    QVERIFY(!tab->editor()->goToLineBar()->isHidden());
}

QTEST_MAIN(TestNotebookEditor)
#include "tst_notebookeditor.moc"
