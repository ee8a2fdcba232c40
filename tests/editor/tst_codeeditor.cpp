// The code editor as the notebook and SQL tabs use it, offscreen: the formats the highlighter
// leaves on real lines for each language and for each cell of a source notebook (read back from
// the QTextLayout of the lines), find/replace counts, replace all as one undo step, go to line,
// indentation keys and word completion.
#include "CodeEditor.h"
#include "FindReplaceBar.h"
#include "GoToLineBar.h"
#include "SyntaxHighlighting.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace brickdesk;

namespace {

// A Python notebook as `workspace/export?format=SOURCE` writes it.
const char *const kPythonNotebook = R"(# Databricks notebook source
# MAGIC %md
# MAGIC # Ingest trips
# MAGIC Loads **raw** trips from `dbfs:/data`.

# COMMAND ----------

# DBTITLE 1,Read the files
import json
df = spark.read.json("/mnt/raw/trips")  # read
doc = """first
still a string"""
x = 42

# COMMAND ----------

# MAGIC %sql
# MAGIC SELECT count(*) AS trips, `zone id`
# MAGIC FROM trips -- all of them
# MAGIC /* a comment
# MAGIC    over two lines */ WHERE fare > 2.5

# COMMAND ----------

# MAGIC %sh
# MAGIC ls -la $HOME "/dbfs/$USER" # listing

# COMMAND ----------

# MAGIC %pip install pandas)";

const char *const kSqlNotebook = R"(-- Databricks notebook source
SELECT 1 AS one

-- COMMAND ----------

-- MAGIC %python
-- MAGIC def total(rows):
-- MAGIC     return sum(rows)

-- COMMAND ----------

SELECT CAST(amount AS DECIMAL(10,2)) FROM sales)";

const char *const kPython = R"(@udf(returnType="int")
def double(value):
    '''Twice the value,
    over two lines'''
    return value * 2  # simple
print(f"{double(2)}", 0x1F, None))";

const char *const kScala = R"(@transient val spark = SparkSession.builder.getOrCreate()
/* a block
   comment */ def sessions(df: DataFrame): Long = df.count() // count
val q = s"rows: ${n}" + 'c')";

const char *const kR = R"(library(SparkR)
df <- read.df("/mnt/x", source = "csv") # load
n <- 10L %>% TRUE)";

const char *const kMarkdown = R"(## Results
- first **bold** and *italic* with `code`
1. see [the docs](https://docs.databricks.com)
```
SELECT not_highlighted
```)";

const char *const kShell = R"(export PATH="$HOME/bin:$PATH" # path
for f in $(ls); do echo '$f'; done)";

const char *const kFindText = "foo bar foo\nFoo food foo";

QTextBlock lineOf(CodeEditor &editor, int line)
{
    return editor.document()->findBlockByNumber(line);
}

// The highlighter's style of every character in [column, column + length) of a line, or
// Normal for characters it left alone; the first one that differs from the rest wins.
TextStyle styleOf(CodeEditor &editor, int line, int column, int length = 1)
{
    const QTextBlock block = lineOf(editor, line);
    TextStyle found = TextStyle::Normal;
    for (int c = column; c < column + length; ++c) {
        TextStyle here = TextStyle::Normal;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (c >= range.start && c < range.start + range.length)
                here = SyntaxHighlighting::styleOf(range.format);
        }
        if (c == column)
            found = here;
        else if (here != found)
            return here == TextStyle::Normal ? TextStyle::Normal : here;
    }
    return found;
}

// The style of the first occurrence of `word` on a line (all its characters must agree).
TextStyle styleOfWord(CodeEditor &editor, int line, const QString &word, int occurrence = 0)
{
    const QString text = lineOf(editor, line).text();
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(word, at + 1);
    if (at < 0)
        return static_cast<TextStyle>(-1);
    return styleOf(editor, line, static_cast<int>(at), static_cast<int>(word.size()));
}

void settle(CodeEditor &editor)
{
    QCoreApplication::processEvents();
    editor.highlighting()->rehighlightAll();
}

} // namespace

class TestCodeEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void backendIsNamed();
    void sqlStatements();
    void pythonCode();
    void scalaRMarkdownAndShell();
    void pythonNotebookCells();
    void sqlNotebookCells();
    void editsCarryStateToFollowingLines();
    void notebookOutlineFollowsEdits();
    void findCountsAndOptions();
    void findKeysAndBar();
    void replaceAllIsOneUndoStep();
    void replaceCurrentAndRegexGroups();
    void goToLineClampsAndSaysTheRange();
    void indentationKeys();
    void magicLinesContinueOnEnter();
    void completionInsertsTheWord();
    void textKeepsWhatWasTyped();
    void darkPaletteSwitchesColours();

private:
    void showEditor();
    std::unique_ptr<CodeEditor> m_editor;
};

void TestCodeEditor::init()
{
    m_editor = std::make_unique<CodeEditor>();
    m_editor->resize(900, 600);
}

void TestCodeEditor::cleanup()
{
    m_editor.reset();
}

void TestCodeEditor::showEditor()
{
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    m_editor->setFocus();
}

void TestCodeEditor::backendIsNamed()
{
    const QString name = SyntaxHighlighting::backendName();
    QCOMPARE(name, SyntaxHighlighting::isBuiltInBackend()
                       ? QStringLiteral("Brickdesk")
                       : QStringLiteral("KSyntaxHighlighting (KF6)"));
    QVERIFY(m_editor->highlighting());
    QCOMPARE(m_editor->highlighting()->language(), CodeLanguage::Plain);
    // A fixed-width font (QFontInfo::fixedPitch() is unreliable for Noto Sans Mono).
    const QFontMetrics metrics = m_editor->fontMetrics();
    QCOMPARE(metrics.horizontalAdvance(QLatin1Char('i')),
             metrics.horizontalAdvance(QLatin1Char('M')));
    QCOMPARE(m_editor->font().family(),
             QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
}

void TestCodeEditor::sqlStatements()
{
    if (!SyntaxHighlighting::isBuiltInBackend())
        QSKIP("token classes below are the built-in highlighter's");
    m_editor->setLanguage(CodeLanguage::Sql);
    m_editor->setPlainText(
        QStringLiteral("SELECT id, count(*) AS n, `order id` FROM t WHERE name = 'it''s' -- note\n"
                       "/* spans\n"
                       "   lines */ SELECT CAST(x AS STRING), 3.5e2, :limit, ${var}\n"
                       "SELECT DECIMAL(10,2), left(name, 3) FROM t"));
    settle(*m_editor);
    QCOMPARE(styleOfWord(*m_editor, 0, "SELECT"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 0, "count"), TextStyle::Function);
    QCOMPARE(styleOfWord(*m_editor, 0, "AS"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 0, "`order id`"), TextStyle::Identifier);
    QCOMPARE(styleOfWord(*m_editor, 0, "'it''s'"), TextStyle::String);
    QCOMPARE(styleOfWord(*m_editor, 0, "-- note"), TextStyle::Comment);
    QCOMPARE(styleOfWord(*m_editor, 0, "id"), TextStyle::Normal);
    QCOMPARE(styleOfWord(*m_editor, 1, "/* spans"), TextStyle::Comment);
    QCOMPARE(styleOfWord(*m_editor, 2, "   lines */"), TextStyle::Comment);
    QCOMPARE(styleOfWord(*m_editor, 2, "SELECT"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 2, "STRING"), TextStyle::Type);
    QCOMPARE(styleOfWord(*m_editor, 2, "3.5e2"), TextStyle::Number);
    QCOMPARE(styleOfWord(*m_editor, 2, ":limit"), TextStyle::Variable);
    QCOMPARE(styleOfWord(*m_editor, 2, "${var}"), TextStyle::Variable);
    QCOMPARE(styleOfWord(*m_editor, 3, "DECIMAL"), TextStyle::Type);
    QCOMPARE(styleOfWord(*m_editor, 3, "left"), TextStyle::Function);
    QCOMPARE(styleOfWord(*m_editor, 3, "10"), TextStyle::Number);
}

void TestCodeEditor::pythonCode()
{
    if (!SyntaxHighlighting::isBuiltInBackend())
        QSKIP("token classes below are the built-in highlighter's");
    m_editor->setLanguage(CodeLanguage::Python);
    m_editor->setPlainText(QString::fromUtf8(kPython));
    settle(*m_editor);
    QCOMPARE(styleOfWord(*m_editor, 0, "@udf"), TextStyle::Annotation);
    QCOMPARE(styleOfWord(*m_editor, 0, "\"int\""), TextStyle::String);
    QCOMPARE(styleOfWord(*m_editor, 1, "def"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 1, "double"), TextStyle::Function);
    QCOMPARE(styleOfWord(*m_editor, 1, "value"), TextStyle::Normal);
    QCOMPARE(styleOfWord(*m_editor, 2, "'''Twice the value,"), TextStyle::String);
    QCOMPARE(styleOfWord(*m_editor, 3, "    over two lines'''"), TextStyle::String);
    QCOMPARE(styleOfWord(*m_editor, 4, "return"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 4, "2"), TextStyle::Number);
    QCOMPARE(styleOfWord(*m_editor, 4, "# simple"), TextStyle::Comment);
    QCOMPARE(styleOfWord(*m_editor, 5, "print"), TextStyle::Function);
    QCOMPARE(styleOfWord(*m_editor, 5, "f\"{double(2)}\""), TextStyle::String);
    QCOMPARE(styleOfWord(*m_editor, 5, "0x1F"), TextStyle::Number);
    QCOMPARE(styleOfWord(*m_editor, 5, "None"), TextStyle::Keyword);
}

void TestCodeEditor::scalaRMarkdownAndShell()
{
    if (!SyntaxHighlighting::isBuiltInBackend())
        QSKIP("token classes below are the built-in highlighter's");
    m_editor->setLanguage(CodeLanguage::Scala);
    m_editor->setPlainText(QString::fromUtf8(kScala));
    settle(*m_editor);
    QCOMPARE(styleOfWord(*m_editor, 0, "@transient"), TextStyle::Annotation);
    QCOMPARE(styleOfWord(*m_editor, 0, "val"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 0, "SparkSession"), TextStyle::Type);
    QCOMPARE(styleOfWord(*m_editor, 1, "/* a block"), TextStyle::Comment);
    QCOMPARE(styleOfWord(*m_editor, 2, "   comment */"), TextStyle::Comment);
    QCOMPARE(styleOfWord(*m_editor, 2, "def"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 2, "sessions"), TextStyle::Function);
    QCOMPARE(styleOfWord(*m_editor, 2, "DataFrame"), TextStyle::Type);
    QCOMPARE(styleOfWord(*m_editor, 2, "// count"), TextStyle::Comment);
    QCOMPARE(styleOfWord(*m_editor, 3, "s\"rows: ${n}\""), TextStyle::String);
    QCOMPARE(styleOfWord(*m_editor, 3, "'c'"), TextStyle::String);

    m_editor->setLanguage(CodeLanguage::R);
    m_editor->setPlainText(QString::fromUtf8(kR));
    settle(*m_editor);
    QCOMPARE(styleOfWord(*m_editor, 0, "library"), TextStyle::Function);
    QCOMPARE(styleOfWord(*m_editor, 1, "\"/mnt/x\""), TextStyle::String);
    QCOMPARE(styleOfWord(*m_editor, 1, "# load"), TextStyle::Comment);
    QCOMPARE(styleOfWord(*m_editor, 2, "10L"), TextStyle::Number);
    QCOMPARE(styleOfWord(*m_editor, 2, "%>%"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 2, "TRUE"), TextStyle::Keyword);

    m_editor->setLanguage(CodeLanguage::Markdown);
    m_editor->setPlainText(QString::fromUtf8(kMarkdown));
    settle(*m_editor);
    QCOMPARE(styleOfWord(*m_editor, 0, "## Results"), TextStyle::Heading);
    QCOMPARE(styleOf(*m_editor, 1, 0), TextStyle::ListMarker);
    QCOMPARE(styleOfWord(*m_editor, 1, "**bold**"), TextStyle::Strong);
    QCOMPARE(styleOfWord(*m_editor, 1, "*italic*"), TextStyle::Emphasis);
    QCOMPARE(styleOfWord(*m_editor, 1, "`code`"), TextStyle::Code);
    QCOMPARE(styleOfWord(*m_editor, 2, "1."), TextStyle::ListMarker);
    QCOMPARE(styleOfWord(*m_editor, 2, "[the docs](https://docs.databricks.com)"), TextStyle::Link);
    QCOMPARE(styleOfWord(*m_editor, 4, "SELECT not_highlighted"), TextStyle::Code);

    m_editor->setLanguage(CodeLanguage::Shell);
    m_editor->setPlainText(QString::fromUtf8(kShell));
    settle(*m_editor);
    QCOMPARE(styleOfWord(*m_editor, 0, "export"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 0, "\""), TextStyle::String);
    QCOMPARE(styleOfWord(*m_editor, 0, "/bin:"), TextStyle::String);
    QCOMPARE(styleOfWord(*m_editor, 0, "$HOME"), TextStyle::Variable);
    QCOMPARE(styleOfWord(*m_editor, 0, "# path"), TextStyle::Comment);
    QCOMPARE(styleOfWord(*m_editor, 1, "for"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 1, "'$f'"), TextStyle::String); // no variables in '...'
    QCOMPARE(styleOfWord(*m_editor, 1, "done"), TextStyle::Keyword);
}

void TestCodeEditor::pythonNotebookCells()
{
    m_editor->setLanguage(CodeLanguage::Python);
    m_editor->setNotebookMode(true);
    m_editor->setPlainText(QString::fromUtf8(kPythonNotebook));
    settle(*m_editor);
    // The chrome is the same with either backend.
    QCOMPARE(styleOfWord(*m_editor, 0, "# Databricks notebook source"), TextStyle::NotebookChrome);
    QCOMPARE(styleOfWord(*m_editor, 1, "# MAGIC "), TextStyle::NotebookChrome);
    QCOMPARE(styleOfWord(*m_editor, 1, "%md"), TextStyle::Magic);
    QCOMPARE(styleOfWord(*m_editor, 2, "# MAGIC "), TextStyle::NotebookChrome);
    QCOMPARE(styleOfWord(*m_editor, 5, "# COMMAND ----------"), TextStyle::NotebookChrome);
    QCOMPARE(styleOfWord(*m_editor, 7, "# DBTITLE 1,"), TextStyle::NotebookChrome);
    QCOMPARE(styleOfWord(*m_editor, 7, "Read the files"), TextStyle::CellTitle);
    QCOMPARE(styleOfWord(*m_editor, 16, "# MAGIC "), TextStyle::NotebookChrome);
    QCOMPARE(styleOfWord(*m_editor, 16, "%sql"), TextStyle::Magic);
    QCOMPARE(styleOfWord(*m_editor, 17, "# MAGIC "), TextStyle::NotebookChrome);
    QCOMPARE(styleOfWord(*m_editor, 29, "%pip"), TextStyle::Magic);
    if (!SyntaxHighlighting::isBuiltInBackend())
        return;
    // %md: Markdown after the prefix.
    QCOMPARE(styleOfWord(*m_editor, 2, "# Ingest trips"), TextStyle::Heading);
    QCOMPARE(styleOfWord(*m_editor, 3, "**raw**"), TextStyle::Strong);
    QCOMPARE(styleOfWord(*m_editor, 3, "`dbfs:/data`"), TextStyle::Code);
    // The notebook's own Python.
    QCOMPARE(styleOfWord(*m_editor, 8, "import"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 9, "spark"), TextStyle::Function);
    QCOMPARE(styleOfWord(*m_editor, 9, "\"/mnt/raw/trips\""), TextStyle::String);
    QCOMPARE(styleOfWord(*m_editor, 9, "# read"), TextStyle::Comment);
    QCOMPARE(styleOfWord(*m_editor, 10, "\"\"\"first"), TextStyle::String);
    QCOMPARE(styleOfWord(*m_editor, 11, "still a string\"\"\""), TextStyle::String);
    QCOMPARE(styleOfWord(*m_editor, 12, "42"), TextStyle::Number);
    // %sql: SQL after "# MAGIC ", the cell language carried line to line.
    QCOMPARE(styleOfWord(*m_editor, 17, "SELECT"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 17, "count"), TextStyle::Function);
    QCOMPARE(styleOfWord(*m_editor, 17, "`zone id`"), TextStyle::Identifier);
    QCOMPARE(styleOfWord(*m_editor, 18, "FROM"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 18, "-- all of them"), TextStyle::Comment);
    QCOMPARE(styleOfWord(*m_editor, 19, "/* a comment"), TextStyle::Comment);
    QCOMPARE(styleOfWord(*m_editor, 20, "# MAGIC "), TextStyle::NotebookChrome);
    QCOMPARE(styleOfWord(*m_editor, 20, "   over two lines */"), TextStyle::Comment);
    QCOMPARE(styleOfWord(*m_editor, 20, "WHERE"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 20, "2.5"), TextStyle::Number);
    // "trips" is no SQL word; "import" in a SQL cell would be no keyword.
    QCOMPARE(styleOfWord(*m_editor, 18, "trips"), TextStyle::Normal);
    // %sh: shell.
    QCOMPARE(styleOfWord(*m_editor, 25, "$HOME"), TextStyle::Variable);
    QCOMPARE(styleOfWord(*m_editor, 25, "\"/dbfs/"), TextStyle::String);
    QCOMPARE(styleOfWord(*m_editor, 25, "$USER"), TextStyle::Variable);
    QCOMPARE(styleOfWord(*m_editor, 25, "# listing"), TextStyle::Comment);
    QCOMPARE(styleOfWord(*m_editor, 25, "ls"), TextStyle::Normal);
}

void TestCodeEditor::sqlNotebookCells()
{
    m_editor->setLanguage(CodeLanguage::Sql);
    m_editor->setNotebookMode(true);
    m_editor->setPlainText(QString::fromUtf8(kSqlNotebook));
    settle(*m_editor);
    m_editor->refreshNotebookOutline();
    QCOMPARE(styleOfWord(*m_editor, 0, "-- Databricks notebook source"), TextStyle::NotebookChrome);
    QCOMPARE(styleOfWord(*m_editor, 3, "-- COMMAND ----------"), TextStyle::NotebookChrome);
    QCOMPARE(styleOfWord(*m_editor, 5, "-- MAGIC "), TextStyle::NotebookChrome);
    QCOMPARE(styleOfWord(*m_editor, 5, "%python"), TextStyle::Magic);
    QCOMPARE(styleOfWord(*m_editor, 6, "-- MAGIC "), TextStyle::NotebookChrome);
    QCOMPARE(styleOfWord(*m_editor, 7, "-- MAGIC "), TextStyle::NotebookChrome);
    QCOMPARE(m_editor->notebookOutline().cells.size(), 3);
    QCOMPARE(m_editor->notebookOutline().cells.at(1).language, CodeLanguage::Python);
    if (!SyntaxHighlighting::isBuiltInBackend())
        return;
    QCOMPARE(styleOfWord(*m_editor, 1, "SELECT"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 6, "def"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 6, "total"), TextStyle::Function);
    QCOMPARE(styleOfWord(*m_editor, 7, "return"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 7, "sum"), TextStyle::Function);
    // After the marker the notebook's SQL again.
    QCOMPARE(styleOfWord(*m_editor, 11, "SELECT"), TextStyle::Keyword);
    QCOMPARE(styleOfWord(*m_editor, 11, "DECIMAL"), TextStyle::Type);
    QCOMPARE(styleOfWord(*m_editor, 11, "10"), TextStyle::Number);
}

void TestCodeEditor::editsCarryStateToFollowingLines()
{
    if (!SyntaxHighlighting::isBuiltInBackend())
        QSKIP("token classes below are the built-in highlighter's");
    m_editor->setLanguage(CodeLanguage::Python);
    m_editor->setNotebookMode(true);
    m_editor->setPlainText(QString::fromUtf8(kPythonNotebook));
    QCoreApplication::processEvents();
    QCOMPARE(styleOfWord(*m_editor, 18, "FROM"), TextStyle::Keyword);
    // Opening a comment on the SELECT line turns the following SQL lines into comment, as typed.
    QTextCursor cursor(lineOf(*m_editor, 17));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral(" /* open"));
    QCOMPARE(styleOfWord(*m_editor, 18, "FROM trips"), TextStyle::Comment);
    QCOMPARE(styleOfWord(*m_editor, 18, "# MAGIC "), TextStyle::NotebookChrome);
    // The COMMAND marker ends the cell: the %sh cell is shell again.
    QCOMPARE(styleOfWord(*m_editor, 25, "$HOME"), TextStyle::Variable);
    // Changing the magic changes the cell: %md makes SELECT plain Markdown text.
    QTextCursor magic(lineOf(*m_editor, 16));
    magic.movePosition(QTextCursor::EndOfBlock);
    magic.movePosition(QTextCursor::StartOfWord, QTextCursor::KeepAnchor);
    QCOMPARE(magic.selectedText(), QStringLiteral("sql"));
    magic.insertText(QStringLiteral("md"));
    QCOMPARE(styleOfWord(*m_editor, 16, "%md"), TextStyle::Magic);
    QCOMPARE(styleOfWord(*m_editor, 17, "SELECT"), TextStyle::Normal);
    QCOMPARE(styleOfWord(*m_editor, 17, "`zone id`"), TextStyle::Code);
}

void TestCodeEditor::notebookOutlineFollowsEdits()
{
    m_editor->setLanguage(CodeLanguage::Python);
    m_editor->setNotebookMode(true);
    m_editor->setPlainText(QString::fromUtf8(kPythonNotebook));
    m_editor->refreshNotebookOutline();
    const NotebookOutline outline = m_editor->notebookOutline();
    QCOMPARE(outline.cells.size(), 5);
    QCOMPARE(outline.cells.at(0).language, CodeLanguage::Markdown);
    QCOMPARE(outline.cells.at(1).title, QStringLiteral("Read the files"));
    QCOMPARE(outline.cells.at(2).language, CodeLanguage::Sql);
    QCOMPARE(outline.cells.at(3).language, CodeLanguage::Shell);
    QCOMPARE(outline.cells.at(4).magic, QStringLiteral("pip"));
    QCOMPARE(m_editor->cellIndexAtLine(0), 0);
    QCOMPARE(m_editor->cellIndexAtLine(4), 0);
    QCOMPARE(m_editor->cellIndexAtLine(5), 1); // the marker starts the next cell
    QCOMPARE(m_editor->cellIndexAtLine(18), 2);
    QCOMPARE(m_editor->cellIndexAtLine(29), 4);
    // The gutter is wider in notebook mode: room for the cell numbers.
    const int notebookGutter = m_editor->gutterWidth();

    QSignalSpy changed(m_editor.get(), &CodeEditor::notebookOutlineChanged);
    QTextCursor cursor(m_editor->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("\n\n# COMMAND ----------\n\nprint(1)"));
    QCOMPARE(m_editor->notebookOutline().cells.size(), 5); // after a short pause, not at once
    QVERIFY(changed.wait(2000));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_editor->notebookOutline().cells.size(), 6);
    QCOMPARE(m_editor->notebookOutline().cells.at(5).language, CodeLanguage::Python);

    m_editor->setNotebookMode(false);
    QCOMPARE(m_editor->cellIndexAtLine(3), -1);
    QVERIFY(m_editor->gutterWidth() < notebookGutter);
}

void TestCodeEditor::findCountsAndOptions()
{
    m_editor->setPlainText(QString::fromUtf8(kFindText));
    FindReplaceBar *bar = m_editor->findReplaceBar();
    m_editor->showFind();
    QVERIFY(!bar->isHidden());
    QVERIFY(!bar->isReplaceShown());
    bar->setPattern(QStringLiteral("foo"));
    QCOMPARE(bar->matchCount(), 5); // foo, foo, Foo, foo(d), foo
    // Typing searched from where the bar opened: the first match is selected.
    QCOMPARE(m_editor->textCursor().selectedText(), QStringLiteral("foo"));
    QCOMPARE(m_editor->textCursor().selectionStart(), 0);
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 5"));
    QVERIFY(!bar->isNotFound());
    QCOMPARE(m_editor->extraSelections().size(), 1 + 5); // the current line and each match

    bar->setCaseSensitive(true);
    QCOMPARE(bar->matchCount(), 4);
    bar->setWholeWords(true);
    QCOMPARE(bar->matchCount(), 3);
    bar->setCaseSensitive(false);
    QCOMPARE(bar->matchCount(), 4);

    QVERIFY(bar->findNext());
    QCOMPARE(m_editor->textCursor().selectionStart(), 8);
    QCOMPARE(bar->statusText(), QStringLiteral("2 of 4"));
    QVERIFY(bar->findNext());
    QCOMPARE(m_editor->textCursor().selectedText(), QStringLiteral("Foo"));
    QVERIFY(bar->findNext());
    QCOMPARE(m_editor->textCursor().selectionStart(), 21); // "food" skipped
    QVERIFY(bar->findNext());
    QCOMPARE(m_editor->textCursor().selectionStart(), 0); // wrapped
    QVERIFY(bar->findPrevious());
    QCOMPARE(m_editor->textCursor().selectionStart(), 21);
    QCOMPARE(bar->statusText(), QStringLiteral("4 of 4"));

    bar->setWholeWords(false);
    bar->setRegularExpression(true);
    bar->setPattern(QStringLiteral("fo+d"));
    QCOMPARE(bar->matchCount(), 1);
    QCOMPARE(m_editor->textCursor().selectedText(), QStringLiteral("food"));
    bar->setPattern(QStringLiteral("(unclosed"));
    QCOMPARE(bar->matchCount(), 0);
    QVERIFY(bar->isNotFound());
    QCOMPARE(bar->statusText(), QStringLiteral("Invalid pattern"));
    QVERIFY(!bar->findNext());

    bar->setRegularExpression(false);
    bar->setPattern(QStringLiteral("nowhere"));
    QCOMPARE(bar->matchCount(), 0);
    QVERIFY(bar->isNotFound());
    QCOMPARE(bar->statusText(), QStringLiteral("No results"));
    QVERIFY(bar->findEdit()->palette().color(QPalette::Base) !=
            m_editor->palette().color(QPalette::Base));
    bar->setPattern(QStringLiteral("bar"));
    QVERIFY(!bar->isNotFound());
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 1"));

    // Edits recount by themselves.
    QTextCursor end(m_editor->document());
    end.movePosition(QTextCursor::End);
    end.insertText(QStringLiteral(" bar bar"));
    QTRY_COMPARE(bar->matchCount(), 3);
}

void TestCodeEditor::findKeysAndBar()
{
    showEditor();
    m_editor->setPlainText(QString::fromUtf8(kFindText));
    // A one-line selection seeds the find field.
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(4);
    cursor.setPosition(7, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    QTest::keyClick(m_editor.get(), Qt::Key_F, Qt::ControlModifier);
    FindReplaceBar *bar = m_editor->findReplaceBar();
    QVERIFY(!bar->isHidden());
    QCOMPARE(bar->pattern(), QStringLiteral("bar"));
    QVERIFY(bar->findEdit()->hasFocus());
    // The bar sits above the text: the text moved down by its height.
    QCOMPARE(m_editor->viewport()->geometry().top() - m_editor->contentsRect().top(),
             bar->height());
    QTest::keyClicks(bar->findEdit(), QString()); // nothing
    bar->findEdit()->selectAll();
    QTest::keyClicks(bar->findEdit(), QStringLiteral("foo"));
    QCOMPARE(bar->matchCount(), 5);
    QCOMPARE(bar->currentMatch(), 2); // from the selection onwards: the "foo" after "bar"
    QTest::keyClick(bar->findEdit(), Qt::Key_Return);
    QCOMPARE(bar->currentMatch(), 3);
    QTest::keyClick(bar->findEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar->currentMatch(), 2);
    QTest::keyClick(bar->findEdit(), Qt::Key_F3);
    QCOMPARE(bar->currentMatch(), 3);
    QTest::keyClick(bar->findEdit(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(bar->currentMatch(), 2);
    QTest::keyClick(bar->findEdit(), Qt::Key_Escape);
    QVERIFY(bar->isHidden());
    QVERIFY(m_editor->hasFocus());
    QCOMPARE(m_editor->extraSelections().size(), 1); // the matches are no longer marked
    QCOMPARE(m_editor->viewport()->geometry().top(), m_editor->contentsRect().top());
    // F3 in the editor goes on with the last search.
    QTest::keyClick(m_editor.get(), Qt::Key_F3);
    QCOMPARE(m_editor->textCursor().selectionStart(), 12);
    // ... counted again after edits made while the bar was closed.
    QTextCursor start(m_editor->document());
    start.insertText(QStringLiteral("xx "));
    m_editor->setTextCursor(start);
    QTest::keyClick(m_editor.get(), Qt::Key_F3);
    QCOMPARE(m_editor->textCursor().selectionStart(), 3);
    QCOMPARE(m_editor->textCursor().selectedText(), QStringLiteral("foo"));
    m_editor->undo();
    // Ctrl+H shows the replace row too.
    QTest::keyClick(m_editor.get(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(bar->isReplaceShown());
    QTest::keyClick(bar->findEdit(), Qt::Key_Escape);
    QVERIFY(bar->isHidden());
    // Read-only: no replace row.
    m_editor->setReadOnly(true);
    QTest::keyClick(m_editor.get(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(!bar->isHidden());
    QVERIFY(!bar->isReplaceShown());
    QCOMPARE(bar->replaceAll(), 0);
    QCOMPARE(m_editor->text(), QString::fromUtf8(kFindText));
}

void TestCodeEditor::replaceAllIsOneUndoStep()
{
    m_editor->setPlainText(QString::fromUtf8(kFindText));
    FindReplaceBar *bar = m_editor->findReplaceBar();
    m_editor->showReplace();
    QVERIFY(bar->isReplaceShown());
    bar->setPattern(QStringLiteral("foo"));
    bar->setWholeWords(true);
    bar->setReplacement(QStringLiteral("baz"));
    QCOMPARE(bar->replaceAll(), 4);
    QCOMPARE(m_editor->text(), QStringLiteral("baz bar baz\nbaz food baz"));
    QCOMPARE(bar->statusText(), QStringLiteral("Replaced 4"));
    QCOMPARE(bar->matchCount(), 0);
    QVERIFY(m_editor->document()->isUndoAvailable());
    m_editor->undo();
    QCOMPARE(m_editor->text(), QString::fromUtf8(kFindText));
    QVERIFY(!m_editor->document()->isUndoAvailable()); // one step took all of it back
    m_editor->redo();
    QCOMPARE(m_editor->text(), QStringLiteral("baz bar baz\nbaz food baz"));

    // More matches than the bar counts: every one is replaced, groups filled in.
    QStringList lines;
    for (int i = 0; i < 12000; ++i)
        lines.append(QStringLiteral("id_%1 = 1").arg(i));
    m_editor->setPlainText(lines.join(QLatin1Char('\n')));
    bar->setWholeWords(false);
    bar->setRegularExpression(true);
    bar->setPattern(QStringLiteral("id_(\\d+)"));
    bar->setReplacement(QStringLiteral("key_\\1"));
    QCOMPARE(bar->replaceAll(), 12000);
    QVERIFY(!m_editor->text().contains(QStringLiteral("id_")));
    QVERIFY(m_editor->text().endsWith(QStringLiteral("key_11999 = 1")));
    bar->setRegularExpression(false);
}

void TestCodeEditor::replaceCurrentAndRegexGroups()
{
    m_editor->setPlainText(QString::fromUtf8(kFindText));
    FindReplaceBar *bar = m_editor->findReplaceBar();
    m_editor->showReplace();
    bar->setCaseSensitive(true);
    bar->setPattern(QStringLiteral("foo"));
    bar->setReplacement(QStringLiteral("X"));
    QCOMPARE(bar->currentMatch(), 1);
    QVERIFY(bar->replaceCurrent());
    QCOMPARE(m_editor->text(), QStringLiteral("X bar foo\nFoo food foo"));
    // The next match is selected, ready for the next Replace.
    QCOMPARE(bar->currentMatch(), 1);
    QCOMPARE(m_editor->textCursor().selectionStart(), 6);
    QCOMPARE(bar->matchCount(), 3);
    QVERIFY(bar->replaceCurrent());
    QCOMPARE(m_editor->text(), QStringLiteral("X bar X\nFoo food foo"));
    // Without a match selected, Replace first goes to one.
    QTextCursor start(m_editor->document());
    m_editor->setTextCursor(start);
    QVERIFY(!bar->replaceCurrent());
    QCOMPARE(m_editor->textCursor().selectedText(), QStringLiteral("foo"));
    QCOMPARE(m_editor->text(), QStringLiteral("X bar X\nFoo food foo"));

    m_editor->setPlainText(QStringLiteral("ana@example, bo@test\nno match"));
    bar->setRegularExpression(true);
    bar->setPattern(QStringLiteral("(\\w+)@(\\w+)"));
    bar->setReplacement(QStringLiteral("\\2 for \\1"));
    QCOMPARE(bar->matchCount(), 2);
    QCOMPARE(bar->replaceAll(), 2);
    QCOMPARE(m_editor->text(), QStringLiteral("example for ana, test for bo\nno match"));
}

void TestCodeEditor::goToLineClampsAndSaysTheRange()
{
    showEditor();
    QStringList lines;
    for (int i = 1; i <= 10; ++i)
        lines << QStringLiteral("line %1").arg(i);
    m_editor->setPlainText(lines.join(QLatin1Char('\n')));
    m_editor->goToLine(5);
    QCOMPARE(m_editor->cursorLine(), 5);
    QCOMPARE(m_editor->cursorColumn(), 1);
    m_editor->goToLine(99);
    QCOMPARE(m_editor->cursorLine(), 10);
    m_editor->goToLine(0);
    QCOMPARE(m_editor->cursorLine(), 1);
    m_editor->goToLine(3, 99);
    QCOMPARE(m_editor->cursorColumn(), 7); // after "line 3"

    QTest::keyClick(m_editor.get(), Qt::Key_G, Qt::ControlModifier);
    GoToLineBar *bar = m_editor->goToLineBar();
    QVERIFY(!bar->isHidden());
    QCOMPARE(bar->rangeLabel()->text(), QStringLiteral("Go to line (1–10):"));
    QCOMPARE(bar->lineEdit()->text(), QStringLiteral("3"));
    QVERIFY(bar->lineEdit()->hasFocus());
    bar->lineEdit()->selectAll();
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("abc"));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QVERIFY(!bar->isHidden()); // not a line number: stays open, red
    bar->lineEdit()->selectAll();
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("7:3"));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QVERIFY(bar->isHidden());
    QCOMPARE(m_editor->cursorLine(), 7);
    QCOMPARE(m_editor->cursorColumn(), 3);
    QVERIFY(m_editor->hasFocus());
    QTest::keyClick(m_editor.get(), Qt::Key_G, Qt::ControlModifier);
    bar->lineEdit()->selectAll();
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("500"));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_editor->cursorLine(), 10);
    // Esc closes without moving.
    QTest::keyClick(m_editor.get(), Qt::Key_G, Qt::ControlModifier);
    QVERIFY(!bar->isHidden());
    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(bar->isHidden());
    QCOMPARE(m_editor->cursorLine(), 10);
}

void TestCodeEditor::indentationKeys()
{
    showEditor();
    m_editor->setLanguage(CodeLanguage::Python);
    m_editor->setPlainText(QStringLiteral("    if x:"));
    m_editor->moveCursor(QTextCursor::End);
    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    QCOMPARE(m_editor->text(), QStringLiteral("    if x:\n    "));
    QCOMPARE(m_editor->cursorColumn(), 5);
    QTest::keyClick(m_editor.get(), Qt::Key_Tab);
    QCOMPARE(m_editor->text(), QStringLiteral("    if x:\n        "));
    QTest::keyClicks(m_editor.get(), QStringLiteral("y"));
    QTest::keyClick(m_editor.get(), Qt::Key_Tab); // to the next multiple of four
    QCOMPARE(m_editor->text(), QStringLiteral("    if x:\n        y   "));
    m_editor->setPlainText(QStringLiteral("        z"));
    m_editor->goToLine(1, 10);
    QTest::keyClick(m_editor.get(), Qt::Key_Backspace); // not in the indentation: one char
    QCOMPARE(m_editor->text(), QStringLiteral("        "));
    QTest::keyClick(m_editor.get(), Qt::Key_Backspace); // in it: back to the previous stop
    QCOMPARE(m_editor->text(), QStringLiteral("    "));
    // Tab and Shift+Tab on several lines shift them all, one undo step each.
    m_editor->setPlainText(QStringLiteral("a\n    b\nc"));
    m_editor->selectAll();
    QTest::keyClick(m_editor.get(), Qt::Key_Tab);
    QCOMPARE(m_editor->text(), QStringLiteral("    a\n        b\n    c"));
    QTest::keyClick(m_editor.get(), Qt::Key_Backtab);
    QTest::keyClick(m_editor.get(), Qt::Key_Backtab);
    QCOMPARE(m_editor->text(), QStringLiteral("a\nb\nc"));
    m_editor->undo();
    QCOMPARE(m_editor->text(), QStringLiteral("a\n    b\nc"));
    // Ctrl+Return is not a new line (the SQL tab runs statements with it).
    m_editor->setPlainText(QStringLiteral("SELECT 1"));
    m_editor->moveCursor(QTextCursor::End);
    QTest::keyClick(m_editor.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_editor->text(), QStringLiteral("SELECT 1"));
}

void TestCodeEditor::magicLinesContinueOnEnter()
{
    showEditor();
    m_editor->setLanguage(CodeLanguage::Python);
    m_editor->setNotebookMode(true);
    m_editor->setPlainText(QStringLiteral("# MAGIC %sql\n# MAGIC   SELECT 1"));
    m_editor->moveCursor(QTextCursor::End);
    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    QCOMPARE(m_editor->text(), QStringLiteral("# MAGIC %sql\n# MAGIC   SELECT 1\n# MAGIC   "));
    // At the start of the line it is an ordinary new line.
    m_editor->goToLine(1, 1);
    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    QCOMPARE(m_editor->text(), QStringLiteral("\n# MAGIC %sql\n# MAGIC   SELECT 1\n# MAGIC   "));
}

void TestCodeEditor::completionInsertsTheWord()
{
    showEditor();
    QStringListModel words({QStringLiteral("FROM"), QStringLiteral("SELECT"),
                            QStringLiteral("SELECTIVE"), QStringLiteral("SEQUENCE")});
    QCompleter completer(&words);
    completer.setCaseSensitivity(Qt::CaseInsensitive);
    m_editor->setCompleter(&completer);
    QCOMPARE(m_editor->completer(), &completer);
    QAbstractItemView *popup = completer.popup();
    QTest::keyClicks(m_editor.get(), QStringLiteral("se"));
    QVERIFY(!popup->isVisible()); // two letters are not enough
    QTest::keyClicks(m_editor.get(), QStringLiteral("l"));
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(completer.completionPrefix(), QStringLiteral("sel"));
    QCOMPARE(completer.completionCount(), 2);
    QCOMPARE(m_editor->wordBeforeCursor(), QStringLiteral("sel"));
    // Enter goes to the popup: the chosen word replaces what was typed.
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(m_editor->text(), QStringLiteral("SELECT"));
    // With the popup hidden, Enter is a new line again.
    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    QCOMPARE(m_editor->text(), QStringLiteral("SELECT\n"));
    // Ctrl+Space offers completions at once, even for one letter.
    QTest::keyClicks(m_editor.get(), QStringLiteral("f"));
    QVERIFY(!popup->isVisible());
    QTest::keyClick(m_editor.get(), Qt::Key_Space, Qt::ControlModifier);
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(completer.completionCount(), 1);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(m_editor->text(), QStringLiteral("SELECT\nFROM"));
    // Esc closes the popup and leaves the text alone; a space hides it too.
    QTest::keyClicks(m_editor.get(), QStringLiteral(" seq"));
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Escape);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(m_editor->text(), QStringLiteral("SELECT\nFROM seq"));
    m_editor->setCompleter(nullptr);
    QTest::keyClicks(m_editor.get(), QStringLiteral("uence"));
    QVERIFY(!popup->isVisible());
}

void TestCodeEditor::textKeepsWhatWasTyped()
{
    const QString source = QStringLiteral("a\u00a0b\n\tc\n");
    m_editor->setPlainText(source);
    QCOMPARE(m_editor->text(), source); // toPlainText() would turn the no-break space into ' '
    m_editor->replaceText(QStringLiteral("other"));
    QCOMPARE(m_editor->text(), QStringLiteral("other"));
    m_editor->undo();
    QCOMPARE(m_editor->text(), source);
}

void TestCodeEditor::darkPaletteSwitchesColours()
{
    m_editor->setLanguage(CodeLanguage::Python);
    m_editor->setNotebookMode(true);
    m_editor->setPlainText(QString::fromUtf8(kPythonNotebook));
    m_editor->refreshNotebookOutline();
    settle(*m_editor);
    const auto formatAt = [this](int line, const QString &word) {
        const QTextBlock block = lineOf(*m_editor, line);
        const int column = static_cast<int>(block.text().indexOf(word));
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (column >= range.start && column < range.start + range.length)
                return range.format;
        }
        return QTextCharFormat();
    };
    QVERIFY(!m_editor->highlighting()->isDarkTheme());
    const QColor lightChrome = formatAt(5, "# COMMAND").foreground().color();
    const QColor lightString = formatAt(9, "\"/mnt").foreground().color();

    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xd4, 0xd4, 0xd4));
    dark.setColor(QPalette::Window, QColor(0x25, 0x25, 0x26));
    dark.setColor(QPalette::WindowText, QColor(0xcc, 0xcc, 0xcc));
    dark.setColor(QPalette::Highlight, QColor(0x26, 0x4f, 0x78));
    m_editor->setPalette(dark);
    QVERIFY(m_editor->highlighting()->isDarkTheme());
    QCOMPARE(SyntaxHighlighting::styleOf(formatAt(5, "# COMMAND")), TextStyle::NotebookChrome);
    const QColor darkChrome = formatAt(5, "# COMMAND").foreground().color();
    QVERIFY(darkChrome != lightChrome);
    // Readable on the dark base: text colours are light enough, on the light base dark enough.
    QVERIFY(darkChrome.lightness() > 90);
    QVERIFY(lightChrome.lightness() < 200);
    if (SyntaxHighlighting::isBuiltInBackend()) {
        const QColor darkString = formatAt(9, "\"/mnt").foreground().color();
        QVERIFY(darkString != lightString);
        QVERIFY(darkString.lightness() > 110);
        QVERIFY(lightString.lightness() < 110);
    }
    const QString dir = qEnvironmentVariable("BRICKDESK_EDITOR_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        m_editor->show();
        m_editor->goToLine(17);
        QApplication::processEvents();
        m_editor->grab().save(dir + QStringLiteral("/editor-dark.png"));
    }
}

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
