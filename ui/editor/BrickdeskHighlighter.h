#pragma once

#include "HighlighterBase.h"

namespace brickdesk {

// Brickdesk's own highlighter, used when KSyntaxHighlighting is not available: hand-written
// scanners for Spark SQL (keywords, functions and types from core/sql/SparkSqlWords), Python,
// Scala, R, Markdown and shell, with multi-line comments and strings carried between lines.
class BrickdeskHighlighter final : public HighlighterBase
{
    Q_OBJECT

public:
    using HighlighterBase::HighlighterBase;

protected:
    int highlightCode(CodeLanguage language, const QString &text, int start, int state) override;

private:
    int sql(const QString &text, int start, int state);
    int python(const QString &text, int start, int state);
    int scala(const QString &text, int start, int state);
    int r(const QString &text, int start, int state);
    int markdown(const QString &text, int start, int state);
    int shell(const QString &text, int start, int state);
    void markdownInline(const QString &text, int start);
    void shellVariables(const QString &text, int from, int to);
};

} // namespace brickdesk
