#include "KSyntaxHighlightingBackend.h"

#if BRICKDESK_HAVE_KSYNTAXHIGHLIGHTING

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QFont>
#include <QList>
#include <functional>

namespace brickdesk {

namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

KSyntaxHighlighting::Definition definitionFor(CodeLanguage language)
{
    QString name;
    QString fileName;
    switch (language) {
    case CodeLanguage::Sql:
        name = QStringLiteral("SQL");
        fileName = QStringLiteral("query.sql");
        break;
    case CodeLanguage::Python:
        name = QStringLiteral("Python");
        fileName = QStringLiteral("notebook.py");
        break;
    case CodeLanguage::Scala:
        name = QStringLiteral("Scala");
        fileName = QStringLiteral("notebook.scala");
        break;
    case CodeLanguage::R:
        name = QStringLiteral("R Script");
        fileName = QStringLiteral("notebook.r");
        break;
    case CodeLanguage::Markdown:
        name = QStringLiteral("Markdown");
        fileName = QStringLiteral("notes.md");
        break;
    case CodeLanguage::Shell:
        name = QStringLiteral("Bash");
        fileName = QStringLiteral("script.sh");
        break;
    case CodeLanguage::Plain:
        return {};
    }
    KSyntaxHighlighting::Definition definition = repository().definitionForName(name);
    if (!definition.isValid())
        definition = repository().definitionForFileName(fileName);
    return definition;
}

TextStyle styleFor(KSyntaxHighlighting::Theme::TextStyle style)
{
    using KStyle = KSyntaxHighlighting::Theme::TextStyle;
    switch (style) {
    case KStyle::Keyword:
    case KStyle::ControlFlow:
    case KStyle::Import:
        return TextStyle::Keyword;
    case KStyle::Function:
    case KStyle::BuiltIn:
        return TextStyle::Function;
    case KStyle::Variable:
        return TextStyle::Variable;
    case KStyle::DataType:
        return TextStyle::Type;
    case KStyle::Char:
    case KStyle::SpecialChar:
    case KStyle::String:
    case KStyle::VerbatimString:
    case KStyle::SpecialString:
        return TextStyle::String;
    case KStyle::DecVal:
    case KStyle::BaseN:
    case KStyle::Float:
    case KStyle::Constant:
        return TextStyle::Number;
    case KStyle::Comment:
    case KStyle::Documentation:
    case KStyle::CommentVar:
    case KStyle::RegionMarker:
        return TextStyle::Comment;
    case KStyle::Attribute:
    case KStyle::Annotation:
    case KStyle::Preprocessor:
        return TextStyle::Annotation;
    default:
        return TextStyle::Normal;
    }
}

// Feeds one line at a time through KDE's engine and hands each formatted range to `sink`.
class LineHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    std::function<void(int, int, const KSyntaxHighlighting::Format &)> sink;

    KSyntaxHighlighting::State run(QStringView text, const KSyntaxHighlighting::State &state)
    {
        return highlightLine(text, state);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (sink && length > 0)
            sink(offset, length, format);
    }
};

} // namespace

// One language's engine, and the engine states met so far: a block state holds an index into
// them (1-based; 0 is the initial state), as QSyntaxHighlighter keeps one int per line.
struct KSyntaxHighlightingBackend::Runner
{
    LineHighlighter highlighter;
    QList<KSyntaxHighlighting::State> states;
};

KSyntaxHighlightingBackend::KSyntaxHighlightingBackend(QTextDocument *document,
                                                       CodeLanguage language, bool notebook)
    : HighlighterBase(document, language, notebook)
{}

KSyntaxHighlightingBackend::~KSyntaxHighlightingBackend() = default;

KSyntaxHighlightingBackend::Runner *KSyntaxHighlightingBackend::runnerFor(CodeLanguage language)
{
    std::unique_ptr<Runner> &slot = m_runners[static_cast<std::size_t>(language)];
    if (!slot) {
        const KSyntaxHighlighting::Definition definition = definitionFor(language);
        if (!definition.isValid())
            return nullptr;
        slot = std::make_unique<Runner>();
        slot->highlighter.setDefinition(definition);
        slot->highlighter.setTheme(
            repository().defaultTheme(isDarkTheme() ? KSyntaxHighlighting::Repository::DarkTheme
                                                    : KSyntaxHighlighting::Repository::LightTheme));
    }
    return slot.get();
}

void KSyntaxHighlightingBackend::themeChanged()
{
    const KSyntaxHighlighting::Theme theme =
        repository().defaultTheme(isDarkTheme() ? KSyntaxHighlighting::Repository::DarkTheme
                                                : KSyntaxHighlighting::Repository::LightTheme);
    for (const std::unique_ptr<Runner> &runner : m_runners) {
        if (runner)
            runner->highlighter.setTheme(theme);
    }
}

int KSyntaxHighlightingBackend::highlightCode(CodeLanguage language, const QString &text, int start,
                                              int state)
{
    Runner *runner = runnerFor(language);
    if (!runner)
        return 0;
    const KSyntaxHighlighting::Theme theme = runner->highlighter.theme();
    runner->highlighter.sink = [this, start, &theme](int offset, int length,
                                                     const KSyntaxHighlighting::Format &format) {
        QTextCharFormat f;
        f.setForeground(format.textColor(theme));
        if (format.hasBackgroundColor(theme))
            f.setBackground(format.backgroundColor(theme));
        if (format.isBold(theme))
            f.setFontWeight(QFont::Bold);
        if (format.isItalic(theme))
            f.setFontItalic(true);
        if (format.isUnderline(theme))
            f.setFontUnderline(true);
        if (format.isStrikeThrough(theme))
            f.setFontStrikeOut(true);
        f.setProperty(kStyleProperty, static_cast<int>(styleFor(format.textStyle())));
        setFormat(start + offset, length, f);
    };
    const KSyntaxHighlighting::State before = state > 0 && state <= runner->states.size()
                                                  ? runner->states.at(state - 1)
                                                  : KSyntaxHighlighting::State();
    const KSyntaxHighlighting::State after =
        runner->highlighter.run(QStringView(text).mid(start), before);
    runner->highlighter.sink = nullptr;
    const qsizetype known = runner->states.indexOf(after);
    if (known >= 0)
        return static_cast<int>(known) + 1;
    if (runner->states.size() >= kInnerStateMask)
        return 0; // more distinct states than a block state can name: start afresh
    runner->states.append(after);
    return static_cast<int>(runner->states.size());
}

} // namespace brickdesk

#endif
