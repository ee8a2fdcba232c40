#include "FindReplaceBar.h"

#include "CodeEditor.h"
#include "SyntaxHighlighting.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringList>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace brickdesk {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// A match is a whole word when it does not continue a word on either side.
bool isWholeWord(const QString &text, int start, int length)
{
    const int end = start + length;
    if (start > 0 && isWordChar(text.at(start - 1)) && isWordChar(text.at(start)))
        return false;
    if (end < text.size() && isWordChar(text.at(end)) && isWordChar(text.at(end - 1)))
        return false;
    return true;
}

QToolButton *makeButton(QWidget *parent, const QString &text, const QString &tip,
                        const char *icon = nullptr)
{
    auto *button = new QToolButton(parent);
    const QIcon themed = icon ? QIcon::fromTheme(QLatin1String(icon)) : QIcon();
    if (themed.isNull()) {
        button->setText(text);
    } else {
        button->setIcon(themed);
        button->setText(text);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

QToolButton *makeToggle(QWidget *parent, const QString &text, const QString &tip)
{
    QToolButton *button = makeButton(parent, text, tip);
    button->setCheckable(true);
    return button;
}

} // namespace

FindReplaceBar::FindReplaceBar(CodeEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_case(makeToggle(this, QStringLiteral("Aa"), tr("Match case")))
    , m_word(makeToggle(this, QStringLiteral("\u2039ab\u203a"), tr("Whole words")))
    , m_regex(makeToggle(this, QStringLiteral(".*"), tr("Regular expression")))
    , m_previous(
          makeButton(this, QStringLiteral("\u2191"), tr("Previous match (Shift+F3)"), "go-up"))
    , m_next(makeButton(this, QStringLiteral("\u2193"), tr("Next match (F3)"), "go-down"))
    , m_close(makeButton(this, QStringLiteral("\u2715"), tr("Close (Esc)"), "window-close"))
    , m_replaceOne(new QPushButton(tr("Replace"), this))
    , m_replaceAll(new QPushButton(tr("Replace all"), this))
    , m_replaceRow(new QWidget(this))
    , m_recount(new QTimer(this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_find->installEventFilter(this);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_replace->setToolTip(tr("With a regular expression, \\1 … \\9 stand for its groups"));
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(tr("10000+ matches")));
    m_status->setTextFormat(Qt::PlainText);
    m_replaceOne->setAutoDefault(false);
    m_replaceAll->setAutoDefault(false);
    m_replaceAll->setToolTip(tr("Replace every match (one undo step)"));

    auto *findRow = new QHBoxLayout;
    findRow->setContentsMargins(0, 0, 0, 0);
    findRow->setSpacing(4);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_status);
    findRow->addWidget(m_case);
    findRow->addWidget(m_word);
    findRow->addWidget(m_regex);
    findRow->addWidget(m_previous);
    findRow->addWidget(m_next);
    findRow->addWidget(m_close);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->setSpacing(4);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(m_replaceOne);
    replaceRow->addWidget(m_replaceAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);
    m_replaceRow->hide();

    m_recount->setSingleShot(true);
    m_recount->setInterval(150);
    connect(m_recount, &QTimer::timeout, this, &FindReplaceBar::updateMatches);
    const auto searchAgain = [this] {
        m_note.clear();
        updateMatches();
        searchFrom(m_anchor);
    };
    connect(m_find, &QLineEdit::textChanged, this, searchAgain);
    connect(m_case, &QToolButton::toggled, this, searchAgain);
    connect(m_word, &QToolButton::toggled, this, searchAgain);
    connect(m_regex, &QToolButton::toggled, this, searchAgain);
    connect(m_previous, &QToolButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindReplaceBar::dismiss);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(m_replaceOne, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
        m_stale = true;
        if (!isHidden() && !m_find->text().isEmpty())
            m_recount->start();
    });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (!isHidden())
            showStatus();
    });
}

void FindReplaceBar::open(bool withReplace)
{
    m_replaceRow->setVisible(withReplace && !m_editor->isReadOnly());
    const QTextCursor cursor = m_editor->textCursor();
    m_anchor = cursor.selectionStart();
    const QString selected = cursor.selectedText();
    show();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)) {
        const QString pattern =
            m_regex->isChecked() ? QRegularExpression::escape(selected) : selected;
        if (pattern != m_find->text())
            m_find->setText(pattern);
    }
    updateMatches();
    m_find->setFocus();
    m_find->selectAll();
}

void FindReplaceBar::dismiss()
{
    m_recount->stop();
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    hide();
    m_editor->setSearchHighlights({});
    if (hadFocus || m_editor->isVisible())
        m_editor->setFocus();
}

bool FindReplaceBar::isReplaceShown() const
{
    return !isHidden() && !m_replaceRow->isHidden();
}

void FindReplaceBar::setPattern(const QString &pattern)
{
    m_find->setText(pattern);
}

QString FindReplaceBar::pattern() const
{
    return m_find->text();
}

void FindReplaceBar::setReplacement(const QString &replacement)
{
    m_replace->setText(replacement);
}

void FindReplaceBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

void FindReplaceBar::setWholeWords(bool on)
{
    m_word->setChecked(on);
}

void FindReplaceBar::setRegularExpression(bool on)
{
    m_regex->setChecked(on);
}

QRegularExpression FindReplaceBar::expression(QString *error) const
{
    const QString typed = m_find->text();
    if (typed.isEmpty())
        return QRegularExpression();
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!m_case->isChecked())
        options |= QRegularExpression::CaseInsensitiveOption;
    QRegularExpression pattern(m_regex->isChecked() ? typed : QRegularExpression::escape(typed),
                               options);
    if (!pattern.isValid()) {
        *error = pattern.errorString();
        return QRegularExpression();
    }
    return pattern;
}

void FindReplaceBar::updateMatches()
{
    m_recount->stop();
    m_stale = false;
    m_matches.clear();
    m_truncated = false;
    m_error.clear();
    QString error;
    const QRegularExpression pattern = expression(&error);
    if (!error.isEmpty()) {
        m_error = error;
    } else if (!pattern.pattern().isEmpty()) {
        const QString text = m_editor->document()->toPlainText();
        QRegularExpressionMatchIterator it = pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const int start = static_cast<int>(match.capturedStart());
            const int length = static_cast<int>(match.capturedLength());
            if (length == 0)
                continue; // "^" or "a*": nothing to select
            if (m_word->isChecked() && !isWholeWord(text, start, length))
                continue;
            if (m_matches.size() >= kMaxMatches) {
                m_truncated = true;
                break;
            }
            m_matches.append({start, length});
        }
    }
    if (!isHidden())
        m_editor->setSearchHighlights(m_matches);
    showStatus();
}

int FindReplaceBar::matchIndexOfSelection() const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return -1;
    const std::pair<int, int> selection{cursor.selectionStart(),
                                        cursor.selectionEnd() - cursor.selectionStart()};
    const auto found = std::lower_bound(m_matches.cbegin(), m_matches.cend(), selection);
    if (found == m_matches.cend() || *found != selection)
        return -1;
    return static_cast<int>(found - m_matches.cbegin());
}

int FindReplaceBar::currentMatch() const
{
    return matchIndexOfSelection() + 1;
}

void FindReplaceBar::selectMatch(int index)
{
    const std::pair<int, int> &match = m_matches.at(index);
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(match.first);
    cursor.setPosition(match.first + match.second, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    showStatus();
}

void FindReplaceBar::searchFrom(int position)
{
    if (m_matches.isEmpty()) {
        showStatus();
        return;
    }
    const auto found = std::find_if(
        m_matches.cbegin(), m_matches.cend(),
        [position](const std::pair<int, int> &match) { return match.first >= position; });
    selectMatch(found == m_matches.cend() ? 0 : static_cast<int>(found - m_matches.cbegin()));
}

bool FindReplaceBar::findNext()
{
    if (m_stale || m_matches.isEmpty())
        updateMatches();
    if (m_matches.isEmpty())
        return false;
    m_note.clear();
    const int current = matchIndexOfSelection();
    int next = 0;
    if (current >= 0) {
        next = (current + 1) % static_cast<int>(m_matches.size());
    } else {
        const int position = m_editor->textCursor().selectionEnd();
        const auto found = std::find_if(
            m_matches.cbegin(), m_matches.cend(),
            [position](const std::pair<int, int> &match) { return match.first >= position; });
        next = found == m_matches.cend() ? 0 : static_cast<int>(found - m_matches.cbegin());
    }
    selectMatch(next);
    m_anchor = m_matches.at(next).first;
    return true;
}

bool FindReplaceBar::findPrevious()
{
    if (m_stale || m_matches.isEmpty())
        updateMatches();
    if (m_matches.isEmpty())
        return false;
    m_note.clear();
    const int count = static_cast<int>(m_matches.size());
    const int current = matchIndexOfSelection();
    int previous = count - 1;
    if (current >= 0) {
        previous = (current - 1 + count) % count;
    } else {
        const int position = m_editor->textCursor().selectionStart();
        for (int i = count - 1; i >= 0; --i) {
            if (m_matches.at(i).first < position) {
                previous = i;
                break;
            }
        }
    }
    selectMatch(previous);
    m_anchor = m_matches.at(previous).first;
    return true;
}

QString FindReplaceBar::replacementFor(const std::pair<int, int> &match, const QString &text) const
{
    const QString replacement = m_replace->text();
    if (!m_regex->isChecked())
        return replacement;
    QString error;
    const QRegularExpression pattern = expression(&error);
    const QRegularExpressionMatch found =
        pattern.match(text, match.first, QRegularExpression::NormalMatch,
                      QRegularExpression::AnchorAtOffsetMatchOption);
    return expandReplacement(replacement, found);
}

// "\1" and friends in a regular-expression replacement, filled from `found`.
QString FindReplaceBar::expandReplacement(const QString &replacement,
                                          const QRegularExpressionMatch &found)
{
    QString out;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c != QLatin1Char('\\') || i + 1 == replacement.size()) {
            out += c;
            continue;
        }
        const QChar next = replacement.at(++i);
        if (next.isDigit())
            out += found.captured(next.digitValue());
        else if (next == QLatin1Char('n'))
            out += QLatin1Char('\n');
        else if (next == QLatin1Char('t'))
            out += QLatin1Char('\t');
        else
            out += next;
    }
    return out;
}

bool FindReplaceBar::replaceCurrent()
{
    if (m_editor->isReadOnly())
        return false;
    if (m_stale || m_matches.isEmpty())
        updateMatches();
    const int current = matchIndexOfSelection();
    if (current < 0) {
        findNext();
        return false;
    }
    const QString replacement =
        replacementFor(m_matches.at(current), m_editor->document()->toPlainText());
    QTextCursor cursor = m_editor->textCursor();
    cursor.insertText(replacement);
    m_editor->setTextCursor(cursor);
    updateMatches();
    if (!m_matches.isEmpty())
        searchFrom(cursor.position());
    return true;
}

int FindReplaceBar::replaceAll()
{
    if (m_editor->isReadOnly())
        return 0;
    // Every match, not only the ones counted for the bar (those stop at kMaxMatches), with the
    // expression built once.
    QString error;
    const QRegularExpression pattern = expression(&error);
    if (!error.isEmpty() || pattern.pattern().isEmpty())
        return 0;
    const QString text = m_editor->document()->toPlainText();
    const QString replacement = m_replace->text();
    const bool regex = m_regex->isChecked();
    QList<std::pair<int, int>> matches;
    QStringList replacements;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const int start = static_cast<int>(match.capturedStart());
        const int length = static_cast<int>(match.capturedLength());
        if (length == 0 || (m_word->isChecked() && !isWholeWord(text, start, length)))
            continue;
        matches.append({start, length});
        replacements.append(regex ? expandReplacement(replacement, match) : replacement);
    }
    if (matches.isEmpty())
        return 0;
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    for (qsizetype i = matches.size() - 1; i >= 0; --i) {
        cursor.setPosition(matches.at(i).first);
        cursor.setPosition(matches.at(i).first + matches.at(i).second, QTextCursor::KeepAnchor);
        cursor.insertText(replacements.at(i));
    }
    cursor.endEditBlock();
    const int count = static_cast<int>(replacements.size());
    updateMatches();
    m_note = tr("Replaced %n", nullptr, count);
    showStatus();
    return count;
}

QString FindReplaceBar::statusText() const
{
    return m_status->text();
}

void FindReplaceBar::showStatus()
{
    QString text;
    bool notFound = false;
    if (!m_error.isEmpty()) {
        text = tr("Invalid pattern");
        notFound = true;
    } else if (!m_find->text().isEmpty()) {
        const int count = static_cast<int>(m_matches.size());
        const QString total = m_truncated ? tr("%1+").arg(count) : QString::number(count);
        const int current = currentMatch();
        if (count == 0) {
            text = tr("No results");
            notFound = true;
        } else if (current > 0) {
            text = tr("%1 of %2").arg(current).arg(total);
        } else {
            text = m_truncated ? tr("%1 matches").arg(total) : tr("%n match(es)", nullptr, count);
        }
    }
    if (!m_note.isEmpty())
        text = m_note;
    m_status->setText(text);
    m_status->setToolTip(m_error);
    setNotFound(notFound);
}

void FindReplaceBar::setNotFound(bool notFound)
{
    if (notFound == m_notFound)
        return;
    m_notFound = notFound;
    if (!notFound) {
        m_find->setPalette(QPalette());
        return;
    }
    QPalette red = m_find->palette();
    const bool dark = SyntaxHighlighting::isDark(red);
    red.setColor(QPalette::Base, dark ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xff, 0xd7, 0xd7));
    m_find->setPalette(red);
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape)
        dismiss();
    // Keys the fields leave alone (Return after returnPressed, arrows...) stop here: passed on,
    // they would edit the text below.
    event->accept();
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace brickdesk
