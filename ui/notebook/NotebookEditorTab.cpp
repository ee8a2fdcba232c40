#include "NotebookEditorTab.h"

#include "CodeEditor.h"
#include "ConfirmByNameDialog.h"
#include "NotebookFile.h"
#include "NotebookSource.h"
#include "PageAction.h"
#include "SaveConflictDialog.h"
#include "SyntaxHighlighting.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace brickdesk {

namespace {

constexpr int kSummaryLength = 80;

// What the outline says about a cell: its title, else its first line of code (without the
// magic command, and without a Markdown heading's #s).
QString cellSummary(const QStringList &lines, const NotebookCell &cell)
{
    if (!cell.title.isEmpty())
        return cell.title;
    const QStringList code = notebookSource::splitLines(notebookSource::cellCode(lines, cell));
    const QString magic = QLatin1Char('%') + cell.magic;
    for (const QString &raw : code) {
        QString line = raw.trimmed();
        if (!cell.magic.isEmpty() && line.startsWith(magic, Qt::CaseInsensitive))
            line = line.mid(magic.size()).trimmed();
        if (cell.language == CodeLanguage::Markdown) {
            while (line.startsWith(QLatin1Char('#')))
                line.remove(0, 1);
            line = line.trimmed();
        }
        if (line.isEmpty())
            continue;
        if (line.size() > kSummaryLength)
            line = line.left(kSummaryLength - 1) + QChar(0x2026);
        return line;
    }
    return QCoreApplication::translate("NotebookEditorTab", "(empty)");
}

QString cellLanguageText(const NotebookCell &cell)
{
    if (cell.language == CodeLanguage::Plain && !cell.magic.isEmpty())
        return QLatin1Char('%') + cell.magic;
    return codeLanguageName(cell.language);
}

QLabel *statusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

NotebookEditorTab::NotebookEditorTab(WorkspaceClient *client, const WorkspaceObject &notebook,
                                     const Profile &profile, QWidget *parent)
    : QWidget(parent)
    , m_notebook(notebook)
    , m_profile(profile)
    , m_file(new NotebookFile(client, notebook, this))
    , m_editor(new CodeEditor(this))
    , m_outline(new QTreeWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_busyPage(new QWidget(this))
    , m_busyLabel(new QLabel(m_busyPage))
    , m_busyBar(new QProgressBar(m_busyPage))
    , m_errorPage(new QWidget(this))
    , m_errorLabel(new QLabel(m_errorPage))
    , m_retry(new QPushButton(tr("Retry"), m_errorPage))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_messageBar(new QWidget(this))
    , m_message(new QLabel(m_messageBar))
    , m_languageLabel(statusLabel(this))
    , m_positionLabel(statusLabel(this))
    , m_cellLabel(statusLabel(this))
    , m_stateLabel(statusLabel(this))
    , m_toolBar(new QToolBar(this))
{
    buildUi();

    connect(m_file, &NotebookFile::loaded, this, &NotebookEditorTab::onLoaded);
    connect(m_file, &NotebookFile::loadFailed, this, &NotebookEditorTab::onLoadFailed);
    connect(m_file, &NotebookFile::saved, this, &NotebookEditorTab::onSaved);
    connect(m_file, &NotebookFile::saveFailed, this, &NotebookEditorTab::onSaveFailed);
    connect(m_file, &NotebookFile::conflict, this, &NotebookEditorTab::onConflict);
    connect(m_file, &NotebookFile::busyChanged, this, &NotebookEditorTab::updateActions);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        updateActions();
        Q_EMIT modifiedChanged(modified);
        Q_EMIT titleChanged(title());
    });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        updateStatus();
        syncOutlineToCursor();
    });
    connect(m_editor, &CodeEditor::notebookOutlineChanged, this, [this] {
        rebuildOutline();
        updateStatus();
    });

    startLoad(LoadMode::Initial);
}

NotebookEditorTab::~NotebookEditorTab()
{
    m_file->cancel();
}

void NotebookEditorTab::buildUi()
{
    setAccessibleName(tr("Notebook %1").arg(m_notebook.path));

    m_save = makePageAction(this, tr("Save"), QKeySequence::Save, tr("Save to the workspace"),
                            "document-save");
    m_reload = makePageAction(this, tr("Reload"), QKeySequence(),
                              tr("Load the workspace's version again"), "view-refresh");
    m_copyPath = makePageAction(this, tr("Copy path"), QKeySequence(),
                                tr("Copy the notebook's workspace path"), "edit-copy");
    connect(m_save, &QAction::triggered, this, &NotebookEditorTab::save);
    connect(m_reload, &QAction::triggered, this, &NotebookEditorTab::reload);
    connect(m_copyPath, &QAction::triggered, this, &NotebookEditorTab::copyPath);
    // The editor's own Find and Go to line, so their shortcuts also work from the outline.
    addAction(m_editor->findAction());
    addAction(m_editor->goToLineAction());
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addAction(m_save);
    m_toolBar->addAction(m_reload);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_editor->findAction());
    m_toolBar->addAction(m_editor->goToLineAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_copyPath);

    // The message bar: what went wrong (or what to know), word for word, until closed.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *closeMessage = new QToolButton(m_messageBar);
    closeMessage->setText(QStringLiteral("\u2715"));
    closeMessage->setToolTip(tr("Close"));
    closeMessage->setAutoRaise(true);
    connect(closeMessage, &QToolButton::clicked, this, &NotebookEditorTab::hideMessage);
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->setContentsMargins(8, 4, 4, 4);
    messageLayout->addWidget(m_message, 1);
    messageLayout->addWidget(closeMessage, 0, Qt::AlignTop);
    m_messageBar->setAutoFillBackground(true);
    m_messageBar->hide();

    // Busy and load-error pages.
    m_busyLabel->setTextFormat(Qt::PlainText);
    m_busyLabel->setAlignment(Qt::AlignCenter);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(240);
    auto *busyLayout = new QVBoxLayout(m_busyPage);
    busyLayout->addStretch(1);
    busyLayout->addWidget(m_busyLabel, 0, Qt::AlignHCenter);
    busyLayout->addWidget(m_busyBar, 0, Qt::AlignHCenter);
    busyLayout->addStretch(2);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_retry, &QPushButton::clicked, this, [this] { startLoad(LoadMode::Initial); });
    auto *errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->addStretch(1);
    errorLayout->addWidget(m_errorLabel);
    errorLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    errorLayout->addStretch(2);

    // The outline of cells beside the editor.
    m_outline->setColumnCount(3);
    m_outline->setHeaderLabels({tr("#"), tr("Cell"), tr("Language")});
    m_outline->setRootIsDecorated(false);
    m_outline->setUniformRowHeights(true);
    m_outline->setAllColumnsShowFocus(true);
    m_outline->setAccessibleName(tr("Cells"));
    m_outline->header()->setStretchLastSection(false);
    m_outline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_outline->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_outline->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_outline->setMinimumWidth(180);
    const auto jump = [this](QTreeWidgetItem *item) {
        jumpToCell(m_outline->indexOfTopLevelItem(item));
    };
    connect(m_outline, &QTreeWidget::itemClicked, this, jump);
    connect(m_outline, &QTreeWidget::itemActivated, this, jump);
    m_splitter->addWidget(m_outline);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 900});
    m_splitter->setChildrenCollapsible(false);

    m_pages->addWidget(m_busyPage);
    m_pages->addWidget(m_errorPage);
    m_pages->addWidget(m_splitter);

    auto *status = new QHBoxLayout;
    status->setContentsMargins(8, 2, 8, 4);
    status->setSpacing(18);
    status->addWidget(m_languageLabel);
    status->addWidget(m_positionLabel);
    status->addWidget(m_cellLabel);
    status->addStretch(1);
    status->addWidget(m_stateLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_pages, 1);
    layout->addLayout(status);
    updateActions();
}

QString NotebookEditorTab::title() const
{
    return isModified() ? tr("%1 ●").arg(m_notebook.name()) : m_notebook.name();
}

bool NotebookEditorTab::isModified() const
{
    return m_editor->document()->isModified();
}

bool NotebookEditorTab::isBusy() const
{
    return m_file->isBusy();
}

CodeLanguage NotebookEditorTab::language() const
{
    return m_editor->language();
}

QAction *NotebookEditorTab::findAction() const
{
    return m_editor->findAction();
}

QAction *NotebookEditorTab::goToLineAction() const
{
    return m_editor->goToLineAction();
}

void NotebookEditorTab::startLoad(LoadMode mode)
{
    m_loadMode = m_loaded ? mode : LoadMode::Initial;
    hideMessage();
    if (m_loadMode == LoadMode::Initial) {
        m_busyLabel->setText(tr("Loading %1…").arg(m_notebook.path));
        m_pages->setCurrentWidget(m_busyPage);
    } else {
        m_editor->setReadOnly(true); // nothing typed now could be kept
        setStateText(tr("Loading…"));
    }
    m_file->load();
    updateActions();
}

void NotebookEditorTab::onLoaded(const QString &text)
{
    const CodeLanguage saved = m_file->language();
    m_readOnly = saved == CodeLanguage::Plain;
    const CodeLanguage shown =
        m_readOnly ? notebookSource::languageOfHeader(text, CodeLanguage::Plain) : saved;
    m_editor->setLanguage(shown);
    m_editor->setNotebookMode(true);
    if (m_loadMode == LoadMode::Initial) {
        m_editor->setPlainText(text);
    } else if (m_editor->text() != text) {
        m_editor->replaceText(text); // undoable: Ctrl+Z brings back what was there
    }
    m_editor->document()->setModified(false);
    m_editor->setReadOnly(m_readOnly);
    m_editor->refreshNotebookOutline();
    m_pages->setCurrentWidget(m_splitter);
    const bool first = !m_loaded;
    m_loaded = true;
    if (first) {
        m_editor->moveCursor(QTextCursor::Start);
        m_editor->setFocus();
    }
    if (m_readOnly)
        showMessage(tr("Brickdesk cannot save a notebook in this language: it is shown "
                       "read-only."),
                    false);
    setStateText(first ? QString()
                       : tr("Loaded from the workspace at %1")
                             .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    updateActions();
    updateStatus();
    Q_EMIT titleChanged(title());
    Q_EMIT loaded();
}

void NotebookEditorTab::onLoadFailed(const ApiError &error)
{
    if (!m_loaded) {
        m_errorLabel->setText(tr("Could not open %1:\n%2").arg(m_notebook.path, error.summary()));
        m_pages->setCurrentWidget(m_errorPage);
    } else {
        m_editor->setReadOnly(m_readOnly);
        setStateText(QString());
        showMessage(tr("Could not load %1: %2").arg(m_notebook.path, error.summary()), true);
    }
    updateActions();
}

void NotebookEditorTab::save()
{
    if (!m_loaded || m_readOnly || m_file->isBusy())
        return;
    if (!m_profile.isProd()) {
        startSave();
        return;
    }
    auto *confirm = new ConfirmByNameDialog(
        tr("Saving changes to %1 in PROD workspace %2").arg(m_notebook.path, m_profile.name),
        m_profile.name, this);
    confirm->setConfirmText(tr("Save"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QDialog::accepted, this, &NotebookEditorTab::startSave);
    connect(confirm, &QDialog::rejected, this, [this] {
        m_closeAfterSave = false;
        setStateText(tr("Not saved"));
    });
    confirm->open();
}

void NotebookEditorTab::startSave()
{
    if (!m_loaded || m_readOnly || m_file->isBusy())
        return;
    m_savingText = m_editor->text();
    hideMessage();
    setStateText(tr("Saving…"));
    m_file->save(m_savingText);
    updateActions();
}

void NotebookEditorTab::onSaved()
{
    // Typing during the save keeps the tab modified: what is in the editor now is not saved.
    if (m_editor->text() == m_savingText)
        m_editor->document()->setModified(false);
    setStateText(
        tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    updateActions();
    Q_EMIT statusMessage(tr("Saved %1").arg(m_notebook.path));
    Q_EMIT saved();
    if (m_closeAfterSave) {
        // Closing waits for the text the user asked to keep: edits typed while an earlier save
        // ran are saved first.
        if (m_editor->text() != m_savingText) {
            save();
            return;
        }
        m_closeAfterSave = false;
        Q_EMIT closeRequested();
    }
}

void NotebookEditorTab::onSaveFailed(const ApiError &error)
{
    m_closeAfterSave = false;
    setStateText(tr("Not saved"));
    showMessage(tr("Could not save %1: %2").arg(m_notebook.path, error.summary()), true);
    updateActions();
}

void NotebookEditorTab::onConflict(const QString &remoteText, const QDateTime &remoteModifiedAt)
{
    setStateText(tr("Not saved: changed in the workspace"));
    auto *dialog =
        new SaveConflictDialog(m_notebook.path, remoteText, m_savingText, remoteModifiedAt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictDialog = dialog;
    connect(dialog, &SaveConflictDialog::chosen, this, [this](SaveConflictDialog::Choice choice) {
        m_conflictDialog = nullptr; // answered: it closes and goes
        switch (choice) {
        case SaveConflictDialog::Choice::OverwriteWithMine:
            m_savingText = m_editor->text();
            setStateText(tr("Saving…"));
            m_file->saveOverwriting(m_savingText);
            break;
        case SaveConflictDialog::Choice::TakeTheirs:
            m_closeAfterSave = false;
            // Asked once this dialog has closed, so the question is not stacked on it.
            QTimer::singleShot(0, this, &NotebookEditorTab::takeTheirs);
            break;
        case SaveConflictDialog::Choice::Cancel:
            m_closeAfterSave = false;
            showMessage(tr("Not saved: %1 was changed in the workspace. Your text is as you left "
                           "it; save again to compare once more.")
                            .arg(m_notebook.path),
                        false);
            break;
        }
        updateActions();
    });
    dialog->open();
}

void NotebookEditorTab::takeTheirs()
{
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Take the workspace's version"),
        tr("Replace your text with the workspace's version of %1?").arg(m_notebook.path),
        QMessageBox::NoButton, this);
    box->setInformativeText(tr("Undo (Ctrl+Z) brings your text back."));
    QPushButton *replace = box->addButton(tr("Replace my text"), QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, replace] {
        if (box->clickedButton() == replace)
            startLoad(LoadMode::Replace);
    });
    box->open();
}

void NotebookEditorTab::reload()
{
    if (m_file->isBusy())
        return;
    if (!m_loaded || !isModified()) {
        startLoad(LoadMode::Replace);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Reload notebook"),
        tr("Discard your changes to %1 and load the workspace's version?").arg(m_notebook.path),
        QMessageBox::NoButton, this);
    box->setInformativeText(tr("Undo (Ctrl+Z) brings your text back."));
    QPushButton *discard = box->addButton(tr("Reload"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, discard] {
        if (box->clickedButton() == discard)
            startLoad(LoadMode::Replace);
    });
    box->open();
}

void NotebookEditorTab::setClient(WorkspaceClient *client)
{
    m_file->setClient(client);
    m_closeAfterSave = false;
    updateActions();
}

bool NotebookEditorTab::canClose()
{
    if (!m_loaded || !isModified())
        return true;
    QMessageBox box(
        QMessageBox::Warning, tr("Unsaved changes"),
        tr("%1 has changes that are not saved to the workspace.").arg(m_notebook.name()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Save them before closing?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        m_closeAfterSave = true;
        save();
        return false;
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void NotebookEditorTab::copyPath()
{
    QGuiApplication::clipboard()->setText(m_notebook.path);
    setStateText(tr("Path copied"));
    Q_EMIT statusMessage(tr("Copied %1").arg(m_notebook.path));
}

void NotebookEditorTab::jumpToCell(int index)
{
    const QList<NotebookCell> &cells = m_editor->notebookOutline().cells;
    if (index < 0 || index >= cells.size())
        return;
    const NotebookCell &cell = cells.at(index);
    int line = cell.firstLine;
    for (int i = cell.firstLine; i < cell.firstLine + cell.lineCount; ++i) {
        if (!m_editor->document()->findBlockByNumber(i).text().trimmed().isEmpty()) {
            line = i;
            break;
        }
    }
    m_editor->goToLine(line + 1);
}

void NotebookEditorTab::rebuildOutline()
{
    const QList<NotebookCell> &cells = m_editor->notebookOutline().cells;
    const QStringList lines = notebookSource::splitLines(m_editor->text());
    while (m_outline->topLevelItemCount() > cells.size())
        delete m_outline->takeTopLevelItem(m_outline->topLevelItemCount() - 1);
    while (m_outline->topLevelItemCount() < cells.size())
        m_outline->addTopLevelItem(new QTreeWidgetItem);
    for (int i = 0; i < cells.size(); ++i) {
        QTreeWidgetItem *item = m_outline->topLevelItem(i);
        const QString summary = cellSummary(lines, cells.at(i));
        item->setText(0, QString::number(i + 1));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(1, summary);
        item->setToolTip(1, summary);
        item->setText(2, cellLanguageText(cells.at(i)));
        QFont font = item->font(1);
        font.setBold(!cells.at(i).title.isEmpty());
        item->setFont(1, font);
    }
    syncOutlineToCursor();
}

void NotebookEditorTab::syncOutlineToCursor()
{
    const int cell = m_editor->cellIndexAtLine(m_editor->cursorLine() - 1);
    if (cell < 0 || cell >= m_outline->topLevelItemCount())
        return;
    const QSignalBlocker blocker(m_outline);
    m_outline->setCurrentItem(m_outline->topLevelItem(cell));
}

void NotebookEditorTab::updateStatus()
{
    if (!m_loaded) {
        m_languageLabel->clear();
        m_positionLabel->clear();
        m_cellLabel->clear();
        return;
    }
    const QString languageText = tr("%1 notebook").arg(codeLanguageName(language()));
    m_languageLabel->setText(m_readOnly ? tr("%1 (read-only)").arg(languageText) : languageText);
    m_positionLabel->setText(
        tr("Ln %1, Col %2").arg(m_editor->cursorLine()).arg(m_editor->cursorColumn()));
    const int cells = static_cast<int>(m_editor->notebookOutline().cells.size());
    const int cell = m_editor->cellIndexAtLine(m_editor->cursorLine() - 1);
    m_cellLabel->setText(cell >= 0 ? tr("Cell %1 of %2").arg(cell + 1).arg(cells) : QString());
}

QString NotebookEditorTab::statusText() const
{
    QStringList parts;
    for (const QLabel *label : {m_languageLabel, m_positionLabel, m_cellLabel, m_stateLabel}) {
        if (!label->text().isEmpty())
            parts << label->text();
    }
    return parts.join(QStringLiteral(" · "));
}

void NotebookEditorTab::setStateText(const QString &text)
{
    m_stateLabel->setText(text);
}

void NotebookEditorTab::updateActions()
{
    const bool busy = m_file->isBusy();
    m_save->setEnabled(m_loaded && !m_readOnly && !busy && isModified());
    m_reload->setEnabled(!busy);
    m_editor->findAction()->setEnabled(m_loaded);
    m_editor->goToLineAction()->setEnabled(m_loaded);
}

void NotebookEditorTab::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette colours = palette();
    const bool dark = SyntaxHighlighting::isDark(colours);
    if (error) {
        colours.setColor(QPalette::Window,
                         dark ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xfd, 0xe7, 0xe9));
        colours.setColor(QPalette::WindowText,
                         dark ? QColor(0xff, 0xcd, 0xd2) : QColor(0x8e, 0x1b, 0x1b));
    } else {
        colours.setColor(QPalette::Window,
                         dark ? QColor(0x1d, 0x33, 0x4d) : QColor(0xe8, 0xf0, 0xfe));
        colours.setColor(QPalette::WindowText, colours.color(QPalette::Text));
    }
    m_messageBar->setPalette(colours);
    m_messageBar->show();
}

void NotebookEditorTab::hideMessage()
{
    m_messageBar->hide();
    m_message->clear();
}

QString NotebookEditorTab::messageText() const
{
    return m_messageBar->isHidden() ? QString() : m_message->text();
}

} // namespace brickdesk
