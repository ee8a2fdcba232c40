#include "HighlighterBase.h"

#include "NotebookSource.h"

#include <QColor>
#include <QFont>
#include <algorithm>

namespace brickdesk {

namespace {

constexpr int kInnerLanguageShift = 20;
constexpr int kCellLanguageShift = 24;
constexpr int kCellSetBit = 1 << 28;

struct LineState
{
    int inner = 0;
    CodeLanguage innerLanguage = CodeLanguage::Plain;
    CodeLanguage cellLanguage = CodeLanguage::Plain;
    bool cellSet = false;
};

int pack(const LineState &state)
{
    return (state.inner & HighlighterBase::kInnerStateMask) |
           (static_cast<int>(state.innerLanguage) << kInnerLanguageShift) |
           (static_cast<int>(state.cellLanguage) << kCellLanguageShift) |
           (state.cellSet ? kCellSetBit : 0);
}

LineState unpack(int state, CodeLanguage notebookLanguage)
{
    LineState line;
    if (state < 0) {
        line.cellLanguage = notebookLanguage;
        return line;
    }
    line.inner = state & HighlighterBase::kInnerStateMask;
    line.innerLanguage = static_cast<CodeLanguage>((state >> kInnerLanguageShift) & 0xf);
    line.cellLanguage = static_cast<CodeLanguage>((state >> kCellLanguageShift) & 0xf);
    line.cellSet = (state & kCellSetBit) != 0;
    return line;
}

// Where the text of a MAGIC line starts: after "<comment> MAGIC" and the one space after it.
int magicBodyStart(const QString &line)
{
    int pos = line.startsWith(QLatin1String("--")) || line.startsWith(QLatin1String("//")) ? 2 : 1;
    pos += 1 + 5; // " MAGIC"
    if (pos < line.size() && line.at(pos) == QLatin1Char(' '))
        ++pos;
    return std::min(pos, static_cast<int>(line.size()));
}

struct Palette
{
    const char *keyword;
    const char *type;
    const char *function;
    const char *string;
    const char *number;
    const char *comment;
    const char *identifier;
    const char *annotation;
    const char *variable;
    const char *heading;
    const char *code;
    const char *codeBackground;
    const char *link;
    const char *listMarker;
    const char *chrome;
    const char *magic;
};

// Readable on white and on the usual dark greys; the dark set follows VS Code's Dark+.
const Palette kLight = {"#0033b3", "#00627a", "#795e26", "#067d17", "#1750eb", "#8c8c8c",
                        "#871094", "#9e880d", "#871094", "#0033b3", "#067d17", "#f2f2f2",
                        "#0b57d0", "#c2185b", "#a0a0a0", "#b35900"};
const Palette kDark = {"#569cd6", "#4ec9b0", "#dcdcaa", "#ce9178", "#b5cea8", "#6a9955",
                       "#9cdcfe", "#d7ba7d", "#9cdcfe", "#569cd6", "#ce9178", "#2d2d2d",
                       "#3794ff", "#d7ba7d", "#6e7681", "#c586c0"};

QColor colour(const char *name)
{
    return QColor(QLatin1String(name));
}

} // namespace

HighlighterBase::HighlighterBase(QTextDocument *document, CodeLanguage language, bool notebook)
    : QSyntaxHighlighter(static_cast<QObject *>(nullptr))
    , m_language(language)
    , m_notebook(notebook)
{
    buildFormats();
    // Attached last: setDocument() highlights at once, through the subclass's highlightCode()
    // only after construction, as QSyntaxHighlighter defers the first pass to the event loop.
    setDocument(document);
}

HighlighterBase::~HighlighterBase() = default;

void HighlighterBase::setLanguage(CodeLanguage language, bool notebook)
{
    if (language == m_language && notebook == m_notebook)
        return;
    m_language = language;
    m_notebook = notebook;
    rehighlight();
}

void HighlighterBase::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    buildFormats();
    themeChanged();
    rehighlight();
}

void HighlighterBase::buildFormats()
{
    const Palette &p = m_dark ? kDark : kLight;
    const auto make = [this](TextStyle style, const char *foreground) -> QTextCharFormat & {
        QTextCharFormat &f = m_formats[static_cast<std::size_t>(style)];
        f = QTextCharFormat();
        f.setProperty(kStyleProperty, static_cast<int>(style));
        if (foreground)
            f.setForeground(colour(foreground));
        return f;
    };
    make(TextStyle::Normal, nullptr);
    make(TextStyle::Keyword, p.keyword).setFontWeight(QFont::DemiBold);
    make(TextStyle::Type, p.type);
    make(TextStyle::Function, p.function);
    make(TextStyle::String, p.string);
    make(TextStyle::Number, p.number);
    make(TextStyle::Comment, p.comment).setFontItalic(true);
    make(TextStyle::Identifier, p.identifier);
    make(TextStyle::Annotation, p.annotation);
    make(TextStyle::Variable, p.variable);
    make(TextStyle::Heading, p.heading).setFontWeight(QFont::Bold);
    make(TextStyle::Emphasis, nullptr).setFontItalic(true);
    make(TextStyle::Strong, nullptr).setFontWeight(QFont::Bold);
    make(TextStyle::Code, p.code).setBackground(colour(p.codeBackground));
    QTextCharFormat &link = make(TextStyle::Link, p.link);
    link.setFontUnderline(true);
    make(TextStyle::ListMarker, p.listMarker).setFontWeight(QFont::Bold);
    make(TextStyle::NotebookChrome, p.chrome);
    make(TextStyle::Magic, p.magic).setFontWeight(QFont::Bold);
    make(TextStyle::CellTitle, nullptr).setFontWeight(QFont::Bold);
}

void HighlighterBase::highlightBlock(const QString &text)
{
    if (m_notebook) {
        setCurrentBlockState(highlightNotebookLine(text, previousBlockState()));
        return;
    }
    LineState state = unpack(previousBlockState(), m_language);
    const int inner = state.innerLanguage == m_language ? state.inner : 0;
    state.inner = m_language == CodeLanguage::Plain ? 0 : highlightCode(m_language, text, 0, inner);
    state.innerLanguage = m_language;
    state.cellLanguage = m_language;
    setCurrentBlockState(pack(state));
}

int HighlighterBase::highlightNotebookLine(const QString &text, int previous)
{
    LineState state = unpack(previous, m_language);
    const int size = static_cast<int>(text.size());
    switch (notebookSource::lineRole(text)) {
    case NotebookLineRole::Header:
    case NotebookLineRole::CellMarker: {
        apply(0, size, TextStyle::NotebookChrome);
        LineState fresh;
        fresh.cellLanguage = m_language;
        return pack(fresh);
    }
    case NotebookLineRole::Title: {
        apply(0, size, TextStyle::NotebookChrome);
        const int comma = static_cast<int>(text.indexOf(QLatin1Char(',')));
        if (comma >= 0)
            apply(comma + 1, size - comma - 1, TextStyle::CellTitle);
        return pack(state);
    }
    case NotebookLineRole::Magic: {
        const int bodyStart = magicBodyStart(text);
        apply(0, bodyStart, TextStyle::NotebookChrome);
        int codeStart = bodyStart;
        if (!state.cellSet) {
            int i = bodyStart;
            while (i < size && text.at(i).isSpace())
                ++i;
            if (i == size)
                return pack(state); // a blank MAGIC line before the cell says what it is
            state.cellSet = true;
            state.cellLanguage = m_language;
            state.inner = 0;
            if (text.at(i) == QLatin1Char('%') && i + 1 < size && text.at(i + 1).isLetter()) {
                int end = i + 1;
                while (end < size &&
                       (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('_') ||
                        text.at(end) == QLatin1Char('-')))
                    ++end;
                const QString magic = text.mid(i + 1, end - i - 1);
                const CodeLanguage language = notebookSource::languageOfMagic(magic);
                // As the outline reads it: an unknown magic keeps the notebook's language.
                if (language != CodeLanguage::Plain ||
                    magic.compare(QLatin1String("run"), Qt::CaseInsensitive) == 0)
                    state.cellLanguage = language;
                apply(i, end - i, TextStyle::Magic);
                codeStart = end;
            }
        }
        const CodeLanguage language = state.cellLanguage;
        const int inner = state.innerLanguage == language ? state.inner : 0;
        state.inner = language == CodeLanguage::Plain
                          ? 0
                          : highlightCode(language, text, codeStart, inner) & kInnerStateMask;
        state.innerLanguage = language;
        return pack(state);
    }
    case NotebookLineRole::Code:
        break;
    }
    if (text.trimmed().isEmpty())
        return pack(state); // blank lines carry the state over (open strings, fenced code)
    const int inner = state.innerLanguage == m_language ? state.inner : 0;
    state.inner = m_language == CodeLanguage::Plain
                      ? 0
                      : highlightCode(m_language, text, 0, inner) & kInnerStateMask;
    state.innerLanguage = m_language;
    return pack(state);
}

} // namespace brickdesk
