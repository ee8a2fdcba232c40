#include "CodeEditor.h"

#include "FindReplaceBar.h"
#include "GoToLineBar.h"
#include "SyntaxHighlighting.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QFontDatabase>
#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <algorithm>

namespace brickdesk {

namespace {

constexpr int kMaxSearchHighlights = 2000;
constexpr int kGutterPadding = 6;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

QColor mix(const QColor &a, const QColor &b, double amountOfB)
{
    return QColor::fromRgbF(
        static_cast<float>(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
        static_cast<float>(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
        static_cast<float>(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

// Where the code of a "# MAGIC ..." line starts (after the one space following MAGIC).
int magicBodyStart(const QString &line)
{
    int pos = line.startsWith(QLatin1String("--")) || line.startsWith(QLatin1String("//")) ? 2 : 1;
    pos += 6; // " MAGIC"
    if (pos < line.size() && line.at(pos) == QLatin1Char(' '))
        ++pos;
    return std::min(pos, static_cast<int>(line.size()));
}

} // namespace

// The strip left of the text: line numbers, and in notebook mode each cell's number.
class CodeEditorGutter : public QWidget
{
public:
    explicit CodeEditorGutter(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {}
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    CodeEditor *m_editor;
};

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new CodeEditorGutter(this))
    , m_findBar(nullptr)
    , m_goToLineBar(nullptr)
    , m_outlineTimer(new QTimer(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * kIndentWidth);
    setAccessibleName(tr("Code editor"));

    m_highlighting = SyntaxHighlighting::create(document(), m_language, m_notebook);
    m_highlighting->setDark(SyntaxHighlighting::isDark(palette()));

    m_findBar = new FindReplaceBar(this);
    m_findBar->hide();
    m_findBar->installEventFilter(this);
    m_goToLineBar = new GoToLineBar(this);
    m_goToLineBar->hide();
    m_goToLineBar->installEventFilter(this);
    // Esc in the bars' fields is theirs (close the bar), not a window shortcut's.
    for (QLineEdit *field : m_findBar->findChildren<QLineEdit *>())
        field->installEventFilter(this);
    for (QLineEdit *field : m_goToLineBar->findChildren<QLineEdit *>())
        field->installEventFilter(this);

    m_outlineTimer->setSingleShot(true);
    m_outlineTimer->setInterval(250);
    connect(m_outlineTimer, &QTimer::timeout, this, &CodeEditor::refreshNotebookOutline);
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        if (m_notebook)
            m_outlineTimer->start();
    });
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateExtraSelections);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &CodeEditor::layoutChrome);

    const auto makeAction = [this](const QString &text, const QKeySequence &shortcut,
                                   const char *icon) {
        auto *action = new QAction(QIcon::fromTheme(QLatin1String(icon)), text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_findAction = makeAction(tr("Find"), QKeySequence::Find, "edit-find");
    m_replaceAction =
        makeAction(tr("Replace"), QKeySequence(Qt::CTRL | Qt::Key_H), "edit-find-replace");
    m_findNextAction = makeAction(tr("Find next"), QKeySequence(Qt::Key_F3), "go-down-search");
    m_findPreviousAction =
        makeAction(tr("Find previous"), QKeySequence(Qt::SHIFT | Qt::Key_F3), "go-up-search");
    m_goToLineAction = makeAction(tr("Go to line"), QKeySequence(Qt::CTRL | Qt::Key_G), "go-jump");
    connect(m_findAction, &QAction::triggered, this, &CodeEditor::showFind);
    connect(m_replaceAction, &QAction::triggered, this, &CodeEditor::showReplace);
    connect(m_findNextAction, &QAction::triggered, this, [this] { findNext(); });
    connect(m_findPreviousAction, &QAction::triggered, this, [this] { findPrevious(); });
    connect(m_goToLineAction, &QAction::triggered, this, &CodeEditor::showGoToLine);

    updateGutterWidth();
    updateExtraSelections();
}

CodeEditor::~CodeEditor()
{
    // The highlighter goes before the document it formats.
    m_highlighting.reset();
}

QString CodeEditor::text() const
{
    QString raw = document()->toRawText();
    raw.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return raw;
}

void CodeEditor::replaceText(const QString &text)
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
}

void CodeEditor::setLanguage(CodeLanguage language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_highlighting->setLanguage(m_language, m_notebook);
    if (m_notebook)
        refreshNotebookOutline();
}

void CodeEditor::setNotebookMode(bool notebook)
{
    if (notebook == m_notebook)
        return;
    m_notebook = notebook;
    m_highlighting->setLanguage(m_language, m_notebook);
    refreshNotebookOutline();
    viewport()->update();
}

void CodeEditor::refreshNotebookOutline()
{
    m_outlineTimer->stop();
    m_cellStarts.clear();
    m_badgeLines.clear();
    if (m_notebook) {
        m_outline = notebookSource::parse(text(), m_language);
        for (qsizetype i = 0; i < m_outline.cells.size(); ++i) {
            const int first = m_outline.cells.at(i).firstLine;
            m_cellStarts.append(i == 0 ? 0 : first - 1);
            m_badgeLines.append(i == 0 ? first : first - 1);
        }
    } else {
        m_outline = NotebookOutline();
    }
    updateGutterWidth();
    m_gutter->update();
    Q_EMIT notebookOutlineChanged();
}

int CodeEditor::cellIndexAtLine(int line) const
{
    if (!m_notebook || m_cellStarts.isEmpty())
        return -1;
    const auto after = std::upper_bound(m_cellStarts.cbegin(), m_cellStarts.cend(), line);
    return std::max(0, static_cast<int>(after - m_cellStarts.cbegin()) - 1);
}

void CodeEditor::goToLine(int line, int column)
{
    const int lines = document()->blockCount();
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 1, lines) - 1);
    const int offset = std::clamp(column, 1, std::max(1, block.length())) - 1;
    QTextCursor cursor(document());
    cursor.setPosition(block.position() + offset);
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

int CodeEditor::cursorLine() const
{
    return textCursor().blockNumber() + 1;
}

int CodeEditor::cursorColumn() const
{
    return textCursor().positionInBlock() + 1;
}

void CodeEditor::showFind()
{
    m_goToLineBar->hide();
    m_findBar->open(false);
}

void CodeEditor::showReplace()
{
    m_goToLineBar->hide();
    m_findBar->open(true);
}

void CodeEditor::showGoToLine()
{
    m_findBar->dismiss();
    m_goToLineBar->open();
}

bool CodeEditor::findNext()
{
    if (m_findBar->pattern().isEmpty()) {
        showFind();
        return false;
    }
    return m_findBar->findNext();
}

bool CodeEditor::findPrevious()
{
    if (m_findBar->pattern().isEmpty()) {
        showFind();
        return false;
    }
    return m_findBar->findPrevious();
}

void CodeEditor::setCompleter(QCompleter *completer)
{
    if (m_completer)
        disconnect(m_completer, nullptr, this, nullptr);
    m_completer = completer;
    if (!completer)
        return;
    completer->setWidget(this);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            &CodeEditor::insertCompletion);
}

QString CodeEditor::wordBeforeCursor() const
{
    const QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    const int end = cursor.positionInBlock();
    int start = end;
    while (start > 0 && isWordChar(line.at(start - 1)))
        --start;
    return line.mid(start, end - start);
}

void CodeEditor::insertCompletion(const QString &completion)
{
    if (!m_completer || m_completer->widget() != this)
        return;
    QTextCursor cursor = textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor,
                        static_cast<int>(wordBeforeCursor().size()));
    cursor.insertText(completion);
    setTextCursor(cursor);
}

void CodeEditor::updateCompletionPopup(bool forced)
{
    QAbstractItemView *popup = m_completer->popup();
    const QString prefix = wordBeforeCursor();
    if (!forced && prefix.size() < kCompletionPrefixLength) {
        popup->hide();
        return;
    }
    if (prefix != m_completer->completionPrefix())
        m_completer->setCompletionPrefix(prefix);
    const int count = m_completer->completionCount();
    // Nothing to offer, or only what is typed already.
    if (count == 0 ||
        (!forced && count == 1 &&
         m_completer->currentCompletion().compare(prefix, m_completer->caseSensitivity()) == 0)) {
        popup->hide();
        return;
    }
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.translate(viewport()->geometry().topLeft());
    rect.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void CodeEditor::setSearchHighlights(const QList<std::pair<int, int>> &ranges)
{
    m_searchSelections.clear();
    const QColor background =
        SyntaxHighlighting::isDark(palette()) ? QColor(0x6b, 0x5b, 0x1a) : QColor(0xff, 0xec, 0x8a);
    const qsizetype shown = std::min<qsizetype>(ranges.size(), kMaxSearchHighlights);
    for (qsizetype i = 0; i < shown; ++i) {
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(background);
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(ranges.at(i).first);
        selection.cursor.setPosition(ranges.at(i).first + ranges.at(i).second,
                                     QTextCursor::KeepAnchor);
        m_searchSelections.append(selection);
    }
    updateExtraSelections();
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection line;
    QColor background = palette().color(QPalette::Highlight);
    background.setAlpha(SyntaxHighlighting::isDark(palette()) ? 48 : 30);
    line.format.setBackground(background);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections.append(line);
    selections.append(m_searchSelections);
    setExtraSelections(selections);
}

int CodeEditor::gutterWidth() const
{
    int digits = 1;
    for (int lines = std::max(1, document()->blockCount()); lines >= 10; lines /= 10)
        ++digits;
    const QFontMetrics metrics = fontMetrics();
    int width =
        2 * kGutterPadding + metrics.horizontalAdvance(QLatin1Char('9')) * std::max(3, digits);
    if (m_notebook)
        width += metrics.horizontalAdvance(QStringLiteral("99")) + 2 * kGutterPadding;
    return width;
}

void CodeEditor::updateGutterWidth()
{
    layoutChrome();
    m_gutter->update();
}

void CodeEditor::layoutChrome()
{
    QWidget *bar = nullptr;
    if (m_findBar && !m_findBar->isHidden())
        bar = m_findBar;
    else if (m_goToLineBar && !m_goToLineBar->isHidden())
        bar = m_goToLineBar;
    const int top = bar ? bar->sizeHint().height() : 0;
    const int left = gutterWidth();
    if (viewportMargins() != QMargins(left, top, 0, 0))
        setViewportMargins(left, top, 0, 0);
    const QRect area = contentsRect();
    const QRect view = viewport()->geometry();
    m_gutter->setGeometry(area.left(), view.top(), left, view.height());
    if (bar)
        bar->setGeometry(area.left(), area.top(), view.right() + 1 - area.left(), top);
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    layoutChrome();
}

bool CodeEditor::wantsEscape() const
{
    const QAbstractItemView *popup = m_completer ? m_completer->popup() : nullptr;
    return !m_findBar->isHidden() || !m_goToLineBar->isHidden() || (popup && popup->isVisible());
}

bool CodeEditor::event(QEvent *event)
{
    // While a bar or the completion popup is open, Esc closes it: a page's Esc shortcut (cancel a
    // running statement) must not take the key first.
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && wantsEscape()) {
        event->accept();
        return true;
    }
    return QPlainTextEdit::event(event);
}

bool CodeEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && qobject_cast<QLineEdit *>(watched) &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && wantsEscape()) {
        event->accept();
        return true;
    }
    if ((watched == m_findBar || watched == m_goToLineBar) &&
        (event->type() == QEvent::Show || event->type() == QEvent::Hide ||
         event->type() == QEvent::LayoutRequest))
        layoutChrome();
    return QPlainTextEdit::eventFilter(watched, event);
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
    } else if (event->type() == QEvent::FontChange) {
        setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * kIndentWidth);
        updateGutterWidth();
    } else if (event->type() == QEvent::ReadOnlyChange) {
        updateExtraSelections();
    }
}

void CodeEditor::applyTheme()
{
    if (m_highlighting)
        m_highlighting->setDark(SyntaxHighlighting::isDark(palette()));
    updateExtraSelections();
    m_gutter->update();
}

void CodeEditor::focusInEvent(QFocusEvent *event)
{
    if (m_completer)
        m_completer->setWidget(this);
    QPlainTextEdit::focusInEvent(event);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    QAbstractItemView *popup = m_completer ? m_completer->popup() : nullptr;
    if (popup && popup->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer's
            return;
        default:
            break;
        }
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (event->key() == Qt::Key_Space && modifiers == Qt::ControlModifier) {
        if (m_completer)
            updateCompletionPopup(true);
        return;
    }
    if (event->key() == Qt::Key_Escape && modifiers == Qt::NoModifier &&
        (!m_findBar->isHidden() || !m_goToLineBar->isHidden())) {
        m_findBar->dismiss();
        m_goToLineBar->dismiss();
        return;
    }
    if (!handleEditingKey(event))
        QPlainTextEdit::keyPressEvent(event);
    if (!popup)
        return;
    const QString typed = event->text();
    const bool wordTyped =
        !typed.isEmpty() && isWordChar(typed.back()) &&
        !(modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    const bool erased = event->key() == Qt::Key_Backspace && popup->isVisible();
    if (wordTyped || erased)
        updateCompletionPopup(false);
    else if (popup->isVisible() && !typed.isEmpty())
        popup->hide();
}

bool CodeEditor::handleEditingKey(QKeyEvent *event)
{
    if (isReadOnly())
        return false;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    switch (event->key()) {
    case Qt::Key_Tab: {
        if (modifiers != Qt::NoModifier)
            return false;
        QTextCursor cursor = textCursor();
        if (cursor.hasSelection() && document()->findBlock(cursor.selectionStart()) !=
                                         document()->findBlock(cursor.selectionEnd())) {
            indentSelection(true);
            return true;
        }
        const QTextBlock block = document()->findBlock(cursor.selectionStart());
        const int column = cursor.selectionStart() - block.position();
        cursor.insertText(QString(kIndentWidth - column % kIndentWidth, QLatin1Char(' ')));
        setTextCursor(cursor);
        return true;
    }
    case Qt::Key_Backtab:
        indentSelection(false);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return false;
        newLineWithIndent();
        return true;
    case Qt::Key_Backspace:
        return modifiers == Qt::NoModifier && backspaceIndent();
    default:
        return false;
    }
}

void CodeEditor::newLineWithIndent()
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    const QString line = cursor.block().text();
    const int column = cursor.positionInBlock();
    int bodyStart = 0;
    QString prefix;
    if (m_notebook && notebookSource::lineRole(line) == NotebookLineRole::Magic) {
        bodyStart = magicBodyStart(line);
        if (column >= bodyStart) {
            // Keep writing the MAGIC cell: "# MAGIC " again, then the indentation.
            prefix = line.left(bodyStart);
            if (!prefix.endsWith(QLatin1Char(' ')))
                prefix += QLatin1Char(' ');
        } else {
            bodyStart = 0;
        }
    }
    int indentEnd = bodyStart;
    while (indentEnd < column &&
           (line.at(indentEnd) == QLatin1Char(' ') || line.at(indentEnd) == QLatin1Char('\t')))
        ++indentEnd;
    prefix += line.mid(bodyStart, indentEnd - bodyStart);
    const QString inserted = QLatin1Char('\n') + prefix;
    cursor.insertText(inserted);
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
}

void CodeEditor::indentSelection(bool indent)
{
    if (isReadOnly())
        return;
    const QTextCursor current = textCursor();
    const QTextBlock first = document()->findBlock(current.selectionStart());
    QTextBlock last = document()->findBlock(current.selectionEnd());
    // A selection ending at the start of a line leaves that line alone.
    if (current.hasSelection() && last != first && current.selectionEnd() == last.position())
        last = last.previous();
    const bool several = first != last;
    QTextCursor edit(document());
    edit.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        const QString line = block.text();
        if (indent) {
            if (!(several && line.trimmed().isEmpty())) {
                edit.setPosition(block.position());
                edit.insertText(QString(kIndentWidth, QLatin1Char(' ')));
            }
        } else {
            int remove = 0;
            while (remove < kIndentWidth && remove < line.size() &&
                   line.at(remove) == QLatin1Char(' '))
                ++remove;
            if (remove == 0 && line.startsWith(QLatin1Char('\t')))
                remove = 1;
            if (remove > 0) {
                edit.setPosition(block.position());
                edit.setPosition(block.position() + remove, QTextCursor::KeepAnchor);
                edit.removeSelectedText();
            }
        }
        if (block == last)
            break;
    }
    edit.endEditBlock();
    if (several) { // keep the whole lines selected
        QTextCursor selection(document());
        selection.setPosition(first.position());
        selection.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        setTextCursor(selection);
    }
}

bool CodeEditor::backspaceIndent()
{
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return false;
    const int column = cursor.positionInBlock();
    if (column == 0)
        return false;
    const QString before = cursor.block().text().left(column);
    if (!std::all_of(before.cbegin(), before.cend(), [](QChar c) { return c == QLatin1Char(' '); }))
        return false;
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor,
                        (column - 1) % kIndentWidth + 1);
    cursor.removeSelectedText();
    setTextCursor(cursor);
    return true;
}

void CodeEditor::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (!m_notebook)
        return;
    // A thin line over each COMMAND marker: where one cell ends and the next begins.
    QPainter painter(viewport());
    QColor line = palette().color(QPalette::Highlight);
    line.setAlpha(150);
    painter.setPen(QPen(line, 1));
    const QPointF offset = contentOffset();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF bounds = blockBoundingGeometry(block).translated(offset);
        if (bounds.top() > event->rect().bottom())
            break;
        if (block.isVisible() &&
            notebookSource::lineRole(block.text()) == NotebookLineRole::CellMarker) {
            const int y = qRound(bounds.top());
            painter.drawLine(0, y, viewport()->width(), y);
        }
    }
}

void CodeEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette colours = palette();
    const QColor base = colours.color(QPalette::Base);
    const QColor text = colours.color(QPalette::Text);
    painter.fillRect(event->rect(), mix(base, text, 0.04));
    const QColor number = mix(base, text, 0.45);
    QColor accent = colours.color(QPalette::Highlight);
    QColor separator = accent;
    separator.setAlpha(150);

    const int cellColumn =
        m_notebook ? fontMetrics().horizontalAdvance(QStringLiteral("99")) + 2 * kGutterPadding : 0;
    const int lineHeight = fontMetrics().height();
    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int blockNumber = block.blockNumber();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int y = qRound(top);
            QFont font = painter.font();
            font.setBold(blockNumber == current);
            painter.setFont(font);
            painter.setPen(blockNumber == current ? text : number);
            painter.drawText(cellColumn, y, m_gutter->width() - cellColumn - kGutterPadding,
                             lineHeight, Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(blockNumber + 1));
            if (m_notebook) {
                const auto found =
                    std::lower_bound(m_badgeLines.cbegin(), m_badgeLines.cend(), blockNumber);
                if (found != m_badgeLines.cend() && *found == blockNumber) {
                    const int cell = static_cast<int>(found - m_badgeLines.cbegin()) + 1;
                    const QRectF badge(3, y + 1, cellColumn - 6, lineHeight - 2);
                    QPainterPath path;
                    path.addRoundedRect(badge, 4, 4);
                    painter.fillPath(path, accent);
                    QFont small = painter.font();
                    small.setBold(true);
                    painter.setFont(small);
                    painter.setPen(colours.color(QPalette::HighlightedText));
                    painter.drawText(badge, Qt::AlignCenter, QString::number(cell));
                }
                if (notebookSource::lineRole(block.text()) == NotebookLineRole::CellMarker) {
                    painter.setPen(QPen(separator, 1));
                    painter.drawLine(0, y, m_gutter->width(), y);
                }
            }
        }
        block = block.next();
        top += height;
        ++blockNumber;
    }
}

} // namespace brickdesk
