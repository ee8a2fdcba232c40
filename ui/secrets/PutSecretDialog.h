#pragma once

#include "SecretValueEditor.h"

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace brickdesk {

// Asks for a key (or shows the fixed one) and a secret value (SecretValueEditor). OK stays
// disabled while the key or the value breaks a rule, so an oversized value never reaches a
// request; the reason is shown in red as soon as it applies.
class PutSecretDialog : public QDialog
{
    Q_OBJECT

public:
    using KeyChecker = std::function<QString(const QString &)>;

    PutSecretDialog(const QString &title, const QString &intro, QWidget *parent = nullptr);

    // Editable for a new secret, fixed when replacing one.
    void setKey(const QString &key, bool editable, const QString &label);
    void setKeyChecker(KeyChecker checker);
    void setValueRule(SecretValueEditor::Checker checker, qsizetype maxBytes);
    void setFileAllowed(bool allowed) { m_editor->setFileAllowed(allowed); }

    QString key() const;
    QByteArray value() const { return m_editor->value(); }
    bool isText() const { return m_editor->isText(); }

    QLineEdit *keyEdit() const { return m_key; }
    SecretValueEditor *editor() const { return m_editor; }
    QLabel *keyErrorLabel() const { return m_keyError; }
    QPushButton *okButton() const;

private:
    void validate();

    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QLabel *m_keyError;
    SecretValueEditor *m_editor;
    QDialogButtonBox *m_buttons;
    KeyChecker m_keyChecker;
};

} // namespace brickdesk
