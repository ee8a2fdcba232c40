#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace brickdesk {

class AzureSignIn;
class DeviceCodeCredential;
class DeviceCodeDialog;

// Shows the device-code sign-in whenever a credential of the app's AzureSignIn needs the user:
// one dialog per credential at a time, however many requests wait for it.
class AzureSignInPrompter : public QObject
{
    Q_OBJECT

public:
    AzureSignInPrompter(AzureSignIn *signIn, QWidget *dialogParent);

    DeviceCodeDialog *dialogFor(DeviceCodeCredential *credential) const;

Q_SIGNALS:
    void dialogShown(brickdesk::DeviceCodeDialog *dialog);

private:
    void prompt(DeviceCodeCredential *credential, const QString &reason);

    QPointer<QWidget> m_parent;
    QHash<DeviceCodeCredential *, QPointer<DeviceCodeDialog>> m_dialogs;
};

} // namespace brickdesk
