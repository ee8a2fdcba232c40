#pragma once

// Only built when CMake found KF6SyntaxHighlighting (BRICKDESK_HAVE_KSYNTAXHIGHLIGHTING).
#if BRICKDESK_HAVE_KSYNTAXHIGHLIGHTING

#include "HighlighterBase.h"

#include <array>
#include <memory>

namespace brickdesk {

// The KSyntaxHighlighting (KF6) backend: each run of code is highlighted by KDE's syntax
// definition for its language (Kate's "SQL", "Python", "Scala", "R Script", "Markdown", "Bash")
// with KDE's default light or dark theme. The notebook chrome comes from HighlighterBase, as in
// the built-in backend, so a notebook looks the same with either.
class KSyntaxHighlightingBackend final : public HighlighterBase
{
    Q_OBJECT

public:
    KSyntaxHighlightingBackend(QTextDocument *document, CodeLanguage language, bool notebook);
    ~KSyntaxHighlightingBackend() override;

protected:
    int highlightCode(CodeLanguage language, const QString &text, int start, int state) override;
    void themeChanged() override;

private:
    struct Runner;
    Runner *runnerFor(CodeLanguage language);

    std::array<std::unique_ptr<Runner>, static_cast<std::size_t>(CodeLanguage::Shell) + 1>
        m_runners;
};

} // namespace brickdesk

#endif
