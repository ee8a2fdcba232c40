#include "SaveConflictDialog.h"

#include "LineDiff.h"
#include "SyntaxHighlighting.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace brickdesk {

SaveConflictDialog::SaveConflictDialog(const QString &path, const QString &theirs,
                                       const QString &mine, const QDateTime &theirsModifiedAt,
                                       QWidget *parent)
    : QDialog(parent)
    , m_diff(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Notebook changed in the workspace"));
    const QString when =
        theirsModifiedAt.isValid()
            ? QLocale().toString(theirsModifiedAt.toLocalTime(), QLocale::ShortFormat)
            : tr("meanwhile");
    auto *intro = new QLabel(
        tr("<b>%1</b> was changed in the workspace (%2) since you opened or last saved it.<br>"
           "Lines only in the workspace's version are marked <b>-</b>, lines only in yours "
           "<b>+</b>.")
            .arg(path.toHtmlEscaped(), when.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QList<DiffLine> diff = diffTexts(theirs, mine);
    m_stat = diffStat(diff);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(hasChanges(diff) ? tr("Your text against the workspace's: %1").arg(m_stat)
                                        : tr("Your text and the workspace's are the same."));

    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setAccessibleName(tr("Differences"));
    const bool dark = SyntaxHighlighting::isDark(palette());
    const QColor removedBackground = dark ? QColor(0x4b, 0x18, 0x18) : QColor(0xff, 0xeb, 0xe9);
    const QColor removedText = dark ? QColor(0xff, 0xa1, 0x98) : QColor(0x82, 0x07, 0x1e);
    const QColor addedBackground = dark ? QColor(0x1b, 0x47, 0x21) : QColor(0xda, 0xfb, 0xe1);
    const QColor addedText = dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x11, 0x63, 0x29);
    const QColor gap = palette().color(QPalette::PlaceholderText);
    QTextCursor cursor(m_diff->document());
    bool first = true;
    for (const DiffLine &line : withContext(diff, 3)) {
        QTextBlockFormat block;
        QTextCharFormat chars;
        QString marker = QStringLiteral("  ");
        switch (line.kind) {
        case DiffLine::Kind::Removed:
            marker = QStringLiteral("- ");
            block.setBackground(removedBackground);
            chars.setForeground(removedText);
            break;
        case DiffLine::Kind::Added:
            marker = QStringLiteral("+ ");
            block.setBackground(addedBackground);
            chars.setForeground(addedText);
            break;
        case DiffLine::Kind::Same:
            if (line.text == QStringLiteral("…"))
                chars.setForeground(gap);
            break;
        }
        if (first)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block);
        first = false;
        const QString shown = marker + line.text;
        cursor.insertText(shown, chars);
    }
    m_diff->moveCursor(QTextCursor::Start);

    auto *buttons = new QDialogButtonBox(this);
    m_overwrite = buttons->addButton(tr("Overwrite with mine"), QDialogButtonBox::DestructiveRole);
    m_overwrite->setToolTip(tr("Save your text over the workspace's version"));
    m_takeTheirs = buttons->addButton(tr("Take theirs"), QDialogButtonBox::ActionRole);
    m_takeTheirs->setToolTip(
        tr("Replace your text with the workspace's version (Undo brings yours back)"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setToolTip(tr("Keep editing; nothing is saved or lost"));
    m_cancel->setDefault(true);
    connect(m_overwrite, &QPushButton::clicked, this,
            [this] { choose(Choice::OverwriteWithMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { choose(Choice::TakeTheirs); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { choose(Choice::Cancel); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);
    resize(820, 560);
}

void SaveConflictDialog::choose(Choice choice)
{
    if (m_answered)
        return;
    m_answered = true;
    m_choice = choice;
    Q_EMIT chosen(choice);
    if (choice == Choice::Cancel)
        QDialog::reject();
    else
        accept();
}

void SaveConflictDialog::reject()
{
    if (m_answered)
        QDialog::reject();
    else
        choose(Choice::Cancel);
}

} // namespace brickdesk
