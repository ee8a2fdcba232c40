#include "StatementSplitter.h"

#include <algorithm>

namespace brickdesk::statementSplitter {

namespace {

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// A statement with where its piece of text ends: the ';' after it, or the end of the text.
struct Piece
{
    SqlStatement statement;
    int separator = 0; // index of the ';' (or the end of the scanned range)
};

// Counts lines forward only: statements come in order, so the whole split stays linear.
class LineCounter
{
public:
    explicit LineCounter(const QString &text)
        : m_text(text)
    {}

    void advanceTo(int offset, int *line, int *column)
    {
        for (; m_offset < offset; ++m_offset) {
            if (m_text.at(m_offset) == QLatin1Char('\n')) {
                ++m_line;
                m_lineStart = m_offset + 1;
            }
        }
        *line = m_line;
        *column = offset - m_lineStart;
    }

private:
    const QString &m_text;
    int m_offset = 0;
    int m_line = 1;
    int m_lineStart = 0;
};

QList<Piece> scan(const QString &text, int from, int to)
{
    QList<Piece> pieces;
    from = std::clamp(from, 0, int(text.size()));
    to = std::clamp(to, from, int(text.size()));
    LineCounter lines(text);
    const auto at = [&](int i) { return i < to ? text.at(i) : QChar(); };
    int pieceStart = from;
    bool hasCode = false;
    const auto emitPiece = [&](int separator) {
        if (hasCode) {
            int start = pieceStart;
            int end = separator;
            while (start < end && text.at(start).isSpace())
                ++start;
            while (end > start && text.at(end - 1).isSpace())
                --end;
            Piece piece;
            piece.separator = separator;
            piece.statement.start = start;
            piece.statement.length = end - start;
            piece.statement.text = text.mid(start, end - start);
            lines.advanceTo(start, &piece.statement.line, &piece.statement.column);
            pieces.append(piece);
        }
        hasCode = false;
    };

    int i = from;
    while (i < to) {
        const QChar c = text.at(i);
        const QChar next = at(i + 1);
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < to && text.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            // Spark's bracketed comments nest.
            int depth = 1;
            i += 2;
            while (i < to && depth > 0) {
                if (text.at(i) == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
                    ++depth;
                    i += 2;
                } else if (text.at(i) == QLatin1Char('*') && at(i + 1) == QLatin1Char('/')) {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            }
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            hasCode = true;
            // r'…' / R"…" take backslashes literally.
            const bool raw =
                i > from &&
                (text.at(i - 1) == QLatin1Char('r') || text.at(i - 1) == QLatin1Char('R')) &&
                (i - 1 == from || !isIdentifierChar(text.at(i - 2)));
            ++i;
            while (i < to) {
                const QChar inside = text.at(i);
                if (!raw && inside == QLatin1Char('\\')) {
                    i += 2;
                    continue;
                }
                ++i;
                if (inside == c)
                    break;
            }
            i = std::min(i, to);
            continue;
        }
        if (c == QLatin1Char('`')) {
            hasCode = true;
            ++i;
            while (i < to && text.at(i) != QLatin1Char('`'))
                ++i;
            i = std::min(i + 1, to);
            continue;
        }
        if (c == QLatin1Char('$') && next == QLatin1Char('$')) {
            hasCode = true;
            const qsizetype close = text.indexOf(QLatin1String("$$"), i + 2);
            i = close < 0 || close + 2 > to ? to : int(close) + 2;
            continue;
        }
        if (c == QLatin1Char(';')) {
            emitPiece(i);
            pieceStart = i + 1;
            ++i;
            continue;
        }
        if (!c.isSpace())
            hasCode = true;
        ++i;
    }
    emitPiece(to);
    return pieces;
}

} // namespace

QList<SqlStatement> split(const QString &text)
{
    return split(text, 0, int(text.size()));
}

QList<SqlStatement> split(const QString &text, int from, int to)
{
    QList<SqlStatement> statements;
    for (const Piece &piece : scan(text, from, to))
        statements.append(piece.statement);
    return statements;
}

std::optional<SqlStatement> statementAt(const QString &text, int position)
{
    const QList<Piece> pieces = scan(text, 0, int(text.size()));
    if (pieces.isEmpty())
        return std::nullopt;
    // In (or touching) a statement's text.
    for (const Piece &piece : pieces) {
        if (position >= piece.statement.start && position <= piece.statement.end())
            return piece.statement;
    }
    // Between a statement and its ';', or just after the ';'.
    for (const Piece &piece : pieces) {
        if (position > piece.statement.end() && position <= piece.separator + 1)
            return piece.statement;
    }
    // In white space or comments: the statement before, or the first one.
    std::optional<SqlStatement> before;
    for (const Piece &piece : pieces) {
        if (piece.statement.start > position)
            break;
        before = piece.statement;
    }
    return before ? before : pieces.first().statement;
}

int offsetOf(const QString &text, const SqlStatement &statement, int line, int column)
{
    const int end = std::min(statement.end(), int(text.size()));
    if (line <= 0)
        return statement.start;
    int lineStart = statement.start;
    for (int l = 1; l < line; ++l) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), lineStart);
        if (newline < 0 || newline >= end)
            return end;
        lineStart = int(newline) + 1;
    }
    qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
    if (lineEnd < 0 || lineEnd > end)
        lineEnd = end;
    return std::min(lineStart + std::max(column, 0), int(lineEnd));
}

void lineAndColumn(const QString &text, int offset, int *line, int *column)
{
    offset = std::clamp(offset, 0, int(text.size()));
    LineCounter lines(text);
    lines.advanceTo(offset, line, column);
}

QStringList keywords(const QString &statement)
{
    QStringList words;
    const qsizetype n = statement.size();
    const auto at = [&](qsizetype i) { return i < n ? statement.at(i) : QChar(); };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = statement.at(i);
        if (c == QLatin1Char('-') && at(i + 1) == QLatin1Char('-')) {
            while (i < n && statement.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            int depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (statement.at(i) == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
                    ++depth;
                    i += 2;
                } else if (statement.at(i) == QLatin1Char('*') && at(i + 1) == QLatin1Char('/')) {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            }
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            ++i;
            while (i < n && statement.at(i) != c) {
                if (c != QLatin1Char('`') && statement.at(i) == QLatin1Char('\\'))
                    ++i;
                ++i;
            }
            ++i;
        } else if (c == QLatin1Char('$') && at(i + 1) == QLatin1Char('$')) {
            const qsizetype close = statement.indexOf(QLatin1String("$$"), i + 2);
            i = close < 0 ? n : close + 2;
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            const qsizetype start = i;
            while (i < n &&
                   (statement.at(i).isLetterOrNumber() || statement.at(i) == QLatin1Char('_')))
                ++i;
            const QChar quote = at(i);
            if (i - start == 1 && (c == QLatin1Char('r') || c == QLatin1Char('R')) &&
                (quote == QLatin1Char('\'') || quote == QLatin1Char('"'))) {
                // r'…': a raw string, where a backslash escapes nothing (as scan() reads it).
                ++i;
                while (i < n && statement.at(i) != quote)
                    ++i;
                ++i;
                continue;
            }
            words.append(statement.mid(start, i - start).toUpper());
        } else if (c.isDigit()) {
            while (i < n &&
                   (statement.at(i).isLetterOrNumber() || statement.at(i) == QLatin1Char('_') ||
                    statement.at(i) == QLatin1Char('.')))
                ++i;
        } else {
            ++i;
        }
    }
    return words;
}

bool isReadOnly(const QString &statement)
{
    static const QStringList reading = {
        QStringLiteral("SELECT"),   QStringLiteral("WITH"), QStringLiteral("SHOW"),
        QStringLiteral("DESCRIBE"), QStringLiteral("DESC"), QStringLiteral("EXPLAIN"),
        QStringLiteral("VALUES"),   QStringLiteral("USE"),  QStringLiteral("SET"),
        QStringLiteral("LIST"),     QStringLiteral("FROM"), QStringLiteral("TABLE")};
    static const QStringList writing = {
        QStringLiteral("INSERT"),  QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
        QStringLiteral("MERGE"),   QStringLiteral("DROP"),   QStringLiteral("TRUNCATE"),
        QStringLiteral("ALTER"),   QStringLiteral("CREATE"), QStringLiteral("GRANT"),
        QStringLiteral("REVOKE"),  QStringLiteral("VACUUM"), QStringLiteral("OPTIMIZE"),
        QStringLiteral("RESTORE"), QStringLiteral("COPY")};
    // Statements that describe or explain never write, whatever they name (SHOW CREATE TABLE).
    static const QStringList describing = {QStringLiteral("SHOW"), QStringLiteral("DESCRIBE"),
                                           QStringLiteral("DESC"), QStringLiteral("EXPLAIN"),
                                           QStringLiteral("USE"),  QStringLiteral("SET"),
                                           QStringLiteral("LIST")};
    const QStringList words = keywords(statement);
    if (words.isEmpty() || !reading.contains(words.first()))
        return false;
    if (describing.contains(words.first()))
        return true;
    return std::none_of(words.cbegin(), words.cend(),
                        [](const QString &word) { return writing.contains(word); });
}

} // namespace brickdesk::statementSplitter
