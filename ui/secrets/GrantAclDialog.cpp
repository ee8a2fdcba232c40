#include "GrantAclDialog.h"

#include "SecretAclModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace brickdesk {

GrantAclDialog::GrantAclDialog(const QString &scope, QWidget *parent)
    : QDialog(parent)
    , m_principal(new QLineEdit(this))
    , m_permission(new QComboBox(this))
    , m_explanation(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Grant access to scope %1").arg(scope));
    m_principal->setPlaceholderText(tr("ada@example.com, a group such as users, or an "
                                       "application id"));
    m_principal->setAccessibleName(tr("Principal"));
    for (SecretPermission permission :
         {SecretPermission::Read, SecretPermission::Write, SecretPermission::Manage})
        m_permission->addItem(secretPermissionId(permission), static_cast<int>(permission));
    m_permission->setAccessibleName(tr("Permission"));
    m_explanation->setWordWrap(true);
    m_explanation->setStyleSheet(QStringLiteral("color: #616161;"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Principal:"), m_principal);
    form->addRow(tr("Pe&rmission:"), m_permission);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addWidget(m_buttons);
    resize(480, 180);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Grant"));
    connect(m_principal, &QLineEdit::textChanged, this, &GrantAclDialog::updateExplanation);
    connect(m_permission, &QComboBox::currentIndexChanged, this,
            &GrantAclDialog::updateExplanation);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!principal().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateExplanation();
}

void GrantAclDialog::setPrincipal(const QString &principal, SecretPermission permission)
{
    m_principal->setText(principal);
    m_permission->setCurrentIndex(m_permission->findData(static_cast<int>(permission)));
}

QString GrantAclDialog::principal() const
{
    return m_principal->text().trimmed();
}

SecretPermission GrantAclDialog::permission() const
{
    return static_cast<SecretPermission>(m_permission->currentData().toInt());
}

void GrantAclDialog::updateExplanation()
{
    switch (permission()) {
    case SecretPermission::Read:
        m_explanation->setText(tr("READ: may list the scope's secrets and read their values "
                                  "(dbutils.secrets.get)."));
        break;
    case SecretPermission::Write:
        m_explanation->setText(tr("WRITE: READ, and may put and delete secrets."));
        break;
    case SecretPermission::Manage:
        m_explanation->setText(tr("MANAGE: WRITE, and may change ACLs and delete the scope."));
        break;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!principal().isEmpty());
}

} // namespace brickdesk
