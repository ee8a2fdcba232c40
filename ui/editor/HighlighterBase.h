#pragma once

#include "SyntaxHighlighting.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <array>

namespace brickdesk {

// What both backends share: the colours of each TextStyle for light and dark backgrounds, and the
// notebook machinery (line roles, MAGIC prefixes, the cell language carried from line to line).
// A backend only highlights runs of code in one language: highlightCode().
//
// Block state layout (never negative): bits 0-19 the code highlighter's own state for the
// language in bits 20-23; bits 24-27 the current cell's language; bit 28 set once the cell's first
// MAGIC line has said its language.
class HighlighterBase : public QSyntaxHighlighter, public SyntaxHighlighting
{
    Q_OBJECT

public:
    HighlighterBase(QTextDocument *document, CodeLanguage language, bool notebook);
    ~HighlighterBase() override;

    void setLanguage(CodeLanguage language, bool notebook) override;
    CodeLanguage language() const override { return m_language; }
    bool isNotebook() const override { return m_notebook; }
    void setDark(bool dark) override;
    bool isDarkTheme() const override { return m_dark; }
    void rehighlightAll() override { rehighlight(); }

    static constexpr int kInnerStateMask = (1 << 20) - 1;

protected:
    void highlightBlock(const QString &text) override;

    // Highlights text[start..] as `language`, continuing from `state` (0: a fresh start; else what
    // the previous line in this language returned). Returns the state for the next line, at most
    // kInnerStateMask.
    virtual int highlightCode(CodeLanguage language, const QString &text, int start, int state) = 0;
    // Called after the colours changed (before re-highlighting).
    virtual void themeChanged() {}

    const QTextCharFormat &format(TextStyle style) const
    {
        return m_formats[static_cast<std::size_t>(style)];
    }
    void apply(int start, int length, TextStyle style)
    {
        if (length > 0)
            setFormat(start, length, format(style));
    }

private:
    void buildFormats();
    int highlightNotebookLine(const QString &text, int previous);

    CodeLanguage m_language;
    bool m_notebook;
    bool m_dark = false;
    std::array<QTextCharFormat, static_cast<std::size_t>(TextStyle::CellTitle) + 1> m_formats;
};

} // namespace brickdesk
