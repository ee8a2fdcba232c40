#include "PutSecretDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace brickdesk {

PutSecretDialog::PutSecretDialog(const QString &title, const QString &intro, QWidget *parent)
    : QDialog(parent)
    , m_keyLabel(new QLabel(tr("&Key:"), this))
    , m_key(new QLineEdit(this))
    , m_keyError(new QLabel(this))
    , m_editor(new SecretValueEditor(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    introLabel->setTextFormat(Qt::PlainText);
    introLabel->setVisible(!intro.isEmpty());
    m_keyLabel->setBuddy(m_key);
    m_key->setAccessibleName(tr("Key"));
    m_keyError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_keyError->setTextFormat(Qt::PlainText);
    m_keyError->setWordWrap(true);
    m_keyError->hide();
    auto *form = new QFormLayout;
    form->addRow(m_keyLabel, m_key);
    form->addRow(QString(), m_keyError);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_editor, 1);
    layout->addStretch(); // takes what a one-line value leaves over
    layout->addWidget(m_buttons);
    resize(560, 240);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_key, &QLineEdit::textChanged, this, &PutSecretDialog::validate);
    connect(m_editor, &SecretValueEditor::changed, this, &PutSecretDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (okButton()->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QPushButton *PutSecretDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void PutSecretDialog::setKey(const QString &key, bool editable, const QString &label)
{
    m_key->setText(key);
    m_key->setReadOnly(!editable);
    m_keyLabel->setText(label);
    if (!editable)
        m_editor->lineEdit()->setFocus();
    validate();
}

void PutSecretDialog::setKeyChecker(KeyChecker checker)
{
    m_keyChecker = std::move(checker);
    validate();
}

void PutSecretDialog::setValueRule(SecretValueEditor::Checker checker, qsizetype maxBytes)
{
    m_editor->setValueRule(std::move(checker), maxBytes);
}

QString PutSecretDialog::key() const
{
    return m_key->text().trimmed();
}

void PutSecretDialog::validate()
{
    const QString keyProblem =
        m_keyChecker && !m_key->isReadOnly() ? m_keyChecker(key()) : QString();
    // An empty key is said by the disabled button alone: red text before typing is noise.
    const bool showKeyProblem = !keyProblem.isEmpty() && !key().isEmpty();
    m_keyError->setText(showKeyProblem ? keyProblem : QString());
    m_keyError->setVisible(showKeyProblem);
    okButton()->setEnabled(keyProblem.isEmpty() && m_editor->problem().isEmpty());
}

} // namespace brickdesk
