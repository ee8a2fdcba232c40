#include "SyntaxHighlighting.h"

#if BRICKDESK_HAVE_KSYNTAXHIGHLIGHTING
#include "KSyntaxHighlightingBackend.h"
#else
#include "BrickdeskHighlighter.h"
#endif

#include <QPalette>
#include <QTextCharFormat>

namespace brickdesk {

SyntaxHighlighting::~SyntaxHighlighting() = default;

std::unique_ptr<SyntaxHighlighting> SyntaxHighlighting::create(QTextDocument *document,
                                                               CodeLanguage language, bool notebook)
{
#if BRICKDESK_HAVE_KSYNTAXHIGHLIGHTING
    return std::make_unique<KSyntaxHighlightingBackend>(document, language, notebook);
#else
    return std::make_unique<BrickdeskHighlighter>(document, language, notebook);
#endif
}

QString SyntaxHighlighting::backendName()
{
#if BRICKDESK_HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral("KSyntaxHighlighting (KF6)");
#else
    return QStringLiteral("Brickdesk");
#endif
}

bool SyntaxHighlighting::isBuiltInBackend()
{
#if BRICKDESK_HAVE_KSYNTAXHIGHLIGHTING
    return false;
#else
    return true;
#endif
}

TextStyle SyntaxHighlighting::styleOf(const QTextCharFormat &format)
{
    const QVariant style = format.property(kStyleProperty);
    if (!style.isValid())
        return TextStyle::Normal;
    const int value = style.toInt();
    if (value < 0 || value > static_cast<int>(TextStyle::CellTitle))
        return TextStyle::Normal;
    return static_cast<TextStyle>(value);
}

bool SyntaxHighlighting::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace brickdesk
