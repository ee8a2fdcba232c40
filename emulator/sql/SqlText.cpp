#include "SqlText.h"

#include <algorithm>

namespace brickdesk::emulator {

namespace {

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isNamePart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
        , m_blanked(text)
    {}

    SqlScan run()
    {
        SqlScan scan;
        bool afterSemicolon = false;
        while (true) {
            skipSpaceAndComments();
            if (m_pos >= m_text.size())
                break;
            const SqlToken token = next();
            if (token.isSymbol(';')) {
                afterSemicolon = true;
                continue;
            }
            if (afterSemicolon) {
                scan.nextStatement = token;
                break;
            }
            scan.tokens.append(token);
        }
        scan.blanked = m_blanked;
        return scan;
    }

private:
    QChar at(qsizetype i) const { return i < m_text.size() ? m_text.at(i) : QChar(); }

    void blank(qsizetype from, qsizetype to)
    {
        for (qsizetype i = from; i < to && i < m_blanked.size(); ++i) {
            if (m_blanked.at(i) != QLatin1Char('\n'))
                m_blanked[i] = QLatin1Char(' ');
        }
    }

    void skipSpaceAndComments()
    {
        while (m_pos < m_text.size()) {
            const QChar c = at(m_pos);
            if (c.isSpace()) {
                ++m_pos;
            } else if (c == QLatin1Char('-') && at(m_pos + 1) == QLatin1Char('-')) {
                const qsizetype start = m_pos;
                while (m_pos < m_text.size() && at(m_pos) != QLatin1Char('\n'))
                    ++m_pos;
                blank(start, m_pos);
            } else if (c == QLatin1Char('/') && at(m_pos + 1) == QLatin1Char('*')) {
                // Spark nests block comments.
                const qsizetype start = m_pos;
                int depth = 0;
                while (m_pos < m_text.size()) {
                    if (at(m_pos) == QLatin1Char('/') && at(m_pos + 1) == QLatin1Char('*')) {
                        ++depth;
                        m_pos += 2;
                    } else if (at(m_pos) == QLatin1Char('*') && at(m_pos + 1) == QLatin1Char('/')) {
                        m_pos += 2;
                        if (--depth == 0)
                            break;
                    } else {
                        ++m_pos;
                    }
                }
                blank(start, m_pos);
            } else {
                return;
            }
        }
    }

    // Up to the closing quote; a doubled quote stands for one.
    QString quoted(QChar quote)
    {
        QString content;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = at(m_pos++);
            if (c == quote) {
                if (at(m_pos) != quote)
                    return content;
                ++m_pos;
            }
            content += c;
        }
        return content;
    }

    SqlToken next()
    {
        SqlToken token;
        token.start = m_pos;
        const QChar c = at(m_pos);
        if (c == QLatin1Char('\'')) {
            quoted(c);
            token.kind = SqlTokenKind::String;
            token.text = m_text.mid(token.start, m_pos - token.start);
        } else if (c == QLatin1Char('"') || c == QLatin1Char('`')) {
            token.kind = SqlTokenKind::QuotedIdentifier;
            token.text = quoted(c);
        } else if (c.isDigit() || (c == QLatin1Char('.') && at(m_pos + 1).isDigit())) {
            token.kind = SqlTokenKind::Number;
            while (isNamePart(at(m_pos)) || at(m_pos) == QLatin1Char('.') ||
                   ((at(m_pos) == QLatin1Char('+') || at(m_pos) == QLatin1Char('-')) &&
                    (at(m_pos - 1) == QLatin1Char('e') || at(m_pos - 1) == QLatin1Char('E')))) {
                ++m_pos;
            }
            token.text = m_text.mid(token.start, m_pos - token.start);
        } else if (isNameStart(c)) {
            token.kind = SqlTokenKind::Word;
            while (isNamePart(at(m_pos)))
                ++m_pos;
            token.text = m_text.mid(token.start, m_pos - token.start);
        } else if (c == QLatin1Char(':') && at(m_pos + 1) == QLatin1Char(':')) {
            m_pos += 2;
            token.text = QStringLiteral("::");
        } else if (c == QLatin1Char(':') && isNameStart(at(m_pos + 1))) {
            token.kind = SqlTokenKind::Parameter;
            ++m_pos;
            while (isNamePart(at(m_pos)))
                ++m_pos;
            token.text = m_text.mid(token.start + 1, m_pos - token.start - 1);
        } else if (c == QLatin1Char('?')) {
            token.kind = SqlTokenKind::Positional;
            token.text = c;
            ++m_pos;
        } else {
            token.text = c;
            ++m_pos;
        }
        token.length = m_pos - token.start;
        return token;
    }

    const QString &m_text;
    QString m_blanked;
    qsizetype m_pos = 0;
};

} // namespace

bool SqlToken::isWord(const char *upper) const
{
    return kind == SqlTokenKind::Word &&
           text.compare(QLatin1String(upper), Qt::CaseInsensitive) == 0;
}

bool SqlToken::isSymbol(char symbol) const
{
    return kind == SqlTokenKind::Symbol && text.size() == 1 && text.at(0) == QLatin1Char(symbol);
}

SqlScan scanSql(const QString &text)
{
    return Lexer(text).run();
}

bool sqlNameAt(const QList<SqlToken> &tokens, qsizetype i)
{
    return i >= 0 && i < tokens.size() && tokens.at(i).isName();
}

bool sqlSymbolAt(const QList<SqlToken> &tokens, char symbol, qsizetype i)
{
    return i >= 0 && i < tokens.size() && tokens.at(i).isSymbol(symbol);
}

SqlTextPosition sqlTextPosition(const QString &text, qsizetype offset)
{
    SqlTextPosition position;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            ++position.line;
            lineStart = i + 1;
        }
    }
    position.column = static_cast<int>(std::min(offset, text.size()) - lineStart);
    return position;
}

QString sqlStringLiteral(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString sqlIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace brickdesk::emulator
