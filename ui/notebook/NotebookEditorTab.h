#pragma once

#include "ApiError.h"
#include "Profile.h"
#include "SaveConflictDialog.h"
#include "WorkspaceObject.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace brickdesk {

class CodeEditor;
class NotebookFile;
class WorkspaceClient;

// One workspace notebook opened for editing, as a tab: loads its source (a busy state, then the
// text; a failed load says why, with Retry), shows it in a CodeEditor in notebook mode beside an
// outline of its cells (number, title or first line, language; click to jump; follows edits),
// and saves it back. Toolbar: Save (Ctrl+S), Reload, Find (Ctrl+F), Go to line (Ctrl+G), Copy
// path. The status line says the language, the cursor's line and column and its cell.
//
// Saving checks for a change made in the workspace meanwhile and then opens SaveConflictDialog
// (overwrite with mine / take theirs / cancel). A failed save shows the workspace's message and
// keeps the text and the modified state. On a prod profile a save asks for the profile name
// first. A notebook whose language the workspace does not name (Plain) opens read-only.
//
// The hosting tab widget shows title() (the name, with " ●" while modified) and asks canClose()
// before closing the tab.
class NotebookEditorTab : public QWidget
{
    Q_OBJECT

public:
    NotebookEditorTab(WorkspaceClient *client, const WorkspaceObject &notebook,
                      const Profile &profile, QWidget *parent = nullptr);
    ~NotebookEditorTab() override;

    QString path() const { return m_notebook.path; }
    const Profile &profile() const { return m_profile; }
    // After a reconnect to the same workspace: saving goes through the new client (null: not
    // connected; the text stays and can be copied).
    void setClient(WorkspaceClient *client);
    QString title() const;
    bool isModified() const;
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const;
    bool isReadOnly() const { return m_readOnly; }
    CodeLanguage language() const;

    // True when the tab may close now. With unsaved changes it asks Save / Discard / Cancel:
    // Discard → true; Cancel → false; Save → false, the save starts, and closeRequested() follows
    // once it succeeded.
    bool canClose();

    void save();   // asks for the profile name on prod; conflicts open SaveConflictDialog
    void reload(); // asks first when there are unsaved changes (the reload is undoable)
    void copyPath();
    void jumpToCell(int index); // 0-based

    CodeEditor *editor() const { return m_editor; }
    QTreeWidget *outline() const { return m_outline; }
    QString messageText() const; // the message bar's text; empty when it is hidden
    QPushButton *retryButton() const { return m_retry; } // on the load-error page
    QString statusText() const; // "Python notebook · Ln 3, Col 1 · Cell 2 of 5 · …"
    SaveConflictDialog *conflictDialog() const { return m_conflictDialog; } // while one is open
    QAction *saveAction() const { return m_save; }
    QAction *reloadAction() const { return m_reload; }
    QAction *findAction() const;
    QAction *goToLineAction() const;
    QAction *copyPathAction() const { return m_copyPath; }

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void titleChanged(const QString &title);
    void loaded();
    void saved();
    // A save started by canClose() succeeded: the host may close the tab now.
    void closeRequested();
    void statusMessage(const QString &text);

private:
    enum class LoadMode
    {
        Initial, // setPlainText: no undo history yet
        Replace, // reload or take theirs: one undoable replacement
    };

    void buildUi();
    void startLoad(LoadMode mode);
    void onLoaded(const QString &text);
    void onLoadFailed(const ApiError &error);
    void startSave();
    void onSaved();
    void onSaveFailed(const ApiError &error);
    void onConflict(const QString &remoteText, const QDateTime &remoteModifiedAt);
    void takeTheirs();
    void showMessage(const QString &text, bool error);
    void hideMessage();
    void rebuildOutline();
    void syncOutlineToCursor();
    void updateStatus();
    void updateActions();
    void setStateText(const QString &text);

    WorkspaceObject m_notebook;
    Profile m_profile;
    NotebookFile *m_file;
    CodeEditor *m_editor;
    QTreeWidget *m_outline;
    QStackedWidget *m_pages;
    QWidget *m_busyPage;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    QWidget *m_errorPage;
    QLabel *m_errorLabel;
    QPushButton *m_retry;
    QSplitter *m_splitter;
    QWidget *m_messageBar;
    QLabel *m_message;
    QLabel *m_languageLabel;
    QLabel *m_positionLabel;
    QLabel *m_cellLabel;
    QLabel *m_stateLabel;
    QToolBar *m_toolBar;
    QAction *m_save = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_copyPath = nullptr;
    QPointer<SaveConflictDialog> m_conflictDialog;
    LoadMode m_loadMode = LoadMode::Initial;
    QString m_savingText;
    bool m_loaded = false;
    bool m_readOnly = false;
    bool m_closeAfterSave = false;
};

} // namespace brickdesk
