#include "GoToLineBar.h"

#include "CodeEditor.h"
#include "SyntaxHighlighting.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace brickdesk {

GoToLineBar::GoToLineBar(CodeEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
    , m_label(new QLabel(this))
    , m_edit(new QLineEdit(this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setBuddy(m_edit);
    m_edit->setAccessibleName(tr("Line number"));
    m_edit->setPlaceholderText(tr("line or line:column"));
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('9')) * 18);
    auto *go = new QPushButton(tr("Go"), this);
    go->setAutoDefault(false);
    auto *close = new QToolButton(this);
    close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    close->setText(QStringLiteral("\u2715"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(6);
    layout->addWidget(m_label);
    layout->addWidget(m_edit);
    layout->addWidget(go);
    layout->addStretch(1);
    layout->addWidget(close);
    connect(m_edit, &QLineEdit::returnPressed, this, &GoToLineBar::go);
    connect(go, &QPushButton::clicked, this, &GoToLineBar::go);
    connect(close, &QToolButton::clicked, this, &GoToLineBar::dismiss);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_edit->setPalette(QPalette()); });
}

void GoToLineBar::open()
{
    m_label->setText(tr("Go to line (1–%1):").arg(m_editor->document()->blockCount()));
    m_edit->setText(QString::number(m_editor->cursorLine()));
    m_edit->setPalette(QPalette());
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

void GoToLineBar::dismiss()
{
    const bool hadFocus = isAncestorOf(focusWidget()) || m_edit->hasFocus();
    hide();
    if (hadFocus || m_editor->isVisible())
        m_editor->setFocus();
}

bool GoToLineBar::go()
{
    const QStringList parts = m_edit->text().trimmed().split(QLatin1Char(':'));
    bool lineOk = false;
    const int line = parts.value(0).trimmed().toInt(&lineOk);
    bool columnOk = parts.size() == 1;
    const int column = parts.size() == 2 ? parts.at(1).trimmed().toInt(&columnOk) : 1;
    if (!lineOk || !columnOk || parts.size() > 2) {
        QPalette red = m_edit->palette();
        red.setColor(QPalette::Base, SyntaxHighlighting::isDark(red) ? QColor(0x5c, 0x1f, 0x1f)
                                                                     : QColor(0xff, 0xd7, 0xd7));
        m_edit->setPalette(red);
        return false;
    }
    hide();
    m_editor->goToLine(line, column);
    return true;
}

void GoToLineBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape)
        dismiss();
    // Keys the fields leave alone (Return after returnPressed, arrows...) stop here: passed on,
    // they would edit the text below.
    event->accept();
}

} // namespace brickdesk
