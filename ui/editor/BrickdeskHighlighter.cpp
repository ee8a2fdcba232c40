#include "BrickdeskHighlighter.h"

#include "SparkSqlWords.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <initializer_list>

namespace brickdesk {

namespace {

int sizeOf(const QString &text)
{
    return static_cast<int>(text.size());
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

int skipWord(const QString &text, int i)
{
    while (i < sizeOf(text) && isWordChar(text.at(i)))
        ++i;
    return i;
}

QChar nextNonSpace(const QString &text, int i)
{
    while (i < sizeOf(text) && text.at(i).isSpace())
        ++i;
    return i < sizeOf(text) ? text.at(i) : QChar();
}

QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    set.reserve(static_cast<qsizetype>(words.size()));
    for (const char *word : words)
        set.insert(QString::fromLatin1(word));
    return set;
}

bool isHexDigit(QChar c)
{
    return c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'));
}

// The end of a number starting at i: 0x1F, 1_000, 3.14, 1e-5, and letter suffixes (10L, 2j, 1.5BD).
int scanNumber(const QString &text, int i)
{
    const int n = sizeOf(text);
    if (text.at(i) == QLatin1Char('0') && i + 1 < n &&
        text.at(i + 1).toLower() == QLatin1Char('x')) {
        i += 2;
        while (i < n && (isHexDigit(text.at(i)) || text.at(i) == QLatin1Char('_')))
            ++i;
    } else {
        while (i < n && (text.at(i).isDigit() || text.at(i) == QLatin1Char('_')))
            ++i;
        if (i < n && text.at(i) == QLatin1Char('.') &&
            (i + 1 >= n || text.at(i + 1) != QLatin1Char('.'))) {
            ++i;
            while (i < n && (text.at(i).isDigit() || text.at(i) == QLatin1Char('_')))
                ++i;
        }
        if (i < n && text.at(i).toLower() == QLatin1Char('e')) {
            int j = i + 1;
            if (j < n && (text.at(j) == QLatin1Char('+') || text.at(j) == QLatin1Char('-')))
                ++j;
            if (j < n && text.at(j).isDigit()) {
                i = j;
                while (i < n && text.at(i).isDigit())
                    ++i;
            }
        }
    }
    while (i < n && text.at(i).isLetter())
        ++i;
    return i;
}

// The index after the closing quote of a string whose text starts at i, or -1 when the line ends
// first.
int endOfQuoted(const QString &text, int i, QChar quote, bool escapes)
{
    const int n = sizeOf(text);
    while (i < n) {
        const QChar c = text.at(i);
        if (escapes && c == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (c == quote)
            return i + 1;
        ++i;
    }
    return -1;
}

bool tripleAt(const QString &text, int i, QChar quote)
{
    return i + 2 < sizeOf(text) && text.at(i) == quote && text.at(i + 1) == quote &&
           text.at(i + 2) == quote;
}

int endOfTriple(const QString &text, int i, QChar quote, bool escapes)
{
    const int n = sizeOf(text);
    while (i < n) {
        if (escapes && text.at(i) == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (tripleAt(text, i, quote)) {
            int end = i + 3;
            while (end < n && text.at(end) == quote) // """a"""" ends with the last quote
                ++end;
            return end;
        }
        ++i;
    }
    return -1;
}

int indexOf(const QString &text, const char *what, int from)
{
    return static_cast<int>(text.indexOf(QLatin1String(what), from));
}

int indexOf(const QString &text, char what, int from)
{
    return static_cast<int>(text.indexOf(QLatin1Char(what), from));
}

const QSet<QString> &pythonKeywords()
{
    static const QSet<QString> words = wordSet(
        {"False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
         "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
         "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
         "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"});
    return words;
}

// Python's built-ins and the names a Databricks notebook defines for every cell.
const QSet<QString> &pythonBuiltins()
{
    static const QSet<QString> words = wordSet(
        {"abs",         "all",      "any",        "bin",         "bool",         "bytearray",
         "bytes",       "callable", "chr",        "classmethod", "compile",      "complex",
         "delattr",     "dict",     "dir",        "divmod",      "enumerate",    "eval",
         "exec",        "filter",   "float",      "format",      "frozenset",    "getattr",
         "globals",     "hasattr",  "hash",       "help",        "hex",          "id",
         "input",       "int",      "isinstance", "issubclass",  "iter",         "len",
         "list",        "locals",   "map",        "max",         "memoryview",   "min",
         "next",        "object",   "oct",        "open",        "ord",          "pow",
         "print",       "property", "range",      "repr",        "reversed",     "round",
         "set",         "setattr",  "slice",      "sorted",      "staticmethod", "str",
         "sum",         "super",    "tuple",      "type",        "vars",         "zip",
         "__import__",  "self",     "cls",        "spark",       "dbutils",      "display",
         "displayHTML", "sc",       "sqlContext"});
    return words;
}

bool isPythonStringPrefix(const QString &word)
{
    static const QSet<QString> prefixes = wordSet({"r", "u", "b", "f", "br", "rb", "fr", "rf"});
    return word.size() <= 2 && prefixes.contains(word.toLower());
}

const QSet<QString> &scalaKeywords()
{
    static const QSet<QString> words = wordSet(
        {"abstract", "case",     "catch",   "class",     "def",     "do",     "else",    "enum",
         "export",   "extends",  "false",   "final",     "finally", "for",    "forSome", "given",
         "if",       "implicit", "import",  "lazy",      "match",   "new",    "null",    "object",
         "override", "package",  "private", "protected", "return",  "sealed", "super",   "then",
         "this",     "throw",    "trait",   "true",      "try",     "type",   "using",   "val",
         "var",      "while",    "with",    "yield"});
    return words;
}

const QSet<QString> &rKeywords()
{
    static const QSet<QString> words =
        wordSet({"if",   "else",        "repeat",   "while",         "function",    "for", "in",
                 "next", "break",       "TRUE",     "FALSE",         "NULL",        "Inf", "NaN",
                 "NA",   "NA_integer_", "NA_real_", "NA_character_", "NA_complex_", "T",   "F"});
    return words;
}

const QSet<QString> &shellKeywords()
{
    static const QSet<QString> words =
        wordSet({"if",    "then",   "else",  "elif",     "fi",   "for",      "while",  "until",
                 "do",    "done",   "case",  "esac",     "in",   "function", "return", "export",
                 "local", "select", "break", "continue", "exit", "source",   "alias",  "unset",
                 "set",   "shift",  "trap",  "eval",     "exec", "readonly", "declare"});
    return words;
}

// Types that take a size in parentheses: DECIMAL(10,2) is a type, not a call.
const QSet<QString> &sizedSqlTypes()
{
    static const QSet<QString> words =
        wordSet({"DECIMAL", "DEC", "NUMERIC", "VARCHAR", "CHAR", "CHARACTER"});
    return words;
}

// Where a shell variable starting with '$' at i ends ($NAME, ${...}, $1, $@, $( ...).
int shellVariableEnd(const QString &text, int i)
{
    const int n = sizeOf(text);
    if (i + 1 >= n)
        return i + 1;
    const QChar next = text.at(i + 1);
    if (next == QLatin1Char('{')) {
        const int close = indexOf(text, '}', i + 2);
        return close < 0 ? n : close + 1;
    }
    if (next == QLatin1Char('('))
        return i + 2;
    if (next.isLetter() || next == QLatin1Char('_'))
        return skipWord(text, i + 1);
    if (next.isDigit() || QStringView(u"@*#?$!-").contains(next))
        return i + 2;
    return i + 1;
}

} // namespace

int BrickdeskHighlighter::highlightCode(CodeLanguage language, const QString &text, int start,
                                        int state)
{
    switch (language) {
    case CodeLanguage::Sql:
        return sql(text, start, state);
    case CodeLanguage::Python:
        return python(text, start, state);
    case CodeLanguage::Scala:
        return scala(text, start, state);
    case CodeLanguage::R:
        return r(text, start, state);
    case CodeLanguage::Markdown:
        return markdown(text, start, state);
    case CodeLanguage::Shell:
        return shell(text, start, state);
    case CodeLanguage::Plain:
        break;
    }
    return 0;
}

int BrickdeskHighlighter::sql(const QString &text, int i, int state)
{
    enum
    {
        Normal,
        BlockComment,
        SingleQuoted,
        DoubleQuoted
    };
    const int n = sizeOf(text);
    if (state == BlockComment) {
        const int end = indexOf(text, "*/", i);
        if (end < 0) {
            apply(i, n - i, TextStyle::Comment);
            return BlockComment;
        }
        apply(i, end + 2 - i, TextStyle::Comment);
        i = end + 2;
    } else if (state == SingleQuoted || state == DoubleQuoted) {
        const QChar quote = QLatin1Char(state == SingleQuoted ? '\'' : '"');
        const int end = endOfQuoted(text, i, quote, true);
        if (end < 0) {
            apply(i, n - i, TextStyle::String);
            return state;
        }
        apply(i, end - i, TextStyle::String);
        i = end;
    }
    while (i < n) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            apply(i, n - i, TextStyle::Comment);
            return Normal;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const int end = indexOf(text, "*/", i + 2);
            if (end < 0) {
                apply(i, n - i, TextStyle::Comment);
                return BlockComment;
            }
            apply(i, end + 2 - i, TextStyle::Comment);
            i = end + 2;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const int end = endOfQuoted(text, i + 1, c, true);
            if (end < 0) {
                apply(i, n - i, TextStyle::String);
                return c == QLatin1Char('\'') ? SingleQuoted : DoubleQuoted;
            }
            apply(i, end - i, TextStyle::String);
            i = end;
            continue;
        }
        if (c == QLatin1Char('`')) {
            const int close = indexOf(text, '`', i + 1);
            const int end = close < 0 ? n : close + 1;
            apply(i, end - i, TextStyle::Identifier);
            i = end;
            continue;
        }
        if (c.isDigit() || (c == QLatin1Char('.') && next.isDigit())) {
            const int end = scanNumber(text, i);
            apply(i, end - i, TextStyle::Number);
            i = end;
            continue;
        }
        if (c == QLatin1Char('$') && next == QLatin1Char('{')) {
            const int end = shellVariableEnd(text, i);
            apply(i, end - i, TextStyle::Variable);
            i = end;
            continue;
        }
        if (c == QLatin1Char(':') && next.isLetter() &&
            (i == 0 || text.at(i - 1) != QLatin1Char(':'))) {
            const int end = skipWord(text, i + 1);
            apply(i, end - i, TextStyle::Variable); // a named parameter marker
            i = end;
            continue;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            const int end = skipWord(text, i);
            const QString word = text.mid(i, end - i);
            const bool call = nextNonSpace(text, end) == QLatin1Char('(');
            const bool sizedType = call && sizedSqlTypes().contains(word.toUpper());
            if (call && !sizedType && sparkSql::isFunction(word))
                apply(i, end - i, TextStyle::Function);
            else if (!sizedType && sparkSql::isKeyword(word))
                apply(i, end - i, TextStyle::Keyword);
            else if (sparkSql::isTypeName(word))
                apply(i, end - i, TextStyle::Type);
            i = end;
            continue;
        }
        ++i;
    }
    return Normal;
}

int BrickdeskHighlighter::python(const QString &text, int i, int state)
{
    enum
    {
        Normal,
        TripleSingle,
        TripleDouble
    };
    const int n = sizeOf(text);
    if (state == TripleSingle || state == TripleDouble) {
        const QChar quote = QLatin1Char(state == TripleSingle ? '\'' : '"');
        const int end = endOfTriple(text, i, quote, true);
        if (end < 0) {
            apply(i, n - i, TextStyle::String);
            return state;
        }
        apply(i, end - i, TextStyle::String);
        i = end;
    }
    // A string from `from` (its prefix included) whose opening quote is at quotePos. Returns
    // where it ends; `open` says which triple-quoted string is still open at the line's end.
    const auto string = [&](int from, int quotePos, int *open) -> int {
        const QChar quote = text.at(quotePos);
        if (tripleAt(text, quotePos, quote)) {
            const int end = endOfTriple(text, quotePos + 3, quote, true);
            if (end < 0) {
                apply(from, n - from, TextStyle::String);
                *open = quote == QLatin1Char('\'') ? TripleSingle : TripleDouble;
                return n;
            }
            apply(from, end - from, TextStyle::String);
            return end;
        }
        int end = endOfQuoted(text, quotePos + 1, quote, true);
        if (end < 0)
            end = n;
        apply(from, end - from, TextStyle::String);
        return end;
    };
    bool lineStart = true;
    QString previousWord;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('#')) {
            apply(i, n - i, TextStyle::Comment);
            return Normal;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            int open = Normal;
            i = string(i, i, &open);
            if (open != Normal)
                return open;
            previousWord.clear();
            lineStart = false;
            continue;
        }
        if (c == QLatin1Char('@') && lineStart) {
            int end = i + 1;
            while (end < n && (isWordChar(text.at(end)) || text.at(end) == QLatin1Char('.')))
                ++end;
            apply(i, end - i, TextStyle::Annotation);
            i = end;
            lineStart = false;
            continue;
        }
        lineStart = false;
        if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && text.at(i + 1).isDigit())) {
            const int end = scanNumber(text, i);
            apply(i, end - i, TextStyle::Number);
            i = end;
            previousWord.clear();
            continue;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            const int end = skipWord(text, i);
            const QString word = text.mid(i, end - i);
            if (end < n &&
                (text.at(end) == QLatin1Char('\'') || text.at(end) == QLatin1Char('"')) &&
                isPythonStringPrefix(word)) {
                int open = Normal;
                i = string(i, end, &open);
                if (open != Normal)
                    return open;
                previousWord.clear();
                continue;
            }
            if (previousWord == QLatin1String("def"))
                apply(i, end - i, TextStyle::Function);
            else if (previousWord == QLatin1String("class"))
                apply(i, end - i, TextStyle::Type);
            else if (pythonKeywords().contains(word))
                apply(i, end - i, TextStyle::Keyword);
            else if (pythonBuiltins().contains(word))
                apply(i, end - i, TextStyle::Function);
            previousWord = word;
            i = end;
            continue;
        }
        previousWord.clear();
        ++i;
    }
    return Normal;
}

int BrickdeskHighlighter::scala(const QString &text, int i, int state)
{
    enum
    {
        Normal,
        BlockComment,
        TripleString
    };
    const int n = sizeOf(text);
    const QChar dq = QLatin1Char('"');
    if (state == BlockComment) {
        const int end = indexOf(text, "*/", i);
        if (end < 0) {
            apply(i, n - i, TextStyle::Comment);
            return BlockComment;
        }
        apply(i, end + 2 - i, TextStyle::Comment);
        i = end + 2;
    } else if (state == TripleString) {
        const int end = endOfTriple(text, i, dq, false);
        if (end < 0) {
            apply(i, n - i, TextStyle::String);
            return TripleString;
        }
        apply(i, end - i, TextStyle::String);
        i = end;
    }
    // A string from `from` (an interpolator such as s or f included) opening at quotePos.
    const auto string = [&](int from, int quotePos, int *open) -> int {
        if (tripleAt(text, quotePos, dq)) {
            const int end = endOfTriple(text, quotePos + 3, dq, false);
            if (end < 0) {
                apply(from, n - from, TextStyle::String);
                *open = TripleString;
                return n;
            }
            apply(from, end - from, TextStyle::String);
            return end;
        }
        int end = endOfQuoted(text, quotePos + 1, dq, true);
        if (end < 0)
            end = n;
        apply(from, end - from, TextStyle::String);
        return end;
    };
    QString previousWord;
    while (i < n) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            apply(i, n - i, TextStyle::Comment);
            return Normal;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const int end = indexOf(text, "*/", i + 2);
            if (end < 0) {
                apply(i, n - i, TextStyle::Comment);
                return BlockComment;
            }
            apply(i, end + 2 - i, TextStyle::Comment);
            i = end + 2;
            continue;
        }
        if (c == dq) {
            int open = Normal;
            i = string(i, i, &open);
            if (open != Normal)
                return open;
            previousWord.clear();
            continue;
        }
        if (c == QLatin1Char('\'')) { // 'a' and '\n' are characters; 'name is a symbol
            if (i + 2 < n && next != QLatin1Char('\\') && text.at(i + 2) == QLatin1Char('\'')) {
                apply(i, 3, TextStyle::String);
                i += 3;
                continue;
            }
            if (i + 3 < n && next == QLatin1Char('\\') && text.at(i + 3) == QLatin1Char('\'')) {
                apply(i, 4, TextStyle::String);
                i += 4;
                continue;
            }
            ++i;
            continue;
        }
        if (c == QLatin1Char('@') && next.isLetter()) {
            int end = i + 1;
            while (end < n && (isWordChar(text.at(end)) || text.at(end) == QLatin1Char('.')))
                ++end;
            apply(i, end - i, TextStyle::Annotation);
            i = end;
            continue;
        }
        if (c.isDigit()) {
            const int end = scanNumber(text, i);
            apply(i, end - i, TextStyle::Number);
            i = end;
            previousWord.clear();
            continue;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            const int end = skipWord(text, i);
            const QString word = text.mid(i, end - i);
            if (end < n && text.at(end) == dq) { // s"...", f"...", raw"..."
                int open = Normal;
                i = string(i, end, &open);
                if (open != Normal)
                    return open;
                previousWord.clear();
                continue;
            }
            if (previousWord == QLatin1String("def"))
                apply(i, end - i, TextStyle::Function);
            else if (scalaKeywords().contains(word))
                apply(i, end - i, TextStyle::Keyword);
            else if (word.at(0).isUpper())
                apply(i, end - i, TextStyle::Type);
            previousWord = word;
            i = end;
            continue;
        }
        previousWord.clear();
        ++i;
    }
    return Normal;
}

int BrickdeskHighlighter::r(const QString &text, int i, int state)
{
    enum
    {
        Normal,
        SingleQuoted,
        DoubleQuoted
    };
    const int n = sizeOf(text);
    if (state == SingleQuoted || state == DoubleQuoted) {
        const QChar quote = QLatin1Char(state == SingleQuoted ? '\'' : '"');
        const int end = endOfQuoted(text, i, quote, true);
        if (end < 0) {
            apply(i, n - i, TextStyle::String);
            return state;
        }
        apply(i, end - i, TextStyle::String);
        i = end;
    }
    while (i < n) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        if (c == QLatin1Char('#')) {
            apply(i, n - i, TextStyle::Comment);
            return Normal;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const int end = endOfQuoted(text, i + 1, c, true);
            if (end < 0) { // R strings may run over several lines
                apply(i, n - i, TextStyle::String);
                return c == QLatin1Char('\'') ? SingleQuoted : DoubleQuoted;
            }
            apply(i, end - i, TextStyle::String);
            i = end;
            continue;
        }
        if (c == QLatin1Char('`')) {
            const int close = indexOf(text, '`', i + 1);
            const int end = close < 0 ? n : close + 1;
            apply(i, end - i, TextStyle::Identifier);
            i = end;
            continue;
        }
        if (c == QLatin1Char('%')) { // %>%, %in%, %%
            const int close = indexOf(text, '%', i + 1);
            if (close > i) {
                apply(i, close + 1 - i, TextStyle::Keyword);
                i = close + 1;
                continue;
            }
        }
        if (c.isDigit() || (c == QLatin1Char('.') && next.isDigit())) {
            const int end = scanNumber(text, i);
            apply(i, end - i, TextStyle::Number);
            i = end;
            continue;
        }
        if (c.isLetter() || c == QLatin1Char('.')) {
            int end = i;
            while (end < n && (isWordChar(text.at(end)) || text.at(end) == QLatin1Char('.')))
                ++end;
            const QString word = text.mid(i, end - i);
            if (rKeywords().contains(word))
                apply(i, end - i, TextStyle::Keyword);
            else if (nextNonSpace(text, end) == QLatin1Char('('))
                apply(i, end - i, TextStyle::Function);
            i = end;
            continue;
        }
        ++i;
    }
    return Normal;
}

int BrickdeskHighlighter::markdown(const QString &text, int start, int state)
{
    enum
    {
        Normal,
        Fence
    };
    const int n = sizeOf(text);
    const QStringView trimmed = QStringView(text).mid(start).trimmed();
    const bool fence =
        trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
    if (state == Fence) {
        apply(start, n - start, TextStyle::Code);
        return fence ? Normal : Fence;
    }
    if (fence) {
        apply(start, n - start, TextStyle::Code);
        return Fence;
    }
    int i = start;
    while (i < n && text.at(i) == QLatin1Char(' '))
        ++i;
    if (i < n && text.at(i) == QLatin1Char('#')) {
        int j = i;
        while (j < n && text.at(j) == QLatin1Char('#'))
            ++j;
        if (j - i <= 6 && (j == n || text.at(j) == QLatin1Char(' '))) {
            apply(start, n - start, TextStyle::Heading);
            return Normal;
        }
    }
    static const QRegularExpression rule(QStringLiteral("^ {0,3}([-*_])( *\\1){2,} *$"));
    if (rule.match(trimmed).hasMatch()) {
        apply(start, n - start, TextStyle::ListMarker);
        return Normal;
    }
    if (i < n && text.at(i) == QLatin1Char('>')) { // a quote
        apply(i, 1, TextStyle::ListMarker);
        ++i;
        while (i < n && text.at(i) == QLatin1Char(' '))
            ++i;
    }
    if (i + 1 < n &&
        (text.at(i) == QLatin1Char('-') || text.at(i) == QLatin1Char('*') ||
         text.at(i) == QLatin1Char('+')) &&
        text.at(i + 1) == QLatin1Char(' ')) {
        apply(i, 1, TextStyle::ListMarker);
    } else {
        int j = i;
        while (j < n && text.at(j).isDigit())
            ++j;
        if (j > i && j + 1 < n &&
            (text.at(j) == QLatin1Char('.') || text.at(j) == QLatin1Char(')')) &&
            text.at(j + 1) == QLatin1Char(' '))
            apply(i, j + 1 - i, TextStyle::ListMarker);
    }
    markdownInline(text, start);
    return Normal;
}

void BrickdeskHighlighter::markdownInline(const QString &text, int start)
{
    static const QRegularExpression emphasis(
        QStringLiteral("(?<![*\\w])([*_])(?=[^\\s*_])(.+?)(?<=[^\\s*_])\\1(?![*\\w])"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression link(
        QStringLiteral("\\[[^\\]]*\\]\\([^)\\s]*\\)|<https?://[^>\\s]+>"));
    static const QRegularExpression code(QStringLiteral("`[^`]+`"));
    const auto each = [&](const QRegularExpression &pattern, TextStyle style) {
        QRegularExpressionMatchIterator it = pattern.globalMatch(text, start);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            apply(static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedLength()),
                  style);
        }
    };
    each(emphasis, TextStyle::Emphasis);
    each(strong, TextStyle::Strong);
    each(link, TextStyle::Link);
    each(code, TextStyle::Code); // last: nothing inside a code span is anything else
}

void BrickdeskHighlighter::shellVariables(const QString &text, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (text.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (text.at(i) != QLatin1Char('$'))
            continue;
        const int end = std::min(shellVariableEnd(text, i), to);
        if (end > i + 1)
            apply(i, end - i, TextStyle::Variable);
        i = end - 1;
    }
}

int BrickdeskHighlighter::shell(const QString &text, int i, int)
{
    const int n = sizeOf(text);
    bool tokenStart = true;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            tokenStart = true;
            ++i;
            continue;
        }
        if (c == QLatin1Char('#') && tokenStart) {
            apply(i, n - i, TextStyle::Comment);
            return 0;
        }
        if (c == QLatin1Char('\\')) {
            i += 2;
            tokenStart = false;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            const int close = indexOf(text, '\'', i + 1);
            const int end = close < 0 ? n : close + 1;
            apply(i, end - i, TextStyle::String);
            i = end;
            tokenStart = false;
            continue;
        }
        if (c == QLatin1Char('"')) {
            int end = endOfQuoted(text, i + 1, c, true);
            if (end < 0)
                end = n;
            apply(i, end - i, TextStyle::String);
            shellVariables(text, i, end);
            i = end;
            tokenStart = false;
            continue;
        }
        if (c == QLatin1Char('$')) {
            const int end = shellVariableEnd(text, i);
            if (end > i + 1)
                apply(i, end - i, TextStyle::Variable);
            i = end;
            tokenStart = false;
            continue;
        }
        if (tokenStart && (c.isLetter() || c == QLatin1Char('_'))) {
            int end = i;
            while (end < n && (isWordChar(text.at(end)) || text.at(end) == QLatin1Char('-')))
                ++end;
            const bool wordEnds =
                end == n || text.at(end).isSpace() || text.at(end) == QLatin1Char(';');
            if (wordEnds && shellKeywords().contains(text.mid(i, end - i)))
                apply(i, end - i, TextStyle::Keyword);
            i = end;
            tokenStart = false;
            continue;
        }
        if (tokenStart && c.isDigit()) {
            int end = i;
            while (end < n && text.at(end).isDigit())
                ++end;
            if (end == n || text.at(end).isSpace())
                apply(i, end - i, TextStyle::Number);
            i = end;
            tokenStart = false;
            continue;
        }
        tokenStart = c == QLatin1Char(';') || c == QLatin1Char('|') || c == QLatin1Char('&') ||
                     c == QLatin1Char('(') || c == QLatin1Char('`');
        ++i;
    }
    return 0;
}

} // namespace brickdesk
