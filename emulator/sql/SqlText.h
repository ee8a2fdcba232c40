#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace brickdesk::emulator {

// The lexical side of a SQL statement, as far as the emulator needs it: where the first
// statement ends, its named parameters, identifiers to find again in error messages, and a text
// SQLite can take. Literals and comments follow SQLite's rules ('' inside strings, -- and /* */
// comments, "..." and `...` quoted names), since SQLite runs what comes out.
enum class SqlTokenKind
{
    Word,             // a keyword or a plain name
    QuotedIdentifier, // `name` or "name"; text holds the name without quotes
    String,           // 'text'; text holds it as written, quotes included
    Number,
    Parameter,  // :name; text holds the name
    Positional, // ?
    Symbol      // punctuation; "::" is one symbol
};

struct SqlToken
{
    SqlTokenKind kind = SqlTokenKind::Symbol;
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;

    qsizetype end() const { return start + length; }
    bool isName() const
    {
        return kind == SqlTokenKind::Word || kind == SqlTokenKind::QuotedIdentifier;
    }
    bool isWord(const char *upper) const; // a Word equal to `upper` without regard to case
    bool isSymbol(char symbol) const;
};

struct SqlScan
{
    QString blanked;        // the text with every comment turned into spaces (newlines kept)
    QList<SqlToken> tokens; // the first statement's tokens, without its ';'
    // A token after the first statement's ';': the text holds more than one statement.
    std::optional<SqlToken> nextStatement;
};

SqlScan scanSql(const QString &text);

// Whether tokens[i] exists and is a name, or the symbol `symbol`.
bool sqlNameAt(const QList<SqlToken> &tokens, qsizetype i);
bool sqlSymbolAt(const QList<SqlToken> &tokens, char symbol, qsizetype i);

// Where an offset is, as Databricks SQL errors say it: line from 1, column (pos) from 0.
struct SqlTextPosition
{
    int line = 1;
    int column = 0;
};
SqlTextPosition sqlTextPosition(const QString &text, qsizetype offset);

// A quoted SQL string literal ('it''s') and identifier ("a""b").
QString sqlStringLiteral(const QString &value);
QString sqlIdentifier(const QString &name);

} // namespace brickdesk::emulator
