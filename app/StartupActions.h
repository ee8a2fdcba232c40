#pragma once

#include <QObject>
#include <QString>

namespace brickdesk {

class MainWindow;

// What the command line asks for once the workspace is connected: a notebook to open
// (--open-notebook PATH), SQL to run (--run-sql TEXT) and a Delta table (--open-delta PATH). Says
// when all of it is done, so that
// --screenshot shows the notebook and the result rather than a page still loading.
class StartupActions : public QObject
{
    Q_OBJECT

public:
    StartupActions(MainWindow *window, QString notebookPath, QString sql,
                   QObject *parent = nullptr);
    // --open-delta PATH: the Delta table tab of a DBFS table, with its history read.
    void setDeltaTable(const QString &dbfsPath) { m_deltaTable = dbfsPath; }

    bool isEmpty() const
    {
        return m_notebookPath.isEmpty() && m_sql.isEmpty() && m_deltaTable.isEmpty();
    }
    // Call when the window's pages have settled; done() follows when every action has finished.
    void run();

Q_SIGNALS:
    void done();

private:
    void finishOne();

    MainWindow *m_window;
    QString m_notebookPath;
    QString m_sql;
    QString m_deltaTable;
    int m_pending = 0;
    bool m_started = false;
};

} // namespace brickdesk
