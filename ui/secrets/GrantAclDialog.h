#pragma once

#include "SecretScope.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace brickdesk {

// Who gets which permission on a scope: a user, a group or a service principal, and READ,
// WRITE or MANAGE, each with what it allows.
class GrantAclDialog : public QDialog
{
    Q_OBJECT

public:
    GrantAclDialog(const QString &scope, QWidget *parent = nullptr);

    void setPrincipal(const QString &principal, SecretPermission permission);
    QString principal() const;
    SecretPermission permission() const;

    QLineEdit *principalEdit() const { return m_principal; }
    QComboBox *permissionBox() const { return m_permission; }

private:
    void updateExplanation();

    QLineEdit *m_principal;
    QComboBox *m_permission;
    QLabel *m_explanation;
    QDialogButtonBox *m_buttons;
};

} // namespace brickdesk
