#include "StartupActions.h"

#include "CodeEditor.h"
#include "DbfsPage.h"
#include "DbfsPath.h"
#include "DeltaHistory.h"
#include "DeltaTablePage.h"
#include "MainWindow.h"
#include "NotebookEditorTab.h"
#include "SqlEditorPage.h"
#include "WorkspaceBrowserPage.h"

#include <cstdio>
#include <memory>

namespace brickdesk {

StartupActions::StartupActions(MainWindow *window, QString notebookPath, QString sql,
                               QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_notebookPath(std::move(notebookPath))
    , m_sql(std::move(sql))
{}

void StartupActions::finishOne()
{
    if (--m_pending == 0)
        Q_EMIT done();
}

void StartupActions::run()
{
    if (m_started)
        return;
    m_started = true;
    m_pending = 1; // held until everything below has started
    if (!m_notebookPath.isEmpty()) {
        WorkspaceBrowserPage *page = m_window->workspacePage();
        ++m_pending;
        WorkspaceObject notebook;
        notebook.path = m_notebookPath;
        notebook.type = WorkspaceObjectType::Notebook;
        page->selectPath(m_notebookPath);
        page->openObject(notebook);
        if (NotebookEditorTab *tab = page->notebookTab(m_notebookPath)) {
            if (tab->isLoaded()) {
                finishOne();
            } else {
                connect(tab, &NotebookEditorTab::loaded, this, &StartupActions::finishOne,
                        Qt::SingleShotConnection);
            }
        } else {
            std::fprintf(stderr, "brickdesk: could not open notebook %s\n",
                         qPrintable(m_notebookPath));
            finishOne();
        }
    }
    if (!m_sql.isEmpty()) {
        SqlEditorPage *page = m_window->sqlPage();
        ++m_pending;
        page->editor()->replaceText(m_sql);
        connect(page, &SqlEditorPage::statementFinished, this, &StartupActions::finishOne,
                Qt::SingleShotConnection);
        page->runAll();
        if (!page->isRunning()) { // refused before it started (no warehouse ...)
            std::fprintf(stderr, "brickdesk: could not run the SQL given with --run-sql\n");
            disconnect(page, &SqlEditorPage::statementFinished, this, nullptr);
            finishOne();
        }
    }
    if (!m_deltaTable.isEmpty()) {
        QString error;
        const std::optional<QString> path = dbfspath::normalize(m_deltaTable, &error);
        DbfsPage *page = m_window->dbfsPage();
        m_window->openSection(MainWindow::Section::Dbfs);
        DeltaTablePage *delta = path ? page->openDeltaTable(*path) : nullptr;
        if (!delta) {
            std::fprintf(stderr, "brickdesk: could not open the Delta table %s\n",
                         qPrintable(m_deltaTable));
        } else {
            ++m_pending;
            DeltaHistory *history = delta->history();
            // Done once the first rows are read (or the log failed), or when the tab goes away.
            auto finished = std::make_shared<bool>(false);
            const auto finishOnce = [this, finished] {
                if (*finished)
                    return;
                *finished = true;
                finishOne();
            };
            connect(history, &DeltaHistory::busyChanged, this, [history, finishOnce](bool busy) {
                if (!busy && (history->isOpen() || !history->openError().isEmpty()))
                    finishOnce();
            });
            connect(delta, &QObject::destroyed, this, finishOnce);
        }
    }
    finishOne();
}

} // namespace brickdesk
