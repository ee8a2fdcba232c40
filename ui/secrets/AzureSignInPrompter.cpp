#include "AzureSignInPrompter.h"

#include "AzureSignIn.h"
#include "DeviceCodeDialog.h"

#include <QApplication>
#include <QWidget>

namespace brickdesk {

AzureSignInPrompter::AzureSignInPrompter(AzureSignIn *signIn, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_parent(dialogParent)
{
    connect(signIn, &AzureSignIn::signInRequired, this, &AzureSignInPrompter::prompt);
}

DeviceCodeDialog *AzureSignInPrompter::dialogFor(DeviceCodeCredential *credential) const
{
    return m_dialogs.value(credential);
}

void AzureSignInPrompter::prompt(DeviceCodeCredential *credential, const QString &reason)
{
    if (DeviceCodeDialog *open = m_dialogs.value(credential)) {
        open->raise();
        open->activateWindow();
        return;
    }
    // Over a modal dialog that is waiting for this sign-in (Put missing reading a vault), the
    // code must be usable: parent to that dialog, else the window.
    QWidget *modal = QApplication::activeModalWidget();
    auto *dialog = new DeviceCodeDialog(credential, reason, modal ? modal : m_parent.data());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.insert(credential, dialog);
    connect(dialog, &QObject::destroyed, this,
            [this, credential] { m_dialogs.remove(credential); });
    // Not modal to the application: the rest of Brickdesk stays usable while the user signs in
    // in a browser.
    dialog->show();
    Q_EMIT dialogShown(dialog);
}

} // namespace brickdesk
