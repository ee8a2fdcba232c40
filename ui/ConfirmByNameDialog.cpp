#include "ConfirmByNameDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace brickdesk {

ConfirmByNameDialog::ConfirmByNameDialog(const QString &action, const QString &profileName, QWidget *parent)
    : QDialog(parent)
    , m_expected(profileName)
    , m_name(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Confirm on a production workspace"));
    auto *warning = new QLabel(
        tr("<b>%1</b> on the <span style='color:#c62828'><b>PRODUCTION</b></span> profile <b>%2</b>.<br>"
           "This cannot be undone. Type the profile name to confirm.")
            .arg(action.toHtmlEscaped(), profileName.toHtmlEscaped()),
        this);
    warning->setWordWrap(true);
    m_name->setPlaceholderText(profileName);
    m_name->setAccessibleName(tr("Profile name"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(action);
    ok->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_name, &QLineEdit::textChanged, this, [this, ok] { ok->setEnabled(isConfirmEnabled()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isConfirmEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(m_name);
    layout->addWidget(m_buttons);
}

bool ConfirmByNameDialog::isConfirmEnabled() const
{
    return m_name->text() == m_expected;
}

void ConfirmByNameDialog::setConfirmText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

bool ConfirmByNameDialog::confirm(QWidget *parent, const QString &action, const QString &profileName, bool isProd)
{
    if (isProd) {
        ConfirmByNameDialog dialog(action, profileName, parent);
        return dialog.exec() == QDialog::Accepted;
    }
    return QMessageBox::question(parent, action, tr("%1 on profile '%2'?").arg(action, profileName),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

} // namespace brickdesk
