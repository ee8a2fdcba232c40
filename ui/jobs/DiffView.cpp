#include "DiffView.h"

#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>

namespace brickdesk {

DiffView::DiffView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("Changes"));
}

void DiffView::setDiff(const QList<DiffLine> &diff)
{
    m_diff = diff;
    clear();
    QTextCursor cursor(document());
    QTextBlockFormat same;
    QTextBlockFormat removed;
    removed.setBackground(QColor(0xff, 0xeb, 0xee));
    QTextBlockFormat added;
    added.setBackground(QColor(0xe8, 0xf5, 0xe9));
    QTextCharFormat removedText;
    removedText.setForeground(QColor(0xb7, 0x1c, 0x1c));
    QTextCharFormat addedText;
    addedText.setForeground(QColor(0x1b, 0x5e, 0x20));
    QTextCharFormat plainText;
    bool first = true;
    for (const DiffLine &line : diff) {
        if (!first)
            cursor.insertBlock();
        first = false;
        switch (line.kind) {
        case DiffLine::Kind::Same:
            cursor.setBlockFormat(same);
            cursor.insertText(QStringLiteral("  ") + line.text, plainText);
            break;
        case DiffLine::Kind::Removed:
            cursor.setBlockFormat(removed);
            cursor.insertText(QStringLiteral("- ") + line.text, removedText);
            break;
        case DiffLine::Kind::Added:
            cursor.setBlockFormat(added);
            cursor.insertText(QStringLiteral("+ ") + line.text, addedText);
            break;
        }
    }
    moveCursor(QTextCursor::Start);
}

} // namespace brickdesk
