// The workspace browser page as a user drives it, offscreen, against the demo emulator over real
// HTTP: the tree, opening notebooks (Enter, double-click), export in every format (and a failed
// one that leaves no file), import of .py/.sql/.ipynb with the overwrite question, new folder,
// rename and move, delete (DIRECTORY_NOT_EMPTY asked again; on prod by typing the profile name),
// copy path, refresh, the filter. Dialogs are answered as they open; the file dialogs are the
// page's replaceable choosers.
// NotebookEditorTab.h needs SaveConflictDialog complete before it.
// clang-format off
#include "SaveConflictDialog.h"
#include "NotebookEditorTab.h"
// clang-format on

#include "CodeEditor.h"
#include "ConfirmByNameDialog.h"
#include "EmulatorOptionsFor.h"
#include "FindReplaceBar.h"
#include "SpinUntil.h"
#include "WorkspaceBrowserPage.h"
#include "WorkspaceClient.h"
#include "WorkspaceFilterProxy.h"
#include "WorkspaceTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <functional>
#include <memory>

using namespace brickdesk;

namespace {

const QString kToken = QStringLiteral("workspace-page-token");
const QString kHome = QStringLiteral("/Users/demo.user@brickdesk.example");

// A minimal Jupyter notebook with a Python kernel: two code cells.
const QByteArray kIpynb = R"json({
 "cells": [
  {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [],
   "source": ["x = 40 + 2\n", "print(x)"]
},
  {"cell_type": "markdown", "metadata": {}, "source": ["# Notes"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
              "language_info": {"name": "python"}},
 "nbformat": 4, "nbformat_minor": 5
})json";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Answers the modal dialogs a test expects, in order: each expectation gets the active modal
// widget of its type. One not seen within 10 s counts as missed (checked in cleanup()).
class DialogAnswerer : public QObject
{
public:
    DialogAnswerer()
    {
        m_poll.setInterval(10);
        connect(&m_poll, &QTimer::timeout, this, &DialogAnswerer::poll);
    }

    template<typename Dialog> void expect(std::function<void(Dialog *)> answer)
    {
        m_queue.append([answer](QWidget *widget) {
            auto *dialog = qobject_cast<Dialog *>(widget);
            if (!dialog || !dialog->isVisible())
                return false;
            answer(dialog);
            return true;
        });
        if (!m_poll.isActive()) {
            m_waited.start();
            m_poll.start();
        }
    }
    bool isIdle() const { return m_queue.isEmpty(); }
    bool missed() const { return m_missed; }
    void reset()
    {
        m_queue.clear();
        m_poll.stop();
        m_missed = false;
    }

private:
    void poll()
    {
        if (m_queue.isEmpty()) {
            m_poll.stop();
            return;
        }
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && m_queue.first()(modal)) {
            m_queue.removeFirst();
            m_waited.start();
            return;
        }
        if (m_waited.elapsed() > 10000) {
            m_missed = true;
            m_queue.clear();
            m_poll.stop();
        }
    }

    QList<std::function<bool(QWidget *)>> m_queue;
    QTimer m_poll;
    QElapsedTimer m_waited;
    bool m_missed = false;
};

} // namespace

class TestWorkspacePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void connectsListsTheRootAndSettles();
    void detailsFollowTheSelection();
    void enterAndDoubleClickOpenNotebooks();
    void exportsEachFormat();
    void failedExportLeavesNoFile();
    void importsSourceAndJupyterFilesWithTheirLanguage();
    void importAsksBeforeOverwriting();
    void newFolderAndTheWorkspacesRefusal();
    void renameAndMoveSayWhatTheyCost();
    void deleteAsksAgainWhenAFolderIsNoLongerEmpty();
    void deletingOnProdNeedsTheProfileName();
    void copyPathRefreshAndFilter();
    void openNotebooksGetOneTabEach();
    void screenshot();

private:
    void connectPage(bool prod = false);
    // Expands the folders down to `path` in the tree (each listed as a user expands it), then
    // selects it.
    void reveal(const QString &path);
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void waitIdle();
    std::optional<WorkspaceObject> statusOf(const QString &path);

    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WorkspaceClient> m_workspace; // the test's own calls
    std::unique_ptr<WorkspaceBrowserPage> m_page;
    std::unique_ptr<QTemporaryDir> m_dir;
    DialogAnswerer m_answers;
};

void TestWorkspacePage::init()
{
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(emulatorOptionsFor(kToken));
    QVERIFY2(m_emulator->listen(), qPrintable(m_emulator->errorString()));
    m_client = std::make_unique<ApiClient>(&m_network, nullptr);
    m_client->setConnection({QStringLiteral("dev"), m_emulator->baseUrl(), kToken, {}});
    m_client->setRetryPolicy(RetryPolicy::none());
    m_workspace = std::make_unique<WorkspaceClient>(m_client.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_page = std::make_unique<WorkspaceBrowserPage>();
    m_page->resize(1200, 720);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestWorkspacePage::cleanup()
{
    const bool missed = m_answers.missed() || !m_answers.isIdle();
    m_answers.reset();
    m_page.reset();
    m_workspace.reset();
    m_client.reset();
    m_emulator.reset();
    m_dir.reset();
    QVERIFY2(!missed, "a dialog the test expected never appeared");
}

void TestWorkspacePage::connectPage(bool prod)
{
    ConnectedWorkspace workspace;
    workspace.client = m_client.get();
    workspace.profile.name = prod ? QStringLiteral("acme-prod") : QStringLiteral("dev");
    workspace.profile.environment = prod ? EnvironmentTag::Prod : EnvironmentTag::Dev;
    workspace.userName = QStringLiteral("demo.user@brickdesk.example");
    QVERIFY(!m_page->isSettled());
    QSignalSpy settled(m_page.get(), &WorkspacePage::settledChanged);
    m_page->connectTo(workspace);
    QVERIFY(spinUntil([&] { return m_page->isSettled(); }));
    QCOMPARE(settled.size(), 1);
}

void TestWorkspacePage::waitIdle()
{
    QVERIFY(spinUntil([&] { return !m_page->isBusy(); }));
}

void TestWorkspacePage::reveal(const QString &path)
{
    WorkspaceTreeModel *model = m_page->model();
    QString folder;
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        folder += QLatin1Char('/') + segments.at(i);
        QVERIFY2(spinUntil([&] { return model->indexForPath(folder).isValid(); }),
                 qPrintable(folder));
        const QModelIndex index = m_page->proxy()->mapFromSource(model->indexForPath(folder));
        m_page->treeView()->expand(index);
        QVERIFY2(spinUntil([&] { return model->isListed(model->indexForPath(folder)); }),
                 qPrintable(folder));
    }
    QVERIFY2(spinUntil([&] { return m_page->selectPath(path); }), qPrintable(path));
    QCOMPARE(m_page->currentObject().path, path);
}

void TestWorkspacePage::key(int keyCode, Qt::KeyboardModifiers modifiers)
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->treeView()->setFocus();
    QTest::keyClick(m_page->treeView(), static_cast<Qt::Key>(keyCode), modifiers);
}

std::optional<WorkspaceObject> TestWorkspacePage::statusOf(const QString &path)
{
    bool done = false;
    std::optional<WorkspaceObject> found;
    m_workspace->status(path, this, [&](const CallResult<WorkspaceObject> &result) {
        done = true;
        if (result.ok())
            found = result.value;
    });
    if (!spinUntil([&] { return done; }))
        return std::nullopt;
    return found;
}

void TestWorkspacePage::connectsListsTheRootAndSettles()
{
    QVERIFY(!m_page->openAction()->isEnabled());
    QVERIFY(!m_page->importAction()->isEnabled());
    QVERIFY(!m_page->filterEdit()->isEnabled());
    connectPage();
    QAbstractItemModel *tree = m_page->treeView()->model();
    QCOMPARE(tree->rowCount(), 3);
    QCOMPARE(tree->index(0, 0).data().toString(), QStringLiteral("Repos"));
    QCOMPARE(tree->index(1, 0).data().toString(), QStringLiteral("Shared"));
    QCOMPARE(tree->index(2, 0).data().toString(), QStringLiteral("Users"));
    QCOMPARE(m_page->countLabel()->text(), QStringLiteral("3 objects loaded"));
    QCOMPARE(m_page->messageLabel()->text(), QStringLiteral("Listed the workspace."));
    QVERIFY(m_page->importAction()->isEnabled());
    QVERIFY(m_page->refreshAction()->isEnabled());
    QVERIFY(!m_page->deleteAction()->isEnabled()); // nothing selected
    QVERIFY(m_page->busyIndicator()->isHidden());
    QVERIFY(m_page->workspaceClient());
    QCOMPARE(m_page->workspaceClient()->apiClient(), m_client.get());

    // Headers as the columns say.
    QCOMPARE(tree->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(tree->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Size"));

    // Disconnecting empties it, stops its calls and says why.
    m_emulator->setLatencyMs(300);
    m_page->treeView()->expand(tree->index(2, 0));
    QVERIFY(m_page->isBusy());
    QVERIFY(spinUntil([&] { return m_page->busyIndicator()->isVisible(); }));
    QSignalSpy settled(m_page.get(), &WorkspacePage::settledChanged);
    QPointer<WorkspaceClient> client = m_page->workspaceClient();
    m_page->disconnectFrom(QStringLiteral("Switched profile."));
    QVERIFY(client.isNull());
    QVERIFY(!m_page->isSettled());
    QCOMPARE(settled.size(), 1);
    QCOMPARE(tree->rowCount(), 0);
    QCOMPARE(m_page->messageLabel()->text(), QStringLiteral("Switched profile."));
    QVERIFY(!m_page->isBusy());
    QVERIFY(!m_page->importAction()->isEnabled());
    QTest::qWait(500);
    QCOMPARE(tree->rowCount(), 0);

    // A root listing that fails settles too, with the workspace's message.
    m_emulator->setLatencyMs(0);
    m_emulator->failNextRequests(1, 403, "PERMISSION_DENIED");
    connectPage();
    QVERIFY2(m_page->messageLabel()->text().contains(QStringLiteral("403 PERMISSION_DENIED")),
             qPrintable(m_page->messageLabel()->text()));
    QCOMPARE(tree->rowCount(), 1);
    QVERIFY(tree->index(0, 0).data().toString().startsWith(QStringLiteral("Cannot list /: 403")));
    // F5 lists it again.
    key(Qt::Key_F5);
    QVERIFY(spinUntil([&] { return tree->rowCount() == 3; }));
}

void TestWorkspacePage::detailsFollowTheSelection()
{
    connectPage();
    reveal(kHome + QStringLiteral("/Daily revenue"));
    QVERIFY(m_page->openAction()->isEnabled());
    QVERIFY(m_page->exportAction()->isEnabled());
    QVERIFY(m_page->renameAction()->isEnabled());
    QVERIFY(m_page->deleteAction()->isEnabled());
    QCOMPARE(m_page->targetFolder(), kHome);
    const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
    const auto shown = [&](const QString &text) {
        return std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) {
            return label->isVisible() && QString(label->text()).remove(QChar(0x200b)) == text;
        });
    };
    QVERIFY(shown(kHome + QStringLiteral("/Daily revenue")));
    QVERIFY(shown(QStringLiteral("SQL")));
    QVERIFY(shown(QStringLiteral("Notebook")));
    // A file: no Open, Export of its bytes, no rename (the API cannot move files).
    reveal(kHome + QStringLiteral("/config.yaml"));
    QVERIFY(!m_page->openAction()->isEnabled());
    QVERIFY(m_page->exportAction()->isEnabled());
    QVERIFY(!m_page->renameAction()->isEnabled());
    QVERIFY(shown(QStringLiteral("File")));
    // A dashboard cannot be exported here.
    reveal(kHome + QStringLiteral("/Revenue overview.lvdash.json"));
    QVERIFY(!m_page->exportAction()->isEnabled());
    // A folder is its own target.
    reveal(kHome + QStringLiteral("/Scratch"));
    QCOMPARE(m_page->targetFolder(), kHome + QStringLiteral("/Scratch"));
    QVERIFY(!m_page->openAction()->isEnabled());
}

void TestWorkspacePage::enterAndDoubleClickOpenNotebooks()
{
    connectPage();
    QSignalSpy opened(m_page.get(), &WorkspaceBrowserPage::openNotebookRequested);
    reveal(kHome + QStringLiteral("/Sessionize"));
    key(Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).value<WorkspaceClient *>(), m_page->workspaceClient());
    auto notebook = opened.first().at(1).value<WorkspaceObject>();
    QCOMPARE(notebook.path, kHome + QStringLiteral("/Sessionize"));
    QCOMPARE(notebook.language, CodeLanguage::Scala);
    QCOMPARE(notebook.type, WorkspaceObjectType::Notebook);

    // Double-click.
    reveal(kHome + QStringLiteral("/Forecast"));
    QTreeView *tree = m_page->treeView();
    const QRect rect = tree->visualRect(tree->currentIndex());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(opened.size(), 2);
    notebook = opened.at(1).at(1).value<WorkspaceObject>();
    QCOMPARE(notebook.path, kHome + QStringLiteral("/Forecast"));
    QCOMPARE(notebook.language, CodeLanguage::R);

    // The Open action, from the toolbar or the context menu.
    m_page->openAction()->trigger();
    QCOMPARE(opened.size(), 3);

    // Enter on a folder opens or closes it; nothing is opened.
    reveal(kHome + QStringLiteral("/Scratch"));
    const QModelIndex scratch = tree->currentIndex();
    QVERIFY(!tree->isExpanded(scratch));
    key(Qt::Key_Return);
    QVERIFY(tree->isExpanded(scratch));
    key(Qt::Key_Return);
    QVERIFY(!tree->isExpanded(scratch));
    // A file says what to do instead.
    reveal(kHome + QStringLiteral("/config.yaml"));
    key(Qt::Key_Return);
    QCOMPARE(opened.size(), 3);
    QVERIFY(m_page->messageLabel()->text().contains(QStringLiteral("Only notebooks open here")));
}

void TestWorkspacePage::exportsEachFormat()
{
    connectPage();
    const QString path = kHome + QStringLiteral("/Ingest trips");
    reveal(path);
    QList<WorkspaceFormat> offered;
    QString suggested;
    WorkspaceFormat format = WorkspaceFormat::Source;
    QString target;
    m_page->setExportChooser(
        [&](const WorkspaceObject &, const QList<WorkspaceFormat> &formats,
            const QString &suggestion) -> std::optional<WorkspaceBrowserPage::ExportChoice> {
            offered = formats;
            suggested = suggestion;
            return WorkspaceBrowserPage::ExportChoice{target, format};
        });
    QSignalSpy finished(m_page.get(), &WorkspaceBrowserPage::exportFinished);
    const auto exportAs = [&](WorkspaceFormat chosen, const QString &fileName) {
        format = chosen;
        target = m_dir->filePath(fileName);
        finished.clear();
        key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        return spinUntil([&] { return !finished.isEmpty(); }) && finished.first().at(1).toBool();
    };

    // SOURCE: the workspace's bytes, under "<name>.py".
    QVERIFY(exportAs(WorkspaceFormat::Source, QStringLiteral("Ingest trips.py")));
    QCOMPARE(offered, (QList<WorkspaceFormat>{WorkspaceFormat::Source, WorkspaceFormat::Html,
                                              WorkspaceFormat::Jupyter, WorkspaceFormat::Dbc}));
    QVERIFY2(suggested.endsWith(QStringLiteral("/Ingest trips.py")), qPrintable(suggested));
    const std::optional<QByteArray> source = m_emulator->workspaceObjectContent(path);
    QVERIFY(source.has_value());
    QCOMPARE(readFile(target), *source);
    QVERIFY(m_page->messageLabel()->text().startsWith(
        QStringLiteral("Exported %1 as source to %2").arg(path, target)));

    // HTML, Jupyter, DBC.
    QVERIFY(exportAs(WorkspaceFormat::Html, QStringLiteral("Ingest trips.html")));
    const QByteArray html = readFile(target);
    QVERIFY(html.contains("<html") || html.contains("<!DOCTYPE"));
    QVERIFY(html.contains("Ingest trips"));
    QVERIFY(exportAs(WorkspaceFormat::Jupyter, QStringLiteral("Ingest trips.ipynb")));
    const QJsonObject ipynb = QJsonDocument::fromJson(readFile(target)).object();
    QVERIFY(ipynb.value(QStringLiteral("cells")).toArray().size() >= 4);
    QCOMPARE(ipynb.value(QStringLiteral("nbformat")).toInt(), 4);
    QVERIFY(exportAs(WorkspaceFormat::Dbc, QStringLiteral("Ingest trips.dbc")));
    QVERIFY(readFile(target).size() > 100);

    // A folder: DBC only, named after it.
    reveal(kHome + QStringLiteral("/Scratch"));
    QVERIFY(exportAs(WorkspaceFormat::Dbc, QStringLiteral("Scratch.dbc")));
    QCOMPARE(offered, QList<WorkspaceFormat>{WorkspaceFormat::Dbc});
    QVERIFY2(suggested.endsWith(QStringLiteral("/Scratch.dbc")), qPrintable(suggested));
    QVERIFY(QFileInfo::exists(target));

    // A workspace file: its bytes, under its own name.
    reveal(kHome + QStringLiteral("/config.yaml"));
    QVERIFY(exportAs(WorkspaceFormat::Source, QStringLiteral("config.yaml")));
    QVERIFY2(suggested.endsWith(QStringLiteral("/config.yaml")), qPrintable(suggested));
    QCOMPARE(readFile(target),
             *m_emulator->workspaceObjectContent(kHome + QStringLiteral("/config.yaml")));

    QCOMPARE(WorkspaceBrowserPage::exportFileName(
                 *statusOf(kHome + QStringLiteral("/Daily revenue")), WorkspaceFormat::Source),
             QStringLiteral("Daily revenue.sql"));
    QCOMPARE(WorkspaceBrowserPage::exportFileName(*statusOf(kHome + QStringLiteral("/Forecast")),
                                                  WorkspaceFormat::Source),
             QStringLiteral("Forecast.r"));
    QVERIFY(WorkspaceBrowserPage::exportFormatsFor(*statusOf(kHome + QStringLiteral("/Forecast")))
                .contains(WorkspaceFormat::RMarkdown));
    // A cancelled choice exports nothing.
    const int requests = m_emulator->requestCount();
    m_page->setExportChooser([](const WorkspaceObject &, const QList<WorkspaceFormat> &,
                                const QString &) { return std::nullopt; });
    finished.clear();
    key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(100);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_emulator->requestCount(), requests);
}

void TestWorkspacePage::failedExportLeavesNoFile()
{
    connectPage();
    const QString path = kHome + QStringLiteral("/Daily revenue");
    reveal(path);
    QSignalSpy finished(m_page.get(), &WorkspaceBrowserPage::exportFinished);
    // The workspace fails: no file at all.
    const QString target = m_dir->filePath(QStringLiteral("Daily revenue.sql"));
    m_emulator->failNextRequests(1, 500, "INTERNAL_ERROR");
    m_page->exportTo(m_page->currentObject(), WorkspaceFormat::Source, target);
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY2(finished.first().at(2).toString().startsWith(
                 QStringLiteral("Could not export %1: 500 INTERNAL_ERROR").arg(path)),
             qPrintable(finished.first().at(2).toString()));
    QCOMPARE(m_page->messageLabel()->text(), finished.first().at(2).toString());
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 0);

    // An older file of that name stays as it was.
    QVERIFY(writeFile(target, "older export\n"));
    finished.clear();
    m_emulator->failNextRequests(1, 403, "PERMISSION_DENIED");
    m_page->exportTo(m_page->currentObject(), WorkspaceFormat::Source, target);
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(readFile(target), QByteArray("older export\n"));

    // A file that cannot be written: nothing left behind either.
    finished.clear();
    const QString nowhere = m_dir->filePath(QStringLiteral("missing-folder/Daily revenue.sql"));
    m_page->exportTo(m_page->currentObject(), WorkspaceFormat::Source, nowhere);
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(finished.first().at(2).toString().startsWith(
        QStringLiteral("Could not write %1").arg(nowhere)));
    QVERIFY(!QFileInfo::exists(nowhere));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("Daily revenue.sql")});
}

void TestWorkspacePage::importsSourceAndJupyterFilesWithTheirLanguage()
{
    connectPage();
    reveal(kHome + QStringLiteral("/Scratch"));
    const QString folder = kHome + QStringLiteral("/Scratch");
    QString chosen;
    QString askedFolder;
    m_page->setImportChooser([&](const QString &target) {
        askedFolder = target;
        return chosen;
    });
    QSignalSpy finished(m_page.get(), &WorkspaceBrowserPage::importFinished);
    const auto importFile = [&](const QString &fileName, const QByteArray &bytes) {
        chosen = m_dir->filePath(fileName);
        finished.clear();
        return writeFile(chosen, bytes) && (key(Qt::Key_I, Qt::ControlModifier), true) &&
               spinUntil([&] { return !finished.isEmpty(); }) && finished.first().at(1).toBool();
    };

    const QByteArray py = "# Databricks notebook source\nprint('imported')\n";
    QVERIFY(importFile(QStringLiteral("etl_step.py"), py));
    QCOMPARE(askedFolder, folder);
    const QString pyPath = folder + QStringLiteral("/etl_step");
    QCOMPARE(finished.first().at(0).toString(), pyPath);
    QCOMPARE(finished.first().at(2).toString(),
             QStringLiteral("Imported etl_step.py as %1 (Python notebook).").arg(pyPath));
    QCOMPARE(*m_emulator->workspaceObjectContent(pyPath), py);
    QCOMPARE(statusOf(pyPath)->language, CodeLanguage::Python);
    // It shows in its folder, selected.
    QVERIFY(spinUntil([&] { return m_page->currentObject().path == pyPath; }));
    QCOMPARE(m_page->currentObject().language, CodeLanguage::Python);

    reveal(folder);
    const QByteArray sql = "-- Databricks notebook source\nSELECT 42 AS answer\n";
    QVERIFY(importFile(QStringLiteral("answer.sql"), sql));
    const QString sqlPath = folder + QStringLiteral("/answer");
    QCOMPARE(*m_emulator->workspaceObjectContent(sqlPath), sql);
    QCOMPARE(statusOf(sqlPath)->language, CodeLanguage::Sql);
    QVERIFY(spinUntil([&] { return m_page->currentObject().path == sqlPath; }));

    reveal(folder);
    QVERIFY(importFile(QStringLiteral("explore.ipynb"), kIpynb));
    const QString ipynbPath = folder + QStringLiteral("/explore");
    const std::optional<WorkspaceObject> jupyter = statusOf(ipynbPath);
    QVERIFY(jupyter.has_value());
    QCOMPARE(jupyter->type, WorkspaceObjectType::Notebook);
    QCOMPARE(jupyter->language, CodeLanguage::Python);
    QVERIFY(m_emulator->workspaceObjectContent(ipynbPath)->contains("x = 40 + 2"));
    QVERIFY(finished.first().at(2).toString().endsWith(QStringLiteral("(Jupyter notebook).")));

    // Into a folder never listed: it is listed, and the new notebook selected.
    reveal(kHome + QStringLiteral("/Forecast")); // the target is the home folder
    QVERIFY(m_emulator->setWorkspaceNotebook(kHome + QStringLiteral("/Later/keep"), "print(0)\n",
                                             QStringLiteral("PYTHON")));
    m_page->model()->refreshPath(kHome);
    QVERIFY(spinUntil(
        [&] { return m_page->model()->indexForPath(kHome + QStringLiteral("/Later")).isValid(); }));
    QVERIFY(spinUntil([&] { return m_page->selectPath(kHome + QStringLiteral("/Later")); }));
    QVERIFY(importFile(QStringLiteral("late.py"), py));
    QVERIFY(spinUntil(
        [&] { return m_page->currentObject().path == kHome + QStringLiteral("/Later/late"); }));

    // Too big: refused before anything is read or sent.
    const int requests = m_emulator->requestCount();
    const QString big = m_dir->filePath(QStringLiteral("big.py"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(WorkspaceClient::kMaxImportBytes + 1));
    }
    finished.clear();
    m_page->importFile(big, folder);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(finished.first().at(2).toString().contains(QStringLiteral("imports at most 10.0 MB")));
    QCOMPARE(m_emulator->requestCount(), requests);
}

void TestWorkspacePage::importAsksBeforeOverwriting()
{
    connectPage();
    reveal(kHome + QStringLiteral("/Ingest trips"));
    QSignalSpy finished(m_page.get(), &WorkspaceBrowserPage::importFinished);
    const QString path = kHome + QStringLiteral("/Ingest trips");
    const QByteArray original = *m_emulator->workspaceObjectContent(path);
    const QByteArray replacement = "# Databricks notebook source\nprint('replaced')\n";
    const QString file = m_dir->filePath(QStringLiteral("Ingest trips.py"));
    QVERIFY(writeFile(file, replacement));

    // No: nothing changes.
    QString question;
    m_answers.expect<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    m_page->importFile(file, kHome);
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(question,
             QStringLiteral("%1 already exists. Overwrite it with Ingest trips.py?").arg(path));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(finished.first().at(2).toString(), QStringLiteral("Nothing was imported."));
    QCOMPARE(*m_emulator->workspaceObjectContent(path), original);

    // Yes: replaced in place, the language kept.
    finished.clear();
    m_answers.expect<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    m_page->importFile(file, kHome);
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(finished.first().at(1).toBool(), true);
    QCOMPARE(finished.first().at(2).toString(),
             QStringLiteral("Replaced %1 with Ingest trips.py (Python notebook).").arg(path));
    QCOMPARE(*m_emulator->workspaceObjectContent(path), replacement);

    // A DBC archive cannot overwrite: said before any question.
    QSignalSpy exported(m_page.get(), &WorkspaceBrowserPage::exportFinished);
    reveal(kHome + QStringLiteral("/Scratch"));
    const QString dbc = m_dir->filePath(QStringLiteral("Scratch.dbc"));
    m_page->exportTo(m_page->currentObject(), WorkspaceFormat::Dbc, dbc);
    QVERIFY(spinUntil([&] { return !exported.isEmpty(); }));
    QVERIFY(exported.first().at(1).toBool());
    finished.clear();
    m_page->importFile(dbc, kHome);
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY2(finished.first().at(2).toString().contains(
                 QStringLiteral("a DBC archive cannot overwrite")),
             qPrintable(finished.first().at(2).toString()));
    QCOMPARE(m_page->messageLabel()->text(), finished.first().at(2).toString());
    // Into another folder it lands as a folder.
    finished.clear();
    m_page->importFile(dbc, QStringLiteral("/Shared"));
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(statusOf(QStringLiteral("/Shared/Scratch"))->type, WorkspaceObjectType::Directory);
}

void TestWorkspacePage::newFolderAndTheWorkspacesRefusal()
{
    connectPage();
    reveal(kHome + QStringLiteral("/Forecast"));
    QString label;
    m_answers.expect<QInputDialog>([&](QInputDialog *dialog) {
        label = dialog->labelText();
        dialog->setTextValue(QStringLiteral("Reports 2025"));
        dialog->accept();
    });
    key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(label, QStringLiteral("Name of the new folder in %1:").arg(kHome));
    const QString created = kHome + QStringLiteral("/Reports 2025");
    QVERIFY(spinUntil([&] { return m_page->currentObject().path == created; }));
    QCOMPARE(statusOf(created)->type, WorkspaceObjectType::Directory);
    QCOMPARE(m_page->messageLabel()->text(), QStringLiteral("Created folder %1.").arg(created));
    // Folders first: it sits among the folders.
    const QModelIndex index = m_page->model()->indexForPath(created);
    QCOMPARE(index.row(), 0);

    // A name taken by a notebook: the workspace's words, in red.
    reveal(kHome + QStringLiteral("/Forecast"));
    m_answers.expect<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral("Forecast"));
        dialog->accept();
    });
    key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(spinUntil([&] {
        return m_page->messageLabel()->text().contains(QStringLiteral("RESOURCE_ALREADY_EXISTS"));
    }));
    QVERIFY(m_page->messageLabel()->text().startsWith(
        QStringLiteral("Could not create folder %1/Forecast: 400 RESOURCE_ALREADY_EXISTS")
            .arg(kHome)));
    QVERIFY(m_page->messageLabel()->styleSheet().contains(QStringLiteral("#c62828")));
    // A bad name is refused before any request.
    const int requests = m_emulator->requestCount();
    m_answers.expect<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral(".."));
        dialog->accept();
    });
    key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(spinUntil([&] { return m_answers.isIdle(); }));
    QCOMPARE(m_page->messageLabel()->text(), QStringLiteral("'..' is not a valid name."));
    QCOMPARE(m_emulator->requestCount(), requests);
}

void TestWorkspacePage::renameAndMoveSayWhatTheyCost()
{
    connectPage();
    // Move into another folder, by a full path.
    const QString from = kHome + QStringLiteral("/Forecast");
    const QString to = kHome + QStringLiteral("/Scratch/Forecast moved");
    const QByteArray source = *m_emulator->workspaceObjectContent(from);
    reveal(from);
    QString label;
    m_answers.expect<QInputDialog>([&](QInputDialog *dialog) {
        label = dialog->labelText();
        QCOMPARE(dialog->textValue(), QStringLiteral("Forecast"));
        dialog->setTextValue(to);
        dialog->accept();
    });
    key(Qt::Key_F2);
    QVERIFY(spinUntil([&] { return m_page->currentObject().path == to; }));
    QVERIFY2(label.contains(QStringLiteral("The workspace API has no move")), qPrintable(label));
    QVERIFY(label.contains(QStringLiteral("new object ID and loses its revision history")));
    QCOMPARE(*m_emulator->workspaceObjectContent(to), source);
    QVERIFY(!m_emulator->workspaceObjectContent(from).has_value());
    QVERIFY(!m_page->model()->indexForPath(from).isValid());
    QCOMPARE(m_page->currentObject().language, CodeLanguage::R);
    QCOMPARE(m_page->messageLabel()->text(), QStringLiteral("Moved %1 to %2.").arg(from, to));

    // Rename in place, by a name.
    const QString sessionize = kHome + QStringLiteral("/Sessionize");
    reveal(sessionize);
    m_answers.expect<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral("Sessionize v2"));
        dialog->accept();
    });
    key(Qt::Key_F2);
    QVERIFY(spinUntil(
        [&] { return m_page->currentObject().path == kHome + QStringLiteral("/Sessionize v2"); }));
    QVERIFY(!m_emulator->workspaceObjectContent(sessionize).has_value());
    QCOMPARE(m_page->messageLabel()->text(),
             QStringLiteral("Renamed Sessionize to Sessionize v2."));

    // A folder is not moved: an archive would leave its files behind with the deleted original.
    reveal(kHome + QStringLiteral("/Scratch"));
    const int requests = m_emulator->requestCount();
    key(Qt::Key_F2);
    QVERIFY2(m_page->messageLabel()->text().contains(QStringLiteral("Folders cannot be moved")),
             qPrintable(m_page->messageLabel()->text()));
    QCOMPARE(m_emulator->requestCount(), requests);

    // Onto an existing name: the workspace refuses, nothing is lost.
    reveal(kHome + QStringLiteral("/Daily revenue"));
    m_answers.expect<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral("Ingest trips"));
        dialog->accept();
    });
    key(Qt::Key_F2);
    QVERIFY(spinUntil([&] {
        return m_page->messageLabel()->text().contains(QStringLiteral("RESOURCE_ALREADY_EXISTS"));
    }));
    QVERIFY(
        m_emulator->workspaceObjectContent(kHome + QStringLiteral("/Daily revenue")).has_value());
}

void TestWorkspacePage::deleteAsksAgainWhenAFolderIsNoLongerEmpty()
{
    connectPage();
    // A notebook.
    const QString revenue = kHome + QStringLiteral("/Daily revenue");
    reveal(revenue);
    QString question;
    m_answers.expect<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    key(Qt::Key_Delete);
    QVERIFY(spinUntil([&] { return !m_page->model()->indexForPath(revenue).isValid(); }));
    QCOMPARE(question,
             QStringLiteral("Delete the notebook %1?\nThis cannot be undone.").arg(revenue));
    QVERIFY(!m_emulator->workspaceObjectContent(revenue).has_value());
    QCOMPARE(m_page->messageLabel()->text(), QStringLiteral("Deleted %1.").arg(revenue));

    // An empty folder that is not empty any more when the workspace gets the delete.
    bool made = false;
    const QString empty = kHome + QStringLiteral("/Empty");
    m_workspace->mkdirs(empty, this, [&](const CallResult<Done> &result) { made = result.ok(); });
    QVERIFY(spinUntil([&] { return made; }));
    key(Qt::Key_F5);
    reveal(empty);
    m_page->treeView()->expand(m_page->treeView()->currentIndex());
    QVERIFY(
        spinUntil([&] { return m_page->model()->isListed(m_page->model()->indexForPath(empty)); }));
    QVERIFY(m_emulator->setWorkspaceNotebook(empty + QStringLiteral("/late arrival"), "print(1)\n",
                                             QStringLiteral("PYTHON")));
    QString second;
    m_answers.expect<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    m_answers.expect<QMessageBox>([&](QMessageBox *box) {
        second = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    key(Qt::Key_Delete);
    QVERIFY(spinUntil([&] { return m_answers.isIdle(); }));
    QVERIFY(spinUntil([&] { return !m_page->isBusy(); }));
    QCOMPARE(question,
             QStringLiteral("Delete the empty folder %1?\nThis cannot be undone.").arg(empty));
    QVERIFY2(second.startsWith(QStringLiteral("The workspace did not delete %1: “Folder (%1) is "
                                              "not empty")
                                   .arg(empty)),
             qPrintable(second));
    QVERIFY(second.endsWith(QStringLiteral("Delete it with everything in it?")));
    QVERIFY(spinUntil(
        [&] { return m_page->messageLabel()->text() == QStringLiteral("Nothing was deleted."); }));
    QVERIFY(
        m_emulator->workspaceObjectContent(empty + QStringLiteral("/late arrival")).has_value());
    // The folder was listed again: the late notebook shows.
    QVERIFY(spinUntil([&] {
        return m_page->model()->indexForPath(empty + QStringLiteral("/late arrival")).isValid();
    }));

    // This time with everything in it (the count is known now).
    reveal(empty);
    m_answers.expect<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    key(Qt::Key_Delete);
    QVERIFY(spinUntil([&] { return !m_page->model()->indexForPath(empty).isValid(); }));
    QCOMPARE(question, QStringLiteral("Delete %1 and the 1 object and 0 folders in it?\nThis "
                                      "cannot be undone.")
                           .arg(empty));
    QVERIFY(!statusOf(empty).has_value());

    // A folder whose insides are not loaded is counted first; Cancel deletes nothing.
    const QString reports = QStringLiteral("/Shared/Team reports");
    reveal(reports);
    m_answers.expect<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    key(Qt::Key_Delete);
    QVERIFY(spinUntil([&] { return m_answers.isIdle(); }));
    QCOMPARE(question, QStringLiteral("Delete %1 and the 2 objects and 0 folders in it?\nThis "
                                      "cannot be undone.")
                           .arg(reports));
    QVERIFY(statusOf(reports).has_value());
    QCOMPARE(m_page->messageLabel()->text(), QStringLiteral("Nothing was deleted."));
}

void TestWorkspacePage::deletingOnProdNeedsTheProfileName()
{
    connectPage(true);
    const QString path = kHome + QStringLiteral("/Ingest trips");
    reveal(path);
    // A wrong name keeps the button off; the dialog is cancelled; nothing goes.
    bool enabledWithWrongName = true;
    QString warning;
    m_answers.expect<ConfirmByNameDialog>([&](ConfirmByNameDialog *dialog) {
        warning = dialog->findChild<QLabel *>()->text();
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("acme-pro"));
        enabledWithWrongName = dialog->isConfirmEnabled();
        dialog->reject();
    });
    key(Qt::Key_Delete);
    QVERIFY(spinUntil([&] { return m_answers.isIdle(); }));
    QVERIFY(!enabledWithWrongName);
    QVERIFY2(warning.contains(QStringLiteral("Delete the notebook %1").arg(path)),
             qPrintable(warning));
    QVERIFY(warning.contains(QStringLiteral("acme-prod")));
    QVERIFY(m_emulator->workspaceObjectContent(path).has_value());
    QCOMPARE(m_page->messageLabel()->text(), QStringLiteral("Nothing was deleted."));

    // The right name deletes it.
    m_answers.expect<ConfirmByNameDialog>([](ConfirmByNameDialog *dialog) {
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("acme-prod"));
        QVERIFY(dialog->isConfirmEnabled());
        dialog->accept();
    });
    key(Qt::Key_Delete);
    QVERIFY(spinUntil([&] { return !m_page->model()->indexForPath(path).isValid(); }));
    QVERIFY(!m_emulator->workspaceObjectContent(path).has_value());

    // A move deletes the original: on prod it asks for the name; cancelled, nothing moves.
    const QString sessionize = kHome + QStringLiteral("/Sessionize");
    const QString moved = kHome + QStringLiteral("/Sessionize v2");
    reveal(sessionize);
    QString moveWarning;
    m_answers.expect<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral("Sessionize v2"));
        dialog->accept();
    });
    m_answers.expect<ConfirmByNameDialog>([&](ConfirmByNameDialog *dialog) {
        moveWarning = dialog->findChild<QLabel *>()->text();
        dialog->reject();
    });
    key(Qt::Key_F2);
    QVERIFY(spinUntil([&] { return m_answers.isIdle(); }));
    QVERIFY2(moveWarning.contains(QStringLiteral("Move %1 to %2").arg(sessionize, moved)),
             qPrintable(moveWarning));
    QVERIFY(m_emulator->workspaceObjectContent(sessionize).has_value());
    QVERIFY(!m_emulator->workspaceObjectContent(moved).has_value());
    // With the name typed, it moves.
    m_answers.expect<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral("Sessionize v2"));
        dialog->accept();
    });
    m_answers.expect<ConfirmByNameDialog>([](ConfirmByNameDialog *dialog) {
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("acme-prod"));
        dialog->accept();
    });
    key(Qt::Key_F2);
    QVERIFY(spinUntil([&] { return m_page->currentObject().path == moved; }));
    QVERIFY(!m_emulator->workspaceObjectContent(sessionize).has_value());

    // Overwriting on prod asks for the name too.
    const QString file = m_dir->filePath(QStringLiteral("Forecast.r"));
    QVERIFY(writeFile(file, "# Databricks notebook source\nprint(1)\n"));
    QSignalSpy finished(m_page.get(), &WorkspaceBrowserPage::importFinished);
    m_answers.expect<ConfirmByNameDialog>([](ConfirmByNameDialog *dialog) { dialog->reject(); });
    m_page->importFile(file, kHome);
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(finished.first().at(1).toBool(), false);
}

void TestWorkspacePage::copyPathRefreshAndFilter()
{
    connectPage();
    const QString path = kHome + QStringLiteral("/Sessionize");
    reveal(path);
    QGuiApplication::clipboard()->clear();
    key(Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), path);
    QCOMPARE(m_page->messageLabel()->text(), QStringLiteral("Copied %1").arg(path));

    // F5 on a notebook lists its folder again: a notebook someone else made appears.
    QVERIFY(m_emulator->setWorkspaceNotebook(kHome + QStringLiteral("/Arrived"), "print(1)\n",
                                             QStringLiteral("PYTHON")));
    QSignalSpy reset(m_page->model(), &QAbstractItemModel::modelReset);
    key(Qt::Key_F5);
    QVERIFY(spinUntil([&] {
        return m_page->model()->indexForPath(kHome + QStringLiteral("/Arrived")).isValid();
    }));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_page->currentObject().path, path); // the selection stays

    // The filter shows matches among loaded names, their folders opened.
    QTreeView *tree = m_page->treeView();
    tree->collapseAll();
    key(Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_page->filterEdit()->hasFocus());
    QTest::keyClicks(m_page->filterEdit(), QStringLiteral("revenue"));
    QAbstractItemModel *view = tree->model();
    QCOMPARE(view->rowCount(), 1);
    const QModelIndex users = view->index(0, 0);
    QCOMPARE(users.data().toString(), QStringLiteral("Users"));
    QVERIFY(tree->isExpanded(users));
    const QModelIndex home = view->index(0, 0, users);
    QVERIFY(tree->isExpanded(home));
    QCOMPARE(view->rowCount(home), 2);
    QCOMPARE(view->index(0, 0, home).data().toString(), QStringLiteral("Daily revenue"));
    QVERIFY2(m_page->countLabel()->text().startsWith(QStringLiteral("2 of ")),
             qPrintable(m_page->countLabel()->text()));
    QVERIFY(m_page->countLabel()->text().endsWith(QStringLiteral("loaded names match “revenue”")));
    m_page->filterEdit()->clear();
    QCOMPARE(view->rowCount(), 3);
}

void TestWorkspacePage::openNotebooksGetOneTabEach()
{
    connectPage();
    QTabWidget *tabs = m_page->sideTabs();
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Details"));
    const QString sessionize = kHome + QStringLiteral("/Sessionize");
    reveal(sessionize);
    key(Qt::Key_Return);
    QCOMPARE(tabs->count(), 2);
    auto *tab = qobject_cast<NotebookEditorTab *>(tabs->currentWidget());
    QVERIFY(tab);
    QCOMPARE(tab->path(), sessionize);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Sessionize"));
    QCOMPARE(tabs->tabToolTip(1), sessionize);
    QVERIFY(spinUntil([&] { return tab->isLoaded(); }));
    QCOMPARE(tab->editor()->toPlainText(),
             QString::fromUtf8(*m_emulator->workspaceObjectContent(sessionize)));
    QCOMPARE(tab->language(), CodeLanguage::Scala);
    // The tree got narrower for the editor: names stay readable, Type gives way first.
    QTreeView *tree = m_page->treeView();
    QVERIFY(tree->width() < tabs->width());
    QCOMPARE(tree->isColumnHidden(WorkspaceTreeModel::TypeColumn), tree->width() < 660);
    QVERIFY(!tree->isColumnHidden(WorkspaceTreeModel::NameColumn));
    QVERIFY(!tree->isColumnHidden(WorkspaceTreeModel::LanguageColumn));
    QVERIFY(tree->columnWidth(WorkspaceTreeModel::NameColumn) >= 150);
    // Keys in the editor are the editor's: Ctrl+F opens its find bar, not the tree's filter.
    tab->editor()->setFocus();
    QTest::keyClick(tab->editor(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(spinUntil([&] { return tab->editor()->findReplaceBar()->isVisible(); }, 2000));
    QVERIFY(!m_page->filterEdit()->hasFocus());
    // Delete in the editor deletes text, not the notebook.
    const int requests = m_emulator->requestCount();
    tab->editor()->setFocus();
    QTest::keyClick(tab->editor(), Qt::Key_Delete);
    QTest::qWait(50);
    QCOMPARE(m_emulator->requestCount(), requests);
    QVERIFY(m_answers.isIdle());
    tab->editor()->document()->undo();
    QVERIFY(!tab->isModified());
    // Opening it again brings its tab forward; no second tab.
    tabs->setCurrentIndex(0);
    reveal(sessionize);
    key(Qt::Key_Return);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentWidget(), tab);
    QCOMPARE(m_page->notebookTab(sessionize), tab);

    // A second notebook, then closed from its tab (nothing to save: no question).
    reveal(kHome + QStringLiteral("/Ingest trips"));
    m_page->openAction()->trigger();
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(m_page->notebookTabs().size(), 2);
    QVERIFY(spinUntil([&] { return m_page->notebookTabs().last()->isLoaded(); }));
    Q_EMIT tabs->tabCloseRequested(2);
    QCOMPARE(tabs->count(), 2);
    // The Details tab cannot be closed.
    Q_EMIT tabs->tabCloseRequested(0);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Details"));

    // An edit shows in the tab's title.
    tab->editor()->moveCursor(QTextCursor::End);
    tab->editor()->insertPlainText(QStringLiteral("\n// edited\n"));
    QVERIFY(tab->isModified());
    QCOMPARE(tabs->tabText(tabs->indexOf(tab)), QStringLiteral("Sessionize ●"));

    // Deleting a notebook closes its tab unless it holds unsaved changes.
    reveal(kHome + QStringLiteral("/Forecast"));
    key(Qt::Key_Return);
    QCOMPARE(tabs->count(), 3);
    QVERIFY(spinUntil([&] { return m_page->notebookTabs().last()->isLoaded(); }));
    reveal(kHome + QStringLiteral("/Forecast"));
    m_answers.expect<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    key(Qt::Key_Delete);
    QVERIFY(spinUntil([&] { return tabs->count() == 2; }));
    QVERIFY(!m_page->notebookTab(kHome + QStringLiteral("/Forecast")));

    // Another page hosts them instead: only the signal.
    QSignalSpy opened(m_page.get(), &WorkspaceBrowserPage::openNotebookRequested);
    m_page->setHostsNotebookTabs(false);
    reveal(kHome + QStringLiteral("/Daily revenue"));
    key(Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(tabs->count(), 2);
    m_page->setHostsNotebookTabs(true);

    // Switching workspace keeps only the notebook with unsaved changes (its text is not lost).
    reveal(kHome + QStringLiteral("/Daily revenue"));
    key(Qt::Key_Return);
    QCOMPARE(tabs->count(), 3);
    QVERIFY(spinUntil([&] { return m_page->notebookTabs().last()->isLoaded(); }));
    m_page->disconnectFrom(QStringLiteral("Switched profile."));
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(m_page->notebookTabs(), QList<NotebookEditorTab *>{tab});
    QVERIFY(tab->editor()->toPlainText().endsWith(QStringLiteral("// edited\n")));
    // Back on the same workspace (a reconnect), the kept tab saves through the new connection,
    // and opening the notebook brings that tab forward.
    connectPage();
    reveal(sessionize);
    key(Qt::Key_Return);
    QCOMPARE(m_page->notebookTabs(), QList<NotebookEditorTab *>{tab});
    QSignalSpy saved(tab, &NotebookEditorTab::saved);
    tab->save();
    QVERIFY(saved.wait(10000));
    QVERIFY(!tab->isModified());
    QVERIFY(m_emulator->workspaceObjectContent(sessionize)->endsWith("// edited\n"));
    tab->editor()->insertPlainText(QStringLiteral("// again\n"));
    m_page->disconnectFrom(QStringLiteral("Switched profile."));
    // Closing all asks about it: Discard closes it.
    m_answers.expect<QMessageBox>(
        [](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    QVERIFY(m_page->closeNotebookTabs());
    QCOMPARE(tabs->count(), 1);
}

void TestWorkspacePage::screenshot()
{
    // With BRICKDESK_WORKSPACE_SCREENSHOT=FILE.png: the page as a user sees it, to look at.
    connectPage();
    reveal(QStringLiteral("/Repos/demo.user@brickdesk.example/etl-pipelines/README.md"));
    reveal(QStringLiteral("/Shared/Team reports/Weekly KPIs"));
    reveal(kHome + QStringLiteral("/Daily revenue"));
    waitIdle();
    m_page->treeView()->setFocus();
    const QString file = qEnvironmentVariable("BRICKDESK_WORKSPACE_SCREENSHOT");
    const QPixmap picture = m_page->grab();
    QVERIFY(!picture.isNull());
    QCOMPARE(picture.size(), m_page->size());
    if (file.isEmpty())
        return;
    QVERIFY(picture.save(file));
    // A folder being listed, one that failed, and the filter: each beside the first picture.
    const QString stem = file.chopped(4);
    m_emulator->setLatencyMs(2000);
    m_page->treeView()->expand(m_page->proxy()->mapFromSource(
        m_page->model()->indexForPath(kHome + QStringLiteral("/Scratch"))));
    QTest::qWait(50);
    QVERIFY(m_page->grab().save(stem + QStringLiteral("-loading.png")));
    m_emulator->setLatencyMs(0);
    waitIdle();
    m_emulator->failNextRequests(1, 403, "PERMISSION_DENIED");
    m_page->treeView()->expand(m_page->proxy()->mapFromSource(
        m_page->model()->indexForPath(QStringLiteral("/Shared/ml"))));
    waitIdle();
    QVERIFY(m_page->grab().save(stem + QStringLiteral("-error.png")));
    m_page->filterEdit()->setText(QStringLiteral("revenue"));
    QVERIFY(m_page->grab().save(stem + QStringLiteral("-filter.png")));
    m_page->filterEdit()->clear();
    reveal(kHome + QStringLiteral("/Ingest trips"));
    key(Qt::Key_Return);
    auto *tab = qobject_cast<NotebookEditorTab *>(m_page->sideTabs()->currentWidget());
    QVERIFY(tab);
    QVERIFY(spinUntil([&] { return tab->isLoaded(); }));
    QVERIFY(m_page->grab().save(stem + QStringLiteral("-notebook.png")));
}

QTEST_MAIN(TestWorkspacePage)
#include "tst_workspacepage.moc"
